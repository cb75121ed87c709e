import { DateTime } from 'luxon';
import { expect, it } from 'vitest';
import { CountryRecord, type CountryState } from '../../domain/record/country-record';
import { registryReader } from '../../portal/people';
import { exampleCountries, governance } from '../helpers/fixtures';

// The portal reads the registry (every country record) once for many requests, yet knows a newcomer at once.
const [peru, nigeria] = exampleCountries;
const recordOf = (country: typeof peru) => CountryRecord.create(country!, governance, DateTime.fromISO('2027-01-01T00:00:00Z')).state;

function setting() {
  let clock = 0;
  let registry: CountryState[] = [recordOf(peru)];
  const reads: number[] = [];
  const reader = registryReader(
    () => {
      reads.push(clock);
      return Promise.resolve(registry);
    },
    { ttlMs: 10_000, now: () => clock },
  );
  return { reader, reads, tick: (ms: number) => (clock += ms), register: (records: CountryState[]) => (registry = records) };
}

it('serves every request arriving together, and for ten seconds, from one read', async () => {
  const { reader, reads, tick } = setting();
  const members = await Promise.all(Array.from({ length: 50 }, () => reader.member(peru!.focalPoint.email)));
  expect(members.every((m) => m?.focalPointOf.join() === 'PER')).toBe(true);
  tick(9_999);
  await reader.member(peru!.deputy.email);
  expect(reads).toEqual([0]);
  tick(1);
  await reader.member(peru!.deputy.email);
  expect(reads).toEqual([0, 10_000]);
});

it('serves what it read before while a new read runs, and never puts back an older read after a change', async () => {
  let registry: CountryState[] = [recordOf(peru)];
  let clock = 0;
  const pending: ((records: CountryState[]) => void)[] = [];
  const reader = registryReader(() => (clock === 0 ? Promise.resolve(registry) : new Promise((resolve) => pending.push(resolve))), {
    ttlMs: 10_000,
    now: () => clock,
  });
  await reader.records();
  clock = 20_000;
  // The new read hangs: requests are still answered, from the earlier read, and start no second read.
  await expect(reader.member(peru!.focalPoint.email)).resolves.toMatchObject({ focalPointOf: ['PER'] });
  await reader.records();
  expect(pending).toHaveLength(1);
  // The portal changes the registry meanwhile; the slow read, older than that, is not kept.
  reader.forget();
  registry = [recordOf(nigeria)];
  const afterChange = reader.records();
  pending[1]!(registry);
  pending[0]!([recordOf(peru)]);
  await expect(afterChange).resolves.toEqual([recordOf(nigeria)]);
  await expect(reader.records()).resolves.toEqual([recordOf(nigeria)]);
});

it('reads again at once for an address it does not know, so that a newcomer can sign in', async () => {
  const { reader, reads, tick, register } = setting();
  await reader.records();
  tick(2_000);
  register([recordOf(peru), recordOf(nigeria)]);
  await expect(reader.member(nigeria!.focalPoint.email)).resolves.toMatchObject({ focalPointOf: ['NGA'] });
  expect(reads).toEqual([0, 2_000]);
  // A stranger, asked again and again, costs at most one read a second.
  await expect(reader.member('stranger@example.org')).resolves.toBeUndefined();
  expect(reads).toEqual([0, 2_000]);
});

it('forgets what it read when the portal changed the registry itself, and keeps no failed read', async () => {
  const { reader, reads } = setting();
  await reader.records();
  reader.forget();
  await reader.records();
  expect(reads).toEqual([0, 0]);

  let fail = true;
  const flaky = registryReader(() => (fail ? Promise.reject(new Error('server away')) : Promise.resolve([recordOf(peru)])));
  await expect(flaky.records()).rejects.toThrow('server away');
  fail = false;
  await expect(flaky.records()).resolves.toHaveLength(1);
});
