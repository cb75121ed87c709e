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
import { parseInput, refused, requireSender } from '../cycle/policy';
import type { EscalationAction } from '../shared/refusals';
import { decisionWorkflowId, supportWorkflowId } from '../shared/workflow-ids';
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

  /**
   * A flagged country's escalation. Where the GCM decides as a body (`gcmDecides`, since 1.1), the question
   * whether to open a dialogue is put to it (R20: the GCM *may*), and the country hears only once it has
   * decided; before, the flag opened the dialogue at once.
   */
  static open(workflowId: string, input: EscalationInput, now: DateTime, gcmDecides = false): GcmEscalation {
    const escalation = new GcmEscalation(input, {
      workflowId,
      country: input.country,
      year: input.year,
      criteria: input.criteria,
      stage: gcmDecides ? 'awaiting-gcm' : 'dialogue',
      openedAt: iso(now),
      dialogue: [],
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
    requireSender(as, this.input.governance.gcm, { role: 'gcm' });
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
  }

  validateStartSupport(args: unknown) {
    const parsed = parseInput(startSupportArgs(), 'support', args);
    this.requireMember(parsed.as);
    this.requireOpen('support');
    if (this.state.dialogue.length === 0) throw refused('stage', { code: 'notYet', needs: 'dialogueBeforeSupport' });
    if (this.state.support) throw refused('stage', { code: 'already', done: 'support', at: this.state.support.startedAt });
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
    const names = members.map((m) => m.name);
    this.step(`support sub-group formed (mechanism ${mechanisms.join(', ')}): ${names.join(', ')}`, {
      kind: 'supportFormed',
      mechanisms,
      members: names,
    });
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
    this.requireOpen('decision');
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
    this.step(`focal points now ${people.focalPoint.name} and ${people.deputy.name}`, {
      kind: 'focalPoints',
      focalPoint: people.focalPoint.name,
      deputy: people.deputy.name,
    });
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
