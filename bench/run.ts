import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { MockActivityEnvironment } from '@temporalio/testing';
import { storeLedger } from '../activities/delivery-ledger';
import { folderStore } from '../store/object-store';
import { createEmailActivities, mailTransport } from '../activities/email';
import { dataConverterFromEnv } from '../client/data-converter';
import { defaultPolicy } from '../domain/cycle/policy';
import type { EmailRequest } from '../domain/cycle/state';
import { startMailCatcher } from '../scripts/mail-catcher';
import { startTimeSkippingServer } from '../scripts/temporal-env';
import { useScratchTmpdir } from '../scripts/scratch-tmpdir';
import { temporalTools } from '../scripts/tool-paths';
import { createWorker } from '../worker/create-worker';
import * as cycle from '../workflows/reporting-cycle/messages';
import { pathfinderCountry, reportingCycle } from '../workflows';
import { countryWorkflowId } from '../domain/shared/workflow-ids';
import { freePort } from '../test/helpers/ports';
import {
  benchActionLinkKeys,
  benchPortal,
  benchSignInKeys,
  benchStores,
  codes,
  figure,
  governance,
  N,
  person,
  REPEATS,
  report,
  round,
  seconds,
  synthetic,
} from './harness';
import { onDevServer, OPENING_PAIRS } from './opening';
import { pairRatio, sideFigure } from './pairs';
import { percentile, startBenchPortal, type Latencies } from './portal-load';
import { publicPageTimes, writeSyntheticSite } from './public-site';
import { regressions } from './regressions';
import { markdown, tracked, type Results } from './results-page';
import { onSmallMachine, RUSH_PAIRS, type RushHalf } from './rush';
import { pooled, spread } from './spread';
import { workerMemoryBreakdown } from './worker-memory';
import { twentyYears } from './twenty-years';

// `npm run bench`: what a yearly cycle costs, measured against Temporal's own floor on the same server.
// Writes bench/results.json and bench/RESULTS.md; never part of `npm test`.

/** The public pages and API after twenty years of N countries: one file read per answer, whatever the size. */
export const publicSiteYears = 20;
export async function publicSite(): Promise<{ path: string; ms: Latencies }[]> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-site-'));
  const countries = Array.from({ length: N }, (_, i) => synthetic(i).code);
  writeSyntheticSite(dir, countries, 2030, publicSiteYears, report);
  const port = await freePort();
  // The public pages need no Temporal server: the portal's connection is lazy and never used here.
  const portal = await startBenchPortal(
    '127.0.0.1:9',
    port,
    { actionLinks: benchActionLinkKeys, signIn: benchSignInKeys },
    { PUBLISH_DIR: dir },
  );
  try {
    const code = countries[1]!;
    const paths = [
      '/countries',
      `/countries/${code}`,
      `/countries/${code}/reports/2049`,
      '/feed',
      '/api/v1/countries',
      `/api/v1/countries/${code}`,
      '/api/v1/years/2049',
    ];
    const times = await publicPageTimes(`http://127.0.0.1:${port}`, paths, 40);
    return paths.map((path) => ({ path, ms: times[path]! }));
  } finally {
    portal.kill('SIGTERM');
  }
}

/** 4. E-mails through the real activity to a local SMTP server, one at a time and 20 at once. */
async function emailThroughput() {
  const mail = await startMailCatcher();
  const activities = createEmailActivities({
    mailer: mailTransport(mail.smtpUrl),
    from: 'Alliance 8.7 secretariat <secretariat@example.org>',
    portal: benchPortal,
    ledger: storeLedger(folderStore(mkdtempSync(join(tmpdir(), 'bench-mail-ledger-')))),
  });
  // In an activity's context, as a worker runs it (it heartbeats while it sends).
  const sendEmail = (request: EmailRequest) =>
    new MockActivityEnvironment().run<[EmailRequest], Awaited<ReturnType<typeof activities.sendEmail>>, typeof activities.sendEmail>(
      activities.sendEmail,
      request,
    );
  const total = 400;
  const request = (i: number): EmailRequest => ({
    key: `bench/${i}-${Math.random()}`,
    kind: 'submission-reminder',
    to: person(`focal.${i}`, i),
    cc: [],
    country: { code: 'PER', name: 'Peru' },
    year: 2027,
    secretariatZone: 'Europe/Zurich',
    round: 0,
    dueAt: '2027-04-30T21:59:59.000Z',
    missing: ['progress-report', 'indicator-framework'],
  });
  const rates = { sequential: [] as number[], concurrent20: [] as number[] };
  try {
    for (let rep = 0; rep < REPEATS; rep++) {
      let start = process.hrtime.bigint();
      for (let i = 0; i < total; i++) await sendEmail(request(i));
      rates.sequential.push(total / seconds(start));
      start = process.hrtime.bigint();
      let next = 0;
      await Promise.all(
        Array.from({ length: 20 }, async () => {
          while (next < total) await sendEmail(request(next++));
        }),
      );
      rates.concurrent20.push(total / seconds(start));
    }
  } finally {
    await mail.close();
  }
  return rates;
}

