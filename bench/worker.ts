import { NativeConnection } from '@temporalio/worker';
import { createWorker } from '../worker/create-worker';

// The worker the benchmarks measure, in a process of its own so that its memory is its own:
// TEMPORAL_ADDRESS, SMTP_URL, PUBLISH_DIR and WORKFLOW_BUNDLE_PATH as for `npm run worker`.
async function main() {
  const connection = await NativeConnection.connect({ address: process.env.TEMPORAL_ADDRESS! });
  const worker = await createWorker({ connection, namespace: 'default', smtpUrl: process.env.SMTP_URL!, publishDir: process.env.PUBLISH_DIR!, workflowBundlePath: process.env.WORKFLOW_BUNDLE_PATH! });
  console.log('bench worker ready');
  await worker.run();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
