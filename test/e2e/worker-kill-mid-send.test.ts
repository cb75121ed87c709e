import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { TASK_QUEUE } from '../../client/config';
import { reportingCycleId } from '../../domain/shared/workflow-ids';
import type { MailCatcher } from '../../scripts/mail-catcher';
import { reportingCycle } from '../../workflows';
import * as m from '../../workflows/reporting-cycle/messages';
import { cycleInput, exampleReport, peru } from '../helpers/fixtures';
import { startDevServer } from '../helpers/temporal';
import { killWorkerProcess, startProcessStack, type ProcessStack } from '../helpers/worker-process';
import { realClockYear as Y } from '../helpers/clock';
import { kindOf } from '../helpers/mail';

// The worker is killed (SIGKILL) in the middle of an SMTP conversation: the relay is still answering
// RCPT TO for the focal point's confirmation. On a real Temporal server (the dev server), the missing
// heartbeats tell it within 30 s that the send died; it is tried again on the worker started next, and
// the focal point receives the e-mail once. Nothing submitted is lost.
let env: TestWorkflowEnvironment;
let mail: MailCatcher;
let startWorker: ProcessStack['startWorker'];
let stack: ProcessStack | undefined;
const lucia = peru.focalPoint;

let reached!: () => void;
const rcptReached = new Promise<void>((resolve) => (reached = resolve));
let release!: () => void;
const held = new Promise<void>((resolve) => (release = resolve));
let holding = false; // from the submission on

beforeAll(async () => {
  stack = await startProcessStack(startDevServer, {
    // The first RCPT TO for Lucia waits until the test lets it go.
    hold: (address) => {
      if (address !== lucia.email || !holding) return undefined;
      holding = false;
      reached();
      return held;
    },
  });
  ({ env, mail, startWorker } = stack);
});
afterAll(() => stack?.stop());
const kind = (x: { headers: Record<string, string> }) => kindOf(x);

it('sends once an e-mail whose worker was killed mid-conversation with the relay', { timeout: 150_000 }, async () => {
  const first = await startWorker();
  const cycle = await env.client.workflow.start(reportingCycle, {
    taskQueue: TASK_QUEUE,
    workflowId: reportingCycleId('PER', Y),
    args: [cycleInput(Y)],
  });
  // The call for reports goes out as the cycle opens; the relay holds the confirmation of the report.
  await mail.waitFor(2, (x) => kind(x) === 'call-for-reports');
  await expect.poll(async () => (await cycle.query(m.getCycleQuery)).outbox, { timeout: 30_000 }).toEqual([]);
  holding = true;
  await cycle.executeUpdate(m.submitReport.update, { args: [{ as: lucia.email, report: exampleReport }] });

  await rcptReached;
  // The kill falls while only Lucia's send is under way: the others, in their own lanes, are done.
  await expect
    .poll(async () => (await cycle.query(m.getCycleQuery)).outbox.map((e) => e.to.email), { timeout: 30_000 })
    .toEqual([lucia.email]);
  await killWorkerProcess(first.child);
  release();
  expect(mail.messages.filter((x) => x.recipients.includes(lucia.email)).map(kind)).toEqual(['call-for-reports']);

  await startWorker();
  const [confirmation] = await mail.waitFor(1, (x) => x.recipients.includes(lucia.email) && kind(x) === 'submission-received');
  await expect.poll(async () => (await cycle.query(m.getCycleQuery)).outbox, { timeout: 30_000 }).toEqual([]);
  expect(mail.messages.filter((x) => x.messageId === confirmation!.messageId)).toHaveLength(1);
  expect(new Set(mail.messages.map((x) => x.messageId)).size).toBe(mail.messages.length);
  // The deputy's confirmation and the reviewer's request had their own lanes, so they did not wait.
  expect(mail.messages.map(kind).sort()).toEqual([
    'call-for-reports',
    'call-for-reports',
    'review-request',
    'submission-received',
    'submission-received',
  ]);
  const state = await cycle.query(m.getCycleQuery);
  expect(state.submissions.map((s) => s.by)).toEqual([lucia.email]);
  expect(state.stage).toBe('in-review');
  await cycle.terminate('test done');
});
