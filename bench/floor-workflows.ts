import { condition, defineUpdate, setHandler, upsertSearchAttributes } from '@temporalio/workflow';
import { CycleStage, CycleYear } from '../workflows/search-attributes';

// Temporal's floor, to compare the product's workflows with: in the bench worker beside them
// (bench/workflows.ts), and alone in a bare SDK worker (bench/worker-memory.ts).

/** Ends a floor workflow: the least a cycle's finalisation could be. */
export const finish = defineUpdate<void>('finish');

/** The least a yearly cycle could be: one search-attribute update (as a cycle shows its stage), one timer, one Update that ends it. */
export async function oneTimer(batch: number): Promise<void> {
  upsertSearchAttributes([
    { key: CycleYear, value: batch },
    { key: CycleStage, value: 'timer' },
  ]);
  let finished = false;
  setHandler(finish, () => void (finished = true));
  await condition(() => finished, '300 days');
}
