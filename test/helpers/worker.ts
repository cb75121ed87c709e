import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { Worker } from '@temporalio/worker';
import { createWorker, type WorkerSettings } from '../../worker/create-worker';
import { folderStore } from '../../store/object-store';
import { dataConverterFromEnv } from '../../client/data-converter';
import { startMailCatcher, type MailCatcher } from '../../scripts/mail-catcher';
import type { Portal } from '../../activities/email-links';
import { testPortal } from './fixtures';
import { startTimeSkipping, workflowBundle } from './temporal';
import { expectLinksToTheirPersonOnly } from './personal-links';

/** Fresh folders for the worker's stores; the published, records and documents ones by path too, for tests to look into. */
export function testStores(): { publishDir: string; recordsDir: string; documentsDir: string; stores: WorkerSettings['stores'] } {
  const [publishDir, mailLedgerDir, recordsDir, documentsDir] = ['published', 'mail-ledger', 'records', 'documents'].map((name) =>
    mkdtempSync(join(tmpdir(), `pathfinder-${name}-`)),
  ) as [string, string, string, string];
  return {
    publishDir,
    recordsDir,
    documentsDir,
    stores: {
      published: folderStore(publishDir),
      documents: folderStore(documentsDir),
      mailLedger: folderStore(mailLedgerDir),
      records: folderStore(recordsDir),
    },
  };
}

/** A real worker with the real activities, sending to `smtpUrl` and publishing into fresh folders. */
export async function testWorker(
  env: TestWorkflowEnvironment,
  smtpUrl: string,
  taskQueue: string,
  portal: Portal = testPortal,
): Promise<{ worker: Worker } & ReturnType<typeof testStores>> {
  const { publishDir, recordsDir, documentsDir, stores } = testStores();
  const worker = await createWorker({
    connection: env.nativeConnection,
    namespace: env.namespace ?? 'default',
    taskQueue,
    smtpUrl,
    stores,
    portal,
    workflowBundle: await workflowBundle(),
    dataConverter: dataConverterFromEnv(env.namespace ?? 'default'),
  });
  return { worker, publishDir, recordsDir, documentsDir, stores };
}

/** A time-skipping server, an SMTP sink (with `mailOptions`) and a worker for `taskQueue`, which each test runs with `runUntil`. */
export async function startTimeSkippingStack(taskQueue: string, mailOptions: Parameters<typeof startMailCatcher>[0] = {}) {
  const [env, mail] = await Promise.all([startTimeSkipping(), startMailCatcher(mailOptions)]);
  const { worker, publishDir } = await testWorker(env, mail.smtpUrl, taskQueue);
  const stop = async () => {
    await env.teardown();
    await mail.close();
    expectLinksToTheirPersonOnly(mail.messages);
  };
  return { env, mail, worker, publishDir, stop };
}

export interface RunningStack {
  env: TestWorkflowEnvironment;
  mail: MailCatcher;
  publishDir: string;
  recordsDir: string;
  documentsDir: string;
  stores: WorkerSettings['stores'];
  /** Stops the worker, then the server and the SMTP sink; throws if an action link reached anyone but its person. */
  stop(): Promise<void>;
}

/** A server, an SMTP sink and a worker polling `taskQueue` for the whole file, for tests that never time-skip by `runUntil`. */
export async function startStack(
  startServer: () => Promise<TestWorkflowEnvironment>,
  taskQueue: string,
  portal?: Portal,
  mailOptions: Parameters<typeof startMailCatcher>[0] = {},
): Promise<RunningStack> {
  const [env, mail] = await Promise.all([startServer(), startMailCatcher(mailOptions)]);
  const { worker, publishDir, recordsDir, documentsDir, stores } = await testWorker(env, mail.smtpUrl, taskQueue, portal);
  const running = worker.run();
  return {
    env,
    mail,
    publishDir,
    recordsDir,
    documentsDir,
    stores,
    async stop() {
      worker.shutdown();
      await running;
      await env.teardown();
      await mail.close();
      expectLinksToTheirPersonOnly(mail.messages);
    },
  };
}
