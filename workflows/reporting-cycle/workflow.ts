import {
  allHandlersFinished,
  ApplicationFailure,
  condition,
  getExternalWorkflowHandle,
  isCancellation,
  log,
  patched,
  proxyActivities,
  setCurrentDetails,
  setHandler,
  upsertMemo,
  upsertSearchAttributes,
  workflowInfo,
  type SignalDefinition,
} from '@temporalio/workflow';
import type { UpdateDefinition } from '@temporalio/common';
import { DateTime } from 'luxon';
import { InvalidInputError } from '../../domain/policy';
import type { CycleOutcome } from '../../domain/report';
import { ReportingCycle, type CycleInput, type CycleState } from '../../domain/reporting-cycle';
import type { Activities } from '../../activities';
import { CountryCode, CycleStage, CycleYear } from '../search-attributes';
import { countryWorkflowId, cycleClosedSignal } from '../country/messages';
import * as messages from './messages';

const { sendEmail } = proxyActivities<Activities>({
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '10 seconds', backoffCoefficient: 2, maximumInterval: '1 hour' },
});
const { publishFinalReport } = proxyActivities<Activities>({ startToCloseTimeout: '5 minutes' });

export interface CycleResult {
  stage: CycleState['stage'];
  outcome: CycleOutcome;
}

const now = () => DateTime.fromMillis(Date.now(), { zone: 'utc' });

/** Turns a domain rejection into the failure an Update caller sees; anything else is a bug and stays one. */
function rejection(error: unknown): unknown {
  return error instanceof InvalidInputError ? ApplicationFailure.nonRetryable(error.message, 'InvalidInput', { problems: error.problems }) : error;
}

/** Gives the country's record this cycle's outcome and evidence, for R19; a cycle with no record (a test) goes on. */
async function tellCountry(s: CycleState, input: CycleInput, outcome: CycleOutcome): Promise<void> {
  const evidence = {
    deadline: s.deadline,
    extensions: s.extensions.length,
    remindersSent: s.remindersSent ?? 0,
    submissions: s.submissions.map(({ kind, at, late }) => ({ kind, at, late })),
    reviews: s.reviews.map(({ round, decision, at }) => ({ round, decision, at })),
  };
  try {
    await getExternalWorkflowHandle(countryWorkflowId(s.country.code)).signal(cycleClosedSignal, { year: s.year, stage: s.stage, outcome, rule: input.policy.escalation, evidence });
  } catch (error) {
    log.warn('the country record could not be told of the cycle outcome', { country: s.country.code, error: String(error) });
  }
}

/** One country's reporting cycle for one year: `reporting-cycle-<ISO3>-<YEAR>` (R13–R17). */
export async function reportingCycle(input: CycleInput): Promise<CycleResult> {
  const cycle = ReportingCycle.open(workflowInfo().workflowId, input, now());
  let changes = 0;

  // Each task: validator (sync, throws to reject, writes nothing), Update handler, and a Signal twin
  // that records a rejection in the state instead of failing.
  function task<A>(update: UpdateDefinition<CycleState, [A]>, signal: SignalDefinition<[A]>, validate: (args: A) => unknown, apply: (args: A) => void) {
    setHandler(
      update,
      (args) => {
        apply(args);
        changes++;
        return cycle.state;
      },
      {
        validator: (args: A) => {
          try {
            validate(args);
          } catch (error) {
            throw rejection(error);
          }
        },
      },
    );
    setHandler(signal, (args: A) => {
      try {
        apply(args);
      } catch (error) {
        if (!(error instanceof InvalidInputError)) throw error;
        cycle.recordRejectedSignal(signal.name, error, now());
      }
      changes++;
    });
  }

  task(messages.submitReportUpdate, messages.submitReportSignal, (a) => cycle.validateSubmitReport(a), (a) => cycle.submitReport(a, now()));
  task(messages.submitRevisionUpdate, messages.submitRevisionSignal, (a) => cycle.validateSubmitRevision(a), (a) => cycle.submitRevision(a, now()));
  task(messages.submitReviewUpdate, messages.submitReviewSignal, (a) => cycle.validateSubmitReview(a), (a) => cycle.submitReview(a, now()));
  task(messages.extendDeadlineUpdate, messages.extendDeadlineSignal, (a) => cycle.validateExtendDeadline(a, now()), (a) => cycle.extendDeadline(a, now()));
  task(messages.reassignReviewersUpdate, messages.reassignReviewersSignal, (a) => cycle.validateReassignReviewers(a), (a) => cycle.reassignReviewers(a));
  setHandler(messages.getStateQuery, () => cycle.state);

  let shownStage: string | undefined;
  const show = () => {
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
  upsertSearchAttributes([
    { key: CountryCode, value: input.country.code },
    { key: CycleYear, value: input.year },
  ]);

  // Sends what handlers and timers queued, oldest first; an e-mail leaves the outbox only once sent.
  const flush = async () => {
    while (cycle.state.outbox.length > 0) {
      // The workflow's clock stamps the Date header, so a retried send is the very same message.
      await sendEmail({ ...cycle.state.outbox[0]!, date: new Date(Date.now()).toISOString() });
      cycle.state.outbox.shift();
    }
  };

  try {
    for (;;) {
      cycle.advance(now());
      show();
      await flush();
      if (cycle.terminal) break;
      const wake = cycle.nextWakeAt()!;
      const seen = changes;
      await condition(() => changes !== seen, Math.max(1, wake.toMillis() - Date.now()));
    }
  } catch (error) {
    // The country's record cancels the cycle when the GCM declares the country inactive.
    if (!isCancellation(error)) throw error;
    cycle.suspend();
    show();
    return { stage: cycle.state.stage, outcome: cycle.outcome() };
  }

  if (cycle.state.stage === 'finalised') {
    const last = cycle.state.submissions.at(-1)!;
    const { location } = await publishFinalReport({
      country: cycle.state.country.code,
      countryName: cycle.state.country.name,
      year: input.year,
      report: last.report,
      reviews: cycle.state.reviews,
    });
    cycle.markPublished(now(), location);
    await flush();
  }

  const outcome = cycle.outcome();
  cycle.state.outcome = outcome;
  upsertMemo({ outcome });
  show();
  // Runs that began before cycles reported to their country's record finish as they started.
  if (patched('tell-country-record')) await tellCountry(cycle.state, input, outcome);
  await condition(allHandlersFinished);
  return { stage: cycle.state.stage, outcome };
}
