import type { ChildProcess } from 'node:child_process';
import type { Client } from '@temporalio/client';
import { temporal } from '@temporalio/proto';
import { importHistory } from '../app/history';
import { importRegistry } from '../app/countries';
import { startDevServerEnv } from '../scripts/temporal-env';
import type { temporalTools } from '../scripts/tool-paths';
import { countryWorkflowId, reportingCycleId } from '../domain/shared/workflow-ids';
import * as country from '../workflows/country/messages';
import * as cycle from '../workflows/reporting-cycle/messages';
import {
  codes,
  containerWorkerEnv,
  countUntil,
  governance,
  importCountries,
  memory,
  N,
  pathfinder,
  report,
  seconds,
  startBenchWorker,
  stop,
  synthetic,
} from './harness';
import { interleavedPairs } from './pairs';
import { cpuOf, cpuSince, devServerPid, settled, startMailProcess, type Pids } from './stack';

/** Pairs of openings (the project's year and the floor's bare workflows), `BENCH_PAIRS`, at least 7. */
export const OPENING_PAIRS = Math.max(7, Number(process.env.BENCH_PAIRS ?? 7));
/** The worker cache size measured against the default (WORKER_MAX_CACHED_WORKFLOWS). */
const CACHE_CAP = Number(process.env.BENCH_CACHE_CAP ?? 100);

/** What one side of an opening pair took: wall-clock seconds until every workflow shows its stage, and CPU seconds until the work it caused is done. */
export interface Step {
  seconds: number;
  cpu: Record<string, number>;
}

/**
 * 1. Opening a year for N countries against N minimal workflows, in interleaved pairs; the worker's memory
 * and CPU; a cycle's and a country record's history; the worker cache. On a dev server of its own.
 */
export async function onDevServer(tools: ReturnType<typeof temporalTools>) {
  const mail = await startMailProcess();
  const env = await startDevServerEnv(tools.cli);
  const client = env.client;
  let worker: ChildProcess | undefined;
  try {
    worker = await startBenchWorker(env.address, mail.smtpUrl, containerWorkerEnv);
    const workerPid = worker.pid!;
    const memoryIdle = memory(workerPid);
    await importCountries(env.address, client);
    const memoryWithRecords = memory(workerPid);
    const pids: Pids = { server: devServerPid(), worker: workerPid, mail: mail.child.pid! };
    let memoryWith200: ReturnType<typeof memory> | undefined;

    const timed = async (open: () => Promise<void>, query: string): Promise<Step> => {
      const before = cpuOf(pids);
      const start = process.hrtime.bigint();
      await open();
      await countUntil(client, query, N);
      const wall = seconds(start);
      await settled({ worker: pids.worker!, mail: pids.mail! });
      return { seconds: wall, cpu: cpuSince(pids, before) };
    };
    const openings = await interleavedPairs(OPENING_PAIRS, {
      project: async (k) => {
        const year = 2027 + k;
        const step = await timed(
          () => pathfinder(env.address, 'cycle', 'start', '--year', String(year)),
          `WorkflowType = 'reportingCycle' AND CycleYear = ${year} AND CycleStage = 'awaiting-submission'`,
        );
        memoryWith200 ??= memory(workerPid);
        return step;
      },
      floor: (k) =>
        timed(
          async () =>
            void (await Promise.all(
              Array.from({ length: N }, (_, i) =>
                client.workflow.start('oneTimer', { taskQueue: 'pathfinder', workflowId: `bench-timer-${k}-${i}`, args: [9000 + k] }),
              ),
            )),
          `WorkflowType = 'oneTimer' AND CycleYear = ${9000 + k} AND CycleStage = 'timer'`,
        ),
    });
    const memoryAfterAll = memory(workerPid);
    const tasks = { cycle: await tasksOf(client, reportingCycleId(codes[1]!, 2027)), floor: await tasksOf(client, 'bench-timer-0-1') };
    const histories = await historyLengths(client);

    // The cache: every 2027 cycle queried through the worker that holds them all, then through a fresh
    // worker that keeps at most CACHE_CAP runs and replays the others on each task.
    const queryAll = async () => {
      const start = process.hrtime.bigint();
      await Promise.all(
        codes.slice(0, N).map((code) => client.workflow.getHandle(reportingCycleId(code, 2027)).query(cycle.getCycleQuery)),
      );
      return seconds(start);
    };
    const cachedQuerySeconds = await queryAll();
    await stop(worker);
    worker = await startBenchWorker(env.address, mail.smtpUrl, { ...containerWorkerEnv, WORKER_MAX_CACHED_WORKFLOWS: String(CACHE_CAP) });
    const cappedIdle = memory(worker.pid!);
    const replayQuerySeconds = [await queryAll(), await queryAll()];
    const capped = { cap: CACHE_CAP, idle: cappedIdle, after: memory(worker.pid!), cachedQuerySeconds, replayQuerySeconds };
    return {
      openings,
      memoryIdle,
      memoryWithRecords,
      memoryWith200: memoryWith200!,
      memoryAfterAll,
      ...histories,
      tasks,
      capped,
    };
  } finally {
    if (worker) await stop(worker, 'SIGKILL');
    await env.teardown();
    await stop(mail.child);
  }
}