/** 5. N cycles through submission, review, a revision for half of them, and finalisation, on the time-skipping server. */
async function fullCycles(tools: ReturnType<typeof temporalTools>) {
  const mail = await startMailCatcher();
  const env = await startTimeSkippingServer(tools.testServer);
  const worker = await createWorker({
    connection: env.nativeConnection,
    namespace: 'default',
    taskQueue: 'bench-full',
    smtpUrl: mail.smtpUrl,
    stores: benchStores(),
    portal: benchPortal,
    dataConverter: dataConverterFromEnv('default'),
  });
  const runs: number[] = [];
  try {
    await worker.runUntil(async () => {
      // Each cycle tells its country's record when it ends, as in production.
      await Promise.all(
        Array.from({ length: N }, (_, i) =>
          env.client.workflow.start(pathfinderCountry, {
            taskQueue: 'bench-full',
            workflowId: countryWorkflowId(codes[i]!),
            args: [{ country: synthetic(i), governance }],
          }),
        ),
      );
      for (let rep = 0; rep < Math.min(REPEATS, 3); rep++) {
        const start = process.hrtime.bigint();
        await Promise.all(
          Array.from({ length: N }, async (_, i) => {
            const c = synthetic(i);
            const h = await env.client.workflow.start(reportingCycle, {
              taskQueue: 'bench-full',
              workflowId: `full-${rep}-${c.code}`,
              args: [{ country: c, year: 2027, policy: defaultPolicy(), secretariat: governance.secretariat }],
            });
            const reviewer = c.reviewers[0]!.email;
            await h.executeUpdate(cycle.submitReport.update, { args: [{ as: c.focalPoint.email, report }] });
            if (i % 2 === 0) {
              await h.executeUpdate(cycle.submitReview.update, { args: [{ as: reviewer, decision: 'revise', comments: 'More evidence' }] });
              await h.executeUpdate(cycle.submitRevision.update, { args: [{ as: c.deputy.email, report }] });
            }
            const { stage } = await h.executeUpdate(cycle.submitReview.update, { args: [{ as: reviewer, decision: 'accept' }] });
            if (stage !== 'finalised') throw new Error(`${c.code} is ${stage}`);
            // Until it has published and ended. (Waiting on result() would let the server skip time for the others.)
            while ((await h.describe()).status.name !== 'COMPLETED') await new Promise((r) => setTimeout(r, 20));
          }),
        );
        runs.push(seconds(start));
      }
    });
  } finally {
    await env.teardown();
    await mail.close();
  }
  return runs;
}

async function main() {
  const removeScratch = useScratchTmpdir('pathfinder-bench-');
  try {
    await measure();
  } finally {
    removeScratch();
  }
}

/** CPU ms per cycle of the process `name` (or `total`) in a step that took `cpu` seconds for N cycles. */
const msPerCycle = (cpu: Record<string, number>, name: string) => (cpu[name]! * 1000) / N;

