import { createHash } from 'node:crypto';
import { temporal } from '@temporalio/proto';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import countryCodes from 'i18n-iso-countries';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { importRegistry } from '../../app/countries';
import { openYear } from '../../app/cycles';
import type { CycleRecord } from '../../activities/records';
import { reportingCycleId, workflowTypes } from '../../domain/shared/workflow-ids';
import type { MailCatcher } from '../../scripts/mail-catcher';
import { getJson } from '../../store/object-store';
import * as cycle from '../../workflows/reporting-cycle/messages';
import { examplePdf, exampleReport, exampleRegistry } from '../helpers/fixtures';
import { freePort } from '../helpers/ports';
import { startS3Server, type S3Server } from '../helpers/s3-server';
import { startDevServer } from '../helpers/temporal';
import { killWorkerProcess, startPortalProcess, startProcessStack, type ProcessStack, type WorkerProcess } from '../helpers/worker-process';
import { followLink } from '../helpers/portal';
import { realClockYear as Y } from '../helpers/clock';
import { kindOf } from '../helpers/mail';

// Scale-out on one machine: two worker processes and two portal processes, one dev server, one S3 store
// (SeaweedFS), as the compose stack runs them on several hosts. A year of 50 countries goes to the end with
// its tasks spread over both workers; a report uploaded through one portal is reviewed through the other;
// one worker is killed mid-year and nothing is lost.
const COUNTRIES = 50;
const YEAR = Y;
const { EventType } = temporal.api.enums.v1;

let env: TestWorkflowEnvironment;
let stack: ProcessStack | undefined;
let s3: S3Server;
let mail: MailCatcher;
let browser: Browser;
const workers: WorkerProcess[] = [];
const portals: string[] = [];

const person = (name: string) => ({ name, email: `${name}@example.org`, language: 'en' as const, zone: 'Europe/Zurich' });
const codes = Object.keys(countryCodes.getAlpha3Codes()).sort().slice(0, COUNTRIES);
const registry = {
  secretariat: exampleRegistry.secretariat,
  gcm: exampleRegistry.gcm,
  countries: codes.map((code, i) => ({
    code,
    name: `Country ${code}`,
    status: 'active',
    grantedOn: '2020-06-01',
    focalPoint: person(`focal.${code.toLowerCase()}`),
    deputy: person(`deputy.${code.toLowerCase()}`),
    reviewers: [person(`reviewer.${i % 5}`)],
  })),
};
const pdf = examplePdf(3000);

beforeAll(async () => {
  [stack, s3] = await Promise.all([startProcessStack(startDevServer), startS3Server()]);
  ({ env, mail } = stack);
  const [portalA, portalB] = [await freePort(), await freePort()];
  portals.push(`http://127.0.0.1:${portalA}`, `http://127.0.0.1:${portalB}`);
  // E-mails link to the first portal, as they would to the address of a proxy in front of both.
  const shared = { ...s3.env, SMTP_URL: mail.smtpUrl, PORTAL_URL: portals[0]! };
  workers.push(...(await Promise.all([0, 1].map(() => stack!.startWorker(shared)))));
  await Promise.all([portalA, portalB].map((port) => startPortalProcess({ address: env.address, port, env: shared })));
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
  await s3?.stop();
});

/** The link in the first e-mail of this kind to this address, on the given portal. */
const linkOn = async (portal: string, to: string, kind: string) => {
  const [found] = await mail.waitFor(1, (m) => m.to.includes(to) && kindOf(m) === kind);
  return portal + /http:\/\/127\.0\.0\.1:\d+(\/(?:act|auth)\?token=\S+)/.exec(found!.text)![1]!;
};

/** Which worker (by identity) ran each workflow task and activity of a run, with when. */
async function tasksOf(workflowId: string): Promise<{ identity: string; at: number }[]> {
  const { events } = await env.client.workflow.getHandle(workflowId).fetchHistory();
  return events!.flatMap((e) => {
    const identity =
      e.eventType === EventType.EVENT_TYPE_WORKFLOW_TASK_COMPLETED
        ? e.workflowTaskCompletedEventAttributes?.identity
        : e.eventType === EventType.EVENT_TYPE_ACTIVITY_TASK_STARTED
          ? e.activityTaskStartedEventAttributes?.identity
          : undefined;
    return identity ? [{ identity, at: Number(e.eventTime!.seconds) * 1000 }] : [];
  });
}

