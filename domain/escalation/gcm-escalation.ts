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
  proposeEndArgs,
  proposeSupportArgs,
  startSupportArgs,
  type DecisionArgs,
  type ProposeEndArgs,
  type ProposeSupportArgs,
  type DecisionTaken,
  type DialogueArgs,
  type DialogueEntry,
  type StartSupportArgs,
  type SupportMechanism,
} from './args';
import type { Notice } from '../shared/notice';
import { parseInput, policyForBodies, refused, requireSender, type BodySettings, type CyclePolicy } from '../cycle/policy';
import { secretariatPeople } from '../shared/roles';
import type { EscalationAction } from '../shared/refusals';
import { decisionWorkflowId, escalationDecisionId, supportWorkflowId } from '../shared/workflow-ids';
import type { DecisionOutcome } from '../decision/decision';
import type { ToCountry } from '../shared/to-country';
import type { EscalationEvent } from '../shared/history-event';

// R20–R22: the GCM's dialogue with a flagged country, the support sub-group, and the decision that ends it.

export interface EscalationInput {
  country: { code: string; name: string };
  /** The country's focal point and deputy; the registry's changes reach a running escalation. */
  focalPoints: Person[];
  governance: Governance;
  year: number;
  criteria: Criterion[];
  /** How the GCM decides, from the policy of the cycle that raised the flag (absent in runs begun before it travelled). */
  bodySettings?: BodySettings;
}

export interface CheckIn {
  by: string;
  at: string;
  note: string;
  readyToResume: boolean;
  /** A final check-in: the sub-group ends its support, the country not ready (absent: it goes on). */
  endsSupport?: boolean;
}

/** Why a support sub-group ended: the country is ready, the sub-group ended it without, its mandate ran out, or the GCM decided. */
export type SupportEnd = 'ready' | 'not-ready' | 'mandate' | 'decision';

export interface SupportState {
  workflowId: string;
  mechanisms: SupportMechanism[];
  members: Person[];
  checkInEveryDays: number;
  startedAt: string;
  checkIns: CheckIn[];
  endedAt?: string;
  /** Since `gcm-decides-support-and-end`: when its mandate runs out, and why it ended. */
  mandateEndsAt?: string;
  endedBecause?: SupportEnd;
  /** The GCM's decision that formed it (since `gcm-decides-support-and-end`): its workflow's id and day. */
  formedBy?: { decision: string; on: string; how: DecisionOutcome['how'] };
}

/** What the GCM is asked to decide (R21, R22): the kind of decision is the proposal's. */
export type ProposalKind = 'support' | 'resume' | 'inactive';

/** A proposal to the GCM (since `gcm-decides-support-and-end`), decided as a body by `decision`. */
export interface Proposal {
  kind: ProposalKind;
  /** The `bodyDecision` workflow that decides it. */
  decision: string;
  by: string;
  at: string;
  /** For `resume` and `inactive`: why, as the country is told. */
  reason?: string;
  /** For `support`: the sub-group proposed. */
  support?: { mechanisms: SupportMechanism[]; members: Person[]; checkInEveryDays: number; mandateMonths: number };
  outcome?: DecisionOutcome;
  /** The reasons of the objections that decided, when not adopted. */
  objections?: string[];
}

/**
 * `awaiting-gcm`: flagged, the GCM decides whether to open a dialogue (since 1.1); `not-engaged`: it decided
 * not to, and the country goes on as before.
 */
export type EscalationStage = 'awaiting-gcm' | 'dialogue' | 'support' | 'resumed' | 'inactive' | 'not-engaged';

