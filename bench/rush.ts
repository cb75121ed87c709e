import type { ChildProcess } from 'node:child_process';
import type { Client } from '@temporalio/client';
import { signingKeys } from '../client/tokens';
import { reportingCycleId } from '../domain/shared/workflow-ids';
import { startDevServerEnv } from '../scripts/temporal-env';
import type { temporalTools } from '../scripts/tool-paths';
import { freePort } from '../test/helpers/ports';
import * as cycle from '../workflows/reporting-cycle/messages';
import { finish } from './workflows';
import {
  benchActionLinkKeys,
  benchPortal,
  benchSignInKeys,
  containerWorkerEnv,
  countUntil,
  governance,
  importCountries,
  N,
  pathfinder,
  report,
  startBenchWorker,
  stop,
  synthetic,
} from './harness';
import { interleavedPairs } from './pairs';
import { dashboardTimes, reviewersReading, rushThroughClient, rushThroughPortal, startBenchPortal, type Latencies } from './portal-load';
import { cpuOf, cpuSince, devServerPid, peakRss, settled, startMailProcess, type Pids } from './stack';

/** Pairs of rushes (through the portal, then bare Updates, or the other way round), `BENCH_RUSH_PAIRS`. */
export const RUSH_PAIRS = Number(process.env.BENCH_RUSH_PAIRS ?? 5);
/** How long each rush lasts: a minute, the deadline's last (`BENCH_RUSH_SECONDS`, shorter only to try the bench out). */
const windowMs = Number(process.env.BENCH_RUSH_SECONDS ?? 60) * 1000;

const countries = Array.from({ length: N }, (_, i) => synthetic(i));
const awaiting = (year: number) => `WorkflowType = 'reportingCycle' AND CycleYear = ${year} AND CycleStage = 'awaiting-submission'`;

/** One half of a rush pair: the submissions' latencies, the review pages read meanwhile, and the CPU of each process. */
export interface RushHalf {
  submissions: Latencies;
  reviewPages: Latencies;
  cpu: Record<string, number>;
}

/**
 * 3. The deadline rush on the embedded stack of a small machine (dev server, worker, portal, mail catcher,
 * each a process): N focal points follow the link to their report and send it through the production
 * portal's form within one minute, while 20 reviewers reload their review pages every 3 seconds; the floor is
 * the same N submissions as bare Updates through the Temporal client at the same pace, the reviewers reading
 * as well. In interleaved pairs, each half on a year of its own. Then what a cycle costs the whole stack from
 * opening to finalisation, and the year's dashboard.
 */
