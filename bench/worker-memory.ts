import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from '@temporalio/client';
import { bundleWorkflowCode } from '@temporalio/worker';
import ts from 'typescript';
import { startMailCatcher } from '../scripts/mail-catcher';
import { startDevServerEnv } from '../scripts/temporal-env';
import { useScratchTmpdir } from '../scripts/scratch-tmpdir';
import { temporalTools } from '../scripts/tool-paths';
import { reportingCycleId } from '../domain/shared/workflow-ids';
import {
  codes,
  containerWorkerEnv,
  countUntil,
  cpuSeconds,
  importCountries,
  N,
  pathfinder,
  quiet,
  readyLine,
  round,
  startBenchWorker,
  stop,
} from './harness';
import type { ProbeReading } from './memory-probe';

// Where the production worker's memory goes as it caches open reporting cycles: read at 0, N/2 and N cycles
// by a probe inside the worker process (bench/memory-probe.ts), in every JS thread, after a full GC.

/** The worker's memory with this many open cycles cached, in MB. */
export interface MemoryAt {
  cachedCycles: number;
  rssMb: number;
  /** Every isolate's heap in RAM: the main thread's (SDK, activities) and the workflow thread's (bundle, runs). */
  mainHeapMb: number;
  workflowHeapMb: number;
  /** Live objects after a full GC, per isolate. */
  mainLiveMb: number;
  workflowLiveMb: number;
  /** Anonymous memory outside the V8 heaps: the Rust core (run cache, histories), Node's native side, malloc. */
  nativeMb: number;
  /** Mapped files (the node binary, the SDK's native library). */
  fileMb: number;
  /** Activities still running when read (e-mails being sent). */
  pendingActivities: number;
  /** CPU seconds the worker has used so far (GC included), to weigh a memory cut against its CPU. */
  cpuSeconds: number;
  /** The workflow thread's live MB per heap space. */
  workflowSpacesMb: Record<string, number>;
}

export interface WorkerMemoryBreakdown {
  countries: number;
  /** WORKER_MAX_CACHED_WORKFLOWS, or `default` (the SDK's, from the heap limit). */
  cache: string;
  /** Temporal's floor: a bare SDK worker with a bundle of the floor's one workflow and no activities, idle… */
  sdkIdle: MemoryAt;
  /** …and with N floor workflows cached (one timer each, waiting). */
  sdkWithFloor: MemoryAt;
  /** Before any country record, with N records, then with 0, N/2 and N open cycles cached beside them. */
  idle: MemoryAt;
  readings: MemoryAt[];
  /** What one more cached cycle costs, in MB, between the last two readings. */
  perCycle: { rssMb: number; mainHeapMb: number; workflowHeapMb: number; workflowLiveMb: number; nativeMb: number };
}

/** The probe as CommonJS, for `node --require` (Node runs a preload in worker threads too, not an `--import`). */
function compiledProbe(): string {
  const source = readFileSync(join(__dirname, 'memory-probe.ts'), 'utf8');
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 },
  });
  const path = join(mkdtempSync(join(tmpdir(), 'bench-probe-')), 'memory-probe.cjs');
  writeFileSync(path, outputText);
  return path;
}

/**
 * Temporal's floor: the SDK's own Worker with only the floor's workflow, bundled by the SDK's defaults, with the
 * same probe and memory settings as the product's worker; read idle, then with N floor workflows cached.
 */
