import type { AuditEntry, RejectedSignal } from '../shared/audit';
import { DateTime } from 'luxon';
import { iso } from '../shared/calendar';
import type { z } from 'zod';
import { newcomers, type Governance, type Person } from '../shared/country';
import type { Criterion } from '../r19/criteria';
import { checkInArgs, type CheckInArgs } from '../support/args';
import {
  decisionArgs,
  dialogueArgs,
  startSupportArgs,
  type DecisionArgs,
  type DecisionTaken,
  type DialogueArgs,
  type DialogueEntry,
  type StartSupportArgs,
  type SupportMechanism,
} from './args';
import type { Notice } from '../shared/notice';
import { InvalidInputError, parseInput, requireSender } from '../cycle/policy';
import { supportWorkflowId } from '../shared/workflow-ids';
import type { ToCountry } from '../shared/to-country';

// R20–R22: the GCM's dialogue with a flagged country, the support sub-group, and the decision that ends it.

export interface EscalationInput {
  country: { code: string; name: string };
  /** The country's focal point and deputy; the registry's changes reach a running escalation. */
  focalPoints: Person[];
  governance: Governance;
  year: number;
  criteria: Criterion[];
}

export interface CheckIn {
  by: string;
  at: string;
  note: string;
  readyToResume: boolean;
}

export interface SupportState {
  workflowId: string;
  mechanisms: SupportMechanism[];
  members: Person[];
  checkInEveryDays: number;
  startedAt: string;
  checkIns: CheckIn[];
  endedAt?: string;
}

export type EscalationStage = 'dialogue' | 'support' | 'resumed' | 'inactive';

export interface EscalationState {
  workflowId: string;
  country: { code: string; name: string };
  year: number;
  criteria: Criterion[];
  stage: EscalationStage;
  openedAt: string;
  dialogue: DialogueEntry[];
  support?: SupportState;
  /** `takenAt` is absent in decisions recorded before it was asked for. */
  decision?: { decision: 'resumed' | 'inactive'; reason: string; by: string; at: string; takenAt?: DecisionTaken };
  rejectedSignals: RejectedSignal[];
  /** Every human task taken or refused (absent in runs that began before it was kept). */
  audit?: AuditEntry[];
  outbox: Notice[];
}

export class GcmEscalation {
  /** What the country's record is still to be told: each step for its history, then how the escalation ended. */
  readonly toCountry: ToCountry[] = [];

  constructor(
    readonly input: EscalationInput,
    readonly state: EscalationState,
  ) {}

  static open(workflowId: string, input: EscalationInput, now: DateTime): GcmEscalation {
    const escalation = new GcmEscalation(input, {
      workflowId,
      country: input.country,
      year: input.year,
      criteria: input.criteria,
      stage: 'dialogue',
      openedAt: iso(now),
      dialogue: [],
      rejectedSignals: [],
      outbox: [],
    });
    escalation.noticeFocalPoints('dialogue-opened', 'dialogue-opened', {});
    escalation.step(`dialogue opened on ${input.criteria.join(', ')}`);
    return escalation;
  }

  private step(what: string): void {
    this.toCountry.push({ kind: 'escalationStep', message: { year: this.input.year, what } });
  }

  /** The escalation is over: the country's record is told how it ended, after every step before. */
  end(): void {
    const { decision, reason } = this.state.decision!;
    this.toCountry.push({ kind: 'escalationClosed', message: { year: this.input.year, result: decision, reason } });
  }

  get closed(): boolean {
    return this.state.stage === 'resumed' || this.state.stage === 'inactive';
  }

  private requireMember(as: string): void {
    requireSender(as, this.input.governance.gcm, 'a member of the GCM');
  }

  private requireOpen(action: string): void {
    if (this.closed)
      throw new InvalidInputError('stage', [`stage: the escalation has ended (${this.state.stage}); ${action} is not taken now`]);
  }

  validateDialogue(args: unknown) {
    const parsed = parseInput(dialogueArgs(), 'dialogue record', args);
    this.requireMember(parsed.as);
    this.requireOpen('a dialogue record');
    return parsed;
  }

  recordDialogue(args: DialogueArgs, now: DateTime): void {
    const entry = { ...this.validateDialogue(args), at: iso(now) };
    this.state.dialogue.push(entry);
    this.step(`dialogue on ${entry.topics.join(' and ')} recorded by ${entry.as}; way forward: ${entry.wayForward.summary}`);
  }

  validateStartSupport(args: unknown) {
    const parsed = parseInput(startSupportArgs(), 'support', args);
    this.requireMember(parsed.as);
    this.requireOpen('support');
    if (this.state.dialogue.length === 0)
      throw new InvalidInputError('stage', ['stage: record the dialogue with the country before forming a support sub-group']);
    if (this.state.support)
      throw new InvalidInputError('stage', [
        `stage: a support sub-group was already formed on ${this.state.support.startedAt.slice(0, 10)}`,
      ]);
    return parsed;
  }

