import { DateTime } from 'luxon';
import { cycleCloseAt, iso, reminderPlan, reportDeadline, type PlannedReminder } from '../shared/calendar';
import { newcomers, type Person } from '../shared/country';
import { bodySettingsOf, parseInput, refused, requireSender } from './policy';
import type { CycleAction } from '../shared/refusals';
import { cycleTaskStages } from './tasks';
import type { ToCountry } from '../shared/to-country';
import { dropStaleReminders, mailItem } from './mail-delay';
import { outcomeOf, type CycleOutcome } from './report';
import { reviewLead, reviewRolesOf } from './review-lead';
import type { Governance } from '../shared/country';
import {
  maxReviewRounds,
  terminalStages,
  type CycleInput,
  type ExtensionRequest,
  type CycleState,
  type Assessment,
  type EmailKind,
  type EmailRequest,
  type MissingItem,
  type Stage,
} from './state';
import {
  assessReviewArgs,
  decideExtensionArgs,
  extendDeadlineArgs,
  reassignReviewersArgs,
  requestExtensionArgs,
  submitReportArgs,
  submitReviewArgs,
} from './args';

// The annual reporting cycle of one country (R13–R17) as a plain state machine. The workflow wires
// Temporal messages and timers to it; every decision is made here, from the instants it is given.

const at = (s: string): DateTime => DateTime.fromISO(s, { zone: 'utc' });

/** How a cycle runs, by the release that began it. */
export interface CycleRules {
  /** R19 (b): a revision window still open at the close is waited for (since 1.1; before, the cycle closed on the day). */
  revisionOutlivesClose: boolean;
  /** The Working Group reviews as a body: reviewers assess, its lead sends one decision (since 1.1; before, the first reviewer's answer was it). */
  wgReviewsAsBody?: boolean;
}

export class ReportingCycle {
  /** What the country's record is still to be told: the cycle's outcome, once it has ended. */
  readonly toCountry: ToCountry[] = [];
  /** The reminder plans last worked out, and what they were worked out from: they change only with the wait. */
  private plans?: { from: string; policy: CycleInput['policy']; plans: ReminderPlans };

  constructor(
    readonly input: CycleInput,
    readonly state: CycleState,
    private readonly rules: CycleRules = { revisionOutlivesClose: true },
  ) {}

  static open(cycleId: string, input: CycleInput, now: DateTime, rules?: CycleRules): ReportingCycle {
    const deadline = reportDeadline(input.year, input.policy);
    const closesAt = cycleCloseAt(input.year, input.policy);
    const state: CycleState = {
      cycleId,
      country: input.country,
      year: input.year,
      stage: now > deadline ? 'overdue' : 'awaiting-submission',
      deadline: iso(deadline),
      closesAt: iso(closesAt),
      round: 0,
      waitingSince: iso(now),
      reviewers: input.country.reviewers,
      reviewerAssignments: 0,
      extensions: [],
      submissions: [],
      reviews: [],
      remindersDone: [],
      outbox: [],
      rejectedSignals: [],
      ...(input.holidays && { holidays: input.holidays }),
      ...(rules?.wgReviewsAsBody && { assessments: [], reviewQuorum: input.policy.review.quorum ?? 1 }),
    };
    return new ReportingCycle(input, state, rules);
  }

  /** R13: the cycle is open; the focal point and deputy are called for the report and the indicator framework. */
  callForReports(): void {
    this.tellFocalPoints('call-for-reports', 'call-for-reports', { dueAt: this.state.deadline });
  }

  get terminal(): boolean {
    return terminalStages.includes(this.state.stage);
  }

  get focalPoints(): Person[] {
    return [this.input.country.focalPoint, this.input.country.deputy];
  }

  // ---- validation: throws InvalidInputError naming the field and the reason; changes nothing ----

  private requireFocalPoint(as: string): void {
    requireSender(as, this.focalPoints, { role: 'focalPoint', country: this.countryRef });
  }