export interface EscalationState {
  workflowId: string;
  country: { code: string; name: string };
  year: number;
  criteria: Criterion[];
  stage: EscalationStage;
  openedAt: string;
  dialogue: DialogueEntry[];
  support?: SupportState;
  /** The GCM's decision whether to open a dialogue (R20), taken as a body (since 1.1): its workflow's id. */
  dialogueDecision?: string;
  /** `takenAt` is absent in decisions recorded before it was asked for. */
  decision?: { decision: 'resumed' | 'inactive'; reason: string; by: string; at: string; takenAt?: DecisionTaken };
  /**
   * Since `gcm-decides-support-and-end`: the sub-group and the end are proposed and the GCM decides them as
   * a body, one at a time; absent in runs begun before, where one member formed and decided.
   */
  proposals?: Proposal[];
  rejectedSignals: RejectedSignal[];
  /** Every human task taken or refused (absent in runs that began before it was kept). */
  audit?: AuditEntry[];
  outbox: Notice[];
}

export class GcmEscalation {
  /** What the country's record is still to be told: each step for its history, then how the escalation ended. */
  readonly toCountry: ToCountry[] = [];

  /** The registry's roles as last read (since `roles-read-when-acting`); until then, those of the escalation's start. */
  private roles?: Governance;
  /** Since `dialogue-asks-roadmap-update`: a dialogue whose way forward calls for a roadmap update asks the country. */
  asksRoadmapUpdate = false;

  constructor(
    readonly input: EscalationInput,
    readonly state: EscalationState,
  ) {}

  /** Who may propose to the GCM, and which members hear of the end of support, follow the registry. */
  readRoles(governance: Governance): void {
    this.roles = governance;
  }

  private get governance(): Governance {
    return this.roles ?? this.input.governance;
  }

  /** The policy the GCM decides by: the bodies' settings of the flagged cycle, or the defaults (runs begun before they travelled). */
  get policy(): CyclePolicy {
    return policyForBodies(this.input.bodySettings);
  }

  /**
   * A flagged country's escalation. Where the GCM decides as a body (`gcmDecides`, since 1.1), the question
   * whether to open a dialogue is put to it (R20: the GCM *may*), and the country hears only once it has
   * decided; before, the flag opened the dialogue at once.
   */
  static open(
    workflowId: string,
    input: EscalationInput,
    now: DateTime,
    gcmDecides = false,
    gcmDecidesSupportAndEnd = false,
  ): GcmEscalation {
    const escalation = new GcmEscalation(input, {
      workflowId,
      country: input.country,
      year: input.year,
      criteria: input.criteria,
      stage: gcmDecides ? 'awaiting-gcm' : 'dialogue',
      openedAt: iso(now),
      dialogue: [],
      ...(gcmDecidesSupportAndEnd && { proposals: [] }),
      rejectedSignals: [],
      outbox: [],
    });
    if (gcmDecides) escalation.state.dialogueDecision = decisionWorkflowId('gcm', 'dialogue', input.country.code, input.year);
    else escalation.openDialogue();
    return escalation;
  }

  private openDialogue(): void {
    const { criteria } = this.input;
    this.noticeFocalPoints('dialogue-opened', 'dialogue-opened', {});
    this.step(`dialogue opened on ${criteria.join(', ')}`, { kind: 'dialogueOpened', criteria });
  }

  /** The GCM decided whether to open a dialogue: adopted, it opens; not adopted, the escalation ends, with the objections' reasons. */
  dialogueDecided(outcome: DecisionOutcome, objections: string[], now: DateTime): void {
    if (this.state.stage !== 'awaiting-gcm') return;
    if (outcome.result === 'adopted') {
      this.state.stage = 'dialogue';
      return this.openDialogue();
    }
    const reason = `the GCM decided on ${outcome.decidedOn} not to open a dialogue${objections.length ? `: ${objections.join('; ')}` : ''}`;
    this.state.stage = 'not-engaged';
    this.state.decision = { decision: 'resumed', reason, by: 'the GCM', at: iso(now) };
    this.step(`no dialogue: ${reason}`, { kind: 'notEngaged', on: outcome.decidedOn, reasons: objections });
  }

  /** A step for the country's history: in English, and what it says as data. */
  private step(what: string, event: EscalationEvent): void {
    this.toCountry.push({ kind: 'escalationStep', message: { year: this.input.year, what, event } });
  }

