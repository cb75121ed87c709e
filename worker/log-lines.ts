import type { LogEntry } from '@temporalio/worker';
import { keyOfWorkflowId } from '../domain/shared/workflow-ids';

// The worker's log lines: JSON in production (one object a line, for a log collector), plain text otherwise.
// Only the fields named here are written, never the rest of the SDK's metadata, and e-mail addresses in a
// message (a relay's refusal quotes the address) are blanked: logs hold no personal data and no report text.

const kept = ['sdkComponent', 'namespace', 'taskQueue', 'workflowType', 'workflowId', 'runId', 'activityType', 'attempt'] as const;

/** Anything that looks like an e-mail address, blanked. */
export const withoutAddresses = (text: string) => text.replace(/[^\s<>"'(),;:]+@[^\s<>"'(),;:]+/g, '[address]');

/** The country a run belongs to, from its workflow id (reporting-cycle-PER-2027), when it has one. */
function countryOf(workflowId: unknown): string | undefined {
  if (typeof workflowId !== 'string') return undefined;
  try {
    return keyOfWorkflowId(workflowId).code || undefined;
  } catch {
    return undefined; // not a country's workflow (the annual run, the public site)
  }
}

/** The fields of one line: time, level, message, the run's identity and country, an error's kind and message. */
export function logFields(entry: LogEntry): Record<string, unknown> {
  const meta = entry.meta ?? {};
  const fields: Record<string, unknown> = {
    time: new Date(Number(entry.timestampNanos / 1_000_000n)).toISOString(),
    level: entry.level.toLowerCase(),
    msg: withoutAddresses(entry.message),
  };
  for (const key of kept) if (meta[key] !== undefined) fields[key] = meta[key];
  const country = countryOf(meta.workflowId);
  if (country) fields.country = country;
  const error: unknown = meta.error ?? meta.failure;
  if (error instanceof Error) fields.error = { name: error.name, message: withoutAddresses(error.message) };
  else if (typeof error === 'string') fields.error = { message: withoutAddresses(error) };
  return fields;
}

export const jsonLine = (entry: LogEntry) => JSON.stringify(logFields(entry));

export function textLine(entry: LogEntry): string {
  const { time, level, msg, ...rest } = logFields(entry);
  const context = Object.entries(rest).map(([key, value]) => `${key}=${typeof value === 'string' ? value : JSON.stringify(value)}`);
  return [time, String(level).toUpperCase(), msg, ...context].join(' ');
}
