import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from '@temporalio/worker';
import { expect, it } from 'vitest';
import { workflowBundle } from '../helpers/temporal';

// Histories recorded with earlier releases (`temporal workflow show --output json`). Runs of those
// releases may still be in flight, or be queried once closed: today's code must replay them unchanged.
const dir = join(__dirname, '../fixtures/histories');
const histories = readdirSync(dir).filter((f) => f.endsWith('.json'));

it.each(histories)('replays %s', async (file) => {
  const history: unknown = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  await expect(Worker.runReplayHistory({ workflowBundle: await workflowBundle() }, history, file)).resolves.toBeUndefined();
});