  private requireSecretariat(as: string): void {
    requireSender(as, [this.input.secretariat], { role: 'secretariat', email: this.input.secretariat.email });
  }

  /** The country, as a refusal names it. */
  private get countryRef() {
    const { code, name } = this.state.country;
    return { code, name };
  }

  private requireStage(allowed: readonly Stage[], action: CycleAction): void {
    const { stage } = this.state;
    if (!allowed.includes(stage)) {
      const last = this.state.submissions.at(-1);
      const received = stage === 'in-review' && last ? { receivedAt: last.at } : {};
      throw refused('stage', { code: 'wrongStage', process: 'cycle', stage, action, ...received });
    }
  }

  validateSubmitReport(args: unknown) {
    const parsed = parseInput(submitReportArgs(), 'report submission', args);
    this.requireFocalPoint(parsed.as);
    this.requireStage(cycleTaskStages.report, 'report');
    return parsed;
  }

  validateSubmitRevision(args: unknown) {
    const parsed = parseInput(submitReportArgs(), 'revision', args);
    this.requireFocalPoint(parsed.as);
    this.requireStage(cycleTaskStages.revision, 'revision');
    return parsed;
  }

  validateSubmitReview(args: unknown) {
    const parsed = parseInput(submitReviewArgs(), 'review', args);
    const country = this.countryRef;
    const lead = this.asBody ? this.reviewLead : undefined;
    if (lead) requireSender(parsed.as, [lead], { role: 'reviewLead', country, year: this.state.year, lead: lead.email });
    else requireSender(parsed.as, this.state.reviewers, { role: 'reviewer', country, year: this.state.year });
    if (this.focalPoints.some((p) => p.email === parsed.as))
      throw refused('sender', { code: 'ownReport', field: 'as', email: parsed.as, country });
    this.requireStage(cycleTaskStages.review, 'review');
    if (parsed.decision === 'revise' && this.state.round >= maxReviewRounds) {
      throw refused('review', { code: 'lastRound', round: this.state.round, max: maxReviewRounds });
    }
    if (lead) {
      const { count, needed } = this.quorumWith(parsed.as);
      if (count < needed) throw refused('review', { code: 'reviewQuorum', assessments: count, needed });
    }
    return parsed;
  }

  /** An assigned reviewer's assessment of the round; changed as often as they like until the lead sends the decision. */
  validateAssessReview(args: unknown) {
    const parsed = parseInput(assessReviewArgs(), 'assessment', args);
    const country = this.countryRef;
    requireSender(parsed.as, this.state.reviewers, { role: 'reviewer', country, year: this.state.year });
    if (this.focalPoints.some((p) => p.email === parsed.as))
      throw refused('sender', { code: 'ownReport', field: 'as', email: parsed.as, country });
    if (!this.asBody) this.requireStage([], 'assessment');
    this.requireStage(cycleTaskStages.review, 'assessment');
    return parsed;
  }

  validateExtendDeadline(args: unknown, now: DateTime) {
    const parsed = parseInput(extendDeadlineArgs(), 'deadline extension', args);
    this.requireSecretariat(parsed.as);
    this.requireStage(['awaiting-submission', 'overdue'], 'deadlineExtension');
    const until = DateTime.fromISO(parsed.until, { setZone: true });
    if (until <= at(this.state.deadline)) throw refused('deadline extension', { code: 'extensionNotLater', deadline: this.state.deadline });
    if (until <= now) throw refused('deadline extension', { code: 'extensionPast' });
    if (until >= at(this.state.closesAt))
      throw refused('deadline extension', { code: 'afterClose', field: 'until', closesAt: this.state.closesAt });
    return { ...parsed, until };
  }