  /** The escalation is over: the country's record is told how it ended, after every step before. */
  end(): void {
    const { decision, reason } = this.state.decision!;
    this.toCountry.push({ kind: 'escalationClosed', message: { year: this.input.year, result: decision, reason } });
  }

  get closed(): boolean {
    return this.state.stage === 'resumed' || this.state.stage === 'inactive' || this.state.stage === 'not-engaged';
  }

  private requireMember(as: string): void {
    requireSender(as, this.governance.gcm, { role: 'gcm' });
  }

  private requireOpen(action: EscalationAction): void {
    const { stage } = this.state;
    if (stage === 'awaiting-gcm') throw refused('stage', { code: 'notYet', needs: 'gcmDialogueDecision' });
    if (this.closed) throw refused('stage', { code: 'wrongStage', process: 'escalation', stage, action });
  }

  validateDialogue(args: unknown) {
    const parsed = parseInput(dialogueArgs(), 'dialogue record', args);
    this.requireMember(parsed.as);
    this.requireOpen('dialogue');
    return parsed;
  }

  recordDialogue(args: DialogueArgs, now: DateTime): void {
    const entry = { ...this.validateDialogue(args), at: iso(now) };
    this.state.dialogue.push(entry);
    this.step(`dialogue on ${entry.topics.join(' and ')} recorded by ${entry.as}; way forward: ${entry.wayForward.summary}`, {
      kind: 'dialogue',
      topics: entry.topics,
      by: entry.as,
      wayForward: entry.wayForward.summary,
    });
    // A way forward that calls for a roadmap update asks the country for one (DESIGN.md §8).
    if (this.asksRoadmapUpdate && entry.wayForward.roadmapUpdate)
      this.noticeFocalPoints('roadmap-update-asked', `roadmap-update-asked-${this.state.dialogue.length}`, {
        reason: entry.wayForward.summary,
      });
  }

  validateStartSupport(args: unknown) {
    const parsed = parseInput(startSupportArgs(), 'support', args);
    this.requireMember(parsed.as);
    this.requireOpen('support');
    if (this.state.proposals) throw refused('stage', { code: 'notYet', needs: 'gcmDecidesAsBody' });
    if (this.state.dialogue.length === 0) throw refused('stage', { code: 'notYet', needs: 'dialogueBeforeSupport' });
    if (this.state.support) throw refused('stage', { code: 'already', done: 'support', at: this.state.support.startedAt });
    return parsed;
  }

  startSupport(args: StartSupportArgs, now: DateTime): void {
    const { mechanisms, members, checkInEveryDays } = this.validateStartSupport(args);
    this.formSupport({ mechanisms, members, checkInEveryDays, startedAt: iso(now) });
  }

  private formSupport(
    formed: Pick<SupportState, 'mechanisms' | 'members' | 'checkInEveryDays' | 'startedAt' | 'mandateEndsAt' | 'formedBy'>,
  ): void {
    const { mechanisms, members } = formed;
    const support: SupportState = { workflowId: supportWorkflowId(this.input.country.code, this.input.year), ...formed, checkIns: [] };
    this.state.support = support;
    this.state.stage = 'support';
    this.noticeFocalPoints('support-started', 'support-started', {
      mechanisms,
      members: members.map((m) => `${m.name} <${m.email}>`),
      cc: members.map((m) => m.email),
    });
    const names = members.map((m) => m.name);
    this.step(`support sub-group formed (mechanism ${mechanisms.join(', ')}): ${names.join(', ')}`, {
      kind: 'supportFormed',
      mechanisms,
      members: names,
    });
  }

