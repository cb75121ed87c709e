import {
  allHandlersFinished,
  CancellationScope,
  condition,
  getExternalWorkflowHandle,
  isCancellation,
  log,
  patched,
  proxyActivities,
  setCurrentDetails,
  setHandler,
  sleep,
  upsertMemo,
  upsertSearchAttributes,
  workflowInfo,
} from '@temporalio/workflow';
import { DateTime } from 'luxon';
import { now } from '../clock';
import { InvalidInputError } from '../../domain/cycle/policy';
import { internalWiring } from '../internal-signals';
import type { InternalMessage } from '../../domain/shared/internal-messages';
import type { CycleOutcome } from '../../domain/cycle/report';
import { ReportingCycle } from '../../domain/cycle/reporting-cycle';
import { cycleSummary, type CycleInput, type CycleState } from '../../domain/cycle/state';
import type { Activities } from '../../activities';
import { CountryCode, CycleStage, CycleYear } from '../search-attributes';
import { tellCountry } from '../tell-country';
import { drainByKey } from '../drain';
import { dated } from '../notices';
import { keepRejected, taskWiring } from '../tasks';
import * as messages from './messages';
import { annualCycleId } from '../../domain/shared/workflow-ids';
import { cycleRow } from '../../domain/cycle/year-view';
import { cycleRowSignal } from '../annual-cycle/messages';
import { readGovernance, rolesReader } from '../roles';

// Each attempt ends within 3 minutes (the transport's own timeouts are shorter); a dead worker is noticed
// by its missing heartbeat within 30 seconds and the send is tried on another.
const mailAttempts = {
  startToCloseTimeout: '3 minutes',
  heartbeatTimeout: '30 seconds',
  retry: { initialInterval: '10 seconds', backoffCoefficient: 2, maximumInterval: '1 hour' },
} as const;
/** After two hours of retries the cycle takes the e-mail back, to drop what time made stale and try again. */
const { sendEmail } = proxyActivities<Activities>({ ...mailAttempts, scheduleToCloseTimeout: '2 hours' });
/** How long a cycle waits before trying again an e-mail whose retries ran out. */
const mailRetryAfterMs = 15 * 60_000;
/**
 * A publication writes two small files: a worker that died in the middle is noticed within a minute. Retried
 * for an hour; then the secretariat is told and the cycle tries again every hour.
 */
const { publishFinalReport } = proxyActivities<Activities>({
  startToCloseTimeout: '1 minute',
  scheduleToCloseTimeout: '1 hour',
  retry: { initialInterval: '10 seconds', maximumInterval: '10 minutes' },
});
const publishRetryAfterMs = 60 * 60_000;
const { startCycleRecordKeeper } = proxyActivities<Activities>({ startToCloseTimeout: '1 minute' });
/** The innermost reason of a failure (an activity's last attempt, under its timeout). */
const reasonOf = (error: unknown): string =>
  error instanceof Error && error.cause ? reasonOf(error.cause) : error instanceof Error ? error.message : String(error);

export interface CycleResult {
  stage: CycleState['stage'];
  outcome: CycleOutcome;
}

/** Starts the keeper of this cycle's record, which waits for the run to close. */
const keepRecord = (s: CycleState) => startCycleRecordKeeper({ country: s.country.code, year: s.year });

