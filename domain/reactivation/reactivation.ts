import type { DateTime } from 'luxon';
import type { AuditEntry, RejectedSignal } from '../shared/audit';
import { nextCycleYear } from '../shared/calendar';
import type { Governance, Person } from '../shared/country';
import { verificationArgs, type ReactivationRequest, type VerificationArgs } from './args';
import type { Notice } from '../shared/notice';
import type { ToCountry } from '../shared/to-country';
import { parseInput, refused } from '../cycle/policy';

// A reactivation request's run (`reactivation-<ISO3>-<n>`, R23): an inactive country's request, with its
// evidence and letter, verified by the secretariat; the GCM is informed and the country becomes active again.

export interface ReactivationInput {
  country: { code: string; name: string };
  focalPoints: Person[];
  governance: Governance;
  request: ReactivationRequest;
  by: string;
}

export interface ReactivationState {
  stage: 'awaiting-verification' | 'reactivated' | 'refused';
  request: ReactivationRequest;
  by: string;
  verification?: { by: string; at: string; verified: boolean; note: string };
  rejectedSignals: RejectedSignal[];
  /** Every human task taken or refused. */
  audit?: AuditEntry[];
}

/** What the request's end tells the country's record. */

export class Reactivation {
  /** The e-mails to send, oldest first; each leaves once sent. */
  readonly outbox: Notice[] = [];
  /** What the country's record is still to be told: how the request ended. */
  readonly toCountry: ToCountry[] = [];

  private constructor(
    private readonly id: string,
    private readonly input: ReactivationInput,
    readonly state: ReactivationState,
  ) {}

  /** A new request: the secretariat is asked to verify it. */
  static open(id: string, input: ReactivationInput): Reactivation {
    const r = new Reactivation(id, input, { stage: 'awaiting-verification', request: input.request, by: input.by, rejectedSignals: [] });
    const { governance, request } = input;
    r.notice('reactivation-requested', governance.secretariat, { request, roadmapChanges: request.letter.roadmapChanges });
    return r;
  }

  get decided(): boolean {
    return this.state.stage !== 'awaiting-verification';
  }

  validateVerification(args: unknown) {
    const { secretariat } = this.input.governance;
    const parsed = parseInput(verificationArgs(), 'verification', args);
    if (parsed.as !== secretariat.email)
      throw refused('sender', { code: 'notSender', as: parsed.as, who: { role: 'secretariat', email: secretariat.email } });
    const { stage } = this.state;
    if (stage !== 'awaiting-verification') throw refused('stage', { code: 'already', done: 'verification', stage });
    return parsed;
  }

  /** The secretariat's verification: the country, and the GCM if reactivated, are told. */
  verify(args: VerificationArgs, now: DateTime): void {
    const { as, verified, note } = this.validateVerification(args);
    this.state.verification = { by: as, at: now.toISO()!, verified, note };
    this.state.stage = verified ? 'reactivated' : 'refused';
    const { focalPoints, governance, request } = this.input;
    const cc = [governance.secretariat.email];
    const roadmapChanges = request.letter.roadmapChanges;
    if (verified) {
      for (const person of focalPoints) this.notice('country-reactivated', person, { reason: note, cc, roadmapChanges });
      for (const member of governance.gcm) this.notice('country-reactivated', member, { reason: note, roadmapChanges });
    } else {
      for (const person of focalPoints) this.notice('reactivation-refused', person, { reason: note, cc });
    }
  }

  /** What the country's record is told once the request is decided. */
  end(now: DateTime): void {
    const { stage, verification } = this.state;
    this.toCountry.push({
      kind: 'reactivationClosed',
      message: {
        workflowId: this.id,
        result: stage === 'reactivated' ? 'reactivated' : 'refused',
        note: verification!.note,
        nextCycleYear: nextCycleYear(now),
      },
    });
  }

  private notice(kind: Notice['kind'], to: Person, extra: Partial<Notice> = {}): void {
    this.outbox.push({ key: `${this.id}/${kind}/${to.email}`, kind, to, cc: [], country: this.input.country, ...extra });
  }
}
