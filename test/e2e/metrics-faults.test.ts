import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { importRegistry } from '../../app/countries';
import { openYear } from '../../app/cycles';
import { exampleRegistry } from '../helpers/fixtures';
import { samples, scrape } from '../helpers/metrics';
import { freePort } from '../helpers/ports';
import { startDevServer } from '../helpers/temporal';
import { startProcessStack, type ProcessStack } from '../helpers/worker-process';
import { realClockYear as YEAR } from '../helpers/clock';

// The faults two alert rules watch, made for real on a worker process: its publications cannot be written
// (its publish folder is a file), and its relay is down (nothing listens at SMTP_URL). Each rule's counter moves.

let stack: ProcessStack | undefined;
let metrics: string;

beforeAll(async () => {
  stack = await startProcessStack(startDevServer);
  const notAFolder = join(stack.dir, 'published-is-a-file');
  writeFileSync(notAFolder, 'not a folder');
  const [metricsPort, closedPort] = [await freePort(), await freePort()];
  metrics = `http://127.0.0.1:${metricsPort}/metrics`;
  await stack.startWorker({
    WORKER_METRICS_ADDRESS: `127.0.0.1:${metricsPort}`,
    PUBLISH_DIR: notAFolder,
    SMTP_URL: `smtp://127.0.0.1:${closedPort}`,
  });
}, 300_000);
afterAll(() => stack?.stop());

it('counts publications that fail: the public site the worker builds at its start', { timeout: 120_000 }, async () => {
  await expect
    .poll(async () => samples(await scrape(metrics), 'pathfinder_publication_failures'), { timeout: 90_000, interval: 1000 })
    .toBeGreaterThanOrEqual(1);
});

it('counts e-mails the relay does not take: the calls for reports of a year', { timeout: 120_000 }, async () => {
  const { client } = stack!.env;
  await importRegistry(client, exampleRegistry);
  await expect
    .poll(async () => (await openYear(client, { year: YEAR })).filter((r) => r.result !== 'not registered').length, { timeout: 60_000 })
    .toBe(exampleRegistry.countries.length);
  await expect
    .poll(async () => samples(await scrape(metrics), 'pathfinder_mail_send_failures'), { timeout: 90_000, interval: 1000 })
    .toBeGreaterThanOrEqual(1);
  expect(samples(await scrape(metrics), 'pathfinder_mail_refused')).toBe(0);
});
