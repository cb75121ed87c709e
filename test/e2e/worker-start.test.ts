import { TestWorkflowEnvironment } from '@temporalio/testing';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { dataConverterFromEnv } from '../../client/data-converter';
import { testPortal } from '../helpers/fixtures';
import { workflowBundle } from '../helpers/temporal';
import { testStores } from '../helpers/worker';
import { createWorker } from '../../worker/create-worker';

// A namespace without the project's search attributes: the worker refuses to start and says how to fix it,
// instead of failing every workflow's first task.
let env: TestWorkflowEnvironment;
beforeAll(async () => {
  env = await TestWorkflowEnvironment.createLocal({
    server: { executable: { type: 'existing-path', path: inject('temporalTools').cli }, log: { format: 'pretty', level: 'error' } },
  });
});
afterAll(() => env?.teardown());

it('refuses to start on a namespace that lacks the search attributes, naming each and the command that creates it', async () => {
  const start = createWorker({
    connection: env.nativeConnection,
    namespace: 'default',
    taskQueue: 'worker-start',
    smtpUrl: 'smtp://127.0.0.1:1',
    stores: testStores().stores,
    portal: testPortal,
    workflowBundle: await workflowBundle(),
    dataConverter: dataConverterFromEnv('default'),
  });
  await expect(start).rejects.toThrow(
    'namespace default lacks the search attributes CountryCode (Keyword), CycleYear (Int), CycleStage (Keyword), PathfinderStatus (Keyword); create them, then start the worker again:\ntemporal operator search-attribute create --namespace default --name CountryCode --type Keyword',
  );
});
