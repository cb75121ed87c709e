import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { bundleWorkflowCode, Worker } from '@temporalio/worker';
import { TRACE_HEADER } from '@temporalio/interceptors-opentelemetry/lib/instrumentation';
import type { FastifyInstance } from 'fastify';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openYear } from '../../app/cycles';
import { importRegistry } from '../../app/countries';
import { TASK_QUEUE } from '../../client/config';
import { codecSettingsFromEnv, dataConverterFromEnv } from '../../client/data-converter';
import { registryKeysFromEnv } from '../../client/registry-signature';
import { signingKeys } from '../../client/tokens';
import { startTracing, tracingClientInterceptors, type Tracing } from '../../client/tracing';
import { buildPortal } from '../../portal/server';
import { startMailCatcher, type MailCatcher } from '../../scripts/mail-catcher';
import { folderStore } from '../../store/object-store';
import { createWorker } from '../../worker/create-worker';
import { realClockYear as Y } from '../helpers/clock';
import { exampleRegistry } from '../helpers/fixtures';
import { kindOf } from '../helpers/mail';
import { startOtlpReceiver, type OtlpReceiver, type ReceivedSpan } from '../helpers/otlp-receiver';
import { followLink } from '../helpers/portal';
import { freePort } from '../helpers/ports';
import { startDevServer, workflowBundle } from '../helpers/temporal';
import { bundlerOptions } from '../../worker/bundler-options';
import { testStores } from '../helpers/worker';

// Traces as an administrator's collector receives them: the portal, the worker and the workflows send their
// spans over OTLP to a receiver on loopback, which decodes them with the OTLP definitions. A focal point's
// report, submitted in a real browser, is followed in one trace from the request to the e-mail acknowledging it.

let receiver: OtlpReceiver;
let tracing: Tracing;
let env: TestWorkflowEnvironment;
let mail: MailCatcher;
let worker: Worker;
let running: Promise<void>;
let portal: FastifyInstance;
let browser: Browser;
let client: Client;
let base: string;

beforeAll(async () => {
  receiver = await startOtlpReceiver();
  tracing = startTracing('pathfinder', { OTEL_EXPORTER_OTLP_ENDPOINT: receiver.endpoint })!;
  [env, mail] = await Promise.all([startDevServer(), startMailCatcher()]);
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  const actionLinkKeys = signingKeys('tracing-test-act:an-example-action-link-secret-for-the-tracing-test');
  const { stores } = testStores();
  // No prebuilt bundle: the worker bundles the workflows at start, with the trace context's interceptors.
  worker = await createWorker({
    connection: env.nativeConnection,
    namespace: 'default',
    taskQueue: TASK_QUEUE,
    smtpUrl: mail.smtpUrl,
    stores,
    portal: { url: base, keys: actionLinkKeys },
    dataConverter: dataConverterFromEnv('default'),
    tracing,
  });
  running = worker.run();
  // The portal's client, as portal/main.ts builds it.
  client = new Client({
    connection: env.connection,
    namespace: 'default',
    dataConverter: dataConverterFromEnv('default'),
    interceptors: tracingClientInterceptors(tracing),
  });
  portal = await buildPortal(client, {
    host: '127.0.0.1',
    port,
    url: base,
    actionLinkKeys,
    signInKeys: signingKeys('tracing-test-sign-in:an-example-sign-in-secret-for-the-tracing-test'),
    registryKeys: registryKeysFromEnv(),
    stores: { ...stores, sessions: folderStore(mkdtempSync(join(tmpdir(), 'pathfinder-sessions-'))) },
    maxAttachmentBytes: 1024 * 1024,
    smtpUrl: mail.smtpUrl,
    mailFrom: 'Alliance 8.7 secretariat <secretariat@example.org>',
    temporalUiUrl: 'http://temporal-ui.example.org',
    codec: codecSettingsFromEnv(),
    codecTokens: [],
  });
  await portal.listen({ host: '127.0.0.1', port });
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await portal?.close();
  worker?.shutdown();
  await running;
  await env?.teardown();
  await mail?.close();
  await receiver?.close();
});

/** The chain of parents from a span up to its trace's root, the span first. */
function ancestry(spans: ReceivedSpan[], span: ReceivedSpan): ReceivedSpan[] {
  const parent = spans.find((s) => s.traceId === span.traceId && s.spanId === span.parentSpanId);
  return parent ? [span, ...ancestry(spans, parent)] : [span];
}

