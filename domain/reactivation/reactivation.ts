import type { DateTime } from 'luxon';
import type { AuditEntry, RejectedSignal } from '../shared/audit';
import { nextCycleYear } from '../shared/calendar';
import type { Governance, Person } from '../shared/country';
import { verificationArgs, type ReactivationRequest, type VerificationArgs } from './args';
import type { Notice } from '../shared/notice';
import type { ToCountry } from '../shared/to-country';
import type { ReactivationNoted } from '../record/country-record';
import { parseInput, refused, type BodySettings, type CyclePolicy } from '../cycle/policy';
import type { DecisionOutcome } from '../decision/decision';
import { decisionWorkflowId } from '../shared/workflow-ids';
import { isSecretariat } from '../shared/roles';

// A reactivation request's run (`reactivation-<ISO3>-<n>`, R23): an inactive country's request, with its
// evidence and letter, verified by the secretariat. The country is active again from the verification, as
// R23 has it (the country turns to the secretariat; "the GCM is informed"); since 1.1 the GCM then takes
// note of it as a body (DESIGN.md §7), and the country's history records when it did.

export interface ReactivationInput {
  country: { code: string; name: string };
  focalPoints: Person[];
  governance: Governance;
  request: ReactivationRequest;
  by: string;
  /** How the GCM decides, from the policy of the country's latest cycle (absent in requests made before it travelled). */
  bodySettings?: BodySettings;
}

export interface ReactivationState {
  stage: 'awaiting-verification' | 'reactivated' | 'refused';
  request: ReactivationRequest;
  by: string;
  verification?: { by: string; at: string; verified: boolean; note: string };
  /** The GCM's taking note of the reactivation (since 1.1): its decision's id and, once taken, its outcome. */
  gcmNote?: { decision: string; outcome?: DecisionOutcome; objections?: string[] };
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

  /** The GCM takes note of a verified reactivation as a body (since 1.1), rather than being informed only. */
  gcmTakesNote = false;

  /**
   * A new request: the secretariat is asked to verify it; with `tellGcm` (since 1.1) the GCM's members, its
   * Chair among them, hear that the letter arrived.
   */
  static open(id: string, input: ReactivationInput, { tellGcm = false } = {}): Reactivation {
    const r = new Reactivation(id, input, { stage: 'awaiting-verification', request: input.request, by: input.by, rejectedSignals: [] });
    const { governance, request } = input;
    const roadmapChanges = request.letter.roadmapChanges;
    r.notice('reactivation-requested', governance.secretariat, { request, roadmapChanges });
    if (tellGcm) for (const member of governance.gcm) r.notice('reactivation-received', member, { request, roadmapChanges });
    return r;
  }

  get decided(): boolean {
    return this.state.stage !== 'awaiting-verification';
  }

  validateVerification(args: unknown) {
    const { governance } = this.input;
    const parsed = parseInput(verificationArgs(), 'verification', args);
    // Any of the secretariat's staff, under their own name.
    if (!isSecretariat(governance, parsed.as))
      throw refused('sender', { code: 'notSender', as: parsed.as, who: { role: 'secretariat', email: governance.secretariat.email } });
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
      // The GCM is informed (R23); since 1.1 it then takes note as a body, in a decision numbered as the request.
      for (const person of focalPoints) this.notice('country-reactivated', person, { reason: note, cc, roadmapChanges });
      for (const member of governance.gcm) this.notice('country-reactivated', member, { reason: note, roadmapChanges });
      if (this.gcmTakesNote)
        this.state.gcmNote = { decision: decisionWorkflowId('gcm', 'reactivation', this.input.country.code, this.number) };
    } else {
      for (const person of focalPoints) this.notice('reactivation-refused', person, { reason: note, cc });
    }
  }

  /** The request's number, the last part of its workflow's id. */
  private get number(): number {
    return Number(this.id.split('-').at(-1));
  }

  /** What the GCM is asked: to take note of the reactivation the secretariat verified. */
  get gcmProposal(): string {
    return `take note that ${this.input.country.name} is active again, as the secretariat verified on ${this.state.verification!.at.slice(0, 10)}: ${this.state.verification!.note}`;
  }

  get noted(): boolean {
    return this.state.gcmNote?.outcome !== undefined;
  }

  /** The GCM took note, or did not: the country's history records which, when, and the objections' reasons. */
  gcmDecided(outcome: DecisionOutcome, objections: string[]): void {
    const note = this.state.gcmNote;
    if (!note || note.outcome) return;
    note.outcome = outcome;
    note.objections = objections;
    this.toCountry.push({ kind: 'reactivationNoted', message: gcmNoteOf(this.id, this.state)! });
  }

  /**
   * What the country's record is told once the request is decided: from which year its cycles count again,
   * the next to open under `policy`, the policy in force (requests ended before 1.1 took the defaults').
   */
  end(now: DateTime, policy?: CyclePolicy): void {
    const { stage, verification } = this.state;
    this.toCountry.push({
      kind: 'reactivationClosed',
      message: {
        workflowId: this.id,
        result: stage === 'reactivated' ? 'reactivated' : 'refused',
        note: verification!.note,
        nextCycleYear: nextCycleYear(now, policy),
      },
    });
  }

  private notice(kind: Notice['kind'], to: Person, extra: Partial<Notice> = {}): void {
    this.outbox.push({ key: `${this.id}/${kind}/${to.email}`, kind, to, cc: [], country: this.input.country, ...extra });
  }
}

/** What the GCM decided of a verified request, as the country's record keeps it; undefined until it decided. */
export function gcmNoteOf(workflowId: string, state: ReactivationState): ReactivationNoted | undefined {
  const outcome = state.gcmNote?.outcome;
  if (!outcome) return undefined;
  const adopted = outcome.result === 'adopted';
  return { workflowId, noted: adopted, on: outcome.decidedOn, how: outcome.how, reasons: adopted ? [] : (state.gcmNote!.objections ?? []) };
}
