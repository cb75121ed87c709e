import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { TASK_QUEUE } from '../../client/config';
import { reportingCycleId } from '../../domain/shared/workflow-ids';
import { startMailCatcher } from '../../scripts/mail-catcher';
import { reportingCycle } from '../../workflows';
import { getCycleQuery } from '../../workflows/reporting-cycle/messages';
import { runCli } from '../helpers/cli';
import { cycleInput, peru } from '../helpers/fixtures';
import { startDevServer } from '../helpers/temporal';
import { testWorker } from '../helpers/worker';
import { realClockYear as Y } from '../helpers/clock';

// With no worker running, a command that needs one does not wait for ever: it gives up after --timeout and
// says that no worker polls the task queue, so nothing was done.
let env: TestWorkflowEnvironment;
beforeAll(async () => {
  env = await startDevServer();
});
afterAll(() => env?.teardown());

it('gives up after its timeout, saying that no worker is polling and nothing was done', { timeout: 60_000 }, async () => {
  const result = await runCli(env.address, 'cycle', 'start', '--year', String(Y), '--timeout', '3');
  expect(result.code).toBe(1);
  expect(result.err).toBe(
    'error: no worker is polling task queue "pathfinder" (namespace default), so nothing was done. Start one (npm run worker, or npm run dev) and run the command again.\n',
  );

  const bad = await runCli(env.address, 'cycle', 'status', '--year', String(Y), '--timeout', '0');
  expect(bad.code).toBe(2);
  expect(bad.err).toContain("option '--timeout <seconds>' argument '0' is invalid. must be a number of seconds above 0");
});

it(
  'after a timed-out Update, says it waits on the server (not lost, not to be sent again), and a worker then applies it',
  { timeout: 60_000 },
  async () => {
    const cycle = await env.client.workflow.start(reportingCycle, {
      taskQueue: TASK_QUEUE,
      workflowId: reportingCycleId('PER', Y),
      args: [cycleInput(Y)],
    });
    const submit = [
      'report',
      'submit',
      '--country',
      'PER',
      '--year',
      String(Y),
      '--file',
      'examples/report.json',
      '--as',
      peru.focalPoint.email,
    ];
    const result = await runCli(env.address, ...submit, '--timeout', '3');
    expect(result.code).toBe(1);
    expect(result.err).toBe(
      'error: no answer within 3 s: no worker is polling task queue "pathfinder" (namespace default); start one (npm run worker, or npm run dev). ' +
        'submitReport reached the server and waits for the run: it will be applied, or refused, once a worker takes the run. Do not send it again.\n',
    );

    const mail = await startMailCatcher();
    const { worker } = await testWorker(env, mail.smtpUrl, TASK_QUEUE);
    await worker.runUntil(async () => {
      const state = await cycle.query(getCycleQuery);
      expect(state.submissions.map((s) => s.by)).toEqual([peru.focalPoint.email]);
      // Sent again anyway, it is refused: the report is already in review.
      const again = await runCli(env.address, ...submit);
      expect(again.code).toBe(2);
      expect(again.err).toMatch(/^rejected: invalid stage: stage: the cycle is in-review/);
    });
    await mail.close();
  },
);
