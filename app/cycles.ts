import { WorkflowExecutionAlreadyStartedError, type Client, type WorkflowHandle } from '@temporalio/client';
import { DateTime } from 'luxon';
import { cycleCloseAt } from '../domain/shared/calendar';
import { parsePolicy, type CyclePolicy } from '../domain/cycle/policy';
import { maxReportBytes, reportBytes } from '../domain/cycle/report';
import { terminalStages, type CycleState, type CycleSummary, type Signs } from '../domain/cycle/state';
import * as annual from '../workflows/annual-cycle/messages';
import * as messages from '../workflows/reporting-cycle/messages';
import { TASK_QUEUE } from '../client/config';
import { actAs, type Actor } from './actor';
import { InputRejected, NotNow, refusalsOf } from './errors';
import { countryCode, cycleYear } from './inputs';
import { requireRegistered } from './countries';
import { annualCycleId, reportingCycleId, workflowTypes } from '../domain/shared/workflow-ids';

// The yearly reporting cycles: opening a year (`annual-cycle-<YEAR>`) and the tasks of one country's
// cycle (`reporting-cycle-<ISO3>-<YEAR>`).

export type OpenResult = Awaited<ReturnType<typeof openCyclesOf>>[number];
const openCyclesOf = (handle: WorkflowHandle, countries?: string[]) =>
  handle.executeUpdate(annual.openCyclesUpdate, { args: [{ countries }] });

/**
 * Opens the year's cycle of every eligible country, or of the named ones (idempotent: says what already
 * ran). The policy (defaults if none) is read only when the year is first opened.
 */
export async function openYear(
  client: Client,
  request: { year: string | number; countries?: string[]; policy?: unknown; now?: Date },
): Promise<OpenResult[]> {
  const year = cycleYear(request.year);
  const policy = parsePolicy(request.policy ?? {});
  const closes = cycleCloseAt(year, policy);
  if (DateTime.fromJSDate(request.now ?? new Date()) > closes)
    throw NotNow.because({ code: 'yearClosed', year, closesAt: closes.toISO()! });
  const wanted = request.countries?.map(countryCode);
  await requireRegistered(client, wanted ?? []);
  const handle = await annualRun(client, year, policy);
  return refusalsOf('', () => openCyclesOf(handle, wanted));
}

/** The year's `annual-cycle-<YEAR>` run, started if it does not exist yet. */
async function annualRun(client: Client, year: number, policy: CyclePolicy): Promise<WorkflowHandle> {
  const workflowId = annualCycleId(year);
  try {
    return await client.workflow.start(workflowTypes.annualCycle, {
      workflowId,
      taskQueue: TASK_QUEUE,
      args: [{ year, policy }],
      workflowIdReusePolicy: 'REJECT_DUPLICATE',
    });
  } catch (error) {
    if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
    return client.workflow.getHandle(workflowId);
  }
}

/** Every country's cycle of a year, by country code. */
export async function cycleStatus(client: Client, year: string | number): Promise<CycleState[]> {
  const states = await cyclesWhere(client, `CycleYear = ${cycleYear(year)}`);
  return states.sort((a, b) => a.country.code.localeCompare(b.country.code));
}

/** The state of every reporting cycle the visibility condition finds. */
async function cyclesWhere(client: Client, condition: string): Promise<CycleState[]> {
  const ids: string[] = [];
  for await (const run of client.workflow.list({ query: `WorkflowType = '${workflowTypes.reportingCycle}' AND ${condition}` }))
    ids.push(run.workflowId);
  return Promise.all(ids.map((id) => client.workflow.getHandle(id).query(messages.getCycleQuery)));
}

/** Whole days until the current deadline or window ends (negative when late); undefined once the cycle has ended. */
export function daysLeft(state: Pick<CycleState, 'stage' | 'deadline' | 'windowEndsAt'>, now = new Date()): number | undefined {
  if (terminalStages.includes(state.stage)) return undefined;
  const due = DateTime.fromISO(state.windowEndsAt ?? state.deadline, { zone: 'utc' });
  return Math.floor(due.diff(DateTime.fromJSDate(now), 'days').days);
}

interface CycleTask {
  country: string;
  year: string | number;
  actor: Actor;
}

function cycleTask(task: CycleTask, client: Client, call: (h: WorkflowHandle) => Promise<CycleSummary>): Promise<CycleSummary> {
  const [code, year] = [countryCode(task.country), cycleYear(task.year)];
  const handle = client.workflow.getHandle(reportingCycleId(code, year));
  return refusalsOf({ code: 'notFound', what: 'cycle', country: code, year, withCommand: true }, () => call(handle));
}

