import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Client } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { bundleWorkflowCode, DefaultLogger, Runtime, type WorkflowBundleWithSourceMap } from '@temporalio/worker';
import { DateTime } from 'luxon';
import { openYear, submitReport, submitReview, submitRevision } from '../app/cycles';
import { importHistory } from '../app/history';
import { countryAuditTrail } from '../app/audit';
import { countryRecord, importRegistry, requestReactivation, updateRoadmap } from '../app/countries';
import { decision, recordDecisionMeeting } from '../app/decisions';
import { createEvent } from '../app/events';
import { verifyReactivation } from '../app/reactivation';
import { reviewWgFlag, signOffWgReport, wgReportOfYear } from '../app/wg-report';
import type { Actor } from '../app/actor';
import { TASK_QUEUE } from '../client/config';
import { dataConverterFromEnv } from '../client/data-converter';
import { defaultPolicy } from '../domain/cycle/policy';
import { proposedFlags } from '../domain/cycle/wg-report-draft';
import { siteKeys } from '../domain/publication/site';
import type { WgReport } from '../activities/publisher';
import { getJson } from '../store/object-store';
import { cycleCloseAt } from '../domain/shared/calendar';
import type { Country } from '../domain/shared/country';
import { countryWorkflowId, decisionWorkflowId } from '../domain/shared/workflow-ids';
import { startMailCatcher } from '../scripts/mail-catcher';
import { startDevServerEnv, startTimeSkippingServer } from '../scripts/temporal-env';
import { useScratchTmpdir } from '../scripts/scratch-tmpdir';
import { temporalTools } from '../scripts/tool-paths';
import type { ObjectStore } from '../store/object-store';
import { freePort } from '../test/helpers/ports';
import { bundlerOptions } from '../worker/bundler-options';
import { createWorker } from '../worker/create-worker';
import { signGrant, signingKeys } from '../client/tokens';
import type { CountryState } from '../domain/record/country-record';
import type { CycleOutcome } from '../domain/cycle/report';
import type { ChildProcess } from 'node:child_process';
import {
  benchActionLinkKeys,
  benchPortal,
  benchSignInKeys,
  benchStores,
  countUntil,
  governance,
  N,
  quiet,
  report,
  root,
  round,
  seconds,
  synthetic,
} from './harness';
import { csrfOf, percentile, startBenchPortal, Visitor } from './portal-load';

// A country's long life, simulated year after year on the time-skipping server through the application layer
// as the portal and the CLI drive it, with the production worker's code in this process: what the country
// records, the stores and the pages become. Part of `npm run bench`; alone: `npx tsx bench/twenty-years.ts`.
//
// The time-skipping server fires every timer of every run in turn and stops skipping while an activity runs,
// so a simulated year takes half a minute or more whatever the number of countries: the simulation runs
// BENCH_TWENTY_COUNTRIES (12) countries. It also ends every workflow ten simulated years after it started,
// continue-as-new included (its cap on the execution timeout), so a country record cannot live longer there:
// the simulation runs BENCH_TWENTY_YEARS (9) years. The staff pages are measured for N (200) countries over
// PAGE_YEARS (20) years, the simulated years repeated, entered on a dev server by the product's history import.

export const YEARS = Number(process.env.BENCH_TWENTY_YEARS ?? 9);
export const PAGE_YEARS = 20;
if (YEARS > 9) throw new Error('BENCH_TWENTY_YEARS: at most 9, the time-skipping server ends every workflow ten years after it started');
export const SIMULATED = Number(process.env.BENCH_TWENTY_COUNTRIES ?? 12);
const firstYear = 2027;
const loads = 40;

/** Server times of one page, in ms (Fastify's `responseTime`), over `loads` loads. */
export interface PageTimes {
  path: string;
  p50: number;
  p95: number;
  p99: number;
  budgetMs: number;
  errors: string[];
}

/** The dossier's audit trail of one country: ms, and how many queries and kept records it read. */
export interface AuditTrailTimes {
  p50: number;
  p95: number;
  queries: number;
  keptRecords: number;
}

