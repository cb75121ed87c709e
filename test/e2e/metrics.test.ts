import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Actor } from '../../app/actor';
import { changeFocalPoints, importRegistry } from '../../app/countries';
import { TASK_QUEUE } from '../../client/config';
import { openYear } from '../../app/cycles';
import { defaultPolicy } from '../../domain/cycle/policy';
import { cycleCloseAt } from '../../domain/shared/calendar';
import { annualCycleId, workflowTypes } from '../../domain/shared/workflow-ids';
import { exampleRegistry, exampleReport } from '../helpers/fixtures';
import { freePort } from '../helpers/ports';
import { startDevServer } from '../helpers/temporal';
import { killWorkerProcess, startPortalProcess, startProcessStack, type ProcessStack, type WorkerProcess } from '../helpers/worker-process';
import { followLink } from '../helpers/portal';
import { realClockYear as YEAR } from '../helpers/clock';
import { kindOf } from '../helpers/mail';
import { alertRule, alertRules, samples, scrape } from '../helpers/metrics';

// Watching a year run: a worker and a portal as production starts them (processes, JSON logs), scraped by
// Prometheus' way (GET /metrics) while a cycle moves. The portal's metrics open only to its token; every
// metric an alert rule reads is exported and the relay's refusals move theirs; the rules for no worker polling
// and a stalled annual run hold when (and only when) those happen; the logs hold no address and no report text.

const token = 'an-example-metrics-token-for-the-tests-0123456789';
const [peru, nigeria] = exampleRegistry.countries;
const refused = nigeria!.focalPoint.email; // the relay refuses Nigeria's focal point for good
const focal = peru!.focalPoint.email;
const secretariat: Actor = { email: exampleRegistry.secretariat.email, channel: 'portal-session' };

let stack: ProcessStack | undefined;
let browser: Browser;
let worker: WorkerProcess;
let portalProcess: WorkerProcess;
let workerMetrics: string;
let portal: string;

