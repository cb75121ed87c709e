import { join } from 'node:path';
import type { BundleOptions } from '@temporalio/worker';
import { failureConverterPath } from '../client/data-converter';

/**
 * How every workflow bundle is built (worker start, prebuilt bundle, tests, bench).
 *
 * The worker runs every workflow in one reused V8 context, where each cached run would evaluate again
 * all the modules its workflow imports: our workflows and domain rules, zod and luxon, about 1 MB per
 * run. None of them keeps state of its own between calls (workflow state lives in each run's activator),
 * so they are preloaded: evaluated once per worker, then frozen and shared by every run.
 * zod-settings must come first: see there.
 */
export const bundlerOptions = {
  preloadModules: [join(__dirname, '../domain/shared/zod-settings'), join(__dirname, '../workflows')],
  /** Errors raised in workflows keep their messages out of the history too (see client/failure-converter.ts). */
  failureConverterPath,
  /**
   * A request's trace carried on to the activities its Update or signal causes (workflows/trace-context.ts). In
   * every bundle, tracing or not, so that replay is tested with the code that runs; a worker that bundles at
   * start gives them as `interceptors.workflowModules`.
   */
  workflowInterceptorModules: [join(__dirname, '../workflows/trace-context')],
  /**
   * The source map stays inline (the SDK reads it there, for workflow stack traces) but without the sources'
   * text: a bundle of 2.7 MB instead of 4.9 MB, which the worker holds in both its threads.
   */
  webpackConfigHook: ((config) => ({ ...config, devtool: 'inline-nosources-source-map' })) satisfies BundleOptions['webpackConfigHook'],
};