export interface TwentyYears {
  /** Countries simulated on the time-skipping server; the staff pages are measured with `pageCountries`. */
  countries: number;
  pageCountries: number;
  /** Years simulated; the staff pages are measured with `pageYears` on record. */
  years: number;
  pageYears: number;
  /** Wall-clock seconds of the whole run, and of each simulated year. */
  runSeconds: number;
  yearSeconds: number[];
  /** What happened over the years, as the application layer was asked. */
  happened: {
    submitted: number;
    revised: number;
    notSubmitted: number;
    flagsConfirmed: number;
    dialogues: number;
    reactivations: number;
    events: number;
  };
  /** The country records: history events of the current run and number of runs (continue-as-new). */
  records: { eventsMax: number; eventsMedian: number; runsMax: number; runsMedian: number };
  /** Bytes of each store divided by country-years. */
  storeBytesPerCountryYear: Record<'records' | 'published' | 'documents' | 'mailLedger', number>;
  /**
   * Page server times after half the years and after all of them; and the dossier's audit trail as the
   * simulation's own server answers it (closed cycles from their kept records: app/audit.ts countryAuditTrail).
   */
  pages: { afterYears: number; pages: PageTimes[]; auditTrailMs: AuditTrailTimes }[];
  /** What could not be done or measured, and why. */
  notMeasured: string[];
}

const secretariat: Actor = { email: governance.secretariat.email, channel: 'portal-session' };
const focal = (c: Country): Actor => ({ email: c.focalPoint.email, channel: 'portal-link' });
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const progress = (year: number, what: string) =>
  process.env.BENCH_PROGRESS && console.error(`${new Date().toISOString()} ${year}: ${what}`);
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Moves the server's clock to `to` (never back), firing every timer on the way. */
async function skipTo(env: TestWorkflowEnvironment, to: DateTime): Promise<void> {
  const now = await env.currentTimeMs();
  if (to.toMillis() > now) await env.sleep(to.toMillis() - now);
}

/**
 * Waits for `reached`, looking every 200 ms for a second, then moving the clock on by `stepHours` (the
 * year's run looks for missing outcomes hourly), up to `latest`.
 */
async function until<T>(
  env: TestWorkflowEnvironment,
  read: () => Promise<T>,
  reached: (v: T) => boolean,
  latest: DateTime,
  stepHours = 1,
): Promise<T> {
  for (;;) {
    for (let tries = 0; tries < 5; tries++) {
      // A query the time-skipping server leaves unanswered is given up after 10 s and asked again.
      const value = await Promise.race([read(), pause(10_000).then(() => undefined)]).catch(() => undefined);
      if (value !== undefined && reached(value)) return value;
      await pause(200);
    }
    const now = DateTime.fromMillis(await env.currentTimeMs());
    if (now >= latest) throw new Error(`not reached by ${latest.toISO()}`);
    await skipTo(env, DateTime.min(now.plus({ hours: stepHours }), latest));
  }
}

/** A run of `limit` tasks at a time, so that 200 countries do not all wait on the one worker at once. */
async function inBatches<T>(items: T[], limit: number, task: (item: T) => Promise<unknown>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < items.length) await task(items[next++]!);
    }),
  );
}

/** Bytes under a folder (du, apparent sizes). */
const bytesOf = (store: ObjectStore) =>
  Number(execFileSync('du', ['-sb', dirname(store.locationOf('x'))], { encoding: 'utf8' }).split('\t')[0]);

