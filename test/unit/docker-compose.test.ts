import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { searchAttributeKeys } from '../../workflows/search-attributes';
import { settingsFromEnv } from '../../worker/settings';
import { connectionSettings } from '../../client/config';

// No Docker engine runs here, so this checks that the production stack agrees with the code.
const root = join(__dirname, '../..');
const compose = parse(readFileSync(join(root, 'docker-compose.yml'), 'utf8')) as {
  services: Record<string, { image?: string; build?: string; restart?: string; environment?: Record<string, string>; ports?: string[]; volumes?: string[]; command?: string[]; depends_on?: unknown }>;
};
const { services } = compose;

describe('docker-compose.yml', () => {
  it('has Temporal on PostgreSQL, its UI, the worker and a mail catcher', () => {
    expect(Object.keys(services).sort()).toEqual(['mail', 'postgresql', 'temporal', 'temporal-setup', 'temporal-ui', 'worker']);
    expect(services.temporal!.environment).toMatchObject({ DB: 'postgres12', POSTGRES_SEEDS: 'postgresql' });
    expect(services.worker!.build).toBe('.');
  });

  it('publishes the ports the local tools expect, on loopback', () => {
    expect(services.temporal!.ports).toContain(`127.0.0.1:${connectionSettings().connectionOptions.address.split(':')[1]}:7233`);
    expect(services['temporal-ui']!.ports).toEqual(['127.0.0.1:8233:8080']);
    expect(services['temporal-ui']!.environment).toMatchObject({ TEMPORAL_CODEC_ENDPOINT: '${PORTAL_URL:-http://127.0.0.1:8080}/codec', TEMPORAL_CODEC_INCLUDE_CREDENTIALS: 'true' });
    expect(services.mail!.ports).toEqual(['127.0.0.1:1025:1025', '127.0.0.1:8025:8025']);
  });

  it('points the worker at the services by the settings it reads', () => {
    const env = services.worker!.environment!;
    expect(env.TEMPORAL_ADDRESS).toBe('temporal:7233');
    // The link-signing key comes from the operator's environment; compose refuses to start without it.
    expect(env.PORTAL_SECRET).toMatch(/^\$\{PORTAL_SECRET:\?/);
    expect(env.PATHFINDER_KEYS).toMatch(/^\$\{PATHFINDER_KEYS:\?/);
    const settings = settingsFromEnv({ ...env, PORTAL_SECRET: 'an-example-secret-of-32-characters-or-more', PATHFINDER_KEYS: process.env.PATHFINDER_KEYS! });
    expect(settings.smtpUrl).toBe('smtp://mail:1025');
    expect(settings.publishDir).toBe('/data/published');
    expect(settings.mailLedgerDir).toBe('/data/mail-ledger');
    expect(services.worker!.volumes).toContain('mail-ledger:/data/mail-ledger');
  });

  it('creates every search attribute the workflows write, with its type', () => {
    const script = services['temporal-setup']!.command!.join(' ');
    for (const key of searchAttributeKeys) {
      expect(script).toContain(`${key.name}=${key.type === 'INT' ? 'Int' : 'Keyword'}`);
    }
  });

  it('runs the same Temporal server version as the dev server the tools build', () => {
    const tools = readFileSync(join(root, 'scripts/temporal-tools.sh'), 'utf8');
    expect(tools).toContain('CLI_VERSION=v1.5.1'); // the CLI v1.5.1 embeds Temporal server 1.29.1
    expect(services.temporal!.image).toBe('temporalio/auto-setup:1.29.1');
    expect(services['temporal-setup']!.image).toBe('temporalio/admin-tools:1.29.1');
  });
});

describe('Dockerfile', () => {
  it('runs the compiled worker on a prebuilt workflow bundle', () => {
    const dockerfile = readFileSync(join(root, 'Dockerfile'), 'utf8');
    expect(dockerfile).toContain('WORKFLOW_BUNDLE_PATH=/app/dist/workflow-bundle.js');
    expect(dockerfile).toContain('npm run bundle -- dist/workflow-bundle.js');
    expect(dockerfile).toContain('CMD ["node", "dist/worker/main.js"]');
    expect(dockerfile).toContain('ENV MALLOC_ARENA_MAX=2'); // as bench/run.ts measures it
  });

  it('builds on a Node LTS line still supported, without the host packages and data', () => {
    const dockerfile = readFileSync(join(root, 'Dockerfile'), 'utf8');
    expect([...dockerfile.matchAll(/^FROM (\S+)/gm)].map((m) => m[1])).toEqual(['node:24-bookworm-slim', 'node:24-bookworm-slim']);
    // The volumes the worker writes are created owned by the user it runs as.
    expect(dockerfile).toMatch(/mkdir -p \/data\/published \/data\/mail-ledger && chown -R node:node \/data\nUSER node/);
    const ignored = readFileSync(join(root, '.dockerignore'), 'utf8').split('\n');
    expect(ignored).toEqual(expect.arrayContaining(['node_modules', '.data', '.git', '.env']));
  });
});

describe('restarts', () => {
  it('restarts every long-running service, and retries a failed setup job', () => {
    for (const name of ['postgresql', 'temporal', 'temporal-ui', 'mail', 'worker']) expect([name, services[name]!.restart]).toEqual([name, 'unless-stopped']);
    expect(services['temporal-setup']!.restart).toBe('on-failure');
  });
});
