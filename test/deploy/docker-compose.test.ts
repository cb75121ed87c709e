import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { searchAttributeKeys } from '../../workflows/search-attributes';
import { settingsFromEnv } from '../../worker/settings';
import { connectionSettings } from '../../client/config';
import { portalSettingsFromEnv } from '../../portal/config';
import type { Stores } from '../../store/settings';

// No Docker engine runs here, so this checks that the production stack agrees with the code.
const root = join(__dirname, '../..');
const compose = parse(readFileSync(join(root, 'docker-compose.yml'), 'utf8')) as {
  services: Record<
    string,
    {
      image?: string;
      build?: { context: string; target: string };
      restart?: string;
      environment?: Record<string, string>;
      ports?: string[];
      volumes?: string[];
      command?: string[];
      entrypoint?: string[];
      depends_on?: Record<string, { condition: string }>;
      deploy?: { replicas?: number };
    }
  >;
  volumes: Record<string, unknown>;
};
const { services } = compose;
const file = (path: string) => readFileSync(join(root, path), 'utf8');
const loopback = (port: string) => `\${BIND_ADDRESS:-127.0.0.1}:${port}`;

describe('docker-compose.yml', () => {
  it('has Temporal on PostgreSQL with its set-up jobs, its UI, the worker, the portal, an S3 store and a mail catcher', () => {
    expect(Object.keys(services).sort()).toEqual([
      'mail',
      'portal',
      'postgresql',
      's3',
      'temporal',
      'temporal-schema',
      'temporal-setup',
      'temporal-ui',
      'worker',
    ]);
    expect(services.temporal!.environment).toMatchObject({ DB: 'postgres12', POSTGRES_SEEDS: 'postgresql' });
    expect([services.worker!.build, services.worker!.deploy?.replicas]).toEqual([{ context: '.', target: 'worker' }, 3]);
    expect([services.portal!.build, services.portal!.deploy?.replicas]).toEqual([{ context: '.', target: 'portal' }, 2]);
    // The store makes the bucket the worker and the portal are given, with the credentials they sign with.
    expect(services.s3!.command).toEqual(['mini', '-dir=/data', '-bucket=pathfinder', '-ip.bind=0.0.0.0']);
    expect(services.s3!.ports).toBeUndefined();
    for (const name of ['worker', 'portal']) {
      expect(services[name]!.environment).toMatchObject({
        S3_BUCKET: 'pathfinder',
        S3_ENDPOINT: 'http://s3:8333',
        AWS_ACCESS_KEY_ID: services.s3!.environment!.AWS_ACCESS_KEY_ID,
        AWS_SECRET_ACCESS_KEY: services.s3!.environment!.AWS_SECRET_ACCESS_KEY,
      });
    }
  });

  it('uses maintained images, pinned to versions, and the Temporal server the dev server runs', () => {
    const images = Object.values(services).flatMap((s) => (s.image ? [s.image] : []));
    expect(images.filter((image) => !/:[\w.-]+$/.test(image) || image.endsWith(':latest'))).toEqual([]);
    expect(images.filter((image) => image.startsWith('temporalio/auto-setup'))).toEqual([]); // deprecated by Temporal
    expect(file('scripts/temporal-tools.sh')).toContain('SERVER_VERSION=1.29.1');
    expect(services.temporal!.image).toBe('temporalio/server:1.29.1');
    expect([services['temporal-schema']!.image, services['temporal-setup']!.image]).toEqual([
      'temporalio/admin-tools:1.29.1',
      'temporalio/admin-tools:1.29.1',
    ]);
  });

  it('sets up the schemas, then the server, then the namespace, before the worker and the portal start', () => {
    expect(services['temporal-schema']!.entrypoint).toEqual(['sh', '/deploy/temporal-schema.sh']);
    expect(services.temporal!.depends_on).toEqual({ 'temporal-schema': { condition: 'service_completed_successfully' } });
    expect(services['temporal-setup']!.depends_on).toEqual({ temporal: { condition: 'service_healthy' } });
    for (const name of ['worker', 'portal'])
      expect(services[name]!.depends_on).toEqual({
        'temporal-setup': { condition: 'service_completed_successfully' },
        s3: { condition: 'service_started' },
      });
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
    expect(services['temporal-ui']!.environment).toMatchObject({
      TEMPORAL_CODEC_ENDPOINT: '${PORTAL_URL:-http://127.0.0.1:8080}/codec',
      TEMPORAL_CODEC_INCLUDE_CREDENTIALS: 'true',
    });
    // The UI signs people in through the organisation's provider, and its write actions are off.
    expect(services['temporal-ui']!.environment).toMatchObject({
      TEMPORAL_AUTH_ENABLED: 'true',
      TEMPORAL_AUTH_TYPE: 'oidc',
      TEMPORAL_DISABLE_WRITE_ACTIONS: '${TEMPORAL_DISABLE_WRITE_ACTIONS:-true}',
    });
    expect(services['temporal-ui']!.environment!.TEMPORAL_AUTH_PROVIDER_URL).toMatch(/^\$\{OIDC_ISSUER:\?/);
    expect(services.portal!.environment!.OIDC_ISSUER).toMatch(/^\$\{OIDC_ISSUER:\?/);
    expect(services.portal!.ports).toEqual([loopback('8080-8081:8080')]);
    expect(services.mail!.ports).toEqual([loopback('1025:1025'), loopback('8025:8025')]);
  });

  it('takes every secret from .env, which git ignores, with an example file naming each', () => {
    const required = [...new Set([...file('docker-compose.yml').matchAll(/\$\{(\w+):\?/g)].map((m) => m[1]!))].sort();
    expect(required).toEqual([
      'ACTION_LINK_KEYS',
      'OIDC_CLIENT_ID',
      'OIDC_CLIENT_SECRET',
      'OIDC_ISSUER',
      'PATHFINDER_KEYS',
      'PORTAL_METRICS_TOKEN',
      'POSTGRES_PASSWORD',
      'REGISTRY_KEYS',
      'S3_ACCESS_KEY_ID',
      'S3_SECRET_ACCESS_KEY',
      'SIGN_IN_KEYS',
      'TEMPORAL_UI_OIDC_CLIENT_ID',
      'TEMPORAL_UI_OIDC_CLIENT_SECRET',
    ]);
    const example = file('.env.example');
    for (const name of [...required, 'BIND_ADDRESS', 'PORTAL_URL']) expect(example).toMatch(new RegExp(`^${name}=`, 'm'));
    expect(file('.gitignore').split('\n')).toContain('.env');
    expect(services.postgresql!.environment!.POSTGRES_PASSWORD).toMatch(/^\$\{POSTGRES_PASSWORD:\?/);
  });

  it('points the worker and the portal at the services by the settings they read', () => {
    const env = services.worker!.environment!;
    expect(env.TEMPORAL_ADDRESS).toBe('temporal:7233');
    expect(env.ACTION_LINK_KEYS).toMatch(/^\$\{ACTION_LINK_KEYS:\?/);
    expect(env.SIGN_IN_KEYS).toBeUndefined(); // a worker cannot sign anyone in
    expect(services.portal!.environment!.SIGN_IN_KEYS).toMatch(/^\$\{SIGN_IN_KEYS:\?/);
    expect(env.PATHFINDER_KEYS).toMatch(/^\$\{PATHFINDER_KEYS:\?/);
    expect(env.REGISTRY_KEYS).toMatch(/^\$\{REGISTRY_KEYS:\?/); // the workers check what imports signed
    expect(services.portal!.environment!.REGISTRY_KEYS).toMatch(/^\$\{REGISTRY_KEYS:\?/);
    const settings = settingsFromEnv('default', {
      ...env,
      ACTION_LINK_KEYS: 'act:an-example-secret-of-32-characters-or-more',
      REGISTRY_KEYS: 'reg:an-example-registry-secret-of-32-characters',
      PATHFINDER_KEYS: process.env.PATHFINDER_KEYS!,
    });
    expect(settings.smtpUrl).toBe('smtp://mail:1025');
    // Every replica finds the same files: the stores are areas of the one bucket, not volumes of their own.
    const where = (stores: Partial<Stores>) =>
      Object.fromEntries(Object.entries(stores).map(([area, store]) => [area, store.locationOf('x')]));
    expect(where(settings.stores)).toEqual({
      published: 's3://pathfinder/published/x',
      documents: 's3://pathfinder/documents/x',
      mailLedger: 's3://pathfinder/mail-ledger/x',
      records: 's3://pathfinder/records/x',
      sessions: 's3://pathfinder/sessions/x',
    });
    const portal = portalSettingsFromEnv({
      ...services.portal!.environment!,
      ACTION_LINK_KEYS: 'act:an-example-secret-of-32-characters-or-more',
      SIGN_IN_KEYS: 'in:another-example-secret-of-32-characters-or-more',
      REGISTRY_KEYS: 'reg:an-example-registry-secret-of-32-characters',
      PATHFINDER_KEYS: process.env.PATHFINDER_KEYS!,
      OIDC_ISSUER: 'https://login.example.org/realms/staff',
      OIDC_CLIENT_ID: 'pathfinder-portal',
      OIDC_CLIENT_SECRET: 'an-example-client-secret',
      PORTAL_METRICS_TOKEN: 'an-example-metrics-token-of-32-characters-or-more',
      PUBLIC_API_ORIGINS: '',
    });
    expect(portal.metricsToken).toBe('an-example-metrics-token-of-32-characters-or-more');
    expect(services.worker!.environment!.WORKER_METRICS_ADDRESS).toBe('0.0.0.0:9464');
    expect(portal.oidc?.issuer).toBe('https://login.example.org/realms/staff');
    expect([portal.host, portal.port, portal.smtpUrl]).toEqual(['0.0.0.0', 8080, 'smtp://mail:1025']);
    expect(where(portal.stores)).toEqual(where(settings.stores));
    for (const name of ['worker', 'portal']) expect(services[name]!.volumes).toBeUndefined();
    expect(Object.keys(compose.volumes).sort()).toEqual(['postgresql-data', 's3-data']);
  });
});

// The real Compose (built by scripts/go-tools.sh) reads the file as `docker compose up` would: the compose
// specification's schema, interpolation from the env file, and the resolved model. It needs no engine.
describe('docker compose config', () => {
  const run = promisify(execFile);
  /** Compose with nothing from this process's environment, so that only the env file counts. */
  const config = (envFile: string, composeFile = 'docker-compose.yml') =>
    run(
      inject('goTools').dockerCompose,
      ['--project-directory', root, '-f', composeFile, '--env-file', envFile, 'config', '--format', 'json'],
      { env: { PATH: process.env.PATH, HOME: tmpdir() } },
    );
  const scratch = (name: string, text: string) => {
    const path = join(mkdtempSync(join(tmpdir(), 'compose-')), name);
    writeFileSync(path, text);
    return path;
  };
  type Resolved = {
    services: Record<
      string,
      { ports?: { host_ip: string; published: string }[]; deploy?: { replicas: number }; environment?: Record<string, string> }
    >;
  };

  it('accepts the file with the example settings, every port on loopback', async () => {
    const { stdout } = await config(join(root, '.env.example'));
    const resolved = JSON.parse(stdout) as Resolved;
    const ports = Object.entries(resolved.services).flatMap(([name, s]) =>
      (s.ports ?? []).map((p) => `${name} ${p.host_ip}:${p.published}`),
    );
    expect(ports.sort()).toEqual([
      'mail 127.0.0.1:1025',
      'mail 127.0.0.1:8025',
      'portal 127.0.0.1:8080-8081',
      'temporal 127.0.0.1:7233',
      'temporal-ui 127.0.0.1:8233',
    ]);
    expect([resolved.services.worker!.deploy?.replicas, resolved.services.portal!.deploy?.replicas]).toEqual([3, 2]);
    expect(resolved.services.worker!.environment!.AWS_SECRET_ACCESS_KEY).toBe('replace-with-at-least-32-random-characters');
  });

  it('listens where BIND_ADDRESS says', async () => {
    const { stdout } = await config(scratch('.env', file('.env.example').replace(/^BIND_ADDRESS=.*$/m, 'BIND_ADDRESS=192.0.2.10')));
    const hosts = Object.values((JSON.parse(stdout) as Resolved).services).flatMap((s) => (s.ports ?? []).map((p) => p.host_ip));
    expect(new Set(hosts)).toEqual(new Set(['192.0.2.10']));
  });

  it('refuses to start without the secrets, naming the one missing', async () => {
    await expect(config(scratch('.env', ''))).rejects.toMatchObject({
      stderr: expect.stringMatching(/required variable \w+ is missing a value: set \w+ in \.env/) as unknown,
    });
  });

  it('refuses a file the compose specification does not allow', async () => {
    const broken = scratch('docker-compose.yml', file('docker-compose.yml').replace('    deploy:\n      replicas: 3', '    replicas: 3'));
    await expect(config(join(root, '.env.example'), broken)).rejects.toMatchObject({
      stderr: expect.stringContaining("additional properties 'replicas' not allowed") as unknown,
    });
  });
});

describe('Dockerfile', () => {
  it('runs the compiled worker on a prebuilt workflow bundle, and the portal with a Chromium to print PDFs', () => {
    const dockerfile = readFileSync(join(root, 'Dockerfile'), 'utf8');
    expect(dockerfile).toContain('WORKFLOW_BUNDLE_PATH=/app/dist/workflow-bundle.js');
    expect(dockerfile).toContain('npm run bundle -- dist/workflow-bundle.js');
    expect(dockerfile).toContain('ENV MALLOC_ARENA_MAX=2'); // as bench/run.ts measures it
    const stage = (name: string) => dockerfile.slice(dockerfile.indexOf(`AS ${name}\n`)).split(/\nFROM /)[0]!;
    expect(stage('worker')).toContain('CMD ["node", "dist/worker/main.js"]');
    expect(stage('portal')).toMatch(/apt-get install -y --no-install-recommends chromium/);
    expect(stage('portal')).toContain('ENV CHROMIUM_PATH=/usr/bin/chromium');
    expect(stage('portal')).toContain('CMD ["node", "dist/portal/main.js"]');
  });

  it('builds on a Node LTS line still supported, without the host packages and data', () => {
    const dockerfile = readFileSync(join(root, 'Dockerfile'), 'utf8');
    expect([...dockerfile.matchAll(/^FROM (\S+)/gm)].map((m) => m[1])).toEqual([
      'node:24-bookworm-slim',
      'node:24-bookworm-slim',
      'worker',
    ]);
    // Without S3, the folders the processes write are created owned by the user they run as.
    expect(dockerfile).toMatch(
      /mkdir -p \/data\/published \/data\/mail-ledger \/data\/documents \/data\/records && chown -R node:node \/data\n/,
    );
    const ignored = readFileSync(join(root, '.dockerignore'), 'utf8').split('\n');
    expect(ignored).toEqual(expect.arrayContaining(['node_modules', '.data', '.git', '.env']));
  });
});

describe('restarts', () => {
  it('restarts every long-running service, and retries a failed set-up job', () => {
    for (const name of ['postgresql', 'temporal', 'temporal-ui', 's3', 'mail', 'worker', 'portal'])
      expect([name, services[name]!.restart]).toEqual([name, 'unless-stopped']);
    for (const name of ['temporal-schema', 'temporal-setup']) expect([name, services[name]!.restart]).toEqual([name, 'on-failure']);
  });
});
