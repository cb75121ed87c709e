import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { Worker } from '@temporalio/worker';
import { createWorker } from '../../worker/create-worker';
import { dataConverterFromEnv } from '../../client/data-converter';
import { startMailCatcher, type MailCatcher } from '../../scripts/mail-catcher';
import type { Portal } from '../../activities/email-links';
import { testPortal } from './fixtures';
import { startTimeSkipping, workflowBundle } from './temporal';

/** A real worker with the real activities, sending to `smtpUrl` and publishing into a fresh folder. */
export async function testWorker(env: TestWorkflowEnvironment, smtpUrl: string, taskQueue: string, portal: Portal = testPortal): Promise<{ worker: Worker; publishDir: string }> {
  const publishDir = mkdtempSync(join(tmpdir(), 'pathfinder-published-'));
  const worker = await createWorker({
    connection: env.nativeConnection,
    namespace: env.namespace ?? 'default',
    taskQueue,
    smtpUrl,
    publishDir,
    mailLedgerDir: mkdtempSync(join(tmpdir(), 'pathfinder-mail-ledger-')),
    portal,
    workflowBundle: await workflowBundle(),
    dataConverter: dataConverterFromEnv(),
  });
  return { worker, publishDir };
}

/** A time-skipping server, an SMTP sink (with `mailOptions`) and a worker for `taskQueue`, which each test runs with `runUntil`. */
export async function startTimeSkippingStack(taskQueue: string, mailOptions: Parameters<typeof startMailCatcher>[0] = {}) {
  const [env, mail] = await Promise.all([startTimeSkipping(), startMailCatcher(mailOptions)]);
  const { worker, publishDir } = await testWorker(env, mail.smtpUrl, taskQueue);
  const stop = async () => {
    await env.teardown();
    await mail.close();
  };
  return { env, mail, worker, publishDir, stop };
}

export interface RunningStack {
  env: TestWorkflowEnvironment;
  mail: MailCatcher;
  publishDir: string;
  /** Stops the worker, then the server and the SMTP sink. */
  stop(): Promise<void>;
}

/** A server, an SMTP sink and a worker polling `taskQueue` for the whole file, for tests that never time-skip by `runUntil`. */
export async function startStack(startServer: () => Promise<TestWorkflowEnvironment>, taskQueue: string, portal?: Portal, mailOptions: Parameters<typeof startMailCatcher>[0] = {}): Promise<RunningStack> {
  const [env, mail] = await Promise.all([startServer(), startMailCatcher(mailOptions)]);
  const { worker, publishDir } = await testWorker(env, mail.smtpUrl, taskQueue, portal);
  const running = worker.run();
  return {
    env,
    mail,
    publishDir,
    async stop() {
      worker.shutdown();
      await running;
      await env.teardown();
      await mail.close();
    },
  };
}