  /** The support sub-group has ended, ready or not; the GCM is asked to decide. `because` is absent from runs begun before 1.1. */
  supportEnded(checkIns: CheckIn[], now: DateTime, because?: SupportEnd): void {
    if (!this.state.support || this.state.support.endedAt) return;
    this.state.support.checkIns = checkIns;
    this.state.support.endedAt = iso(now);
    if (because) this.state.support.endedBecause = because;
    const ready = checkIns.some((c) => c.readyToResume);
    for (const member of this.governance.gcm) {
      this.notice('decision-needed', `decision-needed/${member.email}`, member, ready ? { reason: checkIns.at(-1)!.note } : {});
    }
  }

  validateDecision(args: unknown) {
    const parsed = parseInput(decisionArgs(), 'GCM decision', args);
    this.requireMember(parsed.as);
    this.requireOpen('decision');
    if (this.state.proposals) throw refused('stage', { code: 'notYet', needs: 'gcmDecidesAsBody' });
    if (this.state.dialogue.length === 0) throw refused('stage', { code: 'notYet', needs: 'dialogueBeforeDecision' });
    if (parsed.decision === 'inactive' && !this.state.support)
      throw refused('GCM decision', { code: 'notYet', needs: 'supportBeforeInactive' });
    return parsed;
  }

  decide(args: DecisionArgs, now: DateTime): void {
    const { as, decision, reason, takenAt } = this.validateDecision(args);
    this.state.decision = { decision, reason, by: as, at: iso(now), takenAt };
    this.state.stage = decision;
    this.step(`GCM decision: ${decision} (${reason}), taken ${takenText(takenAt)}`, { kind: 'decision', decision, reason, taken: takenAt });
    if (decision === 'resumed') this.noticeFocalPoints('escalation-resumed', 'resumed', { reason });
    // An inactive country is told by its record, which also suspends benefits and updates the profile.
  }

  // ---- proposals to the GCM (since `gcm-decides-support-and-end`) ----

  /** The proposal before the GCM, if any: one at a time. */
  get pending(): Proposal | undefined {
    return this.state.proposals?.find((p) => !p.outcome);
  }

  /** A GCM member, its Chair or the secretariat proposes; the GCM decides. */
  private requireProposer(as: string): void {
    const { governance } = this;
    requireSender(as, [...governance.gcm, ...secretariatPeople(governance)], { role: 'secretariatOrGcm' });
  }

  private requireProposals(action: EscalationAction): Proposal[] {
    const proposals = this.state.proposals;
    if (!proposals) throw refused('stage', { code: 'wrongStage', process: 'escalation', stage: this.state.stage, action });
    this.requireOpen(action);
    if (this.pending) throw refused('stage', { code: 'notYet', needs: 'pendingProposal' });
    return proposals;
  }

  private nextDecisionId(kind: ProposalKind): string {
    const n = this.state.proposals!.filter((p) => p.kind === kind).length + 1;
    return escalationDecisionId(kind, this.input.country.code, this.input.year, n);
  }

  validateProposeSupport(args: unknown) {
    const parsed = parseInput(proposeSupportArgs(), 'support', args);
    this.requireProposer(parsed.as);
    this.requireProposals('support');
    if (this.state.dialogue.length === 0) throw refused('stage', { code: 'notYet', needs: 'dialogueBeforeSupport' });
    if (this.state.support) throw refused('stage', { code: 'already', done: 'support', at: this.state.support.startedAt });
    return parsed;
  }

  /** R21: the sub-group is proposed; the GCM decides, and only then is it formed and the country told. */
  proposeSupport(args: ProposeSupportArgs, now: DateTime): Proposal {
    const { as, mechanisms, members, checkInEveryDays, mandateMonths } = this.validateProposeSupport(args);
    const support = { mechanisms, members, checkInEveryDays, mandateMonths: mandateMonths ?? this.policy.bodies.supportMandateMonths };
    const proposal: Proposal = { kind: 'support', decision: this.nextDecisionId('support'), by: as, at: iso(now), support };
    this.state.proposals!.push(proposal);
    return proposal;
  }

