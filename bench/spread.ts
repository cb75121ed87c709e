import { round } from './harness';
import { percentile, type Latencies } from './portal-load';

/** Percentiles of a set of latencies, in ms, with the errors counted. */
export interface Spread {
  p50: number;
  p95: number;
  p99: number;
  count: number;
  errors: number;
  firstErrors: string[];
}
export const spread = ({ ms, errors }: Latencies): Spread => ({
  p50: round(percentile(ms, 50), 0),
  p95: round(percentile(ms, 95), 0),
  p99: round(percentile(ms, 99), 0),
  count: ms.length,
  errors: errors.length,
  firstErrors: errors.slice(0, 5),
});

/** Several sets of latencies as one. */
export const pooled = (sets: Latencies[]): Latencies => ({ ms: sets.flatMap((s) => s.ms), errors: sets.flatMap((s) => s.errors) });
