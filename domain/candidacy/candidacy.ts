import { secretariatPeople } from '../shared/roles';
import { DateTime } from 'luxon';
import { iso, reminderPlan } from '../shared/calendar';
import { newcomers, sameAddress, type Governance, type Person } from '../shared/country';
import type { Notice } from '../shared/notice';
import { parseInput, refused, requireSender } from '../cycle/policy';
import { presentationItemText, type PresentationItem } from '../shared/refusals';
import { candidacyArgs, type CandidacyTask, type ParsedArgs, type TimelineStep } from './args';
import type { CandidacyInput, CandidacyStage, CandidacyState, FeedbackDraft } from './state';
import { candidacyWorkflowId, decisionWorkflowId } from '../shared/workflow-ids';
import type { DecisionOutcome, DecisionSubject } from '../decision/decision';
import type { ToCountry } from '../shared/to-country';
import type { CandidacyEvent } from '../shared/history-event';

// Becoming a pathfinder (R3–R11): the expression of interest, the planning steps the candidate takes on
// its own timeline, the GCM presentation and the decision by consensus, as a plain state machine.

export class Candidacy {
  /** What the country's record is still to be told: every step of the history, the grant or the withdrawal. */
  readonly toCountry: ToCountry[] = [];
  /** The GCM decides the grant as a body (since 1.1), rather than by a tally of its members' positions. */
  bodyDecides = false;
  /** The GCM's decisions the workflow is still to open: their ids, and the question each puts. */
  readonly decisionsToOpen: GcmQuestion[] = [];

  /** The registry's roles as last read (since `roles-read-when-acting`); until then, those of the candidacy's start. */
  private roles?: Governance;

  constructor(
    readonly input: CandidacyInput,
    readonly state: CandidacyState,
  ) {}

  /** Who may act for the secretariat or the GCM, and which members are told, follow the registry. */
  readRoles(governance: Governance): void {
    this.roles = governance;
  }

  private get governance(): Governance {
    return this.roles ?? this.input.governance;
  }

  static open(input: CandidacyInput, now: DateTime): Candidacy {
    const { eoi } = input;
    const c = new Candidacy(input, {
      code: eoi.code,
      name: eoi.name,
      stage: 'expression-of-interest',
      attempt: 1,
      reviewers: [],
      timeline: [],
      done: {},
      filed: { workshops: [] },
      gcmRounds: [],
      history: [],
      remindersDone: [],
      outbox: [],
      rejectedSignals: [],
    });
    c.record(
      `expression of interest sent to the ${eoi.sentTo} on ${eoi.receivedOn}; focal point ${eoi.focalPoint.name}, deputy ${eoi.deputy.name}`,
      now,
      {
        kind: 'expressionOfInterest',
        sentTo: eoi.sentTo,
        receivedOn: eoi.receivedOn,
        focalPoint: eoi.focalPoint.name,
        deputy: eoi.deputy.name,
      },
    );
    return c;
  }

  /** A step in the candidacy's history, which the country's record keeps too: in English, and what it says as data. */
  private record(what: string, now: DateTime, event: CandidacyEvent): void {
    this.state.history.push({ at: iso(now), what, event });
    this.toCountry.push({ kind: 'candidacyStep', message: { what, event } });
  }

  get focalPoints(): Person[] {
    return [this.input.eoi.focalPoint, this.input.eoi.deputy];
  }

  get ended(): boolean {
    return this.state.stage === 'granted' || this.state.stage === 'withdrawn';
  }

  private get round() {
    return this.state.gcmRounds.at(-1);
  }

  // ---- who may act, and when ----

  private candidate(as: string) {
    requireSender(as, this.focalPoints, { role: 'focalPoint', country: { code: this.state.code, name: this.state.name } });
  }
  private secretariat(as: string) {
    const { secretariat } = this.governance;
    requireSender(as, secretariatPeople(this.governance), { role: 'secretariat', email: secretariat.email });
  }
  private gcmMember(as: string) {
    requireSender(as, this.governance.gcm, { role: 'gcm' });
  }
  /** R10 as a body's decision: a member, the Chair or the secretariat drafts the GCM's feedback. */
  private feedbackDrafter(as: string) {
    const { governance } = this.input;
    requireSender(as, [...secretariatPeople(governance), ...governance.gcm], { role: 'secretariatOrGcm' });
  }
  /** One draft before the GCM at a time; a new one only once it was not adopted, none after one was. */
  private requireNoFeedbackYet() {
    const round = this.round!;
    if (round.feedback) throw refused('stage', { code: 'already', done: 'feedback' });
    const pending = this.pendingFeedback;
    if (pending) throw refused('stage', { code: 'already', done: 'feedbackDraft', decision: pending.decision });
  }
  /** The feedback draft before the GCM now, if any. */
  get pendingFeedback(): FeedbackDraft | undefined {
    return this.state.stage === 'gcm-review' ? pendingFeedbackOf(this.state) : undefined;
  }
  private stage(allowed: CandidacyStage[], action: CandidacyTask) {
    const { stage } = this.state;
    if (!allowed.includes(stage)) throw refused('stage', { code: 'wrongStage', process: 'candidacy', stage, action });
  }

