import { NativeConnection } from '@temporalio/worker';
import { connectionSettings } from '../client/config';
import { createWorker } from './create-worker';
import { settingsFromEnv } from './settings';

/** The worker process: `npm run worker`, or the container's command in production. */
async function main() {
  const { connectionOptions, namespace } = connectionSettings();
  const connection = await NativeConnection.connect(connectionOptions);
  try {
    const worker = await createWorker({ connection, namespace, ...settingsFromEnv(namespace) });
    console.log(`worker polling task queue "${worker.options.taskQueue}" on ${connectionOptions.address} (namespace ${namespace})`);
    await worker.run();
  } finally {
    await connection.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
