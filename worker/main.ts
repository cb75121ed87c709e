import { NativeConnection } from '@temporalio/worker';
import { connectionSettings } from '../client/config';
import { createWorker } from './create-worker';
import { settingsFromEnv } from './settings';
import { installRuntime } from './runtime';

/** The worker process: `npm run worker`, or the container's command in production. */
async function main() {
  // Before the connection: the Runtime's metrics and logger are set once per process.
  const { metricsAddress } = installRuntime();
  const { connectionOptions, namespace } = connectionSettings();
  const connection = await NativeConnection.connect(connectionOptions);
  try {
    const worker = await createWorker({ connection, namespace, ...settingsFromEnv(namespace) });
    console.log(`worker polling task queue "${worker.options.taskQueue}" on ${connectionOptions.address} (namespace ${namespace})`);
    if (metricsAddress) console.log(`worker metrics on http://${metricsAddress}/metrics`);
    await worker.run();
  } finally {
    await connection.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