/** One country's reporting cycle for one year: `reporting-cycle-<ISO3>-<YEAR>` (R13–R17). */
export async function reportingCycle(input: CycleInput): Promise<CycleResult> {
  const cycle = ReportingCycle.open(workflowInfo().workflowId, input, now(), {
    revisionOutlivesClose: patched('revision-window-outlives-close'),
    wgReviewsAsBody: patched('wg-reviews-as-body'),
  });
  cycle.callForReports();
  let changes = 0;
  wireMessages(cycle, () => changes++);
  const show = stageShower(cycle);
  upsertSearchAttributes([
    { key: CountryCode, value: input.country.code },
    { key: CycleYear, value: input.year },
  ]);
  const flush = mailFlusher(cycle);
  // Since 1.1 the row counts the addresses to correct, and a refusal alone sends it: a signal 1.0 did not send.
  const sendRow = rowSender(cycle, patched('cycle-row-refused-addresses'));
  const roles = rolesReader();

  try {
    for (;;) {
      // A task taken while e-mails or the row were going out counts as a change still to act on.
      const before = changes;
      if (cycle.asBody && cycle.state.stage === 'in-review' && roles.due(changes)) cycle.readRoles(await readRoles(input));
      cycle.advance(now());
      show();
      const mailDone = await flush();
      await sendRow();
      if (cycle.terminal && mailDone) break;
      const wake = mailDone
        ? cycle.nextWakeAt()!
        : DateTime.min(...[cycle.nextWakeAt(), now().plus(mailRetryAfterMs)].filter((t) => t !== undefined))!;
      await condition(() => changes !== before, Math.max(1, wake.toMillis() - Date.now()));
    }
  } catch (error) {
    // The country's record cancels the cycle when the GCM declares the country inactive.
    if (!isCancellation(error)) throw error;
    cycle.suspend();
    show();
    await CancellationScope.nonCancellable(async () => {
      await sendRow();
      await keepRecord(cycle.state);
    });
    return { stage: cycle.state.stage, outcome: cycle.outcome() };
  }

  if (cycle.state.stage === 'finalised') await publish(cycle, flush);
  const outcome = cycle.close();
  upsertMemo({ outcome });
  show();
  await sendRow();
  try {
    await tellCountry(cycle.state.country.code, cycle.toCountry);
  } catch (error) {
    // A cycle with no record (one started on its own, as tests do) goes on.
    log.warn('the country record could not be told of the cycle outcome', { country: cycle.state.country.code, error: String(error) });
  }
  await keepRecord(cycle.state);
  await condition(allHandlersFinished);
  return { stage: cycle.state.stage, outcome };
}

/** The cycle's human tasks, its query and what the country's record tells it; `onChange` after each. */
function wireMessages(cycle: ReportingCycle, onChange: () => void): void {
  const rejected = keepRejected(() => cycle.state.rejectedSignals);
  const task = taskWiring({
    result: () => cycleSummary(cycle.state),
    onRejectedSignal: rejected,
    onChange,
    trail: () => (cycle.state.audit ??= []),
  });
  task(messages.submitReport, { validate: (a) => cycle.validateSubmitReport(a), apply: (a) => cycle.submitReport(a, now()) });
  task(messages.submitRevision, { validate: (a) => cycle.validateSubmitRevision(a), apply: (a) => cycle.submitRevision(a, now()) });
  task(messages.submitReview, { validate: (a) => cycle.validateSubmitReview(a), apply: (a) => cycle.submitReview(a, now()) });
  task(messages.assessReview, { validate: (a) => cycle.validateAssessReview(a), apply: (a) => cycle.assessReview(a, now()) });
  task(messages.extendDeadline, { validate: (a) => cycle.validateExtendDeadline(a, now()), apply: (a) => cycle.extendDeadline(a, now()) });
  task(messages.reassignReviewers, { validate: (a) => cycle.validateReassignReviewers(a), apply: (a) => cycle.reassignReviewers(a) });
  task(messages.requestExtension, {
    validate: (a) => cycle.validateRequestExtension(a, now()),
    apply: (a) => cycle.requestExtension(a, now()),
  });
  task(messages.decideExtension, {
    validate: (a) => cycle.validateDecideExtension(a, now()),
    apply: (a) => cycle.decideExtension(a, now()),
  });
  setHandler(messages.getCycleQuery, () => cycle.state);
  // From the country's record; checked like any signal anyone could send, and refused on the cycle, never thrown.
  const subjects: Partial<Record<InternalMessage, string>> = { focalPointsChanged: 'focal points', reviewersChanged: 'reviewers' };
  const internal = internalWiring({
    refuse: (name, problems) => rejected(name, new InvalidInputError(subjects[name] ?? name, problems).message),
    onChange,
  });
  internal(messages.focalPointsChangedSignal, 'focalPointsChanged', (people) => cycle.changeFocalPoints(people, now()));
  internal(messages.reviewersChangedSignal, 'reviewersChanged', ({ reviewers }) => cycle.followRegistryReviewers(reviewers));
}

