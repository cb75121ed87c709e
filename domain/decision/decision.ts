import { DateTime } from 'luxon';
import type { AuditEntry, RejectedSignal } from '../shared/audit';
import { iso, reminderPlan } from '../shared/calendar';
import type { Governance, Person } from '../shared/country';
import type { Notice, NoticeKind } from '../shared/notice';
import { chairOf, isSecretariat, membersOf, type Body } from '../shared/roles';
import { parseInput, refused, type CyclePolicy } from '../cycle/policy';
import type { DecisionAction } from '../shared/refusals';
import { answerArgs, circulateArgs, meetingArgs, type AnswerArgs, type CirculateArgs, type MeetingArgs } from './args';

// A decision of a body, the GCM or the Working Group (DESIGN.md §7), as a process of its own: it waits for
// the chair or the secretariat to circulate it under a written silence procedure or to record the meeting
// that took it. A silence procedure is adopted unless a member objects by its end; an objection stops it
// and the question goes to the next meeting. Membership is the registry's at each step, never a snapshot.

/** What a body is asked to decide; the process that asked is told the outcome. */
export interface DecisionSubject {
  /** `grant`: pathfinder status to a candidate (R11); `dialogue`: a dialogue with a flagged country (R20); `wg-report`: taking note of the WG's report (R18);
   * `feedback`: the GCM's feedback to a candidate, as drafted (R10); `reactivation`: taking note of a reactivation (R23);
   * `support`, `resume`, `inactive`: forming a flagged country's support sub-group, and ending its escalation (R21, R22). */
  kind: 'grant' | 'dialogue' | 'wg-report' | 'feedback' | 'reactivation' | 'support' | 'resume' | 'inactive';
  /** The country the question is about; none for a question about the year (the WG's report). */
  country?: { code: string; name: string };
  /** The year of the flag, for a dialogue; of the report, for the WG's report. */
  year?: number;
}

export interface DecisionInput {
  body: Body;
  subject: DecisionSubject;
  /** The proposal as its members read it. */
  proposal: string;
  policy: CyclePolicy;
  /** The registry's roles when the decision was asked; read again at each step. */
  governance: Governance;
}

export type DecisionStage = 'awaiting-procedure' | 'silence-procedure' | 'awaiting-meeting' | 'adopted' | 'not-adopted';

export interface DecisionOutcome {
  result: 'adopted' | 'not-adopted';
  /** The meeting's day, or the day the silence period ended, in the secretariat's zone. */
  decidedOn: string;
  how: 'meeting' | 'silence-procedure';
}

export interface DecisionState {
  body: Body;
  subject: DecisionSubject;
  proposal: string;
  stage: DecisionStage;
  askedAt: string;
  silence?: { circulatedAt: string; by: string; endsAt: string; asked: Person[] };
  answers: { as: string; answer: 'no-objection' | 'object'; reason: string; at: string }[];
  meeting?: { heldOn: string; present: string[]; minutes: string; recordedBy: string; recordedAt: string };
  /** Every objection raised, in writing or at the meeting, with its reason. */
  objections: { member: string; reason: string; at: string; where: 'silence-procedure' | 'meeting' }[];
  outcome?: DecisionOutcome;
  remindersDone: string[];
  outbox: Notice[];
  rejectedSignals: RejectedSignal[];
  audit?: AuditEntry[];
}

/** The reasons of the objections that decided: those raised at the meeting that took the decision. */
export const decidingObjections = (s: DecisionState): string[] =>
  s.objections.filter((o) => o.where === (s.outcome?.how === 'meeting' ? 'meeting' : 'silence-procedure')).map((o) => o.reason);

export class BodyDecision {
  private constructor(
    private readonly id: string,
    private readonly input: DecisionInput,
    private governance: Governance,
    readonly state: DecisionState,
  ) {}

  static open(id: string, input: DecisionInput, now: DateTime): BodyDecision {
    const { body, subject, proposal, governance } = input;
    const d = new BodyDecision(id, input, governance, {
      body,
      subject,
      proposal,
      stage: 'awaiting-procedure',
      askedAt: iso(now),
      answers: [],
      objections: [],
      remindersDone: [],
      outbox: [],
      rejectedSignals: [],
    });
    d.tellSteerers('decision-pending', 'asked');
    return d;
  }

  get decided(): boolean {
    return this.state.outcome !== undefined;
  }

  get members(): Person[] {
    return membersOf(this.governance, this.state.body);
  }

  /** The registry's roles as read now: those who joined a running silence procedure are sent it too. */
  readRoles(governance: Governance): void {
    this.governance = governance;
    const silence = this.state.silence;
    if (this.state.stage !== 'silence-procedure' || !silence) return;
    for (const member of this.members.filter((m) => !silence.asked.some((a) => a.email === m.email))) {
      silence.asked.push(member);
      this.notice('decision-circulated', member, `circulated/${member.email}`);
    }
  }

