import { DateTime, IANAZone } from 'luxon';
import { z } from 'zod';
import type { AuditEntry, RejectedSignal } from '../shared/audit';
import { iso } from '../shared/calendar';
import type { Country, Governance, PathfinderStatus, Person } from '../shared/country';
import { email, isoDate, requiredText } from '../shared/fields';
import { lazy } from '../shared/lazy';
import type { Notice } from '../shared/notice';
import { secretariatPeople } from '../shared/roles';
import { parseInput, refused, requireSender } from '../cycle/policy';
import type { EventAction } from '../shared/refusals';

// An Alliance event (annual workshop, a session of the thematic series, a side event at the HLPF) and its
// invitation list. Benefits hold only while a country is active (R2): the list is drawn from the country
// records, active countries' focal points and deputies invited, every other country left out with its
// status as the reason, and an inactive country told why and how to come back.

export const eventKinds = ['annual-workshop', 'thematic-series', 'hlpf-side-event'] as const;
export type EventKind = (typeof eventKinds)[number];

const maxText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { message: `must be at most ${max} characters` });

/** What the secretariat says of an event: a start with its zone when it has a time, a place or an online link. */
export const eventSchema = lazy(() =>
  z
    .object({
      kind: z.enum(eventKinds, { message: `must be one of ${eventKinds.join(', ')}` }),
      title: requiredText().pipe(maxText(200)),
      date: isoDate(),
      time: z
        .string()
        .trim()
        .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'must be a time (HH:MM)' })
        .optional(),
      zone: z
        .string()
        .trim()
        .refine((zone) => IANAZone.isValidZone(zone), { message: 'is not a known IANA time zone' })
        .optional(),
      place: maxText(500).default(''),
      link: z
        .string()
        .trim()
        .max(1000, { message: 'must be at most 1000 characters' })
        .regex(/^https?:\/\/[^\s]+$/, { message: 'must be a web address (https://…)' })
        .optional(),
      description: maxText(5000).default(''),
    })
    .refine((e) => !e.time || e.zone, { message: 'is required with a time', path: ['zone'] })
    .refine((e) => e.place || e.link, { message: 'needs a place or an online link', path: ['place'] }),
);
export type EventDetails = z.output<ReturnType<typeof eventSchema>>;
export type EventDetailsInput = z.input<ReturnType<typeof eventSchema>>;

/** The secretariat creates an event. */
export const createEventArgs = lazy(() => z.object({ as: email(), event: eventSchema() }));
export type CreateEventArgs = z.input<ReturnType<typeof createEventArgs>>;
/** The secretariat draws the list again (a country reactivated, or a focal point replaced), or cancels the event. */
export const redrawArgs = lazy(() => z.object({ as: email() }));
export type RedrawArgs = z.input<ReturnType<typeof redrawArgs>>;
export const cancelEventArgs = lazy(() => z.object({ as: email(), reason: requiredText().pipe(maxText(2000)) }));
export type CancelEventArgs = z.input<ReturnType<typeof cancelEventArgs>>;

/** When an event with a time starts (ISO, UTC); an event of a whole day has none. */
export const startsAt = (e: Pick<EventDetails, 'date' | 'time' | 'zone'>): string | undefined =>
  e.time && e.zone ? iso(DateTime.fromISO(`${e.date}T${e.time}`, { zone: e.zone })) : undefined;

/** The end of the event's day (a day without its zone: the end of that day everywhere), after which its process has nothing left to do. */
export const dayAfter = (e: Pick<EventDetails, 'date' | 'zone'>): DateTime =>
  DateTime.fromISO(e.date, { zone: e.zone ?? 'UTC-12' }).plus({ days: 1 });

/** Why a country is left out of an event: its status, which is not active (R2). */
export type LeftOutReason = Exclude<PathfinderStatus, 'active'>;

/** One country on the event's list: invited while active, left out otherwise, with who was written to and when. */
export interface EventCountry {
  code: string;
  name: string;
  status: PathfinderStatus;
  invited: boolean;
  /** When its focal point and deputy were invited, if they were. */
  invitedAt?: string;
  /** Whom the invitation went to, as the record named them then (a cancellation reaches them in their language). */
  invitees?: Person[];
  /** When an inactive country was told it was left out, and why. */
  toldAt?: string;
}

/** Who is invited (active countries) and who is left out (any other status), by country code. */
export function drawList(records: { country: Country; status: PathfinderStatus }[]): {
  invited: { country: Country }[];
  leftOut: { country: Country; reason: LeftOutReason }[];
} {
  const sorted = [...records].sort((a, b) => a.country.code.localeCompare(b.country.code));
  return {
    invited: sorted.filter((r) => r.status === 'active').map((r) => ({ country: r.country })),
    leftOut: sorted.flatMap((r) => (r.status === 'active' ? [] : [{ country: r.country, reason: r.status }])),
  };
}

export type EventStage = 'open' | 'cancelled' | 'over';

export interface EventInput {
  event: EventDetailsInput;
  createdBy: string;
  governance: Governance;
  /** The countries to draw from: every registered one unless named. */
  countries?: string[];
}

