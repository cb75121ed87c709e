import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { temporal } from '@temporalio/proto';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { DateTime } from 'luxon';
import { afterAll, beforeAll, expect, it, onTestFailed } from 'vitest';
import { TASK_QUEUE } from '../../client/config';
import { reportingCycle } from '../../workflows';
import * as m from '../../workflows/reporting-cycle/messages';
import type { CaughtMail, MailCatcher } from '../../scripts/mail-catcher';
import { cycleInput, exampleReport, peru } from '../helpers/fixtures';
import { startTimeSkipping } from '../helpers/temporal';
import { killWorkerProcess, startedWorkers, startProcessStack, type ProcessStack } from '../helpers/worker-process';
import { reportingCycleId } from '../../domain/shared/workflow-ids';
import { skipTo, Y } from '../helpers/clock';
import { kindOf } from '../helpers/mail';

// The worker is a real process (`tsx worker/main.ts`, on a prebuilt workflow bundle as in the container),
// killed with SIGKILL in the middle of a cycle while a Signal comes in, and started again: Temporal keeps
// the cycle and the Signal, the new worker replays the history and goes on, and no e-mail is sent twice.

const lucia = peru.focalPoint;
const jean = peru.deputy;
const amina = peru.reviewers[0]!;

let env: TestWorkflowEnvironment;
let mail: MailCatcher;
let publishDir: string;
/** The worker as production starts it, on this file's servers and folders. */
let startWorker: ProcessStack['startWorker'];
let stack: ProcessStack | undefined;

beforeAll(async () => {
  stack = await startProcessStack(startTimeSkipping);
  ({ env, mail, startWorker } = stack);
  publishDir = join(stack.dir, 'published');
});
afterAll(() => stack?.stop());

const eventType = (e: temporal.api.history.v1.IHistoryEvent) =>
  temporal.api.enums.v1.EventType[e.eventType ?? 0]!.replace('EVENT_TYPE_', '');
const kind = (x: CaughtMail) => kindOf(x);
const key = (x: CaughtMail) => x.headers['x-pathfinder-key']!;
const local = (x: CaughtMail, zone: string) => DateTime.fromJSDate(x.date!).setZone(zone).toISO();
let step = '';
/** What a failure report needs: where the test stood, what the workers printed, what the run waits for. */
async function diagnose(workflowId: string): Promise<string> {
  const lines = [`failed while: ${step}`];
  startedWorkers().forEach((w, i) =>
    lines.push(`--- worker ${i + 1} (pid ${w.child.pid}, exit ${w.child.exitCode ?? w.child.signalCode}) ---`, w.output()),
  );
  try {
    const handle = env.client.workflow.getHandle(workflowId);
    const { raw } = await handle.describe();
    lines.push(`--- pending workflow task ---`, JSON.stringify(raw.pendingWorkflowTask ?? null));
    const events = (await handle.fetchHistory()).events ?? [];
    lines.push(`--- last history events ---`, ...events.slice(-12).map((e) => `${String(e.eventId)} ${eventType(e)}`));
  } catch (error) {
    lines.push(`(no workflow description: ${String(error)})`);
  }
  lines.push(`--- mail (${mail.messages.length}) ---`, ...mail.messages.map((x) => `${x.to.join(',')} ${x.headers['x-pathfinder-key']}`));
  return lines.join('\n');
}