  /** A focal point asks for more time: granted at once within the policy's limit, else the secretariat decides. */
  validateRequestExtension(args: unknown, now: DateTime) {
    const parsed = parseInput(requestExtensionArgs(), 'extension request', args);
    this.requireFocalPoint(parsed.as);
    this.requireStage(['awaiting-submission', 'overdue'], 'extensionRequest');
    if (this.pendingExtension)
      throw refused('extension request', { code: 'already', done: 'extensionRequest', at: this.pendingExtension.at });
    const until = this.extendedUntil(parsed.days, now, 'extension request');
    const limit = this.extensionLimit;
    const grantedAlready = (this.state.extensionRequests ?? []).filter((r) => r.status === 'granted').length;
    return { ...parsed, until, atOnce: grantedAlready < limit.grantedAtOnce && parsed.days <= limit.maxDays };
  }

  validateDecideExtension(args: unknown, now: DateTime) {
    const parsed = parseInput(decideExtensionArgs(), 'extension decision', args);
    this.requireSecretariat(parsed.as);
    const request = this.pendingExtension;
    if (!request) throw refused('extension decision', { code: 'notYet', needs: 'extensionRequest' });
    this.requireStage(['awaiting-submission', 'overdue'], 'extensionDecision');
    return {
      ...parsed,
      request,
      until: parsed.decision === 'grant' ? this.extendedUntil(request.days, now, 'extension decision') : undefined,
    };
  }

  validateReassignReviewers(args: unknown) {
    const parsed = parseInput(reassignReviewersArgs(), 'reviewer assignment', args);
    this.requireSecretariat(parsed.as);
    const own = parsed.reviewers.find((r) => this.focalPoints.some((p) => p.email === r.email));
    if (own) throw refused('reviewer assignment', { code: 'ownReport', field: 'reviewers', email: own.email, country: this.countryRef });
    if (this.terminal) this.requireStage([], 'reviewerAssignment');
    return parsed;
  }

  // ---- transitions: each validates first, so a rejected message changes nothing ----

  submitReport(args: unknown, now: DateTime): void {
    const { as, report } = this.validateSubmitReport(args);
    const late = now > at(this.state.deadline);
    this.state.round = 1;
    this.state.submissions.push({ kind: 'report', round: 1, by: as, at: iso(now), late, report });
    this.enterReview(now);
    this.tellFocalPoints('submission-received', `received-r1`, { late });
  }

  submitRevision(args: unknown, now: DateTime): void {
    const { as, report } = this.validateSubmitRevision(args);
    this.state.round += 1;
    const late = now > at(this.state.windowEndsAt!);
    this.state.submissions.push({ kind: 'revision', round: this.state.round, by: as, at: iso(now), late, report });
    this.enterReview(now);
    this.tellFocalPoints('submission-received', `received-r${this.state.round}`, { late });
  }

  submitReview(args: unknown, now: DateTime): void {
    const { as, decision, comments, guidance, signs } = this.validateSubmitReview(args);
    const round = this.state.round;
    this.state.reviews.push({ round, by: as, at: iso(now), decision, comments, guidance, ...(this.asBody && signs && { signs }) });
    if (decision === 'accept') {
      this.state.stage = 'finalised';
      this.state.windowEndsAt = undefined;
      return;
    }
    this.state.stage = 'awaiting-revision';
    this.state.waitingSince = iso(now);
    this.state.windowEndsAt = iso(now.plus({ days: this.input.policy.revision.days }));
    this.tellFocalPoints('feedback', `feedback-r${round}`, { comments, guidance, dueAt: this.state.windowEndsAt });
  }

  assessReview(args: unknown, now: DateTime): void {
    const { as, signs, comments, guidance } = this.validateAssessReview(args);
    const round = this.state.round;
    const assessments = this.state.assessments!;
    const assessment: Assessment = { round, by: as, at: iso(now), signs, comments, guidance };
    const earlier = assessments.findIndex((a) => a.round === round && a.by === as);
    if (earlier >= 0) assessments[earlier] = assessment;
    else assessments.push(assessment);
  }