/** Refused before it reaches the workflow, whichever client sent it. */
function requireReportSize(report: unknown): void {
  const bytes = reportBytes(report);
  if (bytes > maxReportBytes)
    throw InputRejected.because({ code: 'tooLarge', field: 'report', kb: Math.ceil(bytes / 1024), maxKb: maxReportBytes / 1024 });
}

/** A focal point or deputy submits the annual progress report with its indicator framework (R13, R15). */
export function submitReport(client: Client, task: CycleTask & { report: unknown }): Promise<CycleSummary> {
  requireReportSize(task.report);
  return cycleTask(task, client, (h) => actAs(h, messages.submitReport.update, task.actor, { report: task.report as never }));
}

/** A focal point or deputy submits the report revised after the Working Group's feedback (R16). */
export function submitRevision(client: Client, task: CycleTask & { report: unknown }): Promise<CycleSummary> {
  requireReportSize(task.report);
  return cycleTask(task, client, (h) => actAs(h, messages.submitRevision.update, task.actor, { report: task.report as never }));
}

/** An assigned Working Group reviewer accepts the report or asks for a revision (R16). */
export function submitReview(
  client: Client,
  task: CycleTask & {
    decision: 'accept' | 'revise';
    comments: string;
    guidance?: { evidence?: string; participation?: string };
    /** The Working Group's consolidated judgment of R19 (b)–(e), sent by the review lead. */
    signs?: Signs;
  },
): Promise<CycleSummary> {
  const args = {
    decision: task.decision,
    comments: task.comments,
    guidance: task.guidance ?? {},
    ...(task.signs && { signs: task.signs }),
  };
  return cycleTask(task, client, (h) => actAs(h, messages.submitReview.update, task.actor, args));
}

/** An assigned reviewer records (or changes) their assessment of R19 (b)–(e) for the round. */
export function assessReview(
  client: Client,
  task: CycleTask & { signs: Signs; comments: string; guidance?: { evidence?: string; participation?: string } },
): Promise<CycleSummary> {
  const args = { signs: task.signs, comments: task.comments, guidance: task.guidance ?? {} };
  return cycleTask(task, client, (h) => actAs(h, messages.assessReview.update, task.actor, args));
}

/** The secretariat moves the report deadline, with a recorded reason. */
export function extendDeadline(client: Client, task: CycleTask & { until: string; reason: string }): Promise<CycleSummary> {
  return cycleTask(task, client, (h) => actAs(h, messages.extendDeadline.update, task.actor, { until: task.until, reason: task.reason }));
}

/** A focal point or deputy asks for more time: granted at once within the policy's limit, else the secretariat decides. */
export function requestExtension(client: Client, task: CycleTask & { days: number | string; reason: string }): Promise<CycleSummary> {
  const days = typeof task.days === 'number' ? task.days : Number(task.days.trim() || NaN);
  return cycleTask(task, client, (h) => actAs(h, messages.requestExtension.update, task.actor, { days, reason: task.reason }));
}

/** The secretariat grants or refuses a request for more time; the country is told either way. */
export function decideExtension(client: Client, task: CycleTask & { decision: 'grant' | 'refuse'; note?: string }): Promise<CycleSummary> {
  return cycleTask(task, client, (h) =>
    actAs(h, messages.decideExtension.update, task.actor, { decision: task.decision, note: task.note ?? '' }),
  );
}

/** The secretariat replaces the Working Group reviewers of a cycle. */
export function assignReviewers(client: Client, task: CycleTask & { reviewers: { name: string; email: string }[] }): Promise<CycleSummary> {
  return cycleTask(task, client, (h) => actAs(h, messages.reassignReviewers.update, task.actor, { reviewers: task.reviewers }));
}

/** One country's cycle of a year: stage, deadlines, submissions, reviews. */
export function cycleState(client: Client, country: string, year: string | number): Promise<CycleState> {
  const [code, y] = [countryCode(country), cycleYear(year)];
  return refusalsOf({ code: 'notFound', what: 'cycle', country: code, year: y }, () =>
    client.workflow.getHandle(reportingCycleId(code, y)).query(messages.getCycleQuery),
  );
}

/** The open cycles of every country (a running cycle is one whose tasks may still wait for someone). */
export const openCycles = (client: Client): Promise<CycleState[]> => cyclesWhere(client, `ExecutionStatus = 'Running'`);
