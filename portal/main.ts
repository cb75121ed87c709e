import { Client, Connection } from '@temporalio/client';
import { connectionSettings } from '../client/config';
import { dataConverterFromEnv } from '../client/data-converter';
import { portalSettingsFromEnv } from './config';
import { buildPortal } from './server';
import { flushTracing, startTracing, tracingClientInterceptors } from '../client/tracing';

/** The portal process: `npm run portal`, or the portal container in production. */
async function main() {
  const settings = portalSettingsFromEnv();
  const { connectionOptions, namespace } = connectionSettings();
  const interceptors = tracingClientInterceptors(startTracing('pathfinder-portal'));
  const client = new Client({
    connection: Connection.lazy(connectionOptions),
    namespace,
    dataConverter: dataConverterFromEnv(namespace),
    interceptors,
  });
  const app = await buildPortal(client, settings);
  await app.listen({ host: settings.host, port: settings.port });
  console.log(`portal on http://${settings.host}:${settings.port} (public URL ${settings.url})`);
  // The spans still batched go out before the process does.
  const stop = async () => {
    await app.close();
    await flushTracing();
    process.exit(0);
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void stop());
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