  validateProposeEnd(args: unknown) {
    const parsed = parseInput(proposeEndArgs(), 'GCM decision', args);
    this.requireProposer(parsed.as);
    this.requireProposals('decision');
    const support = this.state.support;
    // R22: inactive only once support has ended without the country being ready.
    if (parsed.decision === 'inactive' && !(support?.endedBecause === 'not-ready' || support?.endedBecause === 'mandate'))
      throw refused('GCM decision', { code: 'notYet', needs: 'supportEndedBeforeInactive' });
    return parsed;
  }

  /** R22: that the country resumes, or is declared inactive, is proposed; the GCM decides. */
  proposeEnd(args: ProposeEndArgs, now: DateTime): Proposal {
    const { as, decision, reason } = this.validateProposeEnd(args);
    const kind = decision === 'resumed' ? 'resume' : 'inactive';
    const proposal: Proposal = { kind, decision: this.nextDecisionId(kind), by: as, at: iso(now), reason };
    this.state.proposals!.push(proposal);
    return proposal;
  }

  /** The proposal as the GCM's members read it, in English (their e-mails say the question in their language). */
  proposalText(p: Proposal): string {
    const { name } = this.input.country;
    if (p.support) {
      const { mechanisms, members, checkInEveryDays, mandateMonths } = p.support;
      return `form a support sub-group for ${name} (mechanisms ${mechanisms.join(', ')}; members ${members.map((m) => m.name).join(', ')}; check-ins every ${checkInEveryDays} days; mandate ${mandateMonths} months), proposed by ${p.by}`;
    }
    const what = p.kind === 'resume' ? `${name} resumes its participation` : `${name} is declared inactive`;
    return `${what}: ${p.reason} (proposed by ${p.by})`;
  }

  /**
   * The GCM decided a proposal. Adopted: the sub-group is formed, or the escalation ends, dated by the
   * decision, and only now is the country told. Not adopted: it stays as it was, and a new proposal may be made.
   */
  proposalDecided(decision: string, outcome: DecisionOutcome, objections: string[], now: DateTime): void {
    const p = this.state.proposals?.find((x) => x.decision === decision);
    if (!p || p.outcome) return;
    p.outcome = outcome;
    if (outcome.result !== 'adopted') {
      p.objections = objections;
      return;
    }
    if (this.closed) return;
    if (p.support) {
      if (this.state.support) return;
      const { mechanisms, members, checkInEveryDays, mandateMonths } = p.support;
      const mandateEndsAt = iso(now.plus({ months: mandateMonths }));
      const formedBy = { decision, on: outcome.decidedOn, how: outcome.how };
      return this.formSupport({ mechanisms, members, checkInEveryDays, startedAt: iso(now), mandateEndsAt, formedBy });
    }
    const ending = p.kind === 'resume' ? 'resumed' : 'inactive';
    const takenAt: DecisionTaken = {
      how: outcome.how === 'meeting' ? 'meeting' : 'written-procedure',
      on: outcome.decidedOn,
      reference: decision,
    };
    this.state.decision = { decision: ending, reason: p.reason!, by: 'the GCM', at: iso(now), takenAt };
    this.state.stage = ending;
    this.step(`GCM decision: ${ending} (${p.reason}), taken ${takenText(takenAt)}`, {
      kind: 'decision',
      decision: ending,
      reason: p.reason!,
      taken: takenAt,
    });
    if (ending === 'resumed') this.noticeFocalPoints('escalation-resumed', 'resumed', { reason: p.reason });
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
    const cc = [this.governance.secretariat.email];
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
    this.step(`focal points now ${people.focalPoint.name} and ${people.deputy.name}`, {
      kind: 'focalPoints',
      focalPoint: people.focalPoint.name,
      deputy: people.deputy.name,
    });
  }

  private noticeFocalPoints(kind: Notice['kind'], step: string, extra: Partial<Notice> & { cc?: string[] }): void {
    const cc = [this.governance.secretariat.email, ...(extra.cc ?? [])];
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
  requireSender(parsed.as, members, { role: 'supportMember' });
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