export async function twentyYears(tools: ReturnType<typeof temporalTools>): Promise<TwentyYears> {
  const started = process.hrtime.bigint();
  const mail = await startMailCatcher();
  const env = await startTimeSkippingServer(tools.testServer);
  const stores = benchStores();
  // One bundle of the workflows for the simulation's worker and the dev servers' (bundling takes seconds).
  const bundle = await bundleWorkflowCode({ workflowsPath: require.resolve('../workflows'), logger: quiet, ...bundlerOptions });
  const worker = await createWorker({
    workflowBundle: bundle,
    connection: env.nativeConnection,
    namespace: 'default',
    taskQueue: TASK_QUEUE,
    smtpUrl: mail.smtpUrl,
    stores,
    portal: benchPortal,
    dataConverter: dataConverterFromEnv('default'),
  });
  const client = env.client;
  // Two countries were declared inactive before the years begin; each is reactivated in a later year (R23).
  const inactive = SIMULATED > 10 ? [1, 2] : [];
  const countries = Array.from({ length: SIMULATED }, (_, i) => ({
    ...synthetic(i),
    ...(inactive.includes(i) && { status: 'inactive' as const }),
  }));
  const all = countries.map((c) => c.code);
  const happened = { submitted: 0, revised: 0, notSubmitted: 0, flagsConfirmed: 0, dialogues: 0, reactivations: 0, events: 0 };
  const yearSeconds: number[] = [];
  const pages: TwentyYears['pages'] = [];
  const notMeasured: string[] = [];
  /** A step that failed is noted in the result rather than ending the run. */
  const orNoted = (what: string, step: () => Promise<void>) =>
    step().catch((error: unknown) => void notMeasured.push(`${what}: ${String(error)}`));
  const request = JSON.parse(readFileSync(join(root, 'examples/reactivation-request.json'), 'utf8')) as unknown;
  const exampleEvent = JSON.parse(readFileSync(join(root, 'examples/event.json'), 'utf8')) as Record<string, string>;

  try {
    await worker.runUntil(async () => {
      await skipTo(env, DateTime.fromISO(`${firstYear}-01-04T08:00:00Z`));
      await importRegistry(client, { ...governance, countries });
      await inBatches(all, 20, (code) =>
        until(
          env,
          () => countryRecord(client, code),
          () => true,
          DateTime.fromISO(`${firstYear}-01-05`),
        ),
      );

      // Every active country files its roadmap (R12), which publishes its public profile.
      await inBatches(
        countries.filter((c) => c.status === 'active'),
        20,
        (c) => updateRoadmap(client, { country: c.code, summary: 'Roadmap adopted by the national steering committee', actor: focal(c) }),
      );

      for (let t = 0; t < YEARS; t++) {
        const year = firstYear + t;
        const yearStart = process.hrtime.bigint();
        await skipTo(env, DateTime.fromISO(`${year}-01-04T08:00:00Z`));

        // A reactivation in the fifth year and another in the thirteenth: filed by the focal point, verified by the secretariat.
        const reactivated = inactive[[4, 12].indexOf(t)];
        if (reactivated !== undefined)
          await orNoted(`reactivation ${year}`, async () => {
            const c = countries[reactivated]!;
            await requestReactivation(client, { country: c.code, request, actor: focal(c) });
            await until(
              env,
              () => countryRecord(client, c.code),
              (r) => r.reactivations.length > 0,
              DateTime.fromISO(`${year}-02-01`),
            );
            await verifyReactivation(client, { country: c.code, verified: true, note: 'Evidence checked', actor: secretariat });
            await until(
              env,
              () => countryRecord(client, c.code),
              (r) => r.status === 'active',
              DateTime.fromISO(`${year}-02-01`),
            );
            happened.reactivations++;
          });
        // An Alliance event every five years, every country invited.
        if (t % 5 === 2)
          await orNoted(`event ${year}`, async () => {
            const event = { ...exampleEvent, title: `Annual workshop ${year}`, date: `${year}-06-10` };
            await createEvent(client, { event: event as never, actor: secretariat, countries: all });
            happened.events++;
          });

        progress(year, 'opening');
        const opened = await openYear(client, { year, countries: all, now: new Date(await env.currentTimeMs()) });
        const open = new Set(opened.filter((o) => o.result === 'started').map((o) => o.country));
        // Two countries miss the reports of two years running (R19: flagged in the second).
        const pair = Math.floor(t / 2);
        const missing = new Set([3, 4].map((k) => countries[(k + 7 * pair) % SIMULATED]!.code));
        const reporting = countries.filter((c) => open.has(c.code) && !missing.has(c.code));
        happened.notSubmitted += [...missing].filter((code) => open.has(code)).length;
        await inBatches(reporting, 40, async (c) => {
          const task = { country: c.code, year };
          const reviewer: Actor = { email: c.reviewers[0]!.email, channel: 'portal-link' };
          await submitReport(client, { ...task, report, actor: focal(c) });
          // One in five is revised once before it is accepted (R16).
          if (countries.indexOf(c) % 5 === t % 5) {
            await submitReview(client, { ...task, decision: 'revise', comments: 'More evidence of progress', actor: reviewer });
            await submitRevision(client, { ...task, report, actor: { email: c.deputy.email, channel: 'portal-link' } });
            happened.revised++;
          }
          const { stage } = await submitReview(client, { ...task, decision: 'accept', comments: '', actor: reviewer });
          if (stage !== 'finalised') throw new Error(`${c.code} ${year} is ${stage}`);
          happened.submitted++;
        });

        progress(year, 'reports in');
        // The close: the year's run drafts the WG's report once every cycle's outcome is in.
        const closesAt = DateTime.fromISO((await wgReportOfYear(client, year)).closesAt);
        await skipTo(env, closesAt.plus({ hours: 2 }));
        const drafted = await until(
          env,
          () => wgReportOfYear(client, year),
          (s) => s.stage === 'drafting',
          closesAt.plus({ days: 9 }),
          6,
        );
        progress(year, `drafted, ${drafted.report!.rows.filter((r) => r.missing).length} outcomes missing`);
        const flags = proposedFlags(drafted.report!);
        for (const country of flags)
          await reviewWgFlag(client, { year, actor: secretariat, country, decision: 'confirmed', reason: 'Two reports missing' });
        happened.flagsConfirmed += flags.length;
        await signOffWgReport(client, { year, actor: secretariat });
        // The GCM takes note of the report, and opens a dialogue with each flagged country, at meetings.
        await gcmMeets(env, client, decisionWorkflowId('gcm', 'wg-report', String(year), 1), closesAt);
        progress(year, 'signed off');
        await until(
          env,
          () => wgReportOfYear(client, year),
          (s) => s.stage === 'done',
          closesAt.plus({ days: 30 }),
        );
        for (const country of flags) {
          await gcmMeets(env, client, decisionWorkflowId('gcm', 'dialogue', country, year), closesAt);
          happened.dialogues++;
        }
        yearSeconds.push(round(seconds(yearStart)));
        progress(year, `${yearSeconds.at(-1)} s, ${flags.length} flags`);

        if (t + 1 === Math.ceil(YEARS / 2) || t + 1 === YEARS) {
          const records = await Promise.all(all.map((code) => countryRecord(client, code)));
          // A country whose profile the public site has (its last rebuild may still be under way).
          const profiled = await until(
            env,
            () => Promise.resolve(all.find((code) => existsSync(stores.published.locationOf(siteKeys.country(code))))),
            (code) => code !== undefined,
            DateTime.fromMillis(await env.currentTimeMs()).plus({ days: 1 }),
          );
          const auditMs = await auditTrailTimes(
            client,
            stores.records,
            records.find((r) => r.country.code === countries[inactive[0] ?? 0]!.code)!,
          );
          const publicTimes = await publicPages(env.address, stores, profiled!);
          const dossierOf = countries[inactive[0] ?? 0]!.code;
          const staffTimes = await staffPages(tools, {
            records,
            stores,
            bundle,
            smtpUrl: mail.smtpUrl,
            lastSimYear: year,
            dossierOf,
          }).catch((error: unknown) => {
            notMeasured.push(`staff pages after ${t + 1} years: ${String(error)}`);
            return [];
          });
          pages.push({ afterYears: t + 1, pages: [...staffTimes, ...publicTimes], auditTrailMs: auditMs });
        }
      }
    });

    const records = await Promise.all(all.map((code) => recordRuns(client, code)));
    const countryYears = SIMULATED * YEARS;
    const perCountryYear = (s: ObjectStore) => round(bytesOf(s) / countryYears, 0);
    return {
      countries: SIMULATED,
      pageCountries: N,
      years: YEARS,
      pageYears: PAGE_YEARS,
      runSeconds: round(seconds(started), 1),
      yearSeconds,
      happened,
      records: {
        eventsMax: Math.max(...records.map((r) => r.events)),
        eventsMedian: median(records.map((r) => r.events)),
        runsMax: Math.max(...records.map((r) => r.runs)),
        runsMedian: median(records.map((r) => r.runs)),
      },
      storeBytesPerCountryYear: {
        records: perCountryYear(stores.records),
        published: perCountryYear(stores.published),
        documents: perCountryYear(stores.documents),
        mailLedger: perCountryYear(stores.mailLedger),
      },
      pages,
      notMeasured,
    };
  } finally {
    await env.teardown();
    await mail.close();
  }
}

