import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from '@temporalio/worker';
import { expect, it } from 'vitest';
import { workflowBundle } from '../helpers/temporal';
import { dataConverterFromEnv } from '../../client/data-converter';

// Histories recorded with each release since 1.0 (`npm run record-histories`), one folder per release. Runs
// of those releases may still be in flight, or be queried once closed: today's code must replay them
// unchanged, or carry a patch for them (README, *Versioning*).
const dir = join(__dirname, '../fixtures/histories');
const histories = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.json'));

it('has histories of every release since 1.0 to replay', () => {
  expect(histories.filter((f) => f.startsWith('1.0.0/')).length).toBeGreaterThanOrEqual(15);
});

it('replays with the workflow interceptors every bundle has: the trace context adds no await and no command', async () => {
  expect((await workflowBundle()).code).toContain('"./workflows/trace-context.ts"');
});

it.each(histories)('replays %s', async (file) => {
  const history: unknown = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  await expect(
    Worker.runReplayHistory({ workflowBundle: await workflowBundle(), dataConverter: dataConverterFromEnv('default') }, history, file),
  ).resolves.toBeUndefined();
});