/**
 * The registry's roles now, as the country's record holds them (every import updates it); a cycle with no
 * record (started on its own) has none, and its first reviewer leads the review.
 */
const readRoles = (input: CycleInput) =>
  readGovernance({ code: input.country.code, fallback: { secretariat: input.secretariat, gcm: [] } });

/** Shows the cycle's stage in its search attributes and in the UI's details, each time it changes. */
function stageShower(cycle: ReportingCycle): () => void {
  let shownStage: string | undefined;
  return () => {
    const s = cycle.state;
    if (s.stage === shownStage) return;
    shownStage = s.stage;
    upsertSearchAttributes([{ key: CycleStage, value: s.stage }]);
    setCurrentDetails(
      `**${s.country.name} (${s.country.code}) — ${s.year}**\n\nStage: ${s.stage}, round ${s.round}\n\nReport due: ${s.deadline}` +
        (s.windowEndsAt ? `\n\nCurrent window ends: ${s.windowEndsAt}` : '') +
        `\n\nCycle closes: ${s.closesAt}`,
    );
  };
}

/**
 * Sends what handlers and timers queued; an e-mail leaves the outbox only once sent. Each addressee has a
 * lane, and when the relay stays away the cycle keeps the e-mail, drops what became stale, and tells the
 * secretariat after. Returns whether the outbox is empty.
 */
function mailFlusher(cycle: ReportingCycle): () => Promise<boolean> {
  const flush = async (): Promise<boolean> => {
    cycle.dropStaleReminders();
    const failure = await drainByKey(
      cycle.state.outbox,
      (email) => email.to.email,
      async (email) => {
        const { refused } = await sendEmail(dated(email));
        if (refused) cycle.recordUndeliverable(email, refused, now());
        else cycle.mailSent(email);
      },
    );
    if (failure) {
      log.warn('the mail server did not take an e-mail; trying again later', { error: String(failure) });
      cycle.mailFailed(now());
      return false;
    }
    if (!cycle.state.mailDelay) return true;
    cycle.mailResumed(now());
    return flush();
  };
  return flush;
}

/** Sends the cycle's row to the year's dashboard in the annual run, each time it changes. */
function rowSender(cycle: ReportingCycle, countRefused: boolean): () => Promise<void> {
  let rowSent: string | undefined = '';
  return async () => {
    const row = cycleRow(cycle.state, { countRefused });
    const shown = JSON.stringify(row);
    if (rowSent === undefined || rowSent === shown) return;
    rowSent = shown;
    try {
      await getExternalWorkflowHandle(annualCycleId(cycle.state.year)).signal(cycleRowSignal, row);
    } catch (error) {
      // A cycle started on its own (not by an annual run) has no dashboard: stop trying.
      rowSent = undefined;
      log.info('no annual run to tell of this cycle', { year: cycle.state.year, error: String(error) });
    }
  };
}

/** Publishes the final report, trying again every hour (the secretariat told once), then sends the news. */
async function publish(cycle: ReportingCycle, flush: () => Promise<boolean>): Promise<void> {
  const last = cycle.state.submissions.at(-1)!;
  const final = {
    country: cycle.state.country.code,
    countryName: cycle.state.country.name,
    year: cycle.state.year,
    report: last.report,
  };
  let published: { location: string } | undefined;
  while (!published) {
    try {
      published = await publishFinalReport(final);
    } catch (error) {
      if (isCancellation(error)) throw error;
      cycle.publicationFailed(reasonOf(error), now());
      await flush();
      await sleep(publishRetryAfterMs);
    }
  }
  const { location } = published;
  cycle.markPublished(now(), location);
  while (!(await flush())) await sleep(mailRetryAfterMs);
}