/** The GCM decides at a meeting of all its members, recorded by the secretariat on the day it was asked. */
async function gcmMeets(env: TestWorkflowEnvironment, client: Client, workflowId: string, after: DateTime): Promise<void> {
  const asked = await until(
    env,
    () => decision(client, workflowId),
    () => true,
    after.plus({ days: 30 }),
  );
  await recordDecisionMeeting(client, {
    workflowId,
    actor: secretariat,
    heldOn: DateTime.fromISO(asked.askedAt, { zone: defaultPolicy().secretariatZone }).toISODate()!,
    present: governance.gcm.map((m) => m.email),
    minutes: 'GCM meeting',
  });
}

/** The dossier's audit trail of one country, read from the server that ran its years: 10 times, in ms. */
async function auditTrailTimes(client: Client, kept: ObjectStore, record: CountryState): Promise<AuditTrailTimes> {
  const ms: number[] = [];
  for (let i = 0; i < 10; i++) {
    const start = process.hrtime.bigint();
    await countryAuditTrail(client, kept, record);
    ms.push(seconds(start) * 1000);
  }
  // Last, this and next year's cycles, each escalation, reactivation and the candidacy; closed cycles are read from the store.
  const queries = 3 + record.escalations.length + record.reactivations.length + 1;
  return { p50: round(percentile(ms, 50)), p95: round(percentile(ms, 95)), queries, keptRecords: record.cycles.length };
}

