import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/**
 * A secret setting: the environment's `variable` if set. Without it a production process
 * (NODE_ENV=production) refuses to start; elsewhere one is made once into the data folder, so that what it
 * signs or encrypts outlives a restart, and every process of `npm run dev` shares it.
 */
export function secretSetting(env: NodeJS.ProcessEnv, variable: string, what: string, file: string, make: () => string): string {
  const value = env[variable];
  if (value) return value;
  if (env.NODE_ENV === 'production') throw new Error(`${variable} is required in production: ${what}`);
  const path = resolve(env.PATHFINDER_DATA_DIR ?? '.data', file);
  if (!existsSync(path)) {
    mkdirSync(dirname(path), { recursive: true });
    try {
      writeFileSync(path, make(), { mode: 0o600, flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error; // another process made it first
    }
  }
  return readFileSync(path, 'utf8').trim();
}