it('survives a killed worker: the cycle finishes, every submission is kept, no e-mail goes out twice', { timeout: 180_000 }, async () => {
  const workflowId = reportingCycleId('PER', Y);
  onTestFailed(async () => console.error(await diagnose(workflowId)));
  step = 'starting the first worker';
  const first = await startWorker();
  const handle = await env.client.workflow.start(reportingCycle, { taskQueue: TASK_QUEUE, workflowId, args: [cycleInput(Y)] });

  // To noon in Lima on Friday 19 March 2027: the 42-day reminders are out, in Paris and in Lima.
  step = `moving time to 19 March ${Y} and waiting for the first reminders`;
  await skipTo(env, `${Y}-03-19T12:00:00-05:00`);
  const reminders = await mail.waitFor(2, (x) => kind(x) === 'submission-reminder');
  expect(reminders.map((x) => [x.to[0], local(x, x.to[0] === lucia.email ? lucia.zone : jean.zone)]).sort()).toEqual([
    [jean.email, `${Y}-03-19T09:00:00.000+01:00`],
    [lucia.email, `${Y}-03-19T09:00:00.000-05:00`],
  ]);

  step = 'submitting the report and waiting for its e-mails';
  const submitted = await handle.executeUpdate(m.submitReport.update, { args: [{ as: lucia.email, report: exampleReport }] });
  expect(submitted).toMatchObject({ stage: 'in-review', round: 1 });
  await mail.waitFor(3, (x) => kind(x) === 'submission-received' || kind(x) === 'review-request');
  // The kill comes at a quiet point: every e-mail of the submission is sent and recorded as sent.
  await expect.poll(async () => (await handle.query(m.getCycleQuery)).outbox, { timeout: 30_000, interval: 100 }).toEqual([]);
  const sentBeforeKill = mail.messages.map(key);
  expect(sentBeforeKill).toHaveLength(7); // the calls for reports, the reminders, and the submission's three

  // The worker goes down: first frozen (SIGSTOP), so that its open long polls stay with the server, then,
  // once the server has handed it the workflow task of the signal below, killed (SIGKILL) with that task.
  // Why not kill first: the Java test server, unlike a real Temporal server, never moves a workflow task
  // off a dead worker's sticky queue (it has no sticky schedule-to-start timeout). If the server has
  // already dropped the dead worker's polls when the signal comes, the task would wait there forever.
  // A task the dead worker took times out after the 10 s workflow task timeout and goes to the normal
  // queue, where the second worker finds it, as a real server does with a sticky queue nobody polls.
  step = 'freezing the first worker and signalling the review';
  process.kill(-first.child.pid!, 'SIGSTOP');
  const comments = 'Please add the results of the second survey round.';
  await handle.signal(m.submitReview.signal, { as: amina.email, decision: 'revise', comments });
  const afterSignal = async () => {
    const events = (await handle.fetchHistory()).events ?? [];
    return events.slice(events.findIndex((e) => e.workflowExecutionSignaledEventAttributes?.signalName === 'submitReview')).map(eventType);
  };
  await expect
    .poll(afterSignal, { timeout: 15_000, interval: 50 })
    .toEqual(['WORKFLOW_EXECUTION_SIGNALED', 'WORKFLOW_TASK_SCHEDULED', 'WORKFLOW_TASK_STARTED']);
  step = 'killing the first worker';
  await killWorkerProcess(first.child);
  expect(first.child.signalCode).toBe('SIGKILL');
  expect(mail.messages).toHaveLength(sentBeforeKill.length);

  step = 'starting the second worker';
  const second = await startWorker();
  expect(second.child.pid).not.toBe(first.child.pid);
  // The new worker replays the cycle from its history and acts on the signal it missed.
  step = 'waiting for the feedback that the second worker sends';
  const feedback = await mail.waitFor(2, (x) => kind(x) === 'feedback');
  expect(feedback.map((x) => x.to[0]).sort()).toEqual([jean.email, lucia.email]);
  expect(feedback[0]!.text).toContain(comments);

  step = 'revision, acceptance and the result';
  const revised = await handle.executeUpdate(m.submitRevision.update, { args: [{ as: jean.email, report: exampleReport }] });
  expect(revised).toMatchObject({ stage: 'in-review', round: 2 });
  await handle.executeUpdate(m.submitReview.update, { args: [{ as: amina.email, decision: 'accept' }] });
  const result = await handle.result();
  expect(result.stage).toBe('finalised');
  expect(result.outcome).toEqual({
    reportSubmitted: true,
    finalised: true,
    indicatorFrameworkUpdated: true,
    evidenceOfProgress: true,
    evidenceOfCollaboration: true,
    commentsUnanswered: false,
  });

  step = 'checking the final state, the published files and the e-mails';
  // Every submission and review is kept, with who sent it.
  const state = await handle.query(m.getCycleQuery);
  expect(state.submissions.map((s) => [s.kind, s.round, s.by, s.late])).toEqual([
    ['report', 1, lucia.email, false],
    ['revision', 2, jean.email, false],
  ]);
  expect(state.reviews.map((r) => [r.round, r.by, r.decision, r.comments])).toEqual([
    [1, amina.email, 'revise', comments],
    [2, amina.email, 'accept', ''],
  ]);
  expect(state.rejectedSignals).toEqual([]);
  // The history shows the recovery: the task the killed worker held timed out once, the signal was kept once.
  const events = ((await handle.fetchHistory()).events ?? []).map(eventType);
  expect(events.filter((t) => t === 'WORKFLOW_TASK_TIMED_OUT')).toHaveLength(1);
  expect(events.filter((t) => t === 'WORKFLOW_EXECUTION_SIGNALED')).toHaveLength(1);

  // Published by the second worker into the folder both workers share.
  const folder = join(publishDir, 'PER', String(Y));
  expect(JSON.parse(readFileSync(join(folder, 'report.json'), 'utf8'))).toMatchObject({ country: 'PER', year: Y });
  expect(existsSync(join(folder, 'indicator-framework.json'))).toBe(true);

  // Each person got each step once: no e-mail repeated, and none of those sent before the kill resent.
  await mail.waitFor(2, (x) => kind(x) === 'finalised');
  const kinds = (to: string) => mail.messages.filter((x) => x.to.includes(to)).map(kind);
  expect(kinds(lucia.email)).toEqual([
    'call-for-reports',
    'submission-reminder',
    'submission-received',
    'feedback',
    'submission-received',
    'finalised',
  ]);
  expect(kinds(jean.email)).toEqual([
    'call-for-reports',
    'submission-reminder',
    'submission-received',
    'feedback',
    'submission-received',
    'finalised',
  ]);
  expect(kinds(amina.email)).toEqual(['review-request', 'review-request']);
  expect(mail.messages).toHaveLength(14);
  expect(new Set(mail.messages.map((x) => x.messageId)).size).toBe(14);
  // The key is `<cycle>/<step>/<recipient>`: one message per recipient and step.
  expect(mail.messages.every((x) => key(x) === `${workflowId}/${key(x).split('/')[1]}/${x.to.join(',')}`)).toBe(true);
  expect(new Set(mail.messages.map(key)).size).toBe(14);
  const sentAfterKill = mail.messages.slice(sentBeforeKill.length).map(key);
  expect(sentAfterKill.filter((k) => sentBeforeKill.includes(k))).toEqual([]);
  expect(mail.messages.slice(sentBeforeKill.length).filter((x) => kind(x) === 'submission-reminder')).toEqual([]);
});
