import { proxyActivities } from '@temporalio/workflow';
import type { Activities } from '../../activities';

// Retried until the cycle has closed and its record is in the store; a store that is down is waited for.
// One attempt reads a history of at most 1 MB and writes two files: a worker that died in the middle is
// noticed within a minute.
const { keepCycleRecord } = proxyActivities<Activities>({
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '5 seconds', maximumInterval: '10 minutes' },
});

/** Keeps a reporting cycle's record once its run has closed: `cycle-record-<ISO3>-<YEAR>`, started for the cycle as it ends. */
export async function cycleRecordKeeper(input: { country: string; year: number }): Promise<{ location: string }> {
  return keepCycleRecord(input);
}
