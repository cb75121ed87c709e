import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, type Connection } from '@temporalio/client';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { TASK_QUEUE } from '../../client/config';
import { dataConverterFromEnv } from '../../client/data-converter';
import { reportingCycleId } from '../../domain/shared/workflow-ids';
import { startMailCatcher, type MailCatcher } from '../../scripts/mail-catcher';
import { connectWhenReady, devServerArgs } from '../../scripts/temporal-env';
import { reportingCycle } from '../../workflows';
import * as m from '../../workflows/reporting-cycle/messages';
import { runCli } from '../helpers/cli';
import { cycleInput, peru } from '../helpers/fixtures';
import { freePort } from '../helpers/ports';

import { startWorkerProcess, stopWorkerProcesses, writeBundle } from '../helpers/worker-process';
import { realClockYear as Y } from '../helpers/clock';

// The Temporal dev server, kept in a SQLite file, is killed (SIGKILL) and started again while a focal
// point's report is on its way through the CLI. The CLI's call is retried with the same update id once the
// server is back; the report is applied once and nothing is lost.
const dir = mkdtempSync(join(tmpdir(), 'pathfinder-server-restart-'));
let port: number;
let server: ChildProcess;
let connection: Connection;
let client: Client;
let mail: MailCatcher;
let bundlePath: string;
const address = () => `127.0.0.1:${port}`;

function startServer(): ChildProcess {
  return spawn(inject('temporalTools').cli, devServerArgs({ host: '127.0.0.1', port, dbFile: join(dir, 'temporal.sqlite') }), {
    stdio: 'ignore',
    detached: true,
  });
}
function killServer(): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null) return Promise.resolve();
  const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
  process.kill(-server.pid!, 'SIGKILL');
  return exited;
}

beforeAll(async () => {
  port = await freePort();
  server = startServer();
  [connection, mail] = await Promise.all([connectWhenReady(address(), server), startMailCatcher()]);
  client = new Client({ connection, dataConverter: dataConverterFromEnv('default') });
  bundlePath = await writeBundle(dir);
});
afterAll(async () => {
  await stopWorkerProcesses();
  await connection?.close();
  if (server) await killServer();
  await mail?.close();
});

it('applies a report sent while the server was killed and restarted, once', { timeout: 150_000 }, async () => {
  const worker = await startWorkerProcess({ address: address(), smtpUrl: mail.smtpUrl, bundlePath, dir });
  const cycle = await client.workflow.start(reportingCycle, {
    taskQueue: TASK_QUEUE,
    workflowId: reportingCycleId('PER', Y),
    args: [cycleInput(Y)],
  });
  expect((await cycle.query(m.getCycleQuery)).stage).toBe('awaiting-submission');

  // The worker holds still, so the report waits on the server; it has arrived once the server has a task for it.
  process.kill(-worker.child.pid!, 'SIGSTOP');
  const submitted = runCli(
    address(),
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
    '--timeout',
    '120',
  );
  await expect
    .poll(async () => (await cycle.describe()).raw.pendingWorkflowTask ?? null, { timeout: 30_000, interval: 100 })
    .not.toBeNull();

  await killServer();
  server = startServer();
  await (await connectWhenReady(address(), server)).close();
  process.kill(-worker.child.pid!, 'SIGCONT');

  const result = await submitted;
  expect(result.err).toBe('');
  expect(result.out).toBe(`report received; PER ${Y}: in-review, round 1\n`);
  const state = await cycle.query(m.getCycleQuery);
  expect(state.submissions.map((s) => s.by)).toEqual([peru.focalPoint.email]);
  expect(state.audit!.filter((a) => a.task === 'submitReport').map((a) => a.outcome)).toEqual(['accepted']);
  await cycle.terminate('test done');
});