  startSupport(args: StartSupportArgs, now: DateTime): void {
    const { mechanisms, members, checkInEveryDays } = this.validateStartSupport(args);
    const support: SupportState = {
      workflowId: supportWorkflowId(this.input.country.code, this.input.year),
      mechanisms,
      members,
      checkInEveryDays,
      startedAt: iso(now),
      checkIns: [],
    };
    this.state.support = support;
    this.state.stage = 'support';
    this.noticeFocalPoints('support-started', 'support-started', {
      mechanisms,
      members: members.map((m) => `${m.name} <${m.email}>`),
      cc: members.map((m) => m.email),
    });
    this.step(`support sub-group formed (mechanism ${mechanisms.join(', ')}): ${members.map((m) => m.name).join(', ')}`);
  }

  /** The support sub-group has ended, ready or not; the GCM is asked to decide. */
  supportEnded(checkIns: CheckIn[], now: DateTime): void {
    if (!this.state.support || this.state.support.endedAt) return;
    this.state.support.checkIns = checkIns;
    this.state.support.endedAt = iso(now);
    const ready = checkIns.some((c) => c.readyToResume);
    for (const member of this.input.governance.gcm) {
      this.notice('decision-needed', `decision-needed/${member.email}`, member, ready ? { reason: checkIns.at(-1)!.note } : {});
    }
  }

  validateDecision(args: unknown) {
    const parsed = parseInput(decisionArgs(), 'GCM decision', args);
    this.requireMember(parsed.as);
    this.requireOpen('a decision');
    if (this.state.dialogue.length === 0)
      throw new InvalidInputError('stage', ['stage: the GCM decides only after a dialogue with the country has been recorded']);
    if (parsed.decision === 'inactive' && !this.state.support) {
      throw new InvalidInputError('GCM decision', [
        'decision: a country is declared inactive only once dialogue and support have not worked: form a support sub-group first (R21, R22)',
      ]);
    }
    return parsed;
  }

  decide(args: DecisionArgs, now: DateTime): void {
    const { as, decision, reason, takenAt } = this.validateDecision(args);
    this.state.decision = { decision, reason, by: as, at: iso(now), takenAt };
    this.state.stage = decision;
    this.step(`GCM decision: ${decision} (${reason}), taken ${takenText(takenAt)}`);
    if (decision === 'resumed') this.noticeFocalPoints('escalation-resumed', 'resumed', { reason });
    // An inactive country is told by its record, which also suspends benefits and updates the profile.
  }

  /**
   * The registry's focal point or deputy changed: the country's notices go to them from now on, and a
   * newcomer is told what is under way (the dialogue, and the support sub-group if one was formed).
   * Nothing changes if no one is new or the escalation has ended.
   */
  changeFocalPoints(people: { focalPoint: Person; deputy: Person }, now: DateTime): void {
    const arriving = newcomers(this.input.focalPoints, [people.focalPoint, people.deputy]);
    if (this.closed || arriving.length === 0) return;
    this.input.focalPoints = [people.focalPoint, people.deputy];
    const step = `handover-${iso(now)}`;
    const cc = [this.input.governance.secretariat.email];
    for (const person of arriving) {
      this.notice('dialogue-opened', `${step}/dialogue-opened/${person.email}`, person, { cc });
      const support = this.state.support;
      if (support && !support.endedAt)
        this.notice('support-started', `${step}/support-started/${person.email}`, person, {
          mechanisms: support.mechanisms,
          members: support.members.map((m) => `${m.name} <${m.email}>`),
          cc: [...cc, ...support.members.map((m) => m.email)],
        });
    }
    this.step(`focal points now ${people.focalPoint.name} and ${people.deputy.name}`);
  }

  private noticeFocalPoints(kind: Notice['kind'], step: string, extra: Partial<Notice> & { cc?: string[] }): void {
    const cc = [this.input.governance.secretariat.email, ...(extra.cc ?? [])];
    for (const person of this.input.focalPoints) this.notice(kind, `${step}/${person.email}`, person, { ...extra, cc });
  }

  private notice(kind: Notice['kind'], step: string, to: Person, extra: Partial<Notice>): void {
    this.state.outbox.push({
      key: `${this.state.workflowId}/${step}`,
      kind,
      to,
      cc: [],
      country: this.input.country,
      year: this.input.year,
      criteria: this.input.criteria,
      ...extra,
    });
  }
}

/** The support sub-group's check-ins (R21), validated against its members. */
export function validateCheckIn(members: Person[], args: unknown): z.output<ReturnType<typeof checkInArgs>> {
  const parsed = parseInput(checkInArgs(), 'check-in', args);
  requireSender(parsed.as, members, 'a member of the support sub-group');
  return parsed;
}
export type { CheckInArgs };

/** How a decision was taken, as the country's history and the dossier say it. */
export const takenText = (taken: DecisionTaken | undefined): string =>
  !taken ? '' : `${taken.how === 'meeting' ? 'at the GCM meeting' : 'by written procedure'} of ${taken.on} (${taken.reference})`;

/** What the GCM tried with a country (R22): the dialogue sessions held, and the support sub-group if one was formed. */
export type EscalationTried = NonNullable<Notice['tried']>;
export function triedIn(state: Pick<EscalationState, 'dialogue' | 'support'>): EscalationTried {
  const { support } = state;
  return { dialogues: state.dialogue.length, ...(support && { support: { mechanisms: support.mechanisms, since: support.startedAt } }) };
}