  /**
   * The registry's roles, as the workflow read them now: who leads the review of this country this year.
   * Read after each task of a review and at least daily, so that the lead is the registry's when the decision is sent.
   */
  readRoles(governance: Governance): void {
    if (!this.asBody) return;
    this.state.reviewRoles = reviewRolesOf(governance, this.state.country.code, this.state.year);
  }

  /** Who sends the Working Group's decision now (cycles where the WG reviews as a body). */
  get reviewLead() {
    return reviewLead(this.state.reviewRoles, this.state.reviewers);
  }

  /** Whether the Working Group reviews as a body in this cycle (begun on 1.1 or later). */
  get asBody(): boolean {
    return this.state.assessments !== undefined;
  }

  /** The round's assessments by reviewers assigned now; those removed no longer count. */
  get roundAssessments(): Assessment[] {
    return (this.state.assessments ?? []).filter((a) => a.round === this.state.round && this.state.reviewers.some((r) => r.email === a.by));
  }

  /** Assessments in, counting the lead's decision as their own assessment if they are an assigned reviewer who has not assessed. */
  private quorumWith(lead: string): { count: number; needed: number } {
    const assessed = this.roundAssessments;
    const ownToCome = this.state.reviewers.some((r) => r.email === lead) && !assessed.some((a) => a.by === lead);
    const needed = Math.min(this.state.reviewQuorum ?? 1, this.state.reviewers.length);
    return { count: assessed.length + (ownToCome ? 1 : 0), needed };
  }

  /** The lead is told once a round, when others' assessments make the quorum (their own counted): they may send the decision. */
  private tellLeadOfQuorum(): void {
    const s = this.state;
    const lead = this.reviewLead;
    if (!this.asBody || s.stage !== 'in-review' || !lead || s.quorumTold?.includes(s.round)) return;
    if (!this.roundAssessments.some((a) => a.by !== lead.email)) return;
    const { count, needed } = this.quorumWith(lead.email);
    if (count < needed) return;
    (s.quorumTold ??= []).push(s.round);
    s.outbox.push(this.email('review-quorum', `${s.cycleId}/review-quorum-r${s.round}/${lead.email}`, lead, { dueAt: s.windowEndsAt }));
  }

  extendDeadline(args: unknown, now: DateTime): void {
    const { as, until, reason } = this.validateExtendDeadline(args, now);
    this.moveDeadline(as, until, reason, now);
    this.tellFocalPoints('deadline-extended', `extended-${this.state.extensions.length}`, {
      extensionReason: reason,
      dueAt: this.state.deadline,
    });
  }

  requestExtension(args: unknown, now: DateTime): void {
    const { as, days, reason, until, atOnce } = this.validateRequestExtension(args, now);
    const requests = (this.state.extensionRequests ??= []);
    requests.push({ by: as, at: iso(now), days, reason, status: atOnce ? 'granted' : 'pending' });
    if (atOnce) return this.grant(requests.at(-1)!, until, now);
    this.tellSecretariat('extension-requested', `extension-requested-${requests.length}`, { extensionReason: reason, daysAsked: days });
  }

  decideExtension(args: unknown, now: DateTime): void {
    const { as, decision, note, request, until } = this.validateDecideExtension(args, now);
    Object.assign(request, { status: decision === 'grant' ? 'granted' : 'refused', decidedBy: as, ...(note && { note }) });
    if (until) return this.grant(request, until, now);
    const n = this.state.extensionRequests!.length;
    this.tellFocalPoints(
      'extension-refused',
      `extension-refused-${n}`,
      { extensionReason: request.reason, decisionNote: note, dueAt: this.state.deadline },
      [this.input.secretariat.email],
    );
  }

  reassignReviewers(args: unknown): void {
    const { reviewers } = this.validateReassignReviewers(args);
    this.state.reviewerAssignments += 1;
    this.replaceReviewers(reviewers);
  }

