import { DateTime } from 'luxon';
import { iso, reminderPlan } from '../shared/calendar';
import { newcomers, sameAddress, type Person } from '../shared/country';
import type { Notice } from '../shared/notice';
import { InvalidInputError, parseInput, requireSender } from '../cycle/policy';
import { candidacyArgs, type CandidacyTask, type ParsedArgs, type TimelineStep } from './args';
import type { CandidacyInput, CandidacyStage, CandidacyState } from './state';
import { candidacyWorkflowId } from '../shared/workflow-ids';
import type { ToCountry } from '../shared/to-country';

// Becoming a pathfinder (R3–R11): the expression of interest, the planning steps the candidate takes on
// its own timeline, the GCM presentation and the decision by consensus, as a plain state machine.

export class Candidacy {
  /** What the country's record is still to be told: every step of the history, the grant or the withdrawal. */
  readonly toCountry: ToCountry[] = [];

  constructor(
    readonly input: CandidacyInput,
    readonly state: CandidacyState,
  ) {}

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
    );
    return c;
  }

  /** A step in the candidacy's history, which the country's record keeps too. */
  private record(what: string, now: DateTime): void {
    this.state.history.push({ at: iso(now), what });
    this.toCountry.push({ kind: 'candidacyStep', message: { what } });
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
    requireSender(as, this.focalPoints, `the focal point or deputy of ${this.state.code}`);
  }
  private secretariat(as: string) {
    const { secretariat } = this.input.governance;
    requireSender(as, [secretariat], `the secretariat (${secretariat.email})`);
  }
  private gcmMember(as: string) {
    requireSender(as, this.input.governance.gcm, 'a member of the GCM');
  }
  private stage(allowed: CandidacyStage[], action: string) {
    if (!allowed.includes(this.state.stage))
      throw new InvalidInputError('stage', [`stage: the candidacy is at ${this.state.stage}; ${action} is not taken now`]);
  }

  /** Checks a task's input and who sends it, in the current stage; throws naming the field and the reason. */
  validate<T extends CandidacyTask>(task: T, args: unknown): ParsedArgs<T> {
    const parsed = parseInput(candidacyArgs()[task], task, args) as ParsedArgs<T> & { as: string };
    const candidateSteps: CandidacyStage[] = ['planning', 'gcm-review'];
    switch (task) {
      case 'acknowledge':
        this.secretariat(parsed.as);
        this.stage(['expression-of-interest'], 'an acknowledgement');
        break;
      case 'timeline':
      case 'stakeholders':
      case 'situation':
      case 'workshop':
        this.candidate(parsed.as);
        this.stage(candidateSteps, `the ${task}`);
        break;
      case 'roadmap': {
        this.candidate(parsed.as);
        this.stage(candidateSteps, 'a roadmap');
        const { plan } = parsed as ParsedArgs<'roadmap'>;
        if (plan.kind === 'national-action-plans') {
          const covered = new Set(plan.plans.flatMap((p) => p.covers));
          const gaps = (['child-labour', 'forced-labour'] as const).filter((c) => !covered.has(c));
          if (gaps.length)
            throw new InvalidInputError('roadmap', [
              `plan.plans: national action plans must cover both child labour and forced labour; none covers ${gaps.join(' or ')}`,
            ]);
        }
        break;
      }
      case 'presentation': {
        requireSender(
          parsed.as,
          [this.input.governance.secretariat, ...this.input.governance.gcm],
          'the secretariat or a member of the GCM',
        );
        this.stage(['planning'], 'a GCM presentation');
        const missing = this.missingForPresentation();
        if (missing.length)
          throw new InvalidInputError('presentation', [`stage: not ready for the GCM; still missing: ${missing.join(', ')}`]);
        break;
      }
      case 'feedback':
        this.gcmMember(parsed.as);
        this.stage(['gcm-review'], 'GCM feedback');
        break;
      case 'followUp':
        this.candidate(parsed.as);
        this.stage(['gcm-review'], 'a follow-up');
        if (!this.round?.feedback) throw new InvalidInputError('stage', ['stage: the GCM has not given its feedback yet']);
        break;
      case 'position':
        this.gcmMember(parsed.as);
        this.stage(['gcm-review'], 'a GCM position');
        if (!this.round?.followUp)
          throw new InvalidInputError('stage', ["stage: the GCM decides after the candidate's follow-up to its feedback"]);
        if (this.round.positions.some((p) => p.as === parsed.as))
          throw new InvalidInputError('position', [`as: ${parsed.as} has already given a position in this round`]);
        break;
      case 'withdraw':
        this.candidate(parsed.as);
        this.stage(['expression-of-interest', 'planning', 'gcm-review'], 'a withdrawal');
        break;
    }
    return parsed;
  }

  /** What the candidate must have filed before presenting to the GCM (R5–R9). */
  missingForPresentation(): string[] {
    const { filed, timeline } = this.state;
    return [
      timeline.length ? undefined : 'a timeline',
      filed.stakeholders ? undefined : 'a stakeholder and coordination mapping',
      filed.situation ? undefined : 'a situation mapping',
      filed.workshops.length ? undefined : 'a planning workshop',
      filed.roadmap ? undefined : 'a roadmap or national action plans',
    ].filter((x): x is string => x !== undefined);
  }

  /** Applies a task after validating it. */
  apply<T extends CandidacyTask>(task: T, args: unknown, now: DateTime): void {
    const parsed = this.validate(task, args) as ParsedArgs<CandidacyTask>;
    const s = this.state;
    const note = (what: string) => this.record(`${what} (${parsed.as})`, now);
    const complete = (step: TimelineStep) => (s.done[step] ??= iso(now));
    switch (task) {
      case 'acknowledge': {
        s.reviewers = (parsed as ParsedArgs<'acknowledge'>).reviewers;
        s.stage = 'planning';
        note('the secretariat informed the GCM and invited consultations and a planning workshop');
        for (const member of this.input.governance.gcm) this.notice('candidacy-received', member, 'gcm-informed');
        for (const person of this.focalPoints) this.notice('candidacy-invitation', person, 'invitation');
        break;
      }
      case 'timeline':
        s.timeline = (parsed as ParsedArgs<'timeline'>).steps;
        note(`timeline: ${s.timeline.map((t) => `${t.step} by ${t.due}`).join(', ')}`);
        break;
      case 'stakeholders':
        s.filed.stakeholders = parsed as ParsedArgs<'stakeholders'>;
        complete('stakeholder-mapping');
        note(`stakeholder mapping with coordination bodies: ${s.filed.stakeholders.coordinationBodies.join(', ')}`);
        break;
      case 'situation':
        s.filed.situation = parsed as ParsedArgs<'situation'>;
        complete('situation-mapping');
        note('situation mapping');
        break;
      case 'workshop': {
        const workshop = parsed as ParsedArgs<'workshop'>;
        s.filed.workshops.push(workshop);
        complete('workshop');
        note(`planning workshop held on ${workshop.heldOn}`);
        break;
      }
      case 'roadmap': {
        s.filed.roadmap = parsed as ParsedArgs<'roadmap'>;
        complete('roadmap');
        note(s.filed.roadmap.plan.kind === 'roadmap' ? 'roadmap submitted' : 'national action plans submitted instead of a roadmap');
        break;
      }
      case 'presentation':
        s.gcmRounds.push({ attempt: s.attempt, presentation: parsed as ParsedArgs<'presentation'>, positions: [] });
        s.stage = 'gcm-review';
        note(`presented to the GCM on ${(parsed as ParsedArgs<'presentation'>).meetingOn}`);
        this.askGcm('candidacy-feedback-due', `feedback-due-${s.gcmRounds.length}`);
        break;
      case 'feedback':
        this.round!.feedback = parsed as ParsedArgs<'feedback'>;
        note('GCM feedback given');
        for (const person of this.focalPoints)
          this.notice('candidacy-feedback', person, `feedback-${s.attempt}`, { reason: this.round!.feedback.feedback });
        break;
      case 'followUp':
        this.round!.followUp = parsed as ParsedArgs<'followUp'>;
        note("candidate's follow-up to the GCM feedback");
        this.askGcm('candidacy-position-due', `position-due-${s.gcmRounds.length}`);
        break;
      case 'position':
        return this.position(parsed as ParsedArgs<'position'>, now);
      case 'withdraw':
        s.stage = 'withdrawn';
        note(`withdrawn: ${(parsed as ParsedArgs<'withdraw'>).reason}`);
        this.toCountry.push({ kind: 'candidacyWithdrawn', message: { reason: s.history.at(-1)!.what } });
    }
  }

  private position(position: ParsedArgs<'position'>, now: DateTime): void {
    const s = this.state;
    const round = this.round!;
    round.positions.push(position);
    this.record(`GCM position of ${position.as}: ${position.position}${position.reason ? ` (${position.reason})` : ''}`, now);
    if (position.position === 'object') {
      // R11: one objection blocks; the candidate keeps everything it filed and may present again.
      round.outcome = 'not granted';
      s.stage = 'planning';
      s.attempt += 1;
      this.record('not granted: no consensus in the GCM', now);
      for (const person of this.focalPoints)
        this.notice('candidacy-not-granted', person, `not-granted-${round.attempt}`, { reason: position.reason });
      return;
    }
    if (!this.input.governance.gcm.every((m) => round.positions.some((p) => p.as === m.email))) return;
    round.outcome = 'granted';
    s.stage = 'granted';
    s.grantedOn = now.setZone(this.input.policy.secretariatZone).toISODate()!;
    this.record(`granted pathfinder status by consensus on ${s.grantedOn}`, now);
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
    this.record(`focal point now ${people.focalPoint.name}, deputy ${people.deputy.name}`, now);
    if (s.stage !== 'planning' && s.stage !== 'gcm-review') return;
    for (const person of arriving) this.notice('candidacy-invitation', person, `invitation-handover-${s.history.length}`);
  }

  private askGcm(kind: Notice['kind'], step: string): void {
    for (const member of this.input.governance.gcm) this.notice(kind, member, step);
  }

  private notice(kind: Notice['kind'], to: Person, step: string, extra: Partial<Notice> = {}): void {
    this.state.outbox.push(this.message(kind, to, `${candidacyWorkflowId(this.state.code)}/${step}/${to.email}`, extra));
  }

  private message(kind: Notice['kind'], to: Person, key: string, extra: Partial<Notice>): Notice {
    return {
      key,
      kind,
      to,
      cc: [this.input.governance.secretariat.email],
      country: { code: this.state.code, name: this.state.name },
      ...extra,
    };
  }
}

export type GcmCandidacyStep = 'feedback' | 'position';

/**
 * What a candidacy asks of this GCM member now (R10, R11): the GCM's feedback once the candidate has
 * presented, and their own position once the candidate has followed the feedback up.
 */
export function gcmCandidacySteps(s: CandidacyState, email: string): GcmCandidacyStep[] {
  const round = s.gcmRounds.at(-1);
  if (s.stage !== 'gcm-review' || !round) return [];
  // Candidacy would take a second feedback and replace the first; the GCM is asked for it once a round.
  if (!round.feedback) return ['feedback'];
  if (round.followUp && !round.positions.some((p) => sameAddress(p.as, email))) return ['position'];
  return [];
}
