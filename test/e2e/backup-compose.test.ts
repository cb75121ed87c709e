import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';

// No Docker engine runs here, so the compose stack's backup scripts (deploy/backup/) cannot be run for real:
// this checks what can be, their syntax and that every setting they read is one of .env.example's.
const root = join(__dirname, '../..');
const scripts = ['deploy/backup/common.sh', 'deploy/backup/backup.sh', 'deploy/backup/restore.sh'];
const text = (path: string) => readFileSync(join(root, path), 'utf8');

it('has backup scripts that bash accepts', () => {
  for (const script of scripts) expect(() => execFileSync('bash', ['-n', join(root, script)])).not.toThrow();
});

it('reads only settings that .env.example defines (the scripts keep their own variables in lower case)', () => {
  const defined = new Set([...text('.env.example').matchAll(/^([A-Z][A-Z0-9_]*)=/gm)].map((m) => m[1]));
  const used = new Set(scripts.flatMap((script) => [...text(script).matchAll(/\$\{?([A-Z][A-Z0-9_]*)/g)].map((m) => m[1]!)));
  expect([...used].sort()).toEqual(['S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY']);
  expect([...used].filter((name) => !defined.has(name))).toEqual([]);
});

it('dumps and restores both of Temporal’s databases, copies the bucket after them, and keeps .env with the data', () => {
  const databases = [...text('deploy/temporal-schema.sh').matchAll(/for db in ([a-z_ ]+); do/g)][0]![1]!.trim().split(' ');
  expect(text('deploy/backup/common.sh')).toContain(`databases=(${databases.join(' ')})`);
  const backup = text('deploy/backup/backup.sh');
  const steps = ['pg_dump', 's3 sync', 'cp .env', 'sha256sum'].map((step) => backup.indexOf(step));
  expect(steps.every((at, i) => at > 0 && (i === 0 || at > steps[i - 1]!))).toBe(true);
  const restore = text('deploy/backup/restore.sh');
  expect(restore.indexOf('sha256sum --check')).toBeLessThan(restore.indexOf('pg_restore'));
  expect(restore).toContain('--create'); // refuses a database that is already there
});