/** A country record's events in its current run, and how many runs it has had (following continue-as-new back). */
async function recordRuns(client: Client, code: string): Promise<{ events: number; runs: number }> {
  const id = countryWorkflowId(code);
  const current = await client.workflow.getHandle(id).describe();
  let runs = 1;
  for (let runId: string | undefined = current.runId; ; runs++) {
    const history = await client.workflow.getHandle(id, runId).fetchHistory();
    runId = history.events?.[0]?.workflowExecutionStartedEventAttributes?.continuedExecutionRunId ?? undefined;
    if (!runId) break;
  }
  return { events: current.historyLength, runs };
}

/** A past cycle as `history import` takes it: the signs a report that was not submitted cannot have are left false. */
const pastCycle = (country: string, year: number, x: CycleOutcome) => ({
  country,
  year,
  reportSubmitted: x.reportSubmitted,
  finalised: x.reportSubmitted && x.finalised,
  commentsUnanswered: x.reportSubmitted && !x.finalised && x.commentsUnanswered,
  indicatorFrameworkUpdated: x.reportSubmitted && x.indicatorFrameworkUpdated,
  evidenceOfProgress: x.reportSubmitted && x.evidenceOfProgress,
  evidenceOfCollaboration: x.reportSubmitted && x.evidenceOfCollaboration,
});

type Stores = ReturnType<typeof benchStores>;
const foldersOf = (stores: Stores) => ({
  PUBLISH_DIR: dirname(stores.published.locationOf('x')),
  DOCUMENTS_DIR: dirname(stores.documents.locationOf('x')),
  RECORDS_DIR: dirname(stores.records.locationOf('x')),
  MAIL_LEDGER_DIR: dirname(stores.mailLedger.locationOf('x')),
});

