import { afterAll, beforeAll, expect, it } from 'vitest';
import { storePublisher } from '../../activities/publisher';
import { importRegistry } from '../../app/countries';
import { createSchedule } from '../../app/schedule';
import { TASK_QUEUE } from '../../client/config';
import { siteKeys, type HlpfCompilation, type SiteIndex } from '../../domain/publication/site';
import { getJson } from '../../store/object-store';
import { runCli } from '../helpers/cli';
import { realClockYear } from '../helpers/clock';
import { exampleRegistry } from '../helpers/fixtures';
import { startDevServer } from '../helpers/temporal';
import { startStack, type RunningStack } from '../helpers/worker';

// `pathfinder site …` through the real CLI, against a dev server whose yearly schedule carries a policy that
// promotes inactive countries: profiles written behind the site's back appear after `site rebuild`; the HLPF
// compilation is the secretariat's, and opens on 1 July of its year.
let stack: RunningStack | undefined;
const pathfinder = (...args: string[]) => runCli(stack!.env.address, ...args);
const index = () => getJson<SiteIndex>(stack!.stores.published, siteKeys.index);
const entry = async (code: string) => (await index())?.countries.find((c) => c.code === code);
/** The year before the real one, whose 1 July is past on any day; the year after, whose 1 July is ahead. */
const [past, ahead] = [realClockYear - 2, realClockYear];

beforeAll(async () => {
  stack = await startStack(startDevServer, TASK_QUEUE);
  await createSchedule(stack.env.client, { publication: { promoteInactive: true } });
  await importRegistry(stack.env.client, exampleRegistry);
});
afterAll(() => stack?.stop());

it('rebuilds the site on request, promoting an inactive country under a policy that says so', { timeout: 90_000 }, async () => {
  // Profiles written behind the site's back (as a repair would find them): the site knows nothing of them yet.
  const profile = (code: string, name: string, status: 'active' | 'inactive') => ({
    code,
    name,
    status,
    statusSince: `${past - 3}-03-02T00:00:00.000Z`,
    benefits: status === 'active',
    focalPoints: [],
    roadmaps: [],
  });
  await expect.poll(index, { timeout: 30_000 }).toBeDefined(); // the worker built the empty site when it started
  const publisher = storePublisher(stack!.stores.published);
  await publisher.publishProfile(profile('NGA', 'Nigeria', 'inactive'));
  await publisher.publishProfile(profile('PER', 'Peru', 'active'));
  expect(await entry('NGA')).toBeUndefined();

  expect(await pathfinder('site', 'rebuild')).toEqual({
    code: 0,
    err: '',
    out: 'the public site is being rebuilt from what is published\n',
  });
  await expect.poll(() => entry('NGA'), { timeout: 30_000 }).toMatchObject({ status: 'inactive', promoted: true });
  expect((await index())!.countries.map((c) => [c.code, c.promoted])).toEqual([
    ['NGA', true],
    ['PER', true],
  ]);
});

it('publishes the HLPF compilation as the secretariat, from 1 July of its year only', { timeout: 60_000 }, async () => {
  const early = await pathfinder('site', 'hlpf', 'publish', '--year', String(ahead), '--as', 'secretariat@example.org');
  expect(early).toMatchObject({ code: 2, err: `rejected: year: the ${ahead} HLPF compilation opens on ${ahead}-07-01\n` });
  const notSecretariat = await pathfinder('site', 'hlpf', 'publish', '--year', String(past), '--as', 'lucia.quispe@example.org');
  expect(notSecretariat.code).toBe(2);
  expect(await pathfinder('site', 'hlpf', 'publish', '--year', 'soon', '--as', 'secretariat@example.org')).toMatchObject({ code: 2 });
  expect(await getJson(stack!.stores.published, siteKeys.hlpf(ahead))).toBeUndefined();

  const done = await pathfinder('site', 'hlpf', 'publish', '--year', String(past), '--as', 'ines.bauer@example.org');
  expect(done.out).toMatch(new RegExp(`^HLPF compilation ${past} published by Inès Bauer at \\S+: 0 countries \\(none yet\\)\\n$`));
  expect(await getJson<HlpfCompilation>(stack!.stores.published, siteKeys.hlpf(past))).toMatchObject({
    year: past,
    publishedBy: 'Inès Bauer',
    countries: [],
  });
});
