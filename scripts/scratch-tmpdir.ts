import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Tests and benchmarks create temporary files themselves, and so do the servers, workers and tools they
// start. Pointing TMPDIR at one fresh folder (os.tmpdir() reads it on every call, and child processes
// inherit it) lets them remove all of it at the end without tracking each file.

const systemTmpdir = process.env.PATHFINDER_SYSTEM_TMPDIR ?? tmpdir();

/** Makes a fresh folder the temp directory of this process and its children; returns its removal. */
export function useScratchTmpdir(prefix: string): () => void {
  const dir = mkdtempSync(join(systemTmpdir, prefix));
  process.env.PATHFINDER_SYSTEM_TMPDIR = systemTmpdir;
  process.env.TMPDIR = dir;
  return () => {
    process.env.TMPDIR = systemTmpdir;
    rmSync(dir, { recursive: true, force: true });
  };
}
