import { DateTime } from 'luxon';
import type { AuditEntry, RejectedSignal } from '../shared/audit';
import { validateCheckIn, type CheckIn, type CheckInArgs, type EscalationInput, type SupportState } from '../escalation/gcm-escalation';
import type { Notice } from '../shared/notice';
import type { ToCountry } from '../shared/to-country';

// R21: the support sub-group's run (`support-<ISO3>-<YEAR>`). Its members check in regularly and are
// reminded when a check-in is due; it ends when a check-in says the country is ready to resume, or when
// the GCM decides.

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

  private step(what: string): void {
    this.toCountry.push({ kind: 'escalationStep', message: { year: this.state.year, what } });
  }

  constructor(input: SupportInput, now: DateTime) {
    this.state = { ...input, checkIns: [], rejectedSignals: [], audit: [] };
    this.nextDueMs = now.toMillis() + this.periodMs;
  }

  private get periodMs(): number {
    return this.state.checkInEveryDays * 24 * 3600 * 1000;
  }

  get readyToResume(): boolean {
    return this.state.checkIns.some((c) => c.readyToResume);
  }

  /** When the members are reminded, unless one checks in first. */
  get nextDueAt(): DateTime {
    return DateTime.fromMillis(this.nextDueMs, { zone: 'utc' });
  }

  validateCheckIn(args: unknown) {
    return validateCheckIn(this.state.members, args);
  }

  /** A member's check-in; the next one is due a period later. */
  checkIn(args: CheckInArgs, now: DateTime): void {
    const { as, note, readyToResume } = this.validateCheckIn(args);
    const checkIn: CheckIn = { by: as, at: now.toISO()!, note, readyToResume };
    this.state.checkIns.push(checkIn);
    this.step(`support check-in by ${as}${readyToResume ? ' (ready to resume)' : ''}: ${note}`);
    this.nextDueMs = now.toMillis() + this.periodMs;
  }

  /** No check-in came in time: every member is reminded. */
  remind(): void {
    const { workflowId, members, country, year, mechanisms } = this.state;
    this.reminders++;
    for (const member of members) {
      const key = `${workflowId}/check-in-${this.reminders}/${member.email}`;
      this.outbox.push({ key, kind: 'support-check-in-due', to: member, cc: [], country, year, mechanisms });
    }
  }

  /**
   * Once the reminders are sent, the next is due a period later. (A check-in that arrived while they were
   * sent has set its own date, which this moves on by a period too: so 1.0 runs; a change is patched.)
   */
  remindersSent(): void {
    this.nextDueMs += this.periodMs;
  }

  /** The GCM's decision ended the sub-group. */
  endedByDecision(): void {
    this.step('support sub-group ended by the GCM decision');
  }
}