/** One page to load: a GET, or a form POSTed with the CSRF token of the page at `formAt`. */
interface Load {
  path: string;
  budgetMs: number;
  form?: { formAt: string; fields: Record<string, string> };
}

/**
 * The production portal on `address` with the simulation's stores, logging each request's server time
 * (LOG_LEVEL=info): each page loaded `loads` times by `visitor` (signed in or not).
 */
async function pageTimes(
  address: string,
  stores: Stores,
  pagesOf: (base: string) => Promise<{ visitor: Visitor; loads: Load[] }>,
): Promise<PageTimes[]> {
  const port = await freePort();
  const keys = { actionLinks: benchActionLinkKeys, signIn: benchSignInKeys };
  const portal = await startBenchPortal(address, port, keys, { ...foldersOf(stores), LOG_LEVEL: 'info' });
  const times = serverTimes(portal);
  try {
    const { visitor, loads: wanted } = await pagesOf(`http://127.0.0.1:${port}`);
    const result: PageTimes[] = [];
    for (const { path, budgetMs, form } of wanted) {
      const errors = new Set<string>();
      const ms: number[] = [];
      for (let i = 0; i < loads; i++) {
        const init = form && {
          method: 'POST',
          body: new URLSearchParams({ _csrf: csrfOf((await visitor.request(form.formAt)).body) ?? '', ...form.fields }),
        };
        times.clear();
        const page = await visitor.request(path, init);
        if (page.status !== 200) errors.add(`${page.status}: ${/role="alert"[^>]*>([^<]{0,200})/.exec(page.body)?.[1] ?? ''}`);
        ms.push(await times.next());
      }
      result.push({
        path,
        p50: round(percentile(ms, 50)),
        p95: round(percentile(ms, 95)),
        p99: round(percentile(ms, 99)),
        budgetMs,
        errors: [...errors],
      });
    }
    return result;
  } finally {
    portal.kill('SIGTERM');
  }
}

/** Each request's server time as Fastify logs it (`responseTime`, JSON lines on stdout), in order. */
function serverTimes(portal: ChildProcess): { next(): Promise<number>; clear(): void } {
  let seen: number[] = [];
  let buffered = '';
  portal.stdout!.on('data', (chunk: Buffer) => {
    buffered += chunk.toString();
    const lines = buffered.split('\n');
    buffered = lines.pop()!;
    for (const line of lines) {
      const time = /"responseTime":([\d.]+)/.exec(line)?.[1];
      if (time) seen.push(Number(time));
    }
  });
  return {
    async next() {
      while (!seen.length) await pause(2);
      return seen.shift()!;
    },
    clear: () => void (seen = []),
  };
}

/** The public pages and API, which read the published store alone: served from the simulation's own. */
function publicPages(address: string, stores: Stores, code: string): Promise<PageTimes[]> {
  return pageTimes(address, stores, (base) =>
    Promise.resolve({
      visitor: new Visitor(base),
      loads: ['/countries', `/countries/${code}`, '/feed', '/api/v1/countries', `/api/v1/countries/${code}`].map((path) => ({
        path,
        budgetMs: 200,
      })),
    }),
  );
}

/**
 * The secretariat's pages, which read the registry through visibility List, for N countries: served from a
 * dev server that holds the same years, entered by the product's history import (country i takes the years of
 * simulated country i mod SIMULATED, shifted to closed years of the real calendar, which the dev server's
 * clock reads), the current year opened for real, and the simulation's stores, with the last year's published
 * WG report widened to the N countries the same way.
 */