it('follows a report in one trace from the portal request through the Update to the e-mail it caused', { timeout: 240_000 }, async () => {
  const lucia = 'lucia.quispe@example.org';
  await importRegistry(client, exampleRegistry);
  await expect.poll(async () => (await openYear(client, { year: Y })).map((r) => r.country), { timeout: 30_000 }).toEqual(['NGA', 'PER']);

  // Lucia signs in from the e-mail the portal sends, and submits Peru's report.
  const page = await (await browser.newContext()).newPage();
  await page.goto(base);
  await page.getByLabel(/e-mail/i).fill(lucia);
  await page.getByRole('button', { name: 'Send me a sign-in link' }).click();
  const [signInMail] = await mail.waitFor(1, (m) => m.to.includes(lucia) && kindOf(m) === 'sign-in');
  await followLink(page, /(http:\/\/127\.0\.0\.1:\d+\/auth\?token=\S+)/.exec(signInMail!.text)![1]!);
  await page.getByRole('link', { name: new RegExp(String.raw`Perú ${Y}`) }).click();
  await page.locator('[name="progress.0.objective"]').fill('Strengthen labour inspection in agriculture');
  await page.locator('[name="progress.0.summary"]').fill('Two hundred inspectors trained.');
  await page.locator('[name="nextSteps"]').fill('Publish the inspection plan');
  await page.locator('[name="challenges"]').fill('Staff turnover slowed the roll-out.');
  await page.locator('[name="evidence.0.kind"]').selectOption('survey');
  await page.locator('[name="evidence.0.description"]').fill('National child labour survey, second round.');
  await page.locator('[name="national.government"]').fill('Labour and Interior ministries in the national commission.');
  await page.locator('[name="collaboration.0.description"]').fill('Joint inspection protocol.');
  await page.locator('[name="collaboration.0.partners"]').fill('Bolivia');
  await page.locator('[name="framework.updated"]').check();
  await page.locator('[name="indicator.0.code"]').fill('8.7.1');
  await page.locator('[name="indicator.0.name"]').fill('Children aged 5-17 in child labour (%)');
  await page.locator('[name="indicator.0.latestValue"]').fill('21.8');
  await page.locator('[name="preparedThrough"]').fill('National Commission against Forced Labour');
  await page.getByRole('button', { name: 'Enviar el informe' }).click();
  await expect(page.locator('[role=status]').textContent()).resolves.toContain('Su informe fue recibido');
  await mail.waitFor(1, (m) => m.to.includes(lucia) && kindOf(m) === 'submission-received');

  // The spans of the acknowledgements' sendEmail (to the focal point and the deputy) and of the run's call for
  // reports arrive once batched.
  const cycleId = `reporting-cycle-PER-${Y}`;
  const sendsOf = (kind: string) =>
    receiver.spans.filter(
      (s) =>
        s.name === 'RunActivity:sendEmail' && s.attributes.temporalWorkflowId === cycleId && s.attributes['pathfinder.email.kind'] === kind,
    );
  await expect
    .poll(
      () => {
        void tracing.flush();
        return [sendsOf('submission-received').length, sendsOf('call-for-reports').length];
      },
      { timeout: 30_000 },
    )
    .toEqual([2, 2]);

  // ONE trace: the portal's request, the client's Update, the e-mail its change caused in the cycle's run.
  const acknowledgements = sendsOf('submission-received');
  const [request] = ancestry(receiver.spans, acknowledgements[0]!).slice(-1);
  for (const sent of acknowledgements) {
    const chain = ancestry(receiver.spans, sent);
    expect(chain.map((s) => s.name)).toEqual([
      'RunActivity:sendEmail',
      'StartWorkflowUpdate:submitReport',
      expect.stringMatching(/^POST \/cycles\//),
    ]);
    expect(chain.every((s) => s.traceId === request!.traceId)).toBe(true);
    expect(chain.at(-1)).toBe(request);
  }
  expect(request!.parentSpanId).toBe(''); // the request is the root
  expect(request!.attributes['http.response.status_code']).toBeLessThan(400);
  // A route pattern, never the address asked for; an e-mail's kind and run, never its addressee or text.
  expect(request!.name).not.toMatch(/PER|token|\?/);
  expect(Object.keys(acknowledgements[0]!.attributes).sort()).toEqual([
    'pathfinder.email.kind',
    'run_id',
    'temporalActivityId',
    'temporalWorkflowId',
  ]);

  // The run's call for reports, which no request caused (the cycle sent it when it started), is not in it.
  for (const called of sendsOf('call-for-reports')) {
    expect(called.attributes.run_id).toBe(acknowledgements[0]!.attributes.run_id);
    expect(called.traceId).not.toBe(request!.traceId);
    expect(called.parentSpanId).toBe('');
  }

  // The run's history holds the trace context on the acknowledgements it scheduled; headers are not compared
  // on replay, so it replays with the bundle that carries it and with one that does not (a release without it).
  const history = await client.workflow.getHandle(cycleId).fetchHistory();
  const tracedIds = (history.events ?? [])
    .map((e) => e.activityTaskScheduledEventAttributes)
    .filter((a) => a?.header?.fields?.[TRACE_HEADER])
    .map((a) => a!.activityId);
  expect(tracedIds).toEqual(expect.arrayContaining(acknowledgements.map((s) => String(s.attributes.temporalActivityId))));
  const dataConverter = dataConverterFromEnv('default');
  await expect(
    Worker.runReplayHistory({ workflowBundle: await workflowBundle(), dataConverter }, history, cycleId),
  ).resolves.toBeUndefined();
  const without = await bundleWorkflowCode({
    workflowsPath: require.resolve('../../workflows'),
    ...bundlerOptions,
    workflowInterceptorModules: [],
  });
  await expect(Worker.runReplayHistory({ workflowBundle: without, dataConverter }, history, cycleId)).resolves.toBeUndefined();
});