  /**
   * The registry's reviewers of the country changed. A cycle whose reviewers the secretariat never
   * reassigned follows it: those removed can no longer review, newcomers get the review under way.
   */
  followRegistryReviewers(reviewers: Person[]): void {
    if (this.terminal || this.state.reviewerAssignments > 0 || reviewers.length === 0) return;
    if (reviewers.some((r) => this.focalPoints.some((p) => p.email === r.email))) return; // nobody reviews their own report
    this.replaceReviewers(reviewers);
  }

  private replaceReviewers(reviewers: Person[]): void {
    const before = this.state.reviewers;
    this.state.reviewers = reviewers;
    if (this.state.stage === 'in-review') {
      for (const reviewer of newcomers(before, reviewers)) this.requestReview(reviewer);
    }
  }

  /**
   * The registry's focal point or deputy changed: the cycle's tasks move to them (the one replaced can no
   * longer act), and a newcomer is sent what waits for them now, so nothing pending is lost with the change.
   */
  changeFocalPoints(people: { focalPoint: Person; deputy: Person }, now: DateTime): void {
    if (this.terminal) return;
    const before = this.focalPoints;
    const country = { ...this.input.country, ...people };
    this.input.country = country;
    this.state.country = country;
    const n = (this.state.handovers = (this.state.handovers ?? 0) + 1);
    for (const person of newcomers(before, this.focalPoints)) {
      const pending = this.pendingFor();
      if (pending)
        this.state.outbox.push(this.email(pending.kind, `${this.state.cycleId}/handover-${n}/${person.email}`, person, pending.extra));
    }
    this.state.waitingSince = iso(now);
  }

  /** What a focal point who joins now must do, as the e-mail that asked for it. */
  private pendingFor(): { kind: EmailKind; extra: Partial<EmailRequest> } | undefined {
    const s = this.state;
    const wait = this.currentReminderPlans()[0]?.wait;
    if (s.stage === 'awaiting-submission') return { kind: 'submission-reminder', extra: { dueAt: s.deadline, wait } };
    if (s.stage === 'overdue') return { kind: 'submission-overdue', extra: { dueAt: s.deadline, wait } };
    const review = s.reviews.at(-1);
    if (s.stage === 'awaiting-revision' && review)
      return { kind: 'feedback', extra: { comments: review.comments, guidance: review.guidance, dueAt: s.windowEndsAt } };
    return undefined;
  }

  /**
   * The mail server refused an e-mail for good: recorded, and the secretariat is asked to correct the
   * address (unless the refused address is the secretariat's own).
   */
  recordUndeliverable(email: EmailRequest, reason: string, now: DateTime): void {
    const entry = { name: email.to.name, address: email.to.email, kind: email.kind, reason, at: iso(now) };
    const list = (this.state.undeliverable ??= []);
    list.push(entry);
    if (email.to.email === this.input.secretariat.email) return;
    this.tellSecretariat('address-refused', `address-refused-${list.length}`, { undeliverable: entry });
  }

  /** Before a send: reminders a later one replaces, or whose wait is over, are dropped (and no longer counted as sent). */
  dropStaleReminders(): void {
    const dropped = dropStaleReminders(this.state.outbox, this.currentReminderPlans()[0]?.wait);
    if (dropped.length === 0) return;
    this.state.remindersSent = Math.max(0, (this.state.remindersSent ?? 0) - dropped.length);
    this.state.mailDelay?.dropped.push(...dropped.map(mailItem));
  }

  /** The relay did not take an e-mail, even after the activity's retries: the outbox waits for the next try. */
  mailFailed(now: DateTime): void {
    this.state.mailDelay ??= { since: iso(now), late: [], dropped: [] };
  }

  mailSent(email: EmailRequest): void {
    this.state.mailDelay?.late.push(mailItem(email));
  }