async function measure() {
  const tools = temporalTools();
  console.log(`benchmarks: ${N} countries, ${REPEATS} repeats, ${OPENING_PAIRS} opening pairs, ${RUSH_PAIRS} rush pairs`);
  const site = await publicSite();
  console.log('public site figures done');
  const dev = await onDevServer(tools);
  console.log('opening figures done');
  const small = await onSmallMachine(tools);
  console.log('small machine figures done');
  const email = await emailThroughput();
  console.log('e-mail figures done');
  const full = await fullCycles(tools);
  const memoryBreakdown = await workerMemoryBreakdown(tools);
  console.log('memory breakdown done');
  const twenty = await twentyYears(tools);

  const { openings, rushes } = { openings: dev.openings, rushes: small.rushes };
  // CPU seconds per cycle, shown in ms by the results page.
  const perCycle = (step: { cpu: Record<string, number> }, name: string) => step.cpu[name]! / N;
  const portalAndWorker = (half: RushHalf) => (half.cpu.portal! + half.cpu.worker!) / N;
  const finalised = small.finalised.project;
  const firstPortalHalf = rushes[0]!.project;
  const committedFile = join(__dirname, 'results.json');
  const committed: unknown = existsSync(committedFile) ? JSON.parse(readFileSync(committedFile, 'utf8')) : undefined;
  const results: Omit<Results, 'regressions'> = {
    date: new Date().toISOString(),
    machine: { cpus: cpus().length, memoryGb: round(totalmem() / 2 ** 30, 0), node: process.version },
    countries: N,
    repeats: REPEATS,
    openingPairs: openings.length,
    openingSeconds: sideFigure(openings, 'project', (s) => s.seconds),
    minimalTimerSeconds: sideFigure(openings, 'floor', (s) => s.seconds),
    openingRatio: pairRatio(openings, (s) => s.seconds),
    cpuPerOpenedCycle: {
      worker: sideFigure(openings, 'project', (s) => perCycle(s, 'worker')),
      floorWorker: sideFigure(openings, 'floor', (s) => perCycle(s, 'worker')),
      ratio: pairRatio(openings, (s) => s.cpu.worker!),
      server: sideFigure(openings, 'project', (s) => perCycle(s, 'server')),
      floorServer: sideFigure(openings, 'floor', (s) => perCycle(s, 'server')),
    },
    tasksPerOpening: dev.tasks,
    workerMemoryBreakdown: memoryBreakdown,
    finalisedCycleEvents: dev.cycleEvents,
    countryRecordEventsAfter30Years: dev.entityEvents,
    countryRecordRunsAfter30Years: dev.entityRuns,
    workerMemoryIdleMb: dev.memoryIdle,
    workerMemoryWithCountryRecordsMb: dev.memoryWithRecords,
    workerMemoryWith200OpenCyclesMb: dev.memoryWith200,
    workerMemoryAfterAllOpeningsMb: { ...dev.memoryAfterAll, openCycles: N * openings.length },
    emailsPerSecond: { sequential: figure(email.sequential), concurrent20: figure(email.concurrent20) },
    fullCycleSeconds: figure(full),
    deadlineRush: {
      pairs: rushes.length,
      portal: spread(pooled(rushes.map((p) => p.project.submissions))),
      floor: spread(pooled(rushes.map((p) => p.floor.submissions))),
      portalP95: sideFigure(rushes, 'project', (h) => percentile(h.submissions.ms, 95)),
      floorP95: sideFigure(rushes, 'floor', (h) => percentile(h.submissions.ms, 95)),
      p95Ratio: pairRatio(rushes, (h) => percentile(h.submissions.ms, 95)),
      reviewPages: spread(pooled(rushes.flatMap((p) => [p.project.reviewPages, p.floor.reviewPages]))),
      received: small.received,
      submitted: N,
    },
    cpuPerSubmission: {
      project: sideFigure(rushes, 'project', portalAndWorker),
      floor: sideFigure(rushes, 'floor', portalAndWorker),
      ratio: pairRatio(rushes, portalAndWorker),
      portal: sideFigure(rushes, 'project', (h) => h.cpu.portal! / N),
    },
    cpuPerFinalisedCycle: small.finalised,
    stack: {
      peakRssMb: small.firstRushPeak,
      peakRssAllHalvesMb: small.stackPeak,
      cpuPerCycle: {
        opening: round(msPerCycle(small.opened, 'total'), 0),
        submission: round(msPerCycle(firstPortalHalf.cpu, 'total'), 0),
        finalisation: round(msPerCycle(finalised, 'total'), 0),
        total: round(msPerCycle(small.opened, 'total') + msPerCycle(firstPortalHalf.cpu, 'total') + msPerCycle(finalised, 'total'), 0),
      },
    },
    dashboardMs: spread(small.dashboard),
    dashboardGrowthMs: small.growth.map(({ countries, ms }) => ({ countries, ...spread(ms) })),
    cache: dev.capped,
    publicSiteYears,
    publicSiteMs: site.map(({ path, ms }) => ({ path, ...spread(ms) })),
    twentyYears: twenty,
  };
  const complete: Results = { ...results, regressions: regressions(committed, results, tracked) };
  writeFileSync(committedFile, JSON.stringify(complete, null, 2) + '\n');
  writeFileSync(join(__dirname, 'RESULTS.md'), markdown(complete));
  console.log(markdown(complete));
  if (complete.regressions.length)
    console.log(`\n${complete.regressions.length} rows worse than the committed results by more than their range.`);
}

if (require.main === module)
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
