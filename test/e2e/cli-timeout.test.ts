import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';
import { startDevServer } from '../helpers/temporal';

// With no worker running, a command that needs one does not wait for ever: it gives up after --timeout and
// says that no worker polls the task queue, so nothing was done.
let env: TestWorkflowEnvironment;
beforeAll(async () => {
  env = await startDevServer();
});
afterAll(() => env?.teardown());

it('gives up after its timeout, saying that no worker is polling and nothing was done', { timeout: 60_000 }, async () => {
  const result = await runCli(env.address, 'cycle', 'start', '--year', '2027', '--timeout', '3');
  expect(result.code).toBe(1);
  expect(result.err).toBe('error: no worker is polling task queue "pathfinder" (namespace default), so nothing was done. Start one (npm run worker, or npm run dev) and run the command again.\n');

  const bad = await runCli(env.address, 'cycle', 'status', '--year', '2027', '--timeout', '0');
  expect(bad.code).toBe(2);
  expect(bad.err).toContain("option '--timeout <seconds>' argument '0' is invalid. must be a number of seconds above 0");
});