  /** Checks a task's input and who sends it, in the current stage; throws naming the field and the reason. */
  validate<T extends CandidacyTask>(task: T, args: unknown): ParsedArgs<T> {
    const parsed = parseInput(candidacyArgs()[task], task, args) as ParsedArgs<T> & { as: string };
    const candidateSteps: CandidacyStage[] = ['planning', 'gcm-review'];
    switch (task) {
      case 'acknowledge':
        this.secretariat(parsed.as);
        this.stage(['expression-of-interest'], task);
        break;
      case 'timeline':
      case 'stakeholders':
      case 'situation':
      case 'workshop':
        this.candidate(parsed.as);
        this.stage(candidateSteps, task);
        break;
      case 'roadmap': {
        this.candidate(parsed.as);
        this.stage(candidateSteps, task);
        const { plan } = parsed as ParsedArgs<'roadmap'>;
        if (plan.kind === 'national-action-plans') {
          const covered = new Set(plan.plans.flatMap((p) => p.covers));
          const gaps = (['child-labour', 'forced-labour'] as const).filter((c) => !covered.has(c));
          if (gaps.length) throw refused('roadmap', { code: 'planCoverage', gaps });
        }
        break;
      }
      case 'presentation': {
        requireSender(parsed.as, [this.governance.secretariat, ...this.governance.gcm], { role: 'secretariatOrGcm' });
        this.stage(['planning'], task);
        const missing = this.missingItems();
        if (missing.length) throw refused('presentation', { code: 'notReady', missing });
        break;
      }
      case 'feedback':
        if (this.state.feedbackByBody) this.feedbackDrafter(parsed.as);
        else this.gcmMember(parsed.as);
        this.stage(['gcm-review'], task);
        if (this.state.feedbackByBody) this.requireNoFeedbackYet();
        break;
      case 'followUp':
        this.candidate(parsed.as);
        this.stage(['gcm-review'], task);
        if (!this.round?.feedback) throw refused('stage', { code: 'notYet', needs: 'gcmFeedback' });
        break;
      case 'position':
        this.gcmMember(parsed.as);
        this.stage(['gcm-review'], task);
        if (!this.round?.followUp) throw refused('stage', { code: 'notYet', needs: 'followUp' });
        if (this.round.positions.some((p) => p.as === parsed.as))
          throw refused('position', { code: 'already', done: 'position', as: parsed.as });
        break;
      case 'withdraw':
        this.candidate(parsed.as);
        this.stage(['expression-of-interest', 'planning', 'gcm-review'], task);
        break;
    }
    return parsed;
  }

  /** What the candidate must have filed before presenting to the GCM (R5–R9). */
  missingForPresentation(): string[] {
    return this.missingItems().map((item) => presentationItemText[item]);
  }

  private missingItems(): PresentationItem[] {
    const { filed, timeline } = this.state;
    const items: [PresentationItem, unknown][] = [
      ['timeline', timeline.length],
      ['stakeholder-mapping', filed.stakeholders],
      ['situation-mapping', filed.situation],
      ['workshop', filed.workshops.length],
      ['roadmap', filed.roadmap],
    ];
    return items.filter(([, done]) => !done).map(([item]) => item);
  }

