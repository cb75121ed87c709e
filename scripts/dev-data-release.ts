import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { StartRefused } from './dev-ownership';

// The data folder of `npm run dev` holds the dev server's runs. Within a major release every change to the
// workflows replays their histories (README, *Versioning*); a new major release may retire the patches that
// made that so. The folder therefore says which major release ran in it, and another one refuses to run on
// it instead of failing on replay. Runs in a folder that says nothing are from before 1.0.

/** Refuses a data folder whose runs are of another major release; marks the folder as this release's. */
export function claimDataFolder(dataDir: string, version: string): void {
  const major = version.split('.')[0]!;
  const marker = join(dataDir, 'release');
  const hasRuns = existsSync(join(dataDir, 'temporal.sqlite'));
  const written = existsSync(marker) ? readFileSync(marker, 'utf8').trim() : hasRuns ? '0' : undefined;
  if (written === major) return;
  if (written === undefined || !hasRuns) return writeFileSync(marker, `${major}\n`);
  throw new StartRefused(
    `${dataDir} holds runs of release ${written}.x, which release ${version} does not replay.\n` +
      `Start afresh: move the folder aside (mv ${dataDir} ${dataDir}-${written}.x) or delete it, then run npm run dev again.\n` +
      `What it published and kept (published/, records/, documents/) stays readable in the moved copy.`,
  );
}