beforeAll(async () => {
  stack = await startProcessStack(startDevServer, { refuse: (address) => address === refused });
  const [metricsPort, portalPort] = [await freePort(), await freePort()];
  portal = `http://127.0.0.1:${portalPort}`;
  workerMetrics = `http://127.0.0.1:${metricsPort}/metrics`;
  const logs = { LOG_FORMAT: 'json', PORTAL_URL: portal };
  worker = await stack.startWorker({ ...logs, WORKER_METRICS_ADDRESS: `127.0.0.1:${metricsPort}`, LOG_LEVEL: 'debug' });
  portalProcess = await startPortalProcess({
    address: stack.env.address,
    port: portalPort,
    env: { ...logs, SMTP_URL: stack.mail.smtpUrl, PATHFINDER_DATA_DIR: stack.dir, PORTAL_METRICS_TOKEN: token, LOG_LEVEL: 'info' },
  });
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

const portalMetrics = () => scrape(`${portal}/metrics`, token);

it('serves the portal metrics only to the bearer of the token', async () => {
  expect((await fetch(`${portal}/metrics`)).status).toBe(404);
  expect((await fetch(`${portal}/metrics`, { headers: { authorization: `Bearer not-${token}` } })).status).toBe(404);
  const answer = await fetch(`${portal}/metrics`, { headers: { authorization: `Bearer ${token}` } });
  expect(answer.status).toBe(200);
  expect(await answer.text()).toContain('pathfinder_portal_http_request_duration_seconds');
});

it('moves the counters and gauges as a cycle runs', { timeout: 300_000 }, async () => {
  const { client } = stack!.env;
  const polledBefore = samples(await scrape(workerMetrics), 'temporal_workflow_task_execution_latency_count');
  await importRegistry(client, exampleRegistry);
  await expect
    .poll(async () => (await openYear(client, { year: YEAR })).filter((r) => r.result !== 'not registered').length, { timeout: 60_000 })
    .toBe(exampleRegistry.countries.length);

  // The stage gauge of the year's annual run: both cycles wait for their report.
  const cycles = (text: string, stage: string) => samples(text, 'pathfinder_cycles', { year: String(YEAR), stage });
  await expect.poll(async () => cycles(await portalMetrics(), 'awaiting-submission'), { timeout: 60_000, interval: 1000 }).toBe(2);
  // Nigeria's focal point's address, refused for good by the relay with the call for reports, is one to correct.
  await expect
    .poll(async () => samples(await portalMetrics(), 'pathfinder_refused_addresses', { year: String(YEAR) }), {
      timeout: 60_000,
      interval: 1000,
    })
    .toBe(1);
  // The secretariat corrects it: Nigeria's cycle sends its row for that alone (since 1.1), and none is left to correct.
  const corrected = { ...nigeria!.focalPoint, email: 'chidi.okafor@labour.example.org' };
  await changeFocalPoints(client, { country: nigeria!.code, people: { focalPoint: corrected }, actor: secretariat });
  await stack!.mail.waitFor(1, (m) => m.to.includes(corrected.email));
  await expect
    .poll(async () => samples(await portalMetrics(), 'pathfinder_refused_addresses', { year: String(YEAR) }), {
      timeout: 60_000,
      interval: 1000,
    })
    .toBe(0);
  // The SDK's workflow task metrics grew with the runs the year started.
  expect(samples(await scrape(workerMetrics), 'temporal_workflow_task_execution_latency_count')).toBeGreaterThan(polledBefore);

  // Peru's focal point signs in and submits the report through the portal.
  const before = await portalMetrics();
  const page = await (await browser.newContext()).newPage();
  await page.goto(portal);
  await page.getByLabel(/e-mail/i).fill(focal);
  await page.getByRole('button', { name: 'Send me a sign-in link' }).click();
  const [mail] = await stack!.mail.waitFor(1, (m) => m.to.includes(focal) && kindOf(m) === 'sign-in');
  await followLink(page, portal + /http:\/\/127\.0\.0\.1:\d+(\/auth\?token=\S+)/.exec(mail!.text)![1]!);
  await page.goto(`${portal}/cycles/${peru!.code}/${YEAR}/report`);
  await page
    .locator('#reportJson')
    .setInputFiles({ name: 'report.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(exampleReport)) });
  await page.locator('form[action$="/report"] button[type=submit]').click(); // in Spanish, the focal point's language
  await page.locator('[role=status]').waitFor();
  await page.goto(`${portal}/years/${YEAR}`); // not staff: refused

  const after = await portalMetrics();
  const moved = (name: string, labels: Record<string, string>) => samples(after, name, labels) - samples(before, name, labels);
  expect(moved('pathfinder_portal_sign_ins_total', { via: 'link' })).toBe(1);
  expect(moved('pathfinder_portal_submissions_total', { kind: 'report' })).toBe(1);
  expect(moved('pathfinder_portal_refusals_total', {})).toBeGreaterThanOrEqual(1);
  // By route pattern, never by address.
  expect(
    samples(after, 'pathfinder_portal_http_request_duration_seconds_count', { route: '/cycles/:code/:year/report', method: 'POST' }),
  ).toBe(1);
  expect(after).not.toContain(`/cycles/${peru!.code}/`);
  await expect.poll(async () => cycles(await portalMetrics(), 'in-review'), { timeout: 60_000, interval: 1000 }).toBe(1);
});

it('exports every metric the alert rules read, and counts the relay refusing an address', { timeout: 120_000 }, async () => {
  const all = alertRules();
  expect(all.map((r) => r.alert)).toEqual(
    expect.arrayContaining([
      'PathfinderNoWorkerPolling',
      'PathfinderWorkflowTaskFailures',
      'PathfinderMailRelayFailing',
      'PathfinderMailRefused',
      'PathfinderPublicationFailing',
      'PathfinderAnnualRunStalled',
    ]),
  );
  // A workflow task that fails: a run of a type no worker knows. The SDK's counter appears with its first failure.
  const { client } = stack!.env;
  const unknown = await client.workflow.start('noSuchWorkflow', {
    taskQueue: TASK_QUEUE,
    workflowId: 'metrics-test-unknown-type',
    args: [],
  });
  await expect
    .poll(async () => samples(await scrape(workerMetrics), 'temporal_workflow_task_execution_failed'), { timeout: 60_000, interval: 1000 })
    .toBeGreaterThanOrEqual(1);
  await unknown.terminate('a fault made by the test');
  const exported = `${await scrape(workerMetrics)}\n${await portalMetrics()}`;
  for (const rule of all) {
    const named = [...new Set(rule.expr.match(/\b(?:pathfinder|temporal)_[a-z0-9_]+/g))];
    expect([rule.alert, named]).toEqual([rule.alert, [rule.annotations.metric]]);
    expect([rule.alert, new RegExp(`^${rule.annotations.metric}(\\{| )`, 'm').test(exported)]).toEqual([rule.alert, true]);
  }
  // Nigeria's call for reports was refused for good by the relay.
  await expect
    .poll(async () => samples(await scrape(workerMetrics), 'pathfinder_mail_refused'), { timeout: 60_000 })
    .toBeGreaterThanOrEqual(1);
});

it('writes JSON logs with the run and the country, and no address or report text', () => {
  const text = `${worker.output()}\n${portalProcess.output()}`;
  const lines = text.split('\n').filter((line) => line.startsWith('{'));
  const entries = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
  expect(entries.some((e) => e.workflowId === `reporting-cycle-${peru!.code}-${YEAR}` && e.runId && e.country === peru!.code)).toBe(true);
  expect(entries.some((e) => (e.req as { route?: string } | undefined)?.route === '/cycles/:code/:year/report')).toBe(true);
  for (const secret of [focal, refused, peru!.focalPoint.name, exampleReport.challenges, exampleReport.progress[0]!.summary])
    expect(text).not.toContain(secret);
});

// What PathfinderAnnualRunStalled evaluates, pinned so that a change of the rule changes this test too.
const stalledRule = 'pathfinder_year_closes_at_seconds < time() - 7 * 86400';
const stalled = (closesAt: number) => closesAt < Date.now() / 1000 - 7 * 86400;

it('holds the stalled-run rule for a year whose annual run still runs long after its closing date', { timeout: 120_000 }, async () => {
  expect(alertRule('PathfinderAnnualRunStalled').expr).toBe(stalledRule);
  // An annual run of 2018 that still runs: long past its close (30 September 2018), it drafts the Working
  // Group's report and waits for a sign-off that never comes. (No example country reported yet in 2018.)
  await stack!.env.client.workflow.start(workflowTypes.annualCycle, {
    taskQueue: TASK_QUEUE,
    workflowId: annualCycleId(2018),
    args: [{ year: 2018 }],
  });
  const closesAt = (text: string, year: number) => samples(text, 'pathfinder_year_closes_at_seconds', { year: String(year) });
  await expect.poll(async () => closesAt(await portalMetrics(), 2018), { timeout: 60_000, interval: 1000 }).toBeGreaterThan(0);
  const text = await portalMetrics();
  expect(closesAt(text, 2018)).toBe(cycleCloseAt(2018, defaultPolicy()).toMillis() / 1000);
  expect(samples(text, 'pathfinder_year_closes_at_seconds', { year: '2018', stage: 'reporting' })).toBe(closesAt(text, 2018));
  expect(stalled(closesAt(text, 2018))).toBe(true);
  // The year under way closes in the future: not stalled.
  expect(stalled(closesAt(text, YEAR))).toBe(false);
});

// What PathfinderNoWorkerPolling evaluates: the worker's pollers of the queue, summed, or their absence.
const pollers = { poller_type: 'workflow_task', task_queue: TASK_QUEUE };
const noPollerRule = `sum(temporal_num_pollers{poller_type="workflow_task", task_queue="${TASK_QUEUE}"}) < 1
          or absent(temporal_num_pollers{poller_type="workflow_task", task_queue="${TASK_QUEUE}"})`;

it('holds the no-poller rule once the only worker is gone, and not while it polls', { timeout: 120_000 }, async () => {
  expect(alertRule('PathfinderNoWorkerPolling').expr.replace(/\s+/g, ' ')).toBe(noPollerRule.replace(/\s+/g, ' '));
  // While the worker polls: the sum is at least 1, and the series is there.
  expect(samples(await scrape(workerMetrics), 'temporal_num_pollers', pollers)).toBeGreaterThanOrEqual(1);
  // The worker dies: its /metrics is gone with it, so Prometheus has no series left (absent() holds) ...
  await killWorkerProcess(worker.child);
  await expect(scrape(workerMetrics)).rejects.toThrow();
  // ... and the portal can no longer read the years (PathfinderYearUnreadable).
  await expect.poll(async () => samples(await portalMetrics(), 'pathfinder_year_model_up'), { timeout: 60_000, interval: 1000 }).toBe(0);
});