  /** Applies a task after validating it. */
  apply<T extends CandidacyTask>(task: T, args: unknown, now: DateTime): void {
    const parsed = this.validate(task, args) as ParsedArgs<CandidacyTask>;
    const s = this.state;
    const by = parsed.as;
    const note = (what: string, event: CandidacyEvent) => this.record(`${what} (${by})`, now, event);
    const complete = (step: TimelineStep) => (s.done[step] ??= iso(now));
    switch (task) {
      case 'acknowledge': {
        s.reviewers = (parsed as ParsedArgs<'acknowledge'>).reviewers;
        s.stage = 'planning';
        note('the secretariat informed the GCM and invited consultations and a planning workshop', { kind: 'acknowledged', by });
        for (const member of this.governance.gcm) this.notice('candidacy-received', member, 'gcm-informed');
        for (const person of this.focalPoints) this.notice('candidacy-invitation', person, 'invitation');
        break;
      }
      case 'timeline':
        s.timeline = (parsed as ParsedArgs<'timeline'>).steps;
        note(`timeline: ${s.timeline.map((t) => `${t.step} by ${t.due}`).join(', ')}`, {
          kind: 'timeline',
          steps: s.timeline.map(({ step, due }) => ({ step, due })),
          by,
        });
        break;
      case 'stakeholders':
        s.filed.stakeholders = parsed as ParsedArgs<'stakeholders'>;
        complete('stakeholder-mapping');
        note(`stakeholder mapping with coordination bodies: ${s.filed.stakeholders.coordinationBodies.join(', ')}`, {
          kind: 'stakeholders',
          coordinationBodies: s.filed.stakeholders.coordinationBodies,
          by,
        });
        break;
      case 'situation':
        s.filed.situation = parsed as ParsedArgs<'situation'>;
        complete('situation-mapping');
        note('situation mapping', { kind: 'situation', by });
        break;
      case 'workshop': {
        const workshop = parsed as ParsedArgs<'workshop'>;
        s.filed.workshops.push(workshop);
        complete('workshop');
        note(`planning workshop held on ${workshop.heldOn}`, { kind: 'workshop', heldOn: workshop.heldOn, by });
        break;
      }
      case 'roadmap': {
        s.filed.roadmap = parsed as ParsedArgs<'roadmap'>;
        complete('roadmap');
        const plan = s.filed.roadmap.plan.kind;
        note(plan === 'roadmap' ? 'roadmap submitted' : 'national action plans submitted instead of a roadmap', {
          kind: 'roadmap',
          plan,
          by,
        });
        break;
      }
      case 'presentation': {
        const presentation = parsed as ParsedArgs<'presentation'>;
        s.gcmRounds.push({ attempt: s.attempt, presentation, positions: [] });
        s.stage = 'gcm-review';
        note(`presented to the GCM on ${presentation.meetingOn}`, { kind: 'presented', meetingOn: presentation.meetingOn, by });
        this.askGcm('candidacy-feedback-due', `feedback-due-${s.gcmRounds.length}`);
        break;
      }
      case 'feedback':
        if (this.state.feedbackByBody) return this.draftFeedback(parsed as ParsedArgs<'feedback'>, now);
        this.round!.feedback = parsed as ParsedArgs<'feedback'>;
        note('GCM feedback given', { kind: 'feedback', by });
        for (const person of this.focalPoints)
          this.notice('candidacy-feedback', person, `feedback-${s.attempt}`, { reason: this.round!.feedback.feedback });
        break;
      case 'followUp':
        this.round!.followUp = parsed as ParsedArgs<'followUp'>;
        note("candidate's follow-up to the GCM feedback", { kind: 'followUp', by });
        if (this.bodyDecides) {
          // The GCM decides as a body, at a meeting or by silence procedure (DESIGN.md §7), in a process of its own.
          this.round!.decision = decisionWorkflowId('gcm', 'grant', s.code, s.gcmRounds.length);
          this.decisionsToOpen.push({
            workflowId: this.round!.decision,
            subject: { kind: 'grant', country: { code: s.code, name: s.name } },
            proposal: `grant pathfinder status to ${s.name}`,
          });
        } else this.askGcm('candidacy-position-due', `position-due-${s.gcmRounds.length}`);
        break;
      case 'position':
        return this.position(parsed as ParsedArgs<'position'>, now);
      case 'withdraw': {
        const { reason } = parsed as ParsedArgs<'withdraw'>;
        s.stage = 'withdrawn';
        note(`withdrawn: ${reason}`, { kind: 'withdrawn', reason, by });
        this.toCountry.push({ kind: 'candidacyWithdrawn', message: { reason: s.history.at(-1)!.what, withdrawal: { reason, by } } });
      }
    }
  }

  private position(position: ParsedArgs<'position'>, now: DateTime): void {
    const round = this.round!;
    round.positions.push(position);
    this.record(`GCM position of ${position.as}: ${position.position}${position.reason ? ` (${position.reason})` : ''}`, now, {
      kind: 'position',
      position: position.position,
      ...(position.reason && { reason: position.reason }),
      by: position.as,
    });
    // A member's position is input to the body's decision, where the GCM decides as a body.
    if (round.decision) return;
    // R11: one objection blocks.
    if (position.position === 'object') return this.notGranted(position.reason, now);
    if (!this.governance.gcm.every((m) => round.positions.some((p) => p.as === m.email))) return;
    this.grant(now.setZone(this.input.policy.secretariatZone).toISODate()!, now);
  }