  /** Everything went out after a delay: the secretariat is told what was late and what was dropped. */
  mailResumed(now: DateTime): void {
    const delay = this.state.mailDelay;
    if (!delay) return;
    this.state.mailDelay = undefined;
    if (delay.late.length === 0 && delay.dropped.length === 0) return;
    this.tellSecretariat('mail-delayed', `mail-delayed-${delay.since}`, { mailDelay: { ...delay, until: iso(now) } });
  }

  /** Moves the cycle on at `now`: stage changes that time brings, and the reminders that are due. */
  advance(now: DateTime): void {
    const s = this.state;
    if (this.terminal) return;
    if (now >= at(s.closesAt) && !this.revisionWindowOutlivesClose(now)) {
      s.stage = s.submissions.length === 0 ? 'closed-without-report' : 'closed-without-finalisation';
      return;
    }
    if (s.stage === 'awaiting-submission' && now > at(s.deadline)) s.stage = 'overdue';
    this.tellLeadOfQuorum();
    for (const plan of this.currentReminderPlans()) {
      const due = plan.reminders.filter((r) => r.at <= now && !s.remindersDone.includes(r.key));
      if (due.length === 0) continue;
      // After an outage only the latest reminder goes out; the ones it supersedes are passed over.
      s.remindersDone.push(...due.map((r) => r.key));
      const latest = due.at(-1)!;
      s.remindersSent = (s.remindersSent ?? 0) + 1;
      s.outbox.push(
        this.email(latest.kind, latest.key, plan.to, {
          cc: latest.overdue ? [this.input.secretariat.email] : [],
          dueAt: plan.dueAt,
          wait: plan.wait,
        }),
      );
    }
  }

  /**
   * R19 (b) counts comments unanswered only once their window has passed: a country asked for a revision
   * shortly before the close keeps its whole window, and the cycle closes when it ends or the revision comes.
   */
  private revisionWindowOutlivesClose(now: DateTime): boolean {
    const s = this.state;
    return this.rules.revisionOutlivesClose && s.stage === 'awaiting-revision' && now < at(s.windowEndsAt!);
  }

  /** The next instant at which time alone changes something, or undefined once the cycle has ended. */
  nextWakeAt(): DateTime | undefined {
    if (this.terminal) return undefined;
    const s = this.state;
    const candidates = [this.revisionWindowOutlivesClose(at(s.closesAt)) ? at(s.windowEndsAt!) : at(s.closesAt)];
    if (s.stage === 'awaiting-submission') candidates.push(at(s.deadline).plus({ milliseconds: 1 }));
    for (const plan of this.currentReminderPlans()) {
      const next = plan.reminders.find((r) => !s.remindersDone.includes(r.key));
      if (next) candidates.push(next.at);
    }
    return DateTime.min(...candidates)!;
  }

  /** Ends the cycle because the country is no longer active; e-mails not yet sent are dropped. */
  suspend(): void {
    if (this.terminal) return;
    this.state.stage = 'suspended';
    this.state.windowEndsAt = undefined;
    this.state.outbox = [];
  }

  outcome(): CycleOutcome {
    return outcomeOf(this.state);
  }

  /** The cycle has ended: its outcome is kept, and the country's record is to hear it with the evidence R19 weighs. */
  close(): CycleOutcome {
    const s = this.state;
    const outcome = (s.outcome = this.outcome());
    const evidence = {
      deadline: s.deadline,
      extensions: s.extensions.length,
      remindersSent: s.remindersSent ?? 0,
      submissions: s.submissions.map(({ kind, at, late }) => ({ kind, at, late })),
      reviews: s.reviews.map(({ round, decision, at }) => ({ round, decision, at })),
    };
    s.closed = {
      year: s.year,
      stage: s.stage,
      outcome,
      rule: this.input.policy.escalation,
      evidence,
      bodySettings: bodySettingsOf(this.input.policy),
    };
    this.toCountry.push({ kind: 'cycleClosed', message: s.closed });
    return outcome;
  }

