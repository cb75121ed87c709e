import { Worker, type ReplayWorkerOptions } from '@temporalio/worker';
import { getClient } from '../client/connect';
import { connectionSettings } from '../client/config';
import { dataConverterFromEnv } from '../client/data-converter';
import { bundlerOptions } from '../worker/bundler-options';

// Before an upgrade (README, *Versioning*): replays the history of every open run on the cluster with this
// checkout's workflows. A run that does not replay would fail on the new release's workers; the list says
// which, so that the upgrade waits or the change gets its patch. Exits 1 if any run does not replay.

async function main() {
  const { namespace } = connectionSettings();
  const client = getClient();
  const options: ReplayWorkerOptions = {
    ...(process.env.WORKFLOW_BUNDLE_PATH
      ? { workflowBundle: { codePath: process.env.WORKFLOW_BUNDLE_PATH } }
      : {
          workflowsPath: require.resolve('../workflows'),
          bundlerOptions,
          interceptors: { workflowModules: bundlerOptions.workflowInterceptorModules },
        }),
    dataConverter: dataConverterFromEnv(namespace),
  };
  const histories = client.workflow.list({ query: 'ExecutionStatus = "Running"' }).intoHistories();
  let replayed = 0;
  const failed: string[] = [];
  try {
    for await (const { workflowId, error } of Worker.runReplayHistories(options, histories)) {
      replayed++;
      // The details hold the failure as the codec sealed it: the run and the kind of failure say enough.
      if (error) failed.push(`${workflowId}: ${error.message.split('. Details:')[0]}`);
    }
  } finally {
    await client.connection.close();
  }
  console.log(`${replayed - failed.length} of ${replayed} open runs in namespace ${namespace} replay with this release`);
  if (failed.length === 0) return;
  console.log(`These do not:\n${failed.map((f) => `  ${f}`).join('\n')}`);
  process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