export interface EventState {
  workflowId: string;
  event: EventDetails;
  createdBy: string;
  createdAt: string;
  stage: EventStage;
  /** The latest drawing of the list, and how many there were. */
  drawnAt?: string;
  draws: number;
  countries: EventCountry[];
  cancelled?: { by: string; at: string; reason: string };
  outbox: Notice[];
  audit?: AuditEntry[];
  rejectedSignals: RejectedSignal[];
}

/** The event's details as its notices carry them. */
export type NoticeEvent = EventDetails & { workflowId: string; startsAt?: string };

export class AllianceEvent {
  constructor(
    readonly state: EventState,
    private governance: Governance,
  ) {}

  static create(workflowId: string, input: EventInput, now: DateTime): AllianceEvent {
    const { as, event } = parseInput(createEventArgs(), 'event', { as: input.createdBy, event: input.event });
    requireSender(as, secretariatPeople(input.governance), { role: 'secretariat', email: input.governance.secretariat.email });
    const state: EventState = {
      workflowId,
      event,
      createdBy: as,
      createdAt: iso(now),
      stage: 'open',
      draws: 0,
      countries: [],
      outbox: [],
      audit: [],
      rejectedSignals: [],
    };
    return new AllianceEvent(state, input.governance);
  }

  /** The registry's roles now: who may redraw or cancel is read at each step. */
  readRoles(governance: Governance): void {
    this.governance = governance;
  }

  private noticeEvent(): NoticeEvent {
    const at = startsAt(this.state.event);
    return { ...this.state.event, workflowId: this.state.workflowId, ...(at && { startsAt: at }) };
  }

  /**
   * Draws the list from the records: an active country's focal point and deputy are invited once; an
   * inactive country is told once that it is left out, and why. A country invited earlier and no longer
   * active is left out from now on, its invitation kept on the list.
   */
  draw(records: { country: Country; status: PathfinderStatus }[], now: DateTime): void {
    // A cancellation taken while the records were read wins: nobody is invited to a cancelled event.
    if (this.state.stage !== 'open') return;
    const at = iso(now);
    const { invited, leftOut } = drawList(records);
    const before = new Map(this.state.countries.map((c) => [c.code, c]));
    const event = this.noticeEvent();
    const notice = (what: 'invitation' | 'left-out', country: Country, to: Person): Notice => ({
      key: `${this.state.workflowId}/${what}/${country.code}/${to.email}`,
      kind: what === 'invitation' ? 'event-invitation' : 'event-left-out',
      to,
      cc: [],
      country: { code: country.code, name: country.name },
      event,
    });
    const people = (c: Country) => [c.focalPoint, c.deputy];
    const lines: EventCountry[] = [];
    for (const { country } of invited) {
      const was = before.get(country.code);
      const line: EventCountry = { ...was, code: country.code, name: country.name, status: 'active', invited: true };
      // A focal point or deputy who is new since the last drawing is invited too.
      const fresh = people(country).filter((p) => !was?.invitees?.some((i) => i.email === p.email));
      for (const person of fresh) this.state.outbox.push(notice('invitation', country, person));
      if (fresh.length) Object.assign(line, { invitedAt: at, invitees: [...(was?.invitees ?? []), ...fresh] });
      lines.push(line);
    }
    for (const { country, reason } of leftOut) {
      const was = before.get(country.code);
      const line: EventCountry = { ...was, code: country.code, name: country.name, status: reason, invited: false };
      if (reason === 'inactive' && !was?.toldAt) {
        for (const person of people(country)) this.state.outbox.push(notice('left-out', country, person));
        line.toldAt = at;
      }
      lines.push(line);
    }
    this.state.countries = lines;
    this.state.drawnAt = at;
    this.state.draws += 1;
  }

  private requireOpen(as: string, action: EventAction): void {
    requireSender(as, secretariatPeople(this.governance), { role: 'secretariat', email: this.governance.secretariat.email });
    if (this.state.stage !== 'open') throw refused('event', { code: 'wrongStage', process: 'event', stage: this.state.stage, action });
  }

  validateRedraw(args: RedrawArgs): void {
    this.requireOpen(parseInput(redrawArgs(), 'redraw', args).as, 'redraw');
  }

  validateCancel(args: CancelEventArgs): void {
    this.requireOpen(parseInput(cancelEventArgs(), 'cancellation', args).as, 'eventCancellation');
  }

  /** Cancels the event: whoever was invited is told, with the secretariat's reason. */
  cancel(args: CancelEventArgs, now: DateTime): void {
    this.validateCancel(args);
    const { as, reason } = parseInput(cancelEventArgs(), 'cancellation', args);
    this.state.stage = 'cancelled';
    this.state.cancelled = { by: as, at: iso(now), reason };
    const event = this.noticeEvent();
    for (const c of this.state.countries.filter((x) => x.invitees?.length)) {
      for (const person of c.invitees!) {
        this.state.outbox.push({
          key: `${this.state.workflowId}/cancelled/${c.code}/${person.email}`,
          kind: 'event-cancelled',
          to: person,
          cc: [],
          country: { code: c.code, name: c.name },
          reason,
          event,
        });
      }
    }
  }

  /** Once its day is over, the event has nothing left to do. */
  endIfOver(now: DateTime): void {
    if (this.state.stage === 'open' && now >= dayAfter(this.state.event)) this.state.stage = 'over';
  }
}