  /** Publishing the accepted report failed for an hour: the secretariat is told once; the cycle tries again. */
  publicationFailed(reason: string, now: DateTime): void {
    const clipped = reason.slice(0, 500);
    if (this.state.publicationFailing) return void (this.state.publicationFailing.reason = clipped);
    this.state.publicationFailing = { since: iso(now), reason: clipped };
    this.tellSecretariat('publication-failed', 'publication-failed', { publicationError: clipped });
  }

  /** The e-mails that tell of finalisation, once the report is published, with what the Working Group said on accepting it. */
  markPublished(now: DateTime, location: string): void {
    this.state.publicationFailing = undefined;
    this.state.publishedAt = iso(now);
    this.state.publishedLocation = location;
    const { comments, guidance } = this.state.reviews.at(-1)!;
    this.tellFocalPoints(
      'finalised',
      'finalised',
      { publishedAt: this.state.publishedAt, publishedLocation: location, comments, guidance },
      [this.input.secretariat.email],
    );
  }

  // ---- helpers ----

  private get pendingExtension() {
    return this.state.extensionRequests?.find((r) => r.status === 'pending');
  }

  /** Cycles that began before requests for more time keep the default limit. */
  private get extensionLimit() {
    return this.input.policy.extensionRequests ?? { grantedAtOnce: 1, maxDays: 14 };
  }

  /** The end of the day `days` after the deadline, or after today once it has passed; before the cycle closes. */
  private extendedUntil(days: number, now: DateTime, subject: string): DateTime {
    const from = DateTime.max(at(this.state.deadline), now).setZone(this.input.policy.secretariatZone);
    const until = from.plus({ days }).set({ hour: 23, minute: 59, second: 59, millisecond: 0 });
    if (until >= at(this.state.closesAt)) throw refused(subject, { code: 'afterClose', field: 'days', closesAt: this.state.closesAt });
    return until;
  }

  private moveDeadline(by: string, until: DateTime, reason: string, now: DateTime): void {
    this.state.extensions.push({ from: this.state.deadline, to: iso(until), reason, by, at: iso(now) });
    this.state.deadline = iso(until);
    this.state.stage = 'awaiting-submission';
    this.state.waitingSince = iso(now);
  }

  /** The request is granted: the deadline and its reminders move, and the country and the secretariat are told. */
  private grant(request: ExtensionRequest, until: DateTime, now: DateTime): void {
    this.moveDeadline(request.by, until, request.reason, now);
    this.tellFocalPoints(
      'extension-granted',
      `extended-${this.state.extensions.length}`,
      { extensionReason: request.reason, daysAsked: request.days, dueAt: this.state.deadline },
      [this.input.secretariat.email],
    );
  }

  private enterReview(now: DateTime): void {
    this.state.stage = 'in-review';
    this.state.waitingSince = iso(now);
    this.state.windowEndsAt = iso(now.plus({ days: this.input.policy.review.days }));
    for (const reviewer of this.state.reviewers) this.requestReview(reviewer);
  }

  private requestReview(reviewer: Person): void {
    const key = `${this.state.cycleId}/review-request-r${this.state.round}-a${this.state.reviewerAssignments}/${reviewer.email}`;
    this.state.outbox.push(this.email('review-request', key, reviewer, { dueAt: this.state.windowEndsAt }));
  }

  private tellFocalPoints(kind: EmailKind, step: string, extra: Partial<EmailRequest>, cc: string[] = []): void {
    for (const person of this.focalPoints) {
      this.state.outbox.push(this.email(kind, `${this.state.cycleId}/${step}/${person.email}`, person, { cc, ...extra }));
    }
  }

  private tellSecretariat(kind: EmailKind, step: string, extra: Partial<EmailRequest>): void {
    const secretariat = this.input.secretariat;
    this.state.outbox.push(this.email(kind, `${this.state.cycleId}/${step}/${secretariat.email}`, secretariat, extra));
  }