async function staffPages(
  tools: ReturnType<typeof temporalTools>,
  o: {
    records: CountryState[];
    stores: Stores;
    bundle: WorkflowBundleWithSourceMap;
    smtpUrl: string;
    lastSimYear: number;
    dossierOf: string;
  },
): Promise<PageTimes[]> {
  const dev = await startDevServerEnv(tools.cli);
  const worker = await createWorker({
    connection: dev.nativeConnection,
    namespace: 'default',
    taskQueue: TASK_QUEUE,
    smtpUrl: o.smtpUrl,
    stores: benchStores(),
    portal: benchPortal,
    dataConverter: dataConverterFromEnv('default'),
    workflowBundle: o.bundle,
  });
  try {
    return await worker.runUntil(async () => {
      const client = dev.client;
      const thisYear = new Date().getUTCFullYear();
      const lastClosed = DateTime.now() > cycleCloseAt(thisYear, defaultPolicy()) ? thisYear : thisYear - 1;
      const first = lastClosed - PAGE_YEARS + 1;
      const countries = Array.from({ length: N }, (_, i) => synthetic(i));
      const all = countries.map((c) => c.code);
      const simulatedAs = (i: number) => o.records[i % o.records.length]!;
      await importRegistry(client, { ...governance, countries });
      await countUntil(client, `WorkflowType = 'pathfinderCountry' AND ExecutionStatus = 'Running'`, all.length);
      // Year k of the twenty takes the k-th of the simulated country's cycles, round and round.
      const cycles = countries.flatMap((c, i) => {
        const simulated = simulatedAs(i).cycles;
        return simulated.length
          ? Array.from({ length: PAGE_YEARS }, (_, k) => pastCycle(c.code, first + k, simulated[k % simulated.length]!.outcome))
          : [];
      });
      await importHistory(client, { cycles }, { email: governance.secretariat.email, channel: 'cli-operator' });
      const current = lastClosed + 1;
      const opened = await openYear(client, { year: current, countries: all });
      const started = opened.filter((r) => r.result === 'started').length;
      await countUntil(
        client,
        `WorkflowType = 'reportingCycle' AND CycleYear = ${current} AND CycleStage = 'awaiting-submission'`,
        started,
      );
      const years = `${first}-${lastClosed}`;
      const wgReport = await getJson<WgReport>(o.stores.published, `wg-reports/${o.lastSimYear}.json`);
      if (!wgReport) throw new Error(`no WG report published for ${o.lastSimYear}`);
      const rowOf = new Map(wgReport.rows.map((row) => [row.country, row]));
      const rows = countries.flatMap((c, i) => {
        const row = rowOf.get(simulatedAs(i).country.code);
        return row ? [{ ...row, country: c.code, name: c.name }] : [];
      });
      await o.stores.published.put(
        `wg-reports/${lastClosed}.json`,
        JSON.stringify({ ...wgReport, year: lastClosed, rows }),
        'application/json',
      );

      return pageTimes(dev.address, o.stores, async (base) => {
        const visitor = new Visitor(base);
        const token = await signGrant(
          signingKeys(benchSignInKeys),
          { purpose: 'sign-in', sub: governance.secretariat.email },
          new Date(Date.now() + 3_600_000),
        );
        await visitor.follow(`/auth?token=${token}`);
        return {
          visitor,
          loads: [
            { path: `/countries/${o.dossierOf}/dossier`, budgetMs: 300 },
            { path: `/wg-reports/${lastClosed}`, budgetMs: 500 },
            { path: `/years/${current}`, budgetMs: 300 },
            {
              path: '/policy/dry-run',
              budgetMs: 2000,
              form: { formAt: '/policy/dry-run', fields: { policy: '{"escalation": "any-shortfall"}', years } },
            },
          ],
        };
      });
    });
  } finally {
    await dev.teardown();
  }
}

if (require.main === module) {
  // The SDK's own logs on stderr, errors only, so that stdout is the result alone.
  Runtime.install({
    logger: new DefaultLogger('ERROR', (entry) => process.stderr.write(`${entry.level} ${entry.message}\n`)),
    telemetryOptions: { logging: { forward: {}, filter: { core: 'ERROR', other: 'ERROR' } } },
  });
  const removeScratch = useScratchTmpdir('pathfinder-twenty-years-');
  twentyYears(temporalTools())
    .then((result) => console.log(JSON.stringify(result, null, 2)))
    .catch((error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    })
    .finally(removeScratch);
}
