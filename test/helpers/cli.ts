import { execFile } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '../..');

/** Runs the real `pathfinder` CLI against the server at `address`: its exit code and what it printed. */
export const runCli = (address: string, ...args: string[]) => runCliWith({}, address, ...args);

/** The same, with these environment variables set too (e.g. where the stores are). */
export function runCliWith(
  env: Record<string, string>,
  address: string,
  ...args: string[]
): Promise<{ code: number; out: string; err: string }> {
  return new Promise((resolve) => {
    execFile(
      'node',
      [join(root, 'bin/pathfinder.js'), '--address', address, ...args],
      { cwd: root, env: { ...process.env, ...env } },
      (error, out, err) => resolve({ code: error ? Number(error.code) : 0, out, err }),
    );
  });
}