/** What a run has cost the worker so far, in the units its CPU goes by: workflow tasks and activities. */
async function tasksOf(client: Client, workflowId: string): Promise<{ workflowTasks: number; activities: number }> {
  const { events } = await client.workflow.getHandle(workflowId).fetchHistory();
  const count = (type: temporal.api.enums.v1.EventType) => events!.filter((e) => e.eventType === type).length;
  return {
    workflowTasks: count(temporal.api.enums.v1.EventType.EVENT_TYPE_WORKFLOW_TASK_COMPLETED),
    activities: count(temporal.api.enums.v1.EventType.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED),
  };
}

/** 2. History: one cycle finalised after one revision round; one country record over 30 years. */
async function historyLengths(client: Client) {
  const handle = client.workflow.getHandle(reportingCycleId(codes[0]!, 2027));
  const first = synthetic(0);
  await handle.executeUpdate(cycle.submitReport.update, { args: [{ as: first.focalPoint.email, report }] });
  await handle.executeUpdate(cycle.submitReview.update, {
    args: [{ as: first.reviewers[0]!.email, decision: 'revise', comments: 'More evidence' }],
  });
  await handle.executeUpdate(cycle.submitRevision.update, { args: [{ as: first.deputy.email, report }] });
  await handle.executeUpdate(cycle.submitReview.update, { args: [{ as: first.reviewers[0]!.email, decision: 'accept' }] });
  await handle.result();
  const cycleEvents = (await handle.fetchHistory()).events!.length;

  const old = synthetic(N);
  const entity = client.workflow.getHandle(countryWorkflowId(old.code));
  // Thirty closed years, entered as the secretariat enters the Alliance's past (a cycle's own end is
  // confirmed against its run, so it cannot be told without one), the registry imported again each year.
  const lastClosed = new Date().getUTCFullYear() - 1;
  const thirtyYears = Array.from({ length: 30 }, (_, i) => lastClosed - 29 + i);
  const good = {
    reportSubmitted: true,
    finalised: true,
    indicatorFrameworkUpdated: true,
    evidenceOfProgress: true,
    evidenceOfCollaboration: true,
  };
  let firstRun: string | undefined;
  for (const year of thirtyYears) {
    await importRegistry(client, { ...governance, countries: [{ ...old, name: `${old.name} ${year}` }] });
    await importHistory(
      client,
      { cycles: [{ country: old.code, year, ...good }] },
      { email: governance.secretariat.email, channel: 'cli-operator' },
    );
    firstRun ??= (await entity.describe()).runId;
  }
  for (;;) {
    const record = await entity.query(country.getRecordQuery);
    if (record.cycles.length === 30 && record.country.name.endsWith(String(lastClosed))) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const described = await entity.describe();
  return {
    cycleEvents,
    entityEvents: described.historyLength,
    entityRuns: described.runId === firstRun ? 1 : 'more than 1',
  };
}