  /**
   * The draft goes to the GCM as a body (DESIGN.md §7); the candidate hears nothing of it before the GCM
   * adopts it. Each draft has a decision of its own, numbered across the candidacy's rounds.
   */
  private draftFeedback(draft: ParsedArgs<'feedback'>, now: DateTime): void {
    const s = this.state;
    const round = this.round!;
    const n = s.gcmRounds.reduce((count, r) => count + (r.feedbackDrafts?.length ?? 0), 0) + 1;
    const decision = decisionWorkflowId('gcm', 'feedback', s.code, n);
    (round.feedbackDrafts ??= []).push({ draft, at: iso(now), decision });
    this.decisionsToOpen.push({
      workflowId: decision,
      subject: { kind: 'feedback', country: { code: s.code, name: s.name } },
      proposal: `send ${s.name} this feedback on its presentation of ${round.presentation.meetingOn}: ${draft.feedback}`,
    });
  }

  /** A decision of the GCM this candidacy asked for has been taken: on a feedback draft, or on the grant. */
  decided(workflowId: string, outcome: DecisionOutcome, objections: string[], now: DateTime): void {
    const draft = this.round?.feedbackDrafts?.find((d) => d.decision === workflowId);
    if (draft) return this.feedbackDecided(draft, outcome, now);
    if (this.ended || this.round?.decision !== workflowId) return;
    if (outcome.result === 'adopted') this.grant(outcome.decidedOn, now);
    else this.notGranted(objections.join('\n'), now);
  }

  /** Adopted, the feedback is the GCM's, dated by its decision, and the candidate receives it; not adopted, another draft may follow. */
  private feedbackDecided(draft: FeedbackDraft, outcome: DecisionOutcome, now: DateTime): void {
    if (this.ended || draft.outcome) return;
    draft.outcome = outcome.result;
    if (outcome.result !== 'adopted') return;
    const round = this.round!;
    round.feedback = draft.draft;
    round.feedbackOn = outcome.decidedOn;
    const how = outcome.how === 'meeting' ? 'at a meeting' : 'by silence procedure';
    this.record(`GCM feedback adopted on ${outcome.decidedOn} ${how} (drafted by ${draft.draft.as})`, now, {
      kind: 'feedback',
      by: draft.draft.as,
    });
    const decision = {
      workflowId: draft.decision,
      body: 'gcm' as const,
      subject: 'feedback' as const,
      stage: 'adopted' as const,
      outcome,
      objections: 0,
    };
    for (const person of this.focalPoints)
      this.notice('candidacy-feedback', person, `feedback-${this.state.attempt}`, { reason: draft.draft.feedback, decision });
  }

  /** Not granted: the candidate keeps everything it filed and may present again. */
  private notGranted(reason: string | undefined, now: DateTime): void {
    const s = this.state;
    const round = this.round!;
    round.outcome = 'not granted';
    s.stage = 'planning';
    s.attempt += 1;
    this.record('not granted: no consensus in the GCM', now, { kind: 'notGranted' });
    for (const person of this.focalPoints) this.notice('candidacy-not-granted', person, `not-granted-${round.attempt}`, { reason });
  }

  /** R11: granted on `grantedOn`, from which R14 counts the first reporting year. */
  private grant(grantedOn: string, now: DateTime): void {
    const s = this.state;
    this.round!.outcome = 'granted';
    s.stage = 'granted';
    s.grantedOn = grantedOn;
    this.record(`granted pathfinder status by consensus on ${s.grantedOn}`, now, { kind: 'granted', on: s.grantedOn });
    for (const person of this.focalPoints) this.notice('candidacy-granted', person, 'granted');
    const { plan } = s.filed.roadmap!;
    const roadmap =
      plan.kind === 'roadmap'
        ? `roadmap: ${plan.priorityAreas.join('; ')}`
        : `national action plans: ${plan.plans.map((p) => p.title).join('; ')}`;
    this.toCountry.push({ kind: 'granted', message: { grantedOn: s.grantedOn, reviewers: s.reviewers, roadmap } });
  }

  /** Reminders for timeline steps that are late, per focal point: from the day after the due date(), then weekly. */
  private reminders() {
    const { policy } = this.input;
    return this.state.timeline
      .filter((t) => !this.state.done[t.step])
      .flatMap((t) => {
        const due = DateTime.fromISO(t.due, { zone: policy.secretariatZone }).endOf('day');
        return this.focalPoints.flatMap((person) =>
          reminderPlan({
            deadline: due,
            until: due.plus({ years: 1 }),
            daysBefore: [],
            overdueEveryDays: policy.overdueEveryDays,
            recipientZone: person.zone,
            policy,
            from: due,
          })
            .slice(0, 8)
            .map((r) => ({
              ...r,
              person,
              step: t.step,
              due: t.due,
              key: `${candidacyWorkflowId(this.state.code)}/${t.step}-${t.due}-${r.step}/${person.email}`,
            })),
        );
      });
  }