  // ---- who may act ----

  /** The body's chair or the secretariat steer the procedure. */
  private steerer(as: string): void {
    const chair = chairOf(this.governance, this.state.body);
    if (!isSecretariat(this.governance, as) && as !== chair?.email)
      throw refused('sender', { code: 'notSender', as, who: { role: 'bodySteerer', body: this.state.body } });
  }

  private requireStage(allowed: DecisionStage[], action: DecisionAction): void {
    const { stage } = this.state;
    if (!allowed.includes(stage)) throw refused('stage', { code: 'wrongStage', process: 'decision', stage, action });
  }

  validateCirculate(args: unknown, now: DateTime) {
    const parsed = parseInput(circulateArgs(), 'circulation', args);
    this.steerer(parsed.as);
    this.requireStage(['awaiting-procedure'], 'circulation');
    const endsAt = this.silenceEnd(parsed.until, now);
    if (endsAt <= now) throw refused('circulation', { code: 'silenceEndPast' });
    return { ...parsed, endsAt };
  }

  validateAnswer(args: unknown) {
    const parsed = parseInput(answerArgs(), 'answer', args);
    this.requireStage(['silence-procedure'], 'answer');
    if (!this.members.some((m) => m.email === parsed.as))
      throw refused('sender', { code: 'notSender', as: parsed.as, who: { role: 'bodyMember', body: this.state.body } });
    if (this.state.answers.some((a) => a.as === parsed.as)) throw refused('answer', { code: 'already', done: 'answer', as: parsed.as });
    return parsed;
  }

  validateMeeting(args: unknown, now: DateTime) {
    const parsed = parseInput(meetingArgs(), 'meeting', args);
    this.steerer(parsed.as);
    this.requireStage(['awaiting-procedure', 'awaiting-meeting'], 'meeting');
    const zone = this.input.policy.secretariatZone;
    if (parsed.heldOn > now.setZone(zone).toISODate()!) throw refused('meeting', { code: 'meetingDay', why: 'future' });
    const askedOn = DateTime.fromISO(this.state.askedAt).setZone(zone).toISODate()!;
    if (parsed.heldOn < askedOn) throw refused('meeting', { code: 'meetingDay', why: 'beforeAsked', askedOn });
    const members = this.members.map((m) => m.email);
    const strangers = parsed.present.filter((p) => !members.includes(p));
    if (strangers.length) throw refused('meeting', { code: 'notMembers', emails: strangers });
    const needed = Math.ceil(this.input.policy.bodies.quorum * members.length);
    const present = new Set(parsed.present).size;
    if (present < needed) throw refused('meeting', { code: 'quorum', present, members: members.length, needed });
    const absent = parsed.objections.filter((o) => !parsed.present.includes(o.member));
    if (absent.length) throw refused('meeting', { code: 'notPresent', emails: absent.map((o) => o.member) });
    return parsed;
  }

  // ---- what each step does ----

  /** The proposal goes to every member, with the end of the silence period in their own zone. */
  circulate(args: CirculateArgs, now: DateTime): void {
    const { as, endsAt } = this.validateCirculate(args, now);
    this.state.stage = 'silence-procedure';
    this.state.silence = { circulatedAt: iso(now), by: as, endsAt: iso(endsAt), asked: [...this.members] };
    for (const member of this.members) this.notice('decision-circulated', member, `circulated/${member.email}`);
  }

  /** A member's answer; an objection stops the procedure, and the question goes to the next meeting. */
  answer(args: AnswerArgs, now: DateTime): void {
    const { as, answer, reason } = this.validateAnswer(args);
    this.state.answers.push({ as, answer, reason, at: iso(now) });
    if (answer === 'no-objection') return;
    this.state.objections.push({ member: as, reason, at: iso(now), where: 'silence-procedure' });
    this.state.stage = 'awaiting-meeting';
    this.tellSteerers('decision-objection', `objection/${as}`, { reason });
  }

  /** The meeting decided: adopted by consensus, unless someone present objected. */
  recordMeeting(args: MeetingArgs, now: DateTime): void {
    const { as, heldOn, present, minutes, objections } = this.validateMeeting(args, now);
    this.state.meeting = { heldOn, present: [...new Set(present)], minutes, recordedBy: as, recordedAt: iso(now) };
    for (const o of objections) this.state.objections.push({ ...o, at: iso(now), where: 'meeting' });
    this.conclude({ result: objections.length ? 'not-adopted' : 'adopted', decidedOn: heldOn, how: 'meeting' });
  }