async function bareWorker(client: Client, address: string, nodeArgs: string[], env: Record<string, string>): Promise<[MemoryAt, MemoryAt]> {
  const bundle = await bundleWorkflowCode({ workflowsPath: join(__dirname, 'floor-workflows.ts'), logger: quiet });
  const bundlePath = join(mkdtempSync(join(tmpdir(), 'bench-floor-bundle-')), 'workflows.js');
  writeFileSync(bundlePath, bundle.code);
  const taskQueue = 'bare-floor';
  const start = `
    const { NativeConnection, Worker } = require('@temporalio/worker');
    (async () => {
      const connection = await NativeConnection.connect({ address: ${JSON.stringify(address)} });
      const worker = await Worker.create({ connection, taskQueue: '${taskQueue}', workflowBundle: { codePath: ${JSON.stringify(bundlePath)} } });
      console.log('worker polling');
      await worker.run();
    })();`;
  const child = spawn(process.execPath, [...nodeArgs, '-e', start], {
    cwd: join(__dirname, '..'),
    env: { ...process.env, MALLOC_ARENA_MAX: '2', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const read = async (cached: number) => memoryAt(cached, await probe(child, env.MEMORY_PROBE_FILE!), 0, cpuSeconds(child.pid!));
  try {
    await readyLine(child, /worker polling/, 'bare worker');
    const idle = await read(0);
    const batch = 9990;
    // A client without the product's payload codec, as the bare worker has none.
    const plain = new Client({ connection: client.connection, namespace: client.options.namespace });
    await Promise.all(
      codes.map((code) => plain.workflow.start('oneTimer', { taskQueue, workflowId: `bare-floor-${code}`, args: [batch] })),
    );
    await countUntil(client, `WorkflowType = 'oneTimer' AND CycleYear = ${batch} AND CycleStage = 'timer'`, N);
    return [idle, await read(N)];
  } finally {
    await stop(child, 'SIGKILL');
  }
}

/** Asks the worker's probe for a reading and waits for its file. */
async function probe(worker: ChildProcess, file: string): Promise<ProbeReading> {
  rmSync(file, { force: true });
  worker.kill('SIGWINCH');
  while (!existsSync(file)) await new Promise((r) => setTimeout(r, 20));
  return JSON.parse(readFileSync(file, 'utf8')) as ProbeReading;
}

/** Activities scheduled and not yet done across these cycles (their e-mails). */
async function pendingActivities(client: Client, year: number, countries: string[]): Promise<number> {
  const described = await Promise.all(countries.map((code) => client.workflow.getHandle(reportingCycleId(code, year)).describe()));
  return described.reduce((sum, d) => sum + (d.raw.pendingActivities?.length ?? 0), 0);
}

function memoryAt(cachedCycles: number, reading: ProbeReading, pending: number, cpu: number): MemoryAt {
  const main = reading.threads.find((t) => t.main)!;
  const workflow = reading.threads.filter((t) => !t.main);
  const sum = (f: (t: (typeof workflow)[number]) => number) =>
    round(
      workflow.reduce((s, t) => s + f(t), 0),
      1,
    );
  const heaps = reading.threads.reduce((s, t) => s + t.heapPhysicalMb, 0);
  const spaces: Record<string, number> = {};
  for (const t of workflow) for (const [name, used] of Object.entries(t.spacesUsedMb)) spaces[name] = round((spaces[name] ?? 0) + used, 1);
  return {
    cachedCycles,
    rssMb: round(reading.rssMb, 0),
    mainHeapMb: main.heapPhysicalMb,
    workflowHeapMb: sum((t) => t.heapPhysicalMb),
    mainLiveMb: main.heapUsedMb,
    workflowLiveMb: sum((t) => t.heapUsedMb),
    nativeMb: round(reading.anonMb - heaps, 1),
    fileMb: round(reading.fileMb, 1),
    pendingActivities: pending,
    cpuSeconds: cpu,
    workflowSpacesMb: spaces,
  };
}

/**
 * The production worker with N country records, then N/2 and N open cycles of one year; `extraEnv` for the
 * worker (the container's settings by default, e.g. WORKER_MAX_CACHED_WORKFLOWS too) and `nodeArgs` before the
 * probe's (e.g. V8 flags).
 */
export async function workerMemoryBreakdown(
  tools: ReturnType<typeof temporalTools>,
  options: { extraEnv?: Record<string, string>; nodeArgs?: string[] } = {},
): Promise<WorkerMemoryBreakdown> {
  const mail = await startMailCatcher();
  const env = await startDevServerEnv(tools.cli);
  const file = join(mkdtempSync(join(tmpdir(), 'bench-memory-')), 'reading.json');
  const workerEnv = { ...(options.extraEnv ?? containerWorkerEnv), MEMORY_PROBE_FILE: file };
  const nodeArgs = [...(options.nodeArgs ?? []), '--expose-gc', '--require', compiledProbe()];
  let worker: ChildProcess | undefined;
  try {
    const [sdkIdle, sdkWithFloor] = await bareWorker(env.client, env.address, nodeArgs, workerEnv);
    worker = await startBenchWorker(env.address, mail.smtpUrl, workerEnv, nodeArgs);
    const idle = memoryAt(0, await probe(worker, file), 0, cpuSeconds(worker.pid!));
    await importCountries(env.address, env.client);
    console.error(`memory: ${N} country records imported`);
    const readings = [memoryAt(0, await probe(worker, file), 0, cpuSeconds(worker.pid!))];
    const year = 2027;
    for (const [from, to] of [
      [0, Math.floor(N / 2)],
      [Math.floor(N / 2), N],
    ] as const) {
      await pathfinder(env.address, 'cycle', 'start', '--year', String(year), '--country', codes.slice(from, to).join(','));
      await countUntil(env.client, `WorkflowType = 'reportingCycle' AND CycleYear = ${year} AND CycleStage = 'awaiting-submission'`, to);
      const open = codes.slice(0, to);
      // The calls for reports go out after the stage shows: read once they have.
      let pending = await pendingActivities(env.client, year, open);
      for (let tries = 0; pending > 0 && tries < 100; tries++) pending = await pendingActivities(env.client, year, open);
      readings.push(memoryAt(to, await probe(worker, file), pending, cpuSeconds(worker.pid!)));
      console.error(`memory: read with ${to} open cycles`);
    }
    const [half, full] = readings.slice(-2) as [MemoryAt, MemoryAt];
    const per = (f: (m: MemoryAt) => number) => round((f(full) - f(half)) / (full.cachedCycles - half.cachedCycles), 3);
    return {
      countries: N,
      cache: options.extraEnv?.WORKER_MAX_CACHED_WORKFLOWS ?? 'default',
      sdkIdle,
      sdkWithFloor,
      idle,
      readings,
      perCycle: {
        rssMb: per((m) => m.rssMb),
        mainHeapMb: per((m) => m.mainHeapMb),
        workflowHeapMb: per((m) => m.workflowHeapMb),
        workflowLiveMb: per((m) => m.workflowLiveMb),
        nativeMb: per((m) => m.nativeMb),
      },
    };
  } finally {
    if (worker) await stop(worker, 'SIGKILL');
    await env.teardown();
    await mail.close();
  }
}

/** The figures as a table, one row per reading. */
export function breakdownTable(b: WorkerMemoryBreakdown): string {
  const row = (label: string, m: MemoryAt) =>
    `| ${label} | ${m.rssMb} | ${m.mainHeapMb} (${m.mainLiveMb}) | ${m.workflowHeapMb} (${m.workflowLiveMb}) | ${m.nativeMb} | ${m.fileMb} | ${m.pendingActivities} | ${m.cpuSeconds} |`;
  return [
    `Worker memory, ${b.countries} country records, cache ${b.cache} (MB; heaps in RAM, live after GC in brackets)`,
    '',
    '| | RSS | main heap | workflow heap | native | files | pending activities | worker CPU s |',
    '|---|---|---|---|---|---|---|---|',
    row('the floor: a bare SDK worker, idle', b.sdkIdle),
    row(`the floor with ${b.sdkWithFloor.cachedCycles} minimal workflows cached`, b.sdkWithFloor),
    row('idle, no records', b.idle),
    ...b.readings.map((m, i) => row(i === 0 ? `${b.countries} records` : `+ ${m.cachedCycles} open cycles`, m)),
    '',
    `Per cached cycle: RSS ${b.perCycle.rssMb}, main heap ${b.perCycle.mainHeapMb}, workflow heap ${b.perCycle.workflowHeapMb} ` +
      `(live ${b.perCycle.workflowLiveMb}), native ${b.perCycle.nativeMb}`,
    `Workflow thread spaces at ${b.readings.at(-1)!.cachedCycles} cycles (live MB): ${JSON.stringify(b.readings.at(-1)!.workflowSpacesMb)}`,
  ].join('\n');
}

if (require.main === module) {
  // BENCH_CACHE_CAP: WORKER_MAX_CACHED_WORKFLOWS; BENCH_WORKER_ENV ("K=V K=V", instead of the container's
  // settings; "none" for none) and BENCH_NODE_ARGS for the worker.
  const removeScratch = useScratchTmpdir('pathfinder-bench-memory-');
  const setting = process.env.BENCH_WORKER_ENV;
  const given = (setting ?? '').split(' ').filter((kv) => kv.includes('='));
  const pairs = given.map((kv) => [kv.slice(0, kv.indexOf('=')), kv.slice(kv.indexOf('=') + 1)] as const);
  const extraEnv: Record<string, string> = setting ? Object.fromEntries(pairs) : { ...containerWorkerEnv };
  if (process.env.BENCH_CACHE_CAP) extraEnv.WORKER_MAX_CACHED_WORKFLOWS = process.env.BENCH_CACHE_CAP;
  const nodeArgs = (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);
  workerMemoryBreakdown(temporalTools(), { extraEnv, nodeArgs })
    .then((b) => console.log(breakdownTable(b)))
    .catch((error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    })
    .finally(removeScratch);
}
