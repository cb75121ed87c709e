import { Client } from '@temporalio/client';
import type { DataConverter } from '@temporalio/common';
import { NativeConnection, Worker, type WorkerOptions } from '@temporalio/worker';
import { createActivities } from '../activities';
import { registryKeysFromEnv } from '../client/registry-signature';
import type { SigningKeys } from '../client/tokens';
import { mailTransport } from '../activities/email';
import type { Portal } from '../activities/email-links';
import { storePublisher } from '../activities/publisher';
import { storeLedger } from '../activities/delivery-ledger';
import { tellPublicSite } from '../activities/site';
import { siteKeys } from '../domain/publication/site';
import type { Stores } from '../store/settings';
import { TASK_QUEUE } from '../client/config';
import { bundlerOptions } from './bundler-options';
import { tracingClientInterceptors, type Tracing } from '../client/tracing';
import { workerTracing } from './tracing';
import { requireSearchAttributes } from './search-attributes-check';
import { countAlertEvents } from './activity-metrics';

export interface WorkerSettings {
  connection: NativeConnection;
  namespace: string;
  taskQueue?: string;
  /** SMTP server for every e-mail, e.g. smtp://127.0.0.1:1025. */
  smtpUrl: string;
  mailFrom?: string;
  /** The portal that e-mails link to, with the keys that sign their action links. */
  portal: Portal;
  /**
   * Where published documents, the delivery ledger and closed cycles' records go, shared by every worker, and
   * the documents uploaded with reports (the portal's store), which a final report's publication copies.
   */
  stores: Pick<Stores, 'published' | 'documents' | 'mailLedger' | 'records'>;
  /** A prebuilt workflow bundle (production); without it the workflows are bundled at start. */
  workflowBundlePath?: string;
  /** A bundle built once and shared, as tests do. */
  workflowBundle?: WorkerOptions['workflowBundle'];
  /** The project's data converter, with the payload keys (client/data-converter.ts). */
  dataConverter: DataConverter;
  /** The keys registry imports sign entries with (REGISTRY_KEYS, read from the environment if not given). */
  registryKeys?: SigningKeys;
  /** How many runs the worker keeps in memory (the SDK's default otherwise); a run not kept is replayed on its next task. */
  maxCachedWorkflows?: number;
  /** OpenTelemetry, when configured (client/tracing.ts): the activities trace, and the worker's client calls. */
  tracing?: Tracing;
}

export async function createWorker(settings: WorkerSettings): Promise<Worker> {
  await requireSearchAttributes(settings.connection, settings.namespace);
  const { published, documents } = settings.stores;
  const client = new Client({
    connection: settings.connection,
    namespace: settings.namespace,
    dataConverter: settings.dataConverter,
    interceptors: tracingClientInterceptors(settings.tracing),
  });
  const taskQueue = settings.taskQueue ?? TASK_QUEUE;
  const activities = createActivities({
    mailer: mailTransport(settings.smtpUrl),
    from: settings.mailFrom ?? 'Alliance 8.7 secretariat <secretariat@example.org>',
    publisher: storePublisher(published, documents),
    ledger: storeLedger(settings.stores.mailLedger),
    records: settings.stores.records,
    client,
    portal: settings.portal,
    registryKeys: settings.registryKeys ?? registryKeysFromEnv(),
    site: { published, documents },
  });
  // A deployment whose files were published before the public site (1.0) gets its site built once, by the
  // site's own workflow, however many workers start at once (their requests are taken as one).
  if (!(await published.get(siteKeys.index))) await tellPublicSite(client, 'all', taskQueue);
  const workflows: Pick<WorkerOptions, 'workflowBundle' | 'workflowsPath' | 'bundlerOptions'> = settings.workflowBundle
    ? { workflowBundle: settings.workflowBundle }
    : settings.workflowBundlePath
      ? { workflowBundle: { codePath: settings.workflowBundlePath } }
      : { workflowsPath: require.resolve('../workflows'), bundlerOptions };
  const traced = workerTracing(settings.tracing);
  // Bundled here, with the workflow interceptors a prebuilt bundle has (bundler-options.ts).
  const workflowModules = 'workflowsPath' in workflows ? bundlerOptions.workflowInterceptorModules : [];
  return Worker.create({
    connection: settings.connection,
    namespace: settings.namespace,
    taskQueue,
    activities,
    dataConverter: settings.dataConverter,
    ...(settings.maxCachedWorkflows ? { maxCachedWorkflows: settings.maxCachedWorkflows } : {}),
    // The alerts' counters (activity-metrics.ts) around every activity, tracing or not.
    interceptors: { ...traced.interceptors, workflowModules, activity: [countAlertEvents, ...(traced.interceptors?.activity ?? [])] },
    ...workflows,
  });
}