  /** Queues the late-step reminders due at `now`; after an outage, only the latest per step and person. */
  advance(now: DateTime): void {
    if (this.ended || this.state.stage === 'expression-of-interest') return;
    const due = this.reminders().filter((r) => r.at <= now && !this.state.remindersDone.includes(r.key));
    const latest = new Map<string, (typeof due)[number]>();
    for (const r of due) {
      this.state.remindersDone.push(r.key);
      latest.set(`${r.step}/${r.person.email}`, r);
    }
    for (const r of latest.values())
      this.state.outbox.push(this.message('timeline-step-late', r.person, r.key, { lateStep: { step: r.step, due: r.due } }));
  }

  nextWakeAt(): DateTime | undefined {
    if (this.ended) return undefined;
    return this.reminders()
      .filter((r) => !this.state.remindersDone.includes(r.key))
      .reduce<DateTime | undefined>((min, r) => (!min || r.at < min ? r.at : min), undefined);
  }

  /**
   * The registry's focal point or deputy changed: from now on they file the steps and receive the notices; a
   * newcomer during planning or the GCM's review is sent the invitation, with their own link to the steps.
   */
  changeFocalPoints(people: { focalPoint: Person; deputy: Person }, now: DateTime): void {
    const arriving = newcomers(this.focalPoints, [people.focalPoint, people.deputy]);
    if (this.ended || arriving.length === 0) return;
    this.input.eoi = { ...this.input.eoi, focalPoint: people.focalPoint, deputy: people.deputy };
    const s = this.state;
    this.record(`focal point now ${people.focalPoint.name}, deputy ${people.deputy.name}`, now, {
      kind: 'focalPoints',
      focalPoint: people.focalPoint.name,
      deputy: people.deputy.name,
    });
    if (s.stage !== 'planning' && s.stage !== 'gcm-review') return;
    for (const person of arriving) this.notice('candidacy-invitation', person, `invitation-handover-${s.history.length}`);
  }

  private askGcm(kind: Notice['kind'], step: string): void {
    for (const member of this.governance.gcm) this.notice(kind, member, step);
  }

  private notice(kind: Notice['kind'], to: Person, step: string, extra: Partial<Notice> = {}): void {
    this.state.outbox.push(this.message(kind, to, `${candidacyWorkflowId(this.state.code)}/${step}/${to.email}`, extra));
  }

  private message(kind: Notice['kind'], to: Person, key: string, extra: Partial<Notice>): Notice {
    return {
      key,
      kind,
      to,
      cc: [this.governance.secretariat.email],
      country: { code: this.state.code, name: this.state.name },
      ...extra,
    };
  }
}

/** A question the candidacy puts to the GCM as a body: the decision's id, its subject and the proposal. */
export interface GcmQuestion {
  workflowId: string;
  subject: DecisionSubject;
  proposal: string;
}

export type GcmCandidacyStep = 'feedback' | 'position';

/** The feedback draft of the current round that the GCM has yet to decide, if any. */
export function pendingFeedbackOf(s: CandidacyState): FeedbackDraft | undefined {
  return s.gcmRounds.at(-1)?.feedbackDrafts?.find((d) => !d.outcome);
}

/**
 * What a candidacy asks of this reader now (R10, R11): the GCM's feedback once the candidate has presented
 * (from a member; where the GCM decides it as a body, drafted by a member, the Chair or the secretariat,
 * while no draft is before it), and a member's own position once the candidate has followed the feedback up.
 */
export function gcmCandidacySteps(s: CandidacyState, email: string, roles = { gcm: true, secretariat: false }): GcmCandidacyStep[] {
  const round = s.gcmRounds.at(-1);
  if (s.stage !== 'gcm-review' || !round) return [];
  // Candidacy would take a second feedback and replace the first; the GCM is asked for it once a round.
  if (!round.feedback) {
    if (!s.feedbackByBody) return roles.gcm ? ['feedback'] : [];
    return (roles.gcm || roles.secretariat) && !pendingFeedbackOf(s) ? ['feedback'] : [];
  }
  if (roles.gcm && round.followUp && !round.decision && !round.positions.some((p) => sameAddress(p.as, email))) return ['position'];
  return [];
}