  private email(kind: EmailKind, key: string, to: Person, extra: Partial<EmailRequest> = {}): EmailRequest {
    return {
      key,
      kind,
      to,
      cc: [],
      country: { code: this.state.country.code, name: this.state.country.name },
      year: this.state.year,
      secretariatZone: this.input.policy.secretariatZone,
      round: this.state.round,
      missing: this.missing(kind),
      ...extra,
    };
  }

  private missing(kind: EmailKind): MissingItem[] {
    if (
      kind === 'call-for-reports' ||
      kind === 'submission-reminder' ||
      kind === 'submission-overdue' ||
      kind === 'deadline-extended' ||
      kind === 'extension-granted' ||
      kind === 'extension-refused'
    )
      return ['progress-report', 'indicator-framework'];
    if (kind === 'revision-reminder' || kind === 'revision-overdue' || kind === 'feedback') return ['revision'];
    if (kind === 'review-reminder' || kind === 'review-overdue' || kind === 'review-request' || kind === 'review-quorum') return ['review'];
    return [];
  }

  /** Per recipient, the reminders of the wait the cycle is in now. */
  private currentReminderPlans() {
    const s = this.state;
    const { policy } = this.input;
    const wait =
      s.stage === 'awaiting-submission' || s.stage === 'overdue'
        ? {
            phase: `submission-v${s.extensions.length}`,
            to: this.focalPoints,
            dueAt: s.deadline,
            daysBefore: policy.remindDaysBeforeDeadline,
            every: policy.overdueEveryDays,
            kinds: ['submission-reminder', 'submission-overdue'] as const,
            holidays: this.input.holidays,
          }
        : s.stage === 'in-review'
          ? {
              phase: `review-r${s.round}`,
              to: s.reviewers,
              dueAt: s.windowEndsAt!,
              daysBefore: policy.review.remindDaysBeforeEnd,
              every: policy.review.overdueEveryDays,
              kinds: ['review-reminder', 'review-overdue'] as const,
              // Reviewers are of the Working Group, not of the country: its holidays are not theirs.
              holidays: undefined,
            }
          : s.stage === 'awaiting-revision'
            ? {
                phase: `revision-r${s.round}`,
                to: this.focalPoints,
                dueAt: s.windowEndsAt!,
                daysBefore: policy.revision.remindDaysBeforeEnd,
                every: policy.revision.overdueEveryDays,
                kinds: ['revision-reminder', 'revision-overdue'] as const,
                holidays: this.input.holidays,
              }
            : undefined;
    if (!wait) return [];
    // Worked out once per wait: the plans are pure, but each is many calendar steps and this runs several
    // times per activation (advance, nextWakeAt, before each send).
    const from = JSON.stringify([wait.phase, wait.dueAt, s.closesAt, s.waitingSince, wait.to, wait.holidays]);
    if (this.plans?.from === from && this.plans.policy === policy) return this.plans.plans;
    const plans = wait.to.map((person) => ({
      wait: wait.phase,
      to: person,
      dueAt: wait.dueAt,
      reminders: reminderPlan({
        deadline: at(wait.dueAt),
        until: at(s.closesAt),
        daysBefore: wait.daysBefore,
        overdueEveryDays: wait.every,
        recipientZone: person.zone,
        policy,
        from: at(s.waitingSince),
        holidays: wait.holidays,
      }).map((r) => {
        const overdue = r.step.startsWith('overdue');
        return { ...r, overdue, kind: wait.kinds[overdue ? 1 : 0], key: `${s.cycleId}/${wait.phase}-${r.step}/${person.email}` };
      }),
    }));
    this.plans = { from, policy, plans };
    return plans;
  }
}

type ReminderPlans = {
  wait: string;
  to: Person;
  dueAt: string;
  reminders: (PlannedReminder & { overdue: boolean; kind: EmailKind; key: string })[];
}[];