it(
  'takes 50 countries through a year on two workers and two portals, one worker killed mid-year, losing nothing',
  { timeout: 600_000 },
  async () => {
    const { client } = env;
    await importRegistry(client, registry);
    await expect
      .poll(async () => (await openYear(client, { year: YEAR })).filter((r) => r.result !== 'not registered').length, { timeout: 60_000 })
      .toBe(COUNTRIES);

    // The first country's report, with a PDF annex, goes in through portal A...
    const [first, ...rest] = registry.countries;
    const focal = await (await browser.newContext()).newPage();
    await focal.goto(portals[0]!);
    await focal.getByLabel(/e-mail/i).fill(first!.focalPoint.email);
    await focal.getByRole('button', { name: 'Send me a sign-in link' }).click();
    await followLink(focal, await linkOn(portals[0]!, first!.focalPoint.email, 'sign-in'));
    await focal.goto(`${portals[0]}/cycles/${first!.code}/${YEAR}/report`);
    await focal
      .locator('#reportJson')
      .setInputFiles({ name: 'report.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(exampleReport)) });
    await focal.locator('#attachments').setInputFiles({ name: 'annex.pdf', mimeType: 'application/pdf', buffer: pdf });
    await focal.getByRole('button', { name: 'Submit the report' }).click();
    await expect(focal.locator('[role=status]').textContent()).resolves.toContain('Your report was received');

    // ...and is reviewed through portal B, which serves the annex from the shared store.
    const reviewer = await (await browser.newContext()).newPage();
    await followLink(reviewer, await linkOn(portals[1]!, first!.reviewers[0]!.email, 'review-request'));
    const download = await Promise.all([reviewer.waitForEvent('download'), reviewer.getByRole('link', { name: 'annex.pdf' }).click()]).then(
      ([d]) => d,
    );
    const annex = await download.createReadStream().then(async (stream) => Buffer.concat(await stream.toArray()));
    expect(annex.equals(pdf)).toBe(true);
    await reviewer.getByLabel('Accept the report').check();
    await reviewer.getByRole('button', { name: 'Record the review' }).click();
    await expect(reviewer.locator('[role=status]').textContent()).resolves.toBe('Your review was recorded.');

    // The others report and are accepted through the Temporal client; halfway, one worker is killed.
    const half = Math.floor(rest.length / 2);
    const takeThrough = async (country: (typeof rest)[number]) => {
      const handle = client.workflow.getHandle(reportingCycleId(country.code, YEAR));
      await handle.executeUpdate(cycle.submitReport.update, { args: [{ as: country.focalPoint.email, report: exampleReport }] });
      const { stage } = await handle.executeUpdate(cycle.submitReview.update, {
        args: [{ as: country.reviewers[0]!.email, decision: 'accept' }],
      });
      expect([country.code, stage]).toEqual([country.code, 'finalised']);
    };
    await Promise.all(rest.slice(0, half).map(takeThrough));
    const killedAt = Date.now();
    await killWorkerProcess(workers[0]!.child);
    await Promise.all(rest.slice(half).map(takeThrough));

    // Every cycle ends, published, with its record kept: nothing submitted was lost.
    const closed = `WorkflowType = '${workflowTypes.reportingCycle}' AND CycleYear = ${YEAR} AND ExecutionStatus = 'Completed'`;
    await expect.poll(async () => (await client.workflow.count(closed)).count, { timeout: 240_000, interval: 1000 }).toBe(COUNTRIES);
    const stores = s3.stores();
    // A publication or record under way on the killed worker is tried again after its one-minute attempt.
    await expect
      .poll(async () => (await Promise.all(codes.map((code) => stores.records.get(`${code}/${YEAR}/cycle.json`)))).filter(Boolean).length, {
        timeout: 180_000,
        interval: 1000,
      })
      .toBe(COUNTRIES);
    for (const code of codes) {
      const record = (await getJson<CycleRecord>(stores.records, `${code}/${YEAR}/cycle.json`))!;
      expect([code, record.state.stage, record.state.submissions.length, record.state.reviews.length]).toEqual([code, 'finalised', 1, 1]);
      // Each published once; the first country's annex published beside its report, by its SHA-256.
      const annexed = code === first!.code;
      expect(await stores.published.list(`${code}/${YEAR}/`)).toEqual([
        ...(annexed ? ['documents'] : []),
        'indicator-framework.json',
        'report.json',
      ]);
      if (annexed)
        expect(await stores.published.list(`${code}/${YEAR}/documents/`)).toEqual([createHash('sha256').update(pdf).digest('hex')]);
    }
    // What a worker published, either portal serves.
    for (const portal of portals) expect((await fetch(`${portal}/countries/${first!.code}/reports/${YEAR}`)).status).toBe(200);

    // Both workers took work; after the kill, only the other did, including runs the killed one had started.
    const tasks = await Promise.all(codes.map((code) => tasksOf(reportingCycleId(code, YEAR))));
    const identities = new Set(tasks.flat().map((t) => t.identity));
    expect(identities.size).toBe(2);
    const perWorker = [...identities].map((identity) => tasks.filter((run) => run.some((t) => t.identity === identity)).length);
    for (const runs of perWorker) expect(runs).toBeGreaterThanOrEqual(5);
    const after = new Set(
      tasks
        .flat()
        .filter((t) => t.at > killedAt + 1000)
        .map((t) => t.identity),
    );
    expect(after.size).toBe(1);
    const survivor = [...after][0]!;
    expect(
      tasks.filter(
        (run) => run.some((t) => t.identity !== survivor && t.at < killedAt) && run.some((t) => t.identity === survivor && t.at > killedAt),
      ).length,
    ).toBeGreaterThan(0);
    console.log(
      `scale-out: cycles with work per worker ${perWorker.join(' / ')}; tasks per worker ${[...identities].map((id) => tasks.flat().filter((t) => t.identity === id).length).join(' / ')}`,
    );
  },
);