export async function onSmallMachine(tools: ReturnType<typeof temporalTools>) {
  const mail = await startMailProcess();
  const env = await startDevServerEnv(tools.cli);
  const client = env.client;
  let worker: ChildProcess | undefined;
  let portal: ChildProcess | undefined;
  try {
    worker = await startBenchWorker(env.address, mail.smtpUrl, containerWorkerEnv);
    const port = await freePort();
    portal = await startBenchPortal(env.address, port, { actionLinks: benchActionLinkKeys, signIn: benchSignInKeys });
    const base = `http://127.0.0.1:${port}`;
    const pids: Pids = { server: devServerPid(), worker: worker.pid!, portal: portal.pid!, mail: mail.child.pid! };
    const busy = { worker: worker.pid!, portal: portal.pid!, mail: mail.child.pid! };
    await importCountries(env.address, client);
    // Reports in review for 20 countries, which their reviewers read during every rush.
    const reviewYear = 2041;
    const reviewed = countries.slice(0, 20);
    await openYear(
      env.address,
      client,
      reviewYear,
      reviewed.map((c) => c.code),
    );
    await Promise.all(
      reviewed.map((c) =>
        client.workflow
          .getHandle(reportingCycleId(c.code, reviewYear))
          .executeUpdate(cycle.submitReport.update, { args: [{ as: c.focalPoint.email, report }] }),
      ),
    );
    const reviewers = reviewed.map((c) => ({ country: c.code, reviewer: c.reviewers[0]! }));

    const opened: Record<number, Record<string, number>> = {};
    // The stack's peak in the first portal rush (one year open, as a deployment runs it), and in every half.
    let firstRushPeak: Record<string, number> | undefined;
    let stackPeak: Record<string, number> | undefined;
    const half = async (year: number, send: () => Promise<Latencies>): Promise<RushHalf> => {
      // Each half on a year opened just before it, so that one open year and the rush share the machine.
      const before = cpuOf(pids);
      await openYear(env.address, client, year);
      await settled(busy);
      opened[year] = cpuSince(pids, before);
      const start = cpuOf(pids);
      const rush = send();
      const reading = reviewersReading({ base, keys: benchPortal.keys, reviews: reviewers, year: reviewYear, everyMs: 3000, until: rush });
      const { result, peak } = await peakRss(pids, Promise.all([rush, reading]));
      if (year === 2050) firstRushPeak = peak;
      stackPeak = !stackPeak || peak.total! > stackPeak.total! ? peak : stackPeak;
      await settled(busy);
      return { submissions: result[0], reviewPages: result[1], cpu: cpuSince(pids, start) };
    };
    const rushes = await interleavedPairs(RUSH_PAIRS, {
      project: (k) =>
        half(2050 + 2 * k, () => rushThroughPortal({ base, keys: benchPortal.keys, countries, year: 2050 + 2 * k, report, windowMs })),
      floor: (k) => half(2051 + 2 * k, () => rushThroughClient({ client, countries, year: 2051 + 2 * k, report, windowMs })),
    });
    const states = await Promise.all(
      rushes.map((_, k) =>
        Promise.all(countries.map((c) => client.workflow.getHandle(reportingCycleId(c.code, 2050 + 2 * k)).query(cycle.getCycleQuery))),
      ),
    );
    const received = states.map((year) => year.filter((s) => s.submissions.length === 1).length);

    const finalised = await finalisation(client, pids, busy);
    const dashboard = await dashboardTimes({
      base,
      signInKeys: signingKeys(benchSignInKeys),
      secretariat: governance.secretariat,
      year: 2050,
      times: 40,
    });
    // How the dashboard grows: the same page for years opened for a quarter and half of the countries.
    const growth: { countries: number; ms: Latencies }[] = [];
    for (const [year, size] of [
      [2043, Math.round(N / 4)],
      [2044, Math.round(N / 2)],
    ] as const) {
      await openYear(
        env.address,
        client,
        year,
        countries.slice(0, size).map((c) => c.code),
      );
      growth.push({
        countries: size,
        ms: await dashboardTimes({ base, signInKeys: signingKeys(benchSignInKeys), secretariat: governance.secretariat, year, times: 40 }),
      });
    }
    return { rushes, received, opened: opened[2050]!, finalised, firstRushPeak: firstRushPeak!, stackPeak: stackPeak!, dashboard, growth };
  } finally {
    if (portal) await stop(portal);
    if (worker) await stop(worker, 'SIGKILL');
    await env.teardown();
    await stop(mail.child);
  }
}

async function openYear(address: string, client: Client, year: number, only?: string[]): Promise<void> {
  await pathfinder(address, 'cycle', 'start', '--year', String(year), ...(only ? ['--country', only.join(',')] : []));
  await countUntil(client, awaiting(year), only?.length ?? N);
}

/**
 * The first portal rush's N reports accepted by their reviewers (bare Updates), until their publication and
 * e-mails are done; against N floor workflows ended by one Update each. CPU seconds of each process.
 */
async function finalisation(client: Client, pids: Pids, busy: Pids) {
  let before = cpuOf(pids);
  await Promise.all(
    countries.map(async (c) => {
      const { stage } = await client.workflow
        .getHandle(reportingCycleId(c.code, 2050))
        .executeUpdate(cycle.submitReview.update, { args: [{ as: c.reviewers[0]!.email, decision: 'accept' }] });
      if (stage !== 'finalised') throw new Error(`${c.code} 2050 is ${stage}`);
    }),
  );
  await settled(busy);
  const project = cpuSince(pids, before);

  const floorIds = countries.map((_, i) => `bench-final-${i}`);
  await Promise.all(floorIds.map((workflowId) => client.workflow.start('oneTimer', { taskQueue: 'pathfinder', workflowId, args: [9900] })));
  await countUntil(client, `WorkflowType = 'oneTimer' AND CycleYear = 9900 AND CycleStage = 'timer'`, N);
  await settled(busy);
  before = cpuOf(pids);
  await Promise.all(floorIds.map((id) => client.workflow.getHandle(id).executeUpdate(finish)));
  await countUntil(client, `WorkflowType = 'oneTimer' AND CycleYear = 9900 AND ExecutionStatus = 'Completed'`, N);
  await settled(busy);
  return { project, floor: cpuSince(pids, before) };
}
