import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { storePublisher } from '../../activities/publisher';
import { folderStore } from '../../store/object-store';
import { malformed } from '../helpers/updates';

// The publisher writes under its store only, whatever a message carried as a country code or a year.
it('refuses a country code or year that would make a path outside its folder', async () => {
  const root = mkdtempSync(join(tmpdir(), 'publish-'));
  const dir = join(root, 'published');
  const publisher = storePublisher(folderStore(dir));
  await expect(publisher.publishProfile(malformed({ code: '../x' }))).rejects.toThrow('country code "../x" is not ISO 3166-1 alpha-3');
  await expect(
    publisher.publishFinalReport(malformed({ country: 'PER', countryName: 'Peru', year: '../../x', report: { indicatorFramework: {} } })),
  ).rejects.toThrow('year "../../x" is not a year');
  await expect(publisher.publishWgReport({ year: 2027.5, rows: [] })).rejects.toThrow('year 2027.5 is not a year');
  expect(existsSync(join(root, 'x'))).toBe(false);
  expect(existsSync(dir)).toBe(false);
  await publisher.publishProfile(malformed({ code: 'PER' }));
  expect(existsSync(join(dir, 'PER', 'profile.json'))).toBe(true);
});
