import { execFileSync } from 'node:child_process';
import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { backupDataFolder, checkBackup, restoreDataFolder } from '../../app/backup';

// What `pathfinder backup` and `restore` keep and refuse, on a small data folder with a real SQLite file
// (the drill, test/e2e/backup-drill.test.ts, runs them on the whole stack).

function dataFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pathfinder-backup-'));
  execFileSync('sqlite3', [
    join(dir, 'temporal.sqlite'),
    "CREATE TABLE runs (id TEXT); INSERT INTO runs VALUES ('reporting-cycle-PER-2027');",
  ]);
  mkdirSync(join(dir, 'mail-ledger'));
  writeFileSync(join(dir, 'mail-ledger/0123'), '2027-03-19T08:00:00.000Z\n');
  writeFileSync(join(dir, 'mail-ledger/4567.abc.partial'), 'half');
  writeFileSync(join(dir, 'payload-keys'), 'dev-1:from-the-folder\n');
  writeFileSync(join(dir, 'dev-server.pid'), '{}');
  return dir;
}
const scratch = (name: string) => join(mkdtempSync(join(tmpdir(), 'pathfinder-backup-')), name);

it('keeps the database, the store and the keys the stack uses, with their digests, and restores them', async () => {
  const data = dataFolder();
  const to = scratch('backup');
  const manifest = await backupDataFolder({ dataDir: data, to, env: { REGISTRY_KEYS: 'r1:from-the-environment' } });
  // The keys in the environment are the ones the stack uses: they are kept as the folder's own.
  expect(manifest.files.map((f) => f.path)).toEqual(['mail-ledger/0123', 'payload-keys', 'registry-keys', 'temporal.sqlite']);
  expect(readFileSync(join(to, 'registry-keys'), 'utf8')).toBe('r1:from-the-environment\n');
  expect(statSync(join(to, 'payload-keys')).mode & 0o777).toBe(0o600);
  expect(execFileSync('sqlite3', [join(to, 'temporal.sqlite'), 'SELECT id FROM runs'], { encoding: 'utf8' })).toBe(
    'reporting-cycle-PER-2027\n',
  );

  const restored = scratch('restored');
  restoreDataFolder({ from: to, dataDir: restored });
  expect(readFileSync(join(restored, 'mail-ledger/0123'), 'utf8')).toBe('2027-03-19T08:00:00.000Z\n');
  expect(readFileSync(join(restored, 'payload-keys'), 'utf8')).toBe('dev-1:from-the-folder\n');
  expect(() => restoreDataFolder({ from: to, dataDir: restored })).toThrow(`data folder: ${restored} is not empty`);
});

it('refuses a backup that differs from its manifest, and leaves the target as it was', async () => {
  const to = scratch('backup');
  await backupDataFolder({ dataDir: dataFolder(), to, env: {} });
  writeFileSync(join(to, 'mail-ledger/89ab'), 'slipped in');
  expect(() => checkBackup(to)).toThrow('backup folder: mail-ledger/89ab is not in the manifest');
  const other = scratch('backup');
  await backupDataFolder({ dataDir: dataFolder(), to: other, env: {} });
  appendFileSync(join(other, 'temporal.sqlite'), 'x');
  const target = scratch('restored');
  expect(() => restoreDataFolder({ from: other, dataDir: target })).toThrow('temporal.sqlite is not the file that was backed up');
  expect(() => statSync(target)).toThrow();
  expect(() => checkBackup(scratch('nothing'))).toThrow('has no manifest.json');
});

it('refuses what a folder backup cannot hold or a folder already used', async () => {
  const data = dataFolder();
  await expect(backupDataFolder({ dataDir: data, to: scratch('b'), env: { S3_BUCKET: 'pathfinder' } })).rejects.toThrow(
    'S3_BUCKET: the store is in an S3 bucket; back it up as deploy/backup/README.md says',
  );
  await expect(backupDataFolder({ dataDir: data, to: scratch('b'), env: { RECORDS_DIR: '/srv/records' } })).rejects.toThrow(
    `RECORDS_DIR: /srv/records is outside the data folder ${data}`,
  );
  await expect(backupDataFolder({ dataDir: data, to: join(data, 'backup'), env: {} })).rejects.toThrow('is inside the data folder');
  const used = scratch('b');
  mkdirSync(used);
  writeFileSync(join(used, 'something'), '');
  await expect(backupDataFolder({ dataDir: data, to: used, env: {} })).rejects.toThrow(`backup folder: ${used} is not empty`);
});
