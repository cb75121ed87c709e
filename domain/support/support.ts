import { DateTime } from 'luxon';
import type { AuditEntry, RejectedSignal } from '../shared/audit';
import {
  validateCheckIn,
  type CheckIn,
  type CheckInArgs,
  type EscalationInput,
  type SupportEnd,
  type SupportState,
} from '../escalation/gcm-escalation';
import type { Notice } from '../shared/notice';
import type { ToCountry } from '../shared/to-country';
import type { EscalationEvent } from '../shared/history-event';
import { atSendingHour } from '../shared/calendar';
import { defaultPolicy } from '../cycle/policy';
import type { Person } from '../shared/country';

// R21: the support sub-group's run (`support-<ISO3>-<YEAR>`). Its members check in regularly and are
// reminded when a check-in is due; it ends when a check-in says the country is ready to resume, or (since
// `gcm-decides-support-and-end`) when a final check-in ends it with the country not ready or its mandate
// runs out, or when the GCM decides. Each member is reminded at the sending hour in their own zone, on the first sending day
// from when the check-in is due; runs begun before the patch `support-reminders-at-sending-hour` remind
// everyone at the due instant.

export type SupportInput = EscalationInput & SupportState;

/** What the run's query shows: its input, the check-ins, refusals and audit trail. */
export interface SupportRunState extends SupportInput {
  rejectedSignals: RejectedSignal[];
  audit: AuditEntry[];
}

export class Support {
  readonly state: SupportRunState;
  /** The e-mails to send, oldest first; each leaves once sent. */
  readonly outbox: Notice[] = [];
  /** What the country's record is still to be told, oldest first. */
  readonly toCountry: ToCountry[] = [];
  private reminders = 0;
  private nextDueMs: number;
  /** The members reminded of the check-in now due. */
  private reminded = new Set<string>();

  constructor(
    input: SupportInput,
    now: DateTime,
    private readonly calendar: { atSendingHour: boolean } = { atSendingHour: true },
  ) {
    this.state = { ...input, checkIns: [], rejectedSignals: [], audit: [] };
    this.nextDueMs = now.toMillis() + this.periodMs;
  }

  /** A step for the country's history: in English, and what it says as data. */
  private step(what: string, event: EscalationEvent): void {
    this.toCountry.push({ kind: 'escalationStep', message: { year: this.state.year, what, event } });
  }

  private get periodMs(): number {
    return this.state.checkInEveryDays * 24 * 3600 * 1000;
  }

  get readyToResume(): boolean {
    return this.state.checkIns.some((c) => c.readyToResume);
  }

  /** Why the sub-group's work is over, if it is: the GCM is then asked to decide (R22). */
  get ended(): Exclude<SupportEnd, 'decision'> | undefined {
    if (this.readyToResume) return 'ready';
    if (this.state.checkIns.some((c) => c.endsSupport)) return 'not-ready';
    return this.state.endedBecause === 'mandate' ? 'mandate' : undefined;
  }

  /** When the run wakes next unless a check-in comes first: a reminder, or the end of the mandate. */
  nextWakeAt(): DateTime {
    const reminder = this.nextReminderAt();
    const mandate = this.state.mandateEndsAt ? DateTime.fromISO(this.state.mandateEndsAt, { zone: 'utc' }) : undefined;
    return mandate && mandate < reminder ? mandate : reminder;
  }

  /** The mandate has run out by `now` (runs with one): the sub-group's support ends, the country not ready. */
  mandateRunsOut(now: DateTime): boolean {
    const { mandateEndsAt } = this.state;
    if (!mandateEndsAt || this.ended || DateTime.fromISO(mandateEndsAt) > now) return false;
    this.state.endedBecause = 'mandate';
    this.step(`support sub-group's mandate ran out on ${mandateEndsAt.slice(0, 10)}`, { kind: 'supportEnded', because: 'mandate' });
    return true;
  }

  /** When the next check-in is due. */
  get nextDueAt(): DateTime {
    return DateTime.fromMillis(this.nextDueMs, { zone: 'utc' });
  }

  /** When this member is reminded of the check-in due: the first sending hour in their zone from then on. */
  private reminderAt(member: Person): DateTime {
    const due = this.nextDueAt;
    if (!this.calendar.atSendingHour) return due;
    const policy = defaultPolicy();
    const sameDay = atSendingHour(due, member.zone, policy, 'later');
    return (sameDay >= due ? sameDay : atSendingHour(due.plus({ days: 1 }), member.zone, policy, 'later')).toUTC();
  }

  /** When the next reminder goes out, unless a check-in comes first. */
  nextReminderAt(): DateTime {
    const waiting = this.state.members.filter((m) => !this.reminded.has(m.email)).map((m) => this.reminderAt(m));
    return DateTime.min(...waiting) ?? this.nextDueAt;
  }

  validateCheckIn(args: unknown) {
    return validateCheckIn(this.state.members, args);
  }

  /** A member's check-in; the next one is due a period later. */
  checkIn(args: CheckInArgs, now: DateTime): void {
    const { as, note, readyToResume, endsSupport } = this.validateCheckIn(args);
    const checkIn: CheckIn = {
      by: as,
      at: now.toISO()!,
      note,
      readyToResume,
      ...(endsSupport && !readyToResume && this.state.mandateEndsAt && { endsSupport }),
    };
    this.state.checkIns.push(checkIn);
    this.step(`support check-in by ${as}${readyToResume ? ' (ready to resume)' : ''}: ${note}`, {
      kind: 'checkIn',
      by: as,
      readyToResume,
      note,
    });
    this.nextDueMs = now.toMillis() + this.periodMs;
    this.reminded.clear();
  }

  /** No check-in came in time: each member whose reminder is due by `now` is reminded. */
  remind(now: DateTime): void {
    const { workflowId, members, country, year, mechanisms } = this.state;
    const due = members.filter((m) => !this.reminded.has(m.email) && this.reminderAt(m) <= now);
    if (due.length === 0) return;
    if (this.reminded.size === 0) this.reminders++;
    for (const member of due) {
      this.reminded.add(member.email);
      const key = `${workflowId}/check-in-${this.reminders}/${member.email}`;
      this.outbox.push({ key, kind: 'support-check-in-due', to: member, cc: [], country, year, mechanisms });
    }
    // Everyone reminded: the next check-in is due a period later.
    if (this.calendar.atSendingHour && this.reminded.size === members.length) this.movePeriodOn();
  }

  /**
   * Runs begun before that patch move the period on once the reminders are sent, so that a check-in arriving
   * meanwhile is moved on by a period too (its next due date two periods away).
   */
  remindersSent(): void {
    if (!this.calendar.atSendingHour) this.movePeriodOn();
  }

  private movePeriodOn(): void {
    this.nextDueMs += this.periodMs;
    this.reminded.clear();
  }

  /** The GCM's decision ended the sub-group. */
  endedByDecision(): void {
    this.step('support sub-group ended by the GCM decision', { kind: 'supportEnded' });
  }
}
