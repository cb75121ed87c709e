import { proxyActivities } from '@temporalio/workflow';
import type { Activities } from '../../activities';

// Retried until the cycle has closed and its record is in the store; a store that is down is waited for.
const { keepCycleRecord } = proxyActivities<Activities>({ startToCloseTimeout: '5 minutes', retry: { initialInterval: '5 seconds', maximumInterval: '10 minutes' } });

/** Keeps a reporting cycle's record once its run has closed: `cycle-record-<ISO3>-<YEAR>`, started for the cycle as it ends. */
export async function cycleRecordKeeper(input: { country: string; year: number }): Promise<{ location: string }> {
  return keepCycleRecord(input);
}
