import { DefaultLogger, Runtime, type LogLevel } from '@temporalio/worker';
import { jsonLine, textLine } from './log-lines';
import { zeroAlertCounters } from './activity-metrics';

// The worker process's one Temporal Runtime (it must be installed before any connection or worker is made):
// the SDK's Prometheus metrics, with the project's counters beside them, and the worker's logger.

/**
 * Where the SDK's Prometheus metrics are served (`/metrics`): WORKER_METRICS_ADDRESS (host:port), 127.0.0.1:9464
 * by default, `off` for none. Off by default under the tests (VITEST set), which start many workers at once.
 */
export function metricsAddress(env = process.env): string | undefined {
  const setting = env.WORKER_METRICS_ADDRESS?.trim() || (env.VITEST ? 'off' : '127.0.0.1:9464');
  if (setting === 'off') return undefined;
  if (!/^[^\s:]+:\d{1,5}$/.test(setting) && !/^\[[0-9a-f:]+\]:\d{1,5}$/i.test(setting))
    throw new Error(`WORKER_METRICS_ADDRESS: ${setting} is not host:port (or off)`);
  return setting;
}

/** JSON lines in production (NODE_ENV=production or LOG_FORMAT=json), plain text otherwise. */
export const jsonLogs = (env = process.env) => env.LOG_FORMAT === 'json' || (env.NODE_ENV === 'production' && env.LOG_FORMAT !== 'text');

/** Installs the Runtime; `shutdownSignals: []` when the caller stops the worker itself (`npm run dev`). */
export function installRuntime(env = process.env, options: { shutdownSignals?: NodeJS.Signals[] } = {}): { metricsAddress?: string } {
  const address = metricsAddress(env);
  const line = jsonLogs(env) ? jsonLine : textLine;
  const level = (env.LOG_LEVEL?.toUpperCase() ?? 'INFO') as LogLevel;
  Runtime.install({
    ...options,
    logger: new DefaultLogger(level, (entry) => process.stderr.write(`${line(entry)}\n`)),
    telemetryOptions: {
      // The SDK's native logs go through the same logger, so that they are JSON lines too.
      logging: { forward: {}, filter: { core: 'WARN', other: 'ERROR' } },
      ...(address && { metrics: { prometheus: { bindAddress: address } } }),
    },
  });
  if (address) zeroAlertCounters(Runtime.instance().metricMeter);
  return { metricsAddress: address };
}
