import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from '@temporalio/worker';
import { expect, it } from 'vitest';
import { workflowBundle } from '../helpers/temporal';
import { dataConverterFromEnv } from '../../client/data-converter';

// Histories recorded with earlier releases (`temporal workflow show --output json`, or fetchHistory). Runs
// of those releases may still be in flight, or be queried once closed: today's code must replay them
// unchanged. Those from before payload encryption hold plain payloads, which the codec lets through only
// with the migration setting (PATHFINDER_PLAINTEXT_PAYLOADS=accept) that such a deployment would set.
const dir = join(__dirname, '../fixtures/histories');
const histories = readdirSync(dir).filter((f) => f.endsWith('.json'));

it.each(histories)('replays %s', async (file) => {
  const history: unknown = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  await expect(
    Worker.runReplayHistory(
      {
        workflowBundle: await workflowBundle(),
        dataConverter: dataConverterFromEnv('default', { ...process.env, PATHFINDER_PLAINTEXT_PAYLOADS: 'accept' }),
      },
      history,
      file,
    ),
  ).resolves.toBeUndefined();
});
