import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';
import { z } from 'zod';
import { version } from '../package.json';
import { InputRejected } from './errors';

// The embedded stack (`npm run dev`) keeps everything under one data folder: the Temporal dev server's
// SQLite file, the store's folders (published, documents, mail-ledger, records, sessions) and, unless the
// environment gives them, the keys. A backup is that folder, copied while it runs, with a manifest of
// SHA-256 digests; a restore checks every digest and fills a folder that holds nothing yet.

const database = 'temporal.sqlite';
const manifestName = 'manifest.json';

/** The keys without which nothing stored can be read or verified: where the environment or the data folder keeps them. */
const keySettings = [
  { variable: 'PATHFINDER_KEYS', file: 'payload-keys' },
  { variable: 'ACTION_LINK_KEYS', file: 'action-link-keys' },
  { variable: 'SIGN_IN_KEYS', file: 'sign-in-keys' },
  { variable: 'REGISTRY_KEYS', file: 'registry-keys' },
] as const;
const keyFiles = new Set<string>(keySettings.map((k) => k.file));

/** What the data folder holds that is not copied: the database (copied through SQLite), the running server's pid, half-written files. */
const leftOut = (path: string) =>
  path.startsWith(database) || path === 'dev-server.pid' || path.endsWith('.partial') || path === manifestName || keyFiles.has(path);

const manifestSchema = z.object({
  format: z.literal(1),
  release: z.string(),
  createdAt: z.string(),
  files: z.array(z.object({ path: z.string(), bytes: z.number().int().min(0), sha256: z.string().regex(/^[0-9a-f]{64}$/) })),
});
export type BackupManifest = z.infer<typeof manifestSchema>;

const sha256 = (body: Buffer) => createHash('sha256').update(body).digest('hex');

/** Every regular file under `dir`, as paths relative to it with '/' between folders, sorted. */
function filesUnder(dir: string, under = ''): string[] {
  if (!existsSync(join(dir, under))) return [];
  return readdirSync(join(dir, under))
    .sort()
    .flatMap((name) => {
      const path = under ? `${under}/${name}` : name;
      const stat = lstatSync(join(dir, path));
      return stat.isDirectory() ? filesUnder(dir, path) : stat.isFile() ? [path] : [];
    });
}

const isEmptyOrMissing = (dir: string) => !existsSync(dir) || readdirSync(dir).length === 0;

/** Refuses what a folder backup cannot hold: a store in S3, or a store folder outside the data folder. */
function requireEmbeddedStore(dataDir: string, env: NodeJS.ProcessEnv): void {
  if (env.S3_BUCKET?.trim())
    throw new InputRejected(
      'S3_BUCKET: the store is in an S3 bucket; back it up as deploy/backup/README.md says (this command copies a data folder)',
    );
  for (const variable of ['PUBLISH_DIR', 'DOCUMENTS_DIR', 'MAIL_LEDGER_DIR', 'RECORDS_DIR', 'SESSIONS_DIR']) {
    const folder = env[variable];
    const inside = folder && relative(dataDir, resolve(folder));
    if (folder && (inside === '' || inside!.startsWith('..') || isAbsolute(inside!)))
      throw new InputRejected(
        `${variable}: ${folder} is outside the data folder ${dataDir}; keep the store's folders under it to back them up`,
      );
  }
}

/** The key settings the stack uses now: the environment's, else the data folder's files (as `npm run dev` makes them). */
function currentKeys(dataDir: string, env: NodeJS.ProcessEnv): { file: string; value: string }[] {
  const keys = keySettings.flatMap(({ variable, file }) => {
    const fromFile = variable === 'PATHFINDER_KEYS' && env.PATHFINDER_KEY_FILE ? env.PATHFINDER_KEY_FILE : join(dataDir, file);
    const value = env[variable] || (existsSync(fromFile) ? readFileSync(fromFile, 'utf8').trim() : undefined);
    return value ? [{ file, value }] : [];
  });
  if (!keys.some((k) => k.file === 'payload-keys'))
    throw new InputRejected(
      `PATHFINDER_KEYS: no payload keys in the environment or in ${dataDir}: without them the backup could not be read`,
    );
  return keys;
}

const sqlite3 = (env: NodeJS.ProcessEnv) => env.SQLITE3_PATH || 'sqlite3';

/**
 * A consistent copy of the SQLite database while the dev server writes to it: VACUUM INTO reads it in one
 * transaction, so the copy is the database as it was at one instant, whatever is written meanwhile.
 */
async function copyDatabase(from: string, to: string, env: NodeJS.ProcessEnv): Promise<void> {
  const run = (args: string[]) =>
    promisify(execFile)(sqlite3(env), ['-bail', '-cmd', '.timeout 30000', ...args]).catch(
      (error: NodeJS.ErrnoException & { stderr?: string }) => {
        if (error.code === 'ENOENT')
          throw new Error(`${sqlite3(env)} not found: install SQLite's shell (apt-get install sqlite3) or set SQLITE3_PATH`);
        throw new Error(`sqlite3 could not copy ${from}: ${error.stderr?.trim() || error.message}`);
      },
    );
  await run([from, `VACUUM INTO '${to.replaceAll("'", "''")}'`]);
  const { stdout } = await run([to, 'PRAGMA quick_check']);
  if (stdout.trim() !== 'ok') throw new Error(`the copy of ${from} does not check out: ${stdout.trim()}`);
}

