import { join } from 'node:path';
import { bundleWorkflowCode, type WorkflowBundleWithSourceMap } from '@temporalio/worker';
import { inject } from 'vitest';
import { startDevServerEnv, startTimeSkippingServer } from '../../scripts/temporal-env';
import { bundlerOptions } from '../../worker/bundler-options';
import { clockStart, skipTo } from './clock';

// Thin wrappers, so that switching to another time-skipping server later touches only scripts/temporal-env.ts.

/** The Java time-skipping test server, built by the project's tools script, its clock moved to the tests' fixed start (`clockStart`). */
export async function startTimeSkipping() {
  const env = await startTimeSkippingServer(inject('temporalTools').testServer);
  await skipTo(env, clockStart);
  return env;
}

/** A Temporal dev server (the CLI), in memory, with the project's search attributes (and its UI, if asked). */
export const startDevServer = (ui?: Parameters<typeof startDevServerEnv>[1]) => startDevServerEnv(inject('temporalTools').cli, ui);

let bundle: Promise<WorkflowBundleWithSourceMap> | undefined;

/** The workflow bundle, built once per test file. */
export function workflowBundle(): Promise<WorkflowBundleWithSourceMap> {
  bundle ??= bundleWorkflowCode({ workflowsPath: join(__dirname, '../../workflows/index.ts'), logger: quietLogger, ...bundlerOptions });
  return bundle;
}

const quietLogger = { trace() {}, debug() {}, info() {}, warn: console.warn, error: console.error, log() {} };