  /** Reminders due and the end of a silence period, as of `now`. */
  advance(now: DateTime): void {
    const { silence, stage } = this.state;
    for (const r of this.reminders().filter((r) => r.at <= now && !this.state.remindersDone.includes(r.key))) {
      this.state.remindersDone.push(r.key);
      this.notice(r.kind, r.person, r.key);
    }
    if (stage !== 'silence-procedure' || !silence || DateTime.fromISO(silence.endsAt) > now) return;
    // Only the objections of those still members count; none was raised, or the stage would have changed.
    const decidedOn = DateTime.fromISO(silence.endsAt).setZone(this.input.policy.secretariatZone).toISODate()!;
    this.conclude({ result: 'adopted', decidedOn, how: 'silence-procedure' });
  }

  nextWakeAt(): DateTime | undefined {
    if (this.decided) return undefined;
    const times = this.reminders()
      .filter((r) => !this.state.remindersDone.includes(r.key))
      .map((r) => r.at);
    if (this.state.stage === 'silence-procedure') times.push(DateTime.fromISO(this.state.silence!.endsAt));
    return times.reduce<DateTime | undefined>((min, t) => (!min || t < min ? t : min), undefined);
  }

  private conclude(outcome: DecisionOutcome): void {
    this.state.outcome = outcome;
    this.state.stage = outcome.result;
    const told = new Map<string, Person>();
    for (const p of [...this.members, ...this.steerers()]) told.set(p.email, p);
    for (const person of told.values()) this.notice('decision-taken', person, `taken/${person.email}`);
  }

  /** The end of a silence period: the end of `until` or of the policy's period, in the secretariat's zone. */
  private silenceEnd(until: string | undefined, now: DateTime): DateTime {
    const zone = this.input.policy.secretariatZone;
    const day = until ? DateTime.fromISO(until, { zone }) : now.setZone(zone).plus({ days: this.input.policy.bodies.silenceDays });
    return day.endOf('day');
  }

  /** The secretariat's mailbox and the body's chair: those reminded of a decision waiting for them. */
  private steerers(): Person[] {
    const chair = chairOf(this.governance, this.state.body);
    return [this.governance.secretariat, ...(chair ? [chair] : [])];
  }

  private reminders(): { kind: NoticeKind; person: Person; key: string; at: DateTime }[] {
    const { policy } = this.input;
    const { stage, silence } = this.state;
    if (stage === 'silence-procedure' && silence) {
      const endsAt = DateTime.fromISO(silence.endsAt);
      const silent = this.members.filter((m) => !this.state.answers.some((a) => a.as === m.email));
      return silent.flatMap((person) =>
        reminderPlan({
          deadline: endsAt,
          until: endsAt,
          daysBefore: policy.bodies.remindDaysBeforeSilenceEnds,
          overdueEveryDays: policy.bodies.pendingEveryDays,
          recipientZone: person.zone,
          policy,
          from: DateTime.fromISO(silence.circulatedAt),
        }).map((r) => ({ kind: 'decision-reminder' as const, person, key: `silence-${r.step}/${person.email}`, at: r.at })),
      );
    }
    if (stage !== 'awaiting-procedure' && stage !== 'awaiting-meeting') return [];
    // Recalled every so often to the chair and the secretariat, counted from when it began to wait.
    const since = DateTime.fromISO(stage === 'awaiting-meeting' ? this.state.objections.at(-1)!.at : this.state.askedAt);
    const secretariat = `/${this.governance.secretariat.email}`;
    const n = this.state.remindersDone.filter((k) => k.startsWith(`${stage}-`) && k.endsWith(secretariat)).length + 1;
    const at = since.plus({ days: policy.bodies.pendingEveryDays * n });
    return this.steerers().map((person) => ({ kind: 'decision-pending' as const, person, key: `${stage}-${n}/${person.email}`, at }));
  }

  private tellSteerers(kind: NoticeKind, step: string, extra: Partial<Notice> = {}): void {
    for (const person of this.steerers()) this.notice(kind, person, `${step}/${person.email}`, extra);
  }

  private notice(kind: NoticeKind, to: Person, step: string, extra: Partial<Notice> = {}): void {
    const { country } = this.state.subject;
    const { year } = this.state.subject;
    this.state.outbox.push({
      key: `${this.id}/${step}`,
      kind,
      to,
      cc: [],
      ...(country && { country }),
      ...(year && { year }),
      decision: this.summary(),
      ...extra,
    });
  }

  /** What a notice about the decision says of it. */
  private summary(): NonNullable<Notice['decision']> {
    const { body, subject, stage, silence, outcome, objections } = this.state;
    return {
      workflowId: this.id,
      body,
      subject: subject.kind,
      stage,
      endsAt: silence?.endsAt,
      outcome,
      objections: objections.length,
    };
  }
}