/**
 * Backs up the data folder into `to` (missing or empty), while the stack may run. Order matters: the
 * database first, then the store, then the keys, so that whatever the database refers to (a document, a
 * mail already accepted by the relay, a key that sealed a payload) is in the copy, being at least as new.
 */
export async function backupDataFolder(o: { dataDir: string; to: string; env?: NodeJS.ProcessEnv }): Promise<BackupManifest> {
  const env = o.env ?? process.env;
  const [dataDir, to] = [resolve(o.dataDir), resolve(o.to)];
  requireEmbeddedStore(dataDir, env);
  if (!existsSync(join(dataDir, database))) throw new InputRejected(`data folder: no Temporal database in ${dataDir} (${database})`);
  if (!isEmptyOrMissing(to)) throw new InputRejected(`backup folder: ${to} is not empty; name a new folder`);
  if (!relative(dataDir, to).startsWith('..')) throw new InputRejected(`backup folder: ${to} is inside the data folder ${dataDir}`);
  const keys = currentKeys(dataDir, env);
  mkdirSync(to, { recursive: true, mode: 0o700 });

  await copyDatabase(join(dataDir, database), join(to, database), env);
  chmodSync(join(to, database), 0o600);
  for (const path of filesUnder(dataDir).filter((p) => !leftOut(p))) {
    mkdirSync(dirname(join(to, path)), { recursive: true });
    // A file the store replaced meanwhile (written beside, then renamed) is read whole, old or new.
    writeFileSync(join(to, path), readFileSync(join(dataDir, path)));
  }
  for (const { file, value } of keys) writeFileSync(join(to, file), `${value}\n`, { mode: 0o600 });

  const manifest: BackupManifest = {
    format: 1,
    release: version,
    createdAt: new Date().toISOString(),
    files: filesUnder(to).map((path) => {
      const body = readFileSync(join(to, path));
      return { path, bytes: body.length, sha256: sha256(body) };
    }),
  };
  // Written last: a folder without it is a backup that did not finish.
  writeFileSync(join(to, manifestName), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

/** The manifest of the backup in `from`, once every file it lists matches and nothing else is there. */
export function checkBackup(from: string): BackupManifest {
  const dir = resolve(from);
  const text = existsSync(join(dir, manifestName)) ? readFileSync(join(dir, manifestName), 'utf8') : undefined;
  if (text === undefined)
    throw new InputRejected(`backup folder: ${dir} has no ${manifestName} (not a backup, or one that did not finish)`);
  let manifest: BackupManifest;
  try {
    manifest = manifestSchema.parse(JSON.parse(text));
  } catch (error) {
    throw new InputRejected(`backup folder: ${manifestName} is not a backup manifest (${(error as Error).message.slice(0, 200)})`);
  }
  const listed = new Set(manifest.files.map((f) => f.path));
  for (const { path, bytes, sha256: digest } of manifest.files) {
    if (path.split('/').some((part) => part === '' || part === '.' || part === '..') || isAbsolute(path))
      throw new InputRejected(`backup folder: the manifest names ${JSON.stringify(path)}, which is not a path inside the backup`);
    const file = join(dir, ...path.split('/'));
    if (!existsSync(file)) throw new InputRejected(`backup folder: ${path} is missing`);
    const body = readFileSync(file);
    if (body.length !== bytes || sha256(body) !== digest)
      throw new InputRejected(`backup folder: ${path} is not the file that was backed up (SHA-256 differs)`);
  }
  const extra = filesUnder(dir).find((path) => path !== manifestName && !listed.has(path));
  if (extra) throw new InputRejected(`backup folder: ${extra} is not in the manifest`);
  if (!listed.has(database) || !listed.has('payload-keys'))
    throw new InputRejected(`backup folder: the manifest lacks ${listed.has(database) ? 'the payload keys' : 'the Temporal database'}`);
  return manifest;
}

/**
 * Restores the backup in `from` into `dataDir`, which must be missing or empty: every file is checked
 * against the manifest first, then copied beside the target and moved into place at once, so a restore
 * that fails leaves nothing half done.
 */
export function restoreDataFolder(o: { from: string; dataDir: string }): BackupManifest {
  const [from, dataDir] = [resolve(o.from), resolve(o.dataDir)];
  if (!isEmptyOrMissing(dataDir)) throw new InputRejected(`data folder: ${dataDir} is not empty; restore into a new or empty folder`);
  const manifest = checkBackup(from);
  const partial = `${dataDir}.restoring-${process.pid}`;
  rmSync(partial, { recursive: true, force: true });
  try {
    for (const { path } of manifest.files) {
      const target = join(partial, ...path.split('/'));
      mkdirSync(dirname(target), { recursive: true, mode: 0o700 });
      writeFileSync(target, readFileSync(join(from, ...path.split('/'))));
      if (keyFiles.has(path)) chmodSync(target, 0o600);
    }
    if (existsSync(dataDir)) rmSync(dataDir, { recursive: true }); // empty, as checked above
    mkdirSync(dirname(dataDir), { recursive: true });
    renameSync(partial, dataDir);
  } catch (error) {
    rmSync(partial, { recursive: true, force: true });
    throw error;
  }
  return manifest;
}

/** For people: the files and bytes a manifest lists. */
export const backupSize = (manifest: BackupManifest) =>
  `${manifest.files.length} files, ${manifest.files.reduce((sum, f) => sum + f.bytes, 0)} bytes`;
