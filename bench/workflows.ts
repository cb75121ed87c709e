import { sleep, upsertSearchAttributes } from '@temporalio/workflow';
import { CycleStage, CycleYear } from '../workflows/search-attributes';

// The bench worker's workflows: the product's, plus Temporal's floor to compare them with.
export * from '../workflows';

/** The least a yearly cycle could be: one search-attribute update (as a cycle shows its stage), one timer. */
export async function oneTimer(batch: number): Promise<void> {
  upsertSearchAttributes([
    { key: CycleYear, value: batch },
    { key: CycleStage, value: 'timer' },
  ]);
  await sleep('300 days');
}
