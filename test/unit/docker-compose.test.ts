import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { searchAttributeKeys } from '../../workflows/search-attributes';
import { settingsFromEnv } from '../../worker/settings';
import { connectionSettings } from '../../client/config';
import { portalSettingsFromEnv } from '../../portal/config';

// No Docker engine runs here, so this checks that the production stack agrees with the code.
const root = join(__dirname, '../..');
const compose = parse(readFileSync(join(root, 'docker-compose.yml'), 'utf8')) as {
  services: Record<
    string,
    { image?: string; build?: string; restart?: string; environment?: Record<string, string>; ports?: string[]; volumes?: string[]; command?: string[]; entrypoint?: string[]; depends_on?: Record<string, { condition: string }>; deploy?: { replicas?: number } }
  >;
  volumes: Record<string, unknown>;
};
const { services } = compose;
const file = (path: string) => readFileSync(join(root, path), 'utf8');
const loopback = (port: string) => `\${BIND_ADDRESS:-127.0.0.1}:${port}`;

describe('docker-compose.yml', () => {
  it('has Temporal on PostgreSQL with its set-up jobs, its UI, the worker, the portal and a mail catcher', () => {
    expect(Object.keys(services).sort()).toEqual(['mail', 'portal', 'postgresql', 'temporal', 'temporal-schema', 'temporal-setup', 'temporal-ui', 'worker']);
    expect(services.temporal!.environment).toMatchObject({ DB: 'postgres12', POSTGRES_SEEDS: 'postgresql' });
    expect([services.worker!.build, services.worker!.deploy?.replicas]).toEqual(['.', 3]);
    expect([services.portal!.build, services.portal!.command, services.portal!.deploy?.replicas]).toEqual(['.', ['node', 'dist/portal/main.js'], 2]);
  });

  it('uses maintained images, pinned to versions, and the Temporal server the dev server runs', () => {
    const images = Object.values(services).flatMap((s) => (s.image ? [s.image] : []));
    expect(images.filter((image) => !/:[\w.-]+$/.test(image) || image.endsWith(':latest'))).toEqual([]);
    expect(images.filter((image) => image.startsWith('temporalio/auto-setup'))).toEqual([]); // deprecated by Temporal
    expect(file('scripts/temporal-tools.sh')).toContain('SERVER_VERSION=1.29.1');
    expect(services.temporal!.image).toBe('temporalio/server:1.29.1');
    expect([services['temporal-schema']!.image, services['temporal-setup']!.image]).toEqual(['temporalio/admin-tools:1.29.1', 'temporalio/admin-tools:1.29.1']);
  });

  it('sets up the schemas, then the server, then the namespace, before the worker and the portal start', () => {
    expect(services['temporal-schema']!.entrypoint).toEqual(['sh', '/deploy/temporal-schema.sh']);
    expect(services.temporal!.depends_on).toEqual({ 'temporal-schema': { condition: 'service_completed_successfully' } });
    expect(services['temporal-setup']!.depends_on).toEqual({ temporal: { condition: 'service_healthy' } });
    for (const name of ['worker', 'portal']) expect(services[name]!.depends_on).toEqual({ 'temporal-setup': { condition: 'service_completed_successfully' } });
    // Safe to run again: an existing database is kept and the schema update applies only what is missing.
    const schema = file('deploy/temporal-schema.sh');
    expect(schema).toContain("grep -q 'already exists'");
    for (const db of ['temporal', 'temporal_visibility']) expect(schema).toMatch(new RegExp(`--db ${db} update-schema -d`));
  });

  it('creates every search attribute the workflows write, with its type, and the namespace with its retention', () => {
    const script = file('deploy/temporal-namespace.sh');
    for (const key of searchAttributeKeys) expect(script).toContain(`${key.name}=${key.type === 'INT' ? 'Int' : 'Keyword'}`);
    expect(script).toContain('--retention "${NAMESPACE_RETENTION:-30d}"');
  });

  it('listens on loopback unless BIND_ADDRESS says otherwise, on the ports the local tools expect', () => {
    const published = Object.values(services).flatMap((s) => s.ports ?? []);
    expect(published.filter((p) => !p.startsWith('${BIND_ADDRESS:-127.0.0.1}:'))).toEqual([]);
    expect(services.temporal!.ports).toEqual([loopback(`${connectionSettings().connectionOptions.address.split(':')[1]}:7233`)]);
    expect(services['temporal-ui']!.ports).toEqual([loopback('8233:8080')]);
    expect(services['temporal-ui']!.environment).toMatchObject({ TEMPORAL_CODEC_ENDPOINT: '${PORTAL_URL:-http://127.0.0.1:8080}/codec', TEMPORAL_CODEC_INCLUDE_CREDENTIALS: 'true' });
    expect(services.portal!.ports).toEqual([loopback('8080-8081:8080')]);
    expect(services.mail!.ports).toEqual([loopback('1025:1025'), loopback('8025:8025')]);
  });

  it('takes every secret from .env, which git ignores, with an example file naming each', () => {
    const required = [...new Set([...file('docker-compose.yml').matchAll(/\$\{(\w+):\?/g)].map((m) => m[1]!))].sort();
    expect(required).toEqual(['PATHFINDER_KEYS', 'PORTAL_SECRET', 'POSTGRES_PASSWORD']);
    const example = file('.env.example');
    for (const name of [...required, 'BIND_ADDRESS', 'PORTAL_URL']) expect(example).toMatch(new RegExp(`^${name}=`, 'm'));
    expect(file('.gitignore').split('\n')).toContain('.env');
    expect(services.postgresql!.environment!.POSTGRES_PASSWORD).toMatch(/^\$\{POSTGRES_PASSWORD:\?/);
  });

  it('points the worker and the portal at the services by the settings they read', () => {
    const env = services.worker!.environment!;
    expect(env.TEMPORAL_ADDRESS).toBe('temporal:7233');
    expect(env.PORTAL_SECRET).toMatch(/^\$\{PORTAL_SECRET:\?/);
    expect(env.PATHFINDER_KEYS).toMatch(/^\$\{PATHFINDER_KEYS:\?/);
    const settings = settingsFromEnv({ ...env, PORTAL_SECRET: 'an-example-secret-of-32-characters-or-more', PATHFINDER_KEYS: process.env.PATHFINDER_KEYS! });
    expect(settings.smtpUrl).toBe('smtp://mail:1025');
    expect(settings.publishDir).toBe('/data/published');
    expect(settings.mailLedgerDir).toBe('/data/mail-ledger');
    expect(services.worker!.volumes).toEqual(['published:/data/published', 'mail-ledger:/data/mail-ledger']);
    const portal = portalSettingsFromEnv({ ...services.portal!.environment!, PORTAL_SECRET: 'an-example-secret-of-32-characters-or-more', PATHFINDER_KEYS: process.env.PATHFINDER_KEYS! });
    expect([portal.host, portal.port, portal.publishDir, portal.documentsDir, portal.smtpUrl]).toEqual(['0.0.0.0', 8080, '/data/published', '/data/documents', 'smtp://mail:1025']);
    // The portal serves what the workers published, and keeps uploaded documents on a volume of its own.
    expect(services.portal!.volumes).toEqual(['published:/data/published:ro', 'documents:/data/documents']);
    expect(Object.keys(compose.volumes).sort()).toEqual(['documents', 'mail-ledger', 'postgresql-data', 'published']);
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
    expect(dockerfile).toMatch(/mkdir -p \/data\/published \/data\/mail-ledger \/data\/documents && chown -R node:node \/data\nUSER node/);
    const ignored = readFileSync(join(root, '.dockerignore'), 'utf8').split('\n');
    expect(ignored).toEqual(expect.arrayContaining(['node_modules', '.data', '.git', '.env']));
  });
});

describe('restarts', () => {
  it('restarts every long-running service, and retries a failed set-up job', () => {
    for (const name of ['postgresql', 'temporal', 'temporal-ui', 'mail', 'worker', 'portal']) expect([name, services[name]!.restart]).toEqual([name, 'unless-stopped']);
    for (const name of ['temporal-schema', 'temporal-setup']) expect([name, services[name]!.restart]).toEqual([name, 'on-failure']);
  });
});
