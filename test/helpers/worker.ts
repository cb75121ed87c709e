import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { Worker } from '@temporalio/worker';
import { createWorker } from '../../worker/create-worker';
import { workflowBundle } from './temporal';

/** A real worker with the real activities, sending to `smtpUrl` and publishing into a fresh folder. */
export async function testWorker(env: TestWorkflowEnvironment, smtpUrl: string, taskQueue: string): Promise<{ worker: Worker; publishDir: string }> {
  const publishDir = mkdtempSync(join(tmpdir(), 'pathfinder-published-'));
  const worker = await createWorker({
    connection: env.nativeConnection,
    namespace: env.namespace ?? 'default',
    taskQueue,
    smtpUrl,
    publishDir,
    workflowBundle: await workflowBundle(),
  });
  return { worker, publishDir };
}
