import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { NativeConnection, type Worker } from '@temporalio/worker';
import { installRuntime, metricsAddress } from '../worker/runtime';
import { createWorker } from '../worker/create-worker';
import { portalUrl, settingsFromEnv } from '../worker/settings';
import { ownership, requireFreePorts, StartRefused } from './dev-ownership';
import { claimDataFolder } from './dev-data-release';
import { version } from '../package.json';
import { portalSettingsFromEnv } from '../portal/config';
import { dataConverterFromEnv } from '../client/data-converter';
import { tracing, tracingClientInterceptors } from '../client/tracing';
import { buildPortal } from '../portal/server';
import { startMailCatcher } from './mail-catcher';
import { startIdentityProvider } from './identity-provider';
import { temporalTools } from './tool-paths';
import { connectWhenReady, devServerArgs } from './temporal-env';

// `npm run dev`: the embedded stack on this machine. A Temporal dev server whose SQLite file lives under
// .data/ (so state survives restarts) with its UI, a mail catcher with a web page, the worker, the portal,
// and, unless OIDC_ISSUER names a real one, a development OpenID provider for staff sign-in.

const host = '127.0.0.1';
const port = Number(process.env.TEMPORAL_DEV_PORT ?? 7233);
const uiPort = Number(process.env.TEMPORAL_UI_PORT ?? 8233);
const smtpPort = Number(process.env.MAIL_SMTP_PORT ?? 1025);
const mailWebPort = Number(process.env.MAIL_WEB_PORT ?? 8025);
const portalPort = Number(process.env.PORTAL_PORT ?? 8080);
const identityProviderPort = Number(process.env.IDENTITY_PROVIDER_PORT ?? 8091);
const devIdentityProvider = !process.env.OIDC_ISSUER;
const dataDir = resolve(process.env.PATHFINDER_DATA_DIR ?? '.data');
const dbFile = resolve(dataDir, 'temporal.sqlite');
const workerMetrics = metricsAddress();

// What this process started, stopped in reverse order on Ctrl-C, SIGTERM, a closed terminal or a failure.
const stops: (() => Promise<unknown>)[] = [];
let stopping: Promise<void> | undefined;
function stopEverything(): Promise<void> {
  stopping ??= (async () => {
    for (const stop of stops.reverse()) await stop().catch((error: unknown) => console.error(error));
  })();
  return stopping;
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => void stopEverything().then(() => process.exit(0)));
}

