import { createHash } from 'node:crypto';
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { countryRecord, importRegistry } from '../../app/countries';
import { exampleFileIn, exampleRegistry } from '../helpers/fixtures';
import { runCliWith } from '../helpers/cli';
import { startPortalStack, type PortalStack } from '../helpers/portal';
import { realClockYear as Y } from '../helpers/clock';

// The Alliance's past cycles come with the documents it kept: `pathfinder history import` reads those its
// rows name from beside the file into the portal's document store, or refuses the whole file; the dossier
// links them, for its readers only.

const root = join(__dirname, '../..');
/** The example's years, 2025 and 2026, moved to the two years before the last closed one. */
const [first, second] = [Y - 4, Y - 3];
const example = readFileSync(join(root, 'examples/history/peru-progress-report.pdf'));
const sha256 = createHash('sha256').update(example).digest('hex');

let portal: PortalStack;
beforeAll(async () => {
  portal = await startPortalStack();
  await importRegistry(portal.stack.env.client, exampleRegistry);
});
afterAll(() => portal?.stop());

/** The CLI, with the portal's document store. */
const pathfinder = (...args: string[]) => runCliWith({ DOCUMENTS_DIR: portal.documentsDir }, portal.stack.env.address, ...args);
const as = ['--as', 'secretariat@example.org'];

/** examples/history.json in the tests' years, beside a copy of the documents its rows name. */
function historyFile(): string {
  const file = exampleFileIn(Y - 2, 'history.json');
  cpSync(join(root, 'examples/history'), join(dirname(file), 'history'), { recursive: true });
  return file;
}

it('imports the documents a row names, and refuses the whole file for one it cannot read', { timeout: 120_000 }, async () => {
  const { client } = portal.stack.env;
  const file = historyFile();
  const rows = (JSON.parse(readFileSync(file, 'utf8')) as { cycles: { documents?: string[] }[] }).cycles;
  rows[3]!.documents = ['history/nigeria-letter.pdf'];
  const missing = join(dirname(file), 'missing.json');
  writeFileSync(missing, JSON.stringify({ cycles: rows }));

  expect(await pathfinder('history', 'import', missing, ...as)).toEqual({
    code: 2,
    out: '',
    err: `rejected: invalid history ${missing}: cycles.3.documents.0: cannot read history/nigeria-letter.pdf\n`,
  });
  for (const code of ['PER', 'NGA']) expect((await countryRecord(client, code)).cycles).toEqual([]);
  expect(readdirSync(portal.documentsDir)).toEqual([]); // Peru's document was sound, and not stored either

  expect(await pathfinder('history', 'import', file, ...as)).toEqual({
    code: 0,
    err: '',
    out: `imported past cycles of 2 countries\nPER: ${first}, ${second}\nNGA: ${first}, ${second}\n`,
  });
  const reference = { name: 'peru-progress-report.pdf', type: 'application/pdf', size: example.length, sha256 };
  expect((await countryRecord(client, 'PER')).cycles.map((c) => c.imported?.documents)).toEqual([[reference], undefined]);
  expect(readFileSync(join(portal.documentsDir, sha256.slice(0, 2), sha256))).toEqual(example);
  expect((await pathfinder('country', 'show', 'PER')).out).toContain(
    `imported from before this system: ${first}, ${second}\n  ${first} document peru-progress-report.pdf  sha256 ${sha256}\n`,
  );
});

it('links the documents of an imported year in the dossier, for its readers only', { timeout: 120_000 }, async () => {
  const { base, person, signIn, shot } = portal;
  await expect.poll(async () => (await countryRecord(portal.stack.env.client, 'PER')).cycles.length).toBe(2);
  const href = `/documents/${sha256}?past=PER-${first}`;

  const secretariat = await person();
  await signIn(secretariat, 'secretariat@example.org');
  await secretariat.goto(`${base}/countries/PER/dossier`);
  const link = secretariat.getByRole('link', { name: 'peru-progress-report.pdf' });
  await expect(link.getAttribute('href')).resolves.toBe(href);
  expect(await secretariat.getByRole('heading', { name: 'Documents of the imported years' }).count()).toBe(1);
  await shot(secretariat, 'dossier-past-documents');
  const [download] = await Promise.all([secretariat.waitForEvent('download'), link.click()]);
  expect(download.suggestedFilename()).toBe('peru-progress-report.pdf');
  expect(readFileSync(await download.path())).toEqual(example);

  // The document is not another year's, nor another country's.
  expect((await secretariat.request.get(`${base}/documents/${sha256}?past=PER-${second}`)).status()).toBe(404);
  expect((await secretariat.request.get(`${base}/documents/${sha256}?past=NGA-${first}`)).status()).toBe(404);

  // A focal point of another country may not open it, nor the dossier.
  const chidi = await person();
  await signIn(chidi, 'chidi.okafor@example.org');
  const refused = await chidi.request.get(`${base}${href}`);
  expect(refused.status()).toBe(404);
  expect(refused.headers()['content-type']).not.toContain('application/pdf');
  expect((await chidi.goto(`${base}/countries/PER/dossier`))!.status()).toBe(403);
});
