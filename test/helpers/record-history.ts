import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Client } from '@temporalio/client';
import { historyToJSON } from '@temporalio/common/lib/proto-utils';

/**
 * `npm run record-histories` sets this to the release's folder of replay fixtures
 * (`test/fixtures/histories/<version>`); in a plain `npm test` nothing is written.
 */
const folder = process.env.PATHFINDER_RECORD_HISTORIES;

/**
 * Keeps the history of the run a workflow test just drove as a replay fixture named `name`: the replay test
 * then checks that every later change still replays it (README, *Versioning*).
 */
export async function recordHistory(client: Client, workflowId: string, name: string): Promise<void> {
  if (!folder) return;
  const history = await client.workflow.getHandle(workflowId).fetchHistory();
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, `${name}.json`), historyToJSON(history) + '\n');
}