async function main() {
  mkdirSync(dataDir, { recursive: true });
  claimDataFolder(dataDir, version);
  const owner = ownership(resolve(dataDir, 'dev-server.pid'), dbFile);
  await owner.takeOverFromEarlierRun(console.log);
  const { cli } = temporalTools();
  await requireFreePorts(host, [
    { port, variable: 'TEMPORAL_DEV_PORT', what: 'Temporal server' },
    { port: uiPort, variable: 'TEMPORAL_UI_PORT', what: 'Temporal UI' },
    { port: smtpPort, variable: 'MAIL_SMTP_PORT', what: 'mail catcher, SMTP' },
    { port: mailWebPort, variable: 'MAIL_WEB_PORT', what: 'mail catcher, web page' },
    { port: portalPort, variable: 'PORTAL_PORT', what: 'portal' },
    ...(workerMetrics
      ? [{ port: Number(workerMetrics.split(':').pop()), variable: 'WORKER_METRICS_ADDRESS', what: 'worker metrics' }]
      : []),
    ...(devIdentityProvider
      ? [{ port: identityProviderPort, variable: 'IDENTITY_PROVIDER_PORT', what: 'development OpenID provider' }]
      : []),
  ]);
  // The signal handlers above decide the order of shutdown, not the SDK's own.
  installRuntime(process.env, { shutdownSignals: [] });

  const mail = await startMailCatcher({ host, smtpPort, webPort: mailWebPort, dir: resolve(dataDir, 'mail') });
  stops.push(() => mail.close());

  const server = spawn(
    cli,
    // The UI decodes payloads through the portal's codec server (for the secretariat, once signed in).
    devServerArgs({
      host,
      port,
      dbFile,
      ui: { port: uiPort, codecEndpoint: `${portalUrl({ ...process.env, PORTAL_PORT: String(portalPort) })}/codec` },
    }),
    // Its own process group: Ctrl-C reaches only this script, which stops the worker before the server.
    { stdio: ['ignore', 'inherit', 'inherit'], detached: true },
  );
  const serverExited = new Promise((done) => server.once('exit', done));
  owner.record(server.pid!);
  process.once('exit', () => server.kill('SIGTERM')); // last resort, should this script fail before its stops run
  stops.push(async () => {
    if (server.exitCode === null && server.signalCode === null) server.kill('SIGTERM');
    await serverExited;
    owner.forget();
  });

  const address = `${host}:${port}`;
  await (await connectWhenReady(address, server)).close();
  const connection = await NativeConnection.connect({ address });
  stops.push(() => connection.close());
  const env = {
    SMTP_URL: mail.smtpUrl,
    ...process.env,
    PATHFINDER_DATA_DIR: dataDir,
    PORTAL_PORT: String(portalPort),
    TEMPORAL_UI_URL: process.env.TEMPORAL_UI_URL ?? `http://${host}:${uiPort}`,
  };
  const worker: Worker = await createWorker({ connection, namespace: 'default', ...settingsFromEnv('default', env) });
  const running = worker.run();
  stops.push(() => {
    if (worker.getState() === 'RUNNING') worker.shutdown();
    return running.catch(() => undefined); // a fatal error is reported by main()
  });

  // Staff sign in through it as any registered address, with any password (an example client secret).
  const devClient = {
    id: 'pathfinder-portal',
    secret: 'an-example-client-secret-for-development',
    redirectUri: `${portalUrl(env)}/auth/oidc/callback`,
  };
  const identityProvider = devIdentityProvider
    ? await startIdentityProvider({ host, port: identityProviderPort, client: devClient })
    : undefined;
  if (identityProvider) stops.push(() => identityProvider.close());
  const oidc = identityProvider
    ? { OIDC_ISSUER: identityProvider.issuer, OIDC_CLIENT_ID: devClient.id, OIDC_CLIENT_SECRET: devClient.secret }
    : {};
  const portalSettings = portalSettingsFromEnv({ ...env, ...oidc });
  const portalConnection = Connection.lazy({ address });
  stops.push(() => portalConnection.close());
  const portal = await buildPortal(
    new Client({
      connection: portalConnection,
      namespace: 'default',
      dataConverter: dataConverterFromEnv('default', env),
      interceptors: tracingClientInterceptors(tracing()), // started with the worker's settings, when configured
    }),
    portalSettings,
  );
  await portal.listen({ host, port: portalPort });
  stops.push(() => portal.close());

  console.log(`
Pathfinder is running.
  Portal            http://${host}:${portalPort}   (e-mails link to ${portalSettings.url})
  Temporal server   ${address} (namespace default; data in ${dbFile})
  Temporal UI       http://${host}:${uiPort}
  Worker metrics    ${workerMetrics ? `http://${workerMetrics}/metrics` : 'off'}   (Prometheus; the portal's at /metrics with PORTAL_METRICS_TOKEN)
  Mail (web page)   ${mail.webUrl}   (SMTP ${mail.smtpUrl})
  Staff sign-in     ${identityProvider ? `${identityProvider.issuer}   (development OpenID provider: any registered address, any password)` : process.env.OIDC_ISSUER}
  Files             ${process.env.S3_BUCKET ? `S3 bucket ${process.env.S3_BUCKET}` : dataDir}   (published reports, documents, records of closed cycles)
Try: npx pathfinder countries import examples/countries.json
Press Ctrl-C to stop everything.
`);
  await running; // ends on a stop signal, or with the worker's fatal error
}

main().then(
  () => stopEverything(),
  async (error: unknown) => {
    console.error(error instanceof StartRefused ? error.message : error);
    await stopEverything();
    process.exit(1);
  },
);
