import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/**
 * Where the deployment keeps files that every worker and portal must see alike: published reports,
 * uploaded documents, the mail delivery ledger, the records of closed cycles. A folder (the embedded
 * default, `npm run dev`) or an S3 bucket (store/s3-store.ts) when replicas run on different hosts.
 */
export interface ObjectStore {
  /** Where a key lives, for people and logs: a path, or an s3:// address. */
  locationOf(key: string): string;
  /** Replaces what the key held; a reader meets the old content or the new one, never half of it. */
  put(key: string, body: Buffer | string, contentType?: string): Promise<void>;
  /** The content, or undefined when there is none. */
  get(key: string): Promise<Buffer | undefined>;
  /** The names directly under `prefix` (which ends in '/'): files and sub-folders alike, sorted. */
  list(prefix: string): Promise<string[]>;
  /** Writes the key only if it holds nothing yet: true for the one writer that did, false for every other. */
  create(key: string, body: Buffer | string): Promise<boolean>;
  /** Removes what the key held, if anything. */
  delete(key: string): Promise<void>;
}

/** Keys are built by the code from checked parts; checked again here, as no input may become a path. */
export function checkedKey(key: string): string {
  const segments = key.split('/');
  if (key.length > 512 || segments.some((s) => !/^[A-Za-z0-9_-][A-Za-z0-9._-]*$/.test(s)))
    throw new Error(`not a store key: ${JSON.stringify(key.slice(0, 80))}`);
  return key;
}
const checkedPrefix = (prefix: string) => (prefix === '' ? '' : `${checkedKey(prefix.replace(/\/$/, ''))}/`);

/** A text or JSON document read back, or undefined when there is none. */
export async function getJson<T>(store: ObjectStore, key: string): Promise<T | undefined> {
  const body = await store.get(key);
  return body && (JSON.parse(body.toString('utf8')) as T);
}

const missing = (error: unknown) => ['ENOENT', 'ENOTDIR'].includes((error as NodeJS.ErrnoException).code ?? '');

/** One file per key under `dir`, the key's slashes as sub-folders. */
export function folderStore(dir: string): ObjectStore {
  const pathOf = (key: string) => join(dir, ...checkedKey(key).split('/'));
  return {
    locationOf: pathOf,
    async put(key, body) {
      const path = pathOf(key);
      await mkdir(dirname(path), { recursive: true });
      // Written beside the target then renamed, so a reader never meets half a file.
      const partial = `${path}.${randomBytes(6).toString('hex')}.partial`;
      await writeFile(partial, body);
      await rename(partial, path);
    },
    async get(key) {
      return readFile(pathOf(key)).catch((error: unknown) => {
        if (missing(error)) return undefined;
        throw error;
      });
    },
    async list(prefix) {
      const names = await readdir(join(dir, ...checkedPrefix(prefix).split('/'))).catch((error: unknown) => {
        if (missing(error)) return [];
        throw error;
      });
      return names.filter((n) => !n.endsWith('.partial')).sort();
    },
    async create(key, body) {
      const path = pathOf(key);
      await mkdir(dirname(path), { recursive: true });
      return writeFile(path, body, { flag: 'wx' }).then(
        () => true,
        (error: unknown) => {
          if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
          throw error;
        },
      );
    },
    async delete(key) {
      await rm(pathOf(key), { force: true });
    },
  };
}
