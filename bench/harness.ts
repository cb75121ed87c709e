import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Client } from '@temporalio/client';
import { bundleWorkflowCode } from '@temporalio/worker';
import countryCodes from 'i18n-iso-countries';
import { run as cli } from '../client/cli';
import { signingKeys } from '../client/tokens';
import { newKeyEntry } from '../client/payload-codec';
import type { Country, Person } from '../domain/shared/country';
import { folderStore } from '../store/object-store';
import { freePort } from '../test/helpers/ports';
import { bundlerOptions } from '../worker/bundler-options';

// What every part of `npm run bench` shares: the synthetic countries, the keys, the production processes
// it starts, and how it reads their time, memory and CPU.

export const N = Number(process.env.BENCH_COUNTRIES ?? 200);
export const REPEATS = Number(process.env.BENCH_REPEATS ?? 5);
// One payload key for the run, shared by the bench's clients, its CLI calls and its worker process.
process.env.PATHFINDER_KEYS ??= newKeyEntry('bench-1');
// The CLI signs registry entries and the workers check them: every process of the bench shares these keys.
process.env.REGISTRY_KEYS ??= 'bench-registry-key:an-example-registry-secret-for-the-benchmarks';

// E-mails carry signed action links; the bench signs them with an example key.
export const benchActionLinkKeys = 'bench-act-key:an-example-action-link-secret-for-the-benchmarks';
export const benchSignInKeys = 'bench-sign-in-key:an-example-sign-in-secret-for-the-benchmarks';
export const benchPortal = { url: 'http://portal.example.org', keys: signingKeys(benchActionLinkKeys) };
export const benchStores = () => {
  const folder = (name: string) => folderStore(mkdtempSync(join(tmpdir(), `bench-${name}-`)));
  return { published: folder('published'), documents: folder('documents'), mailLedger: folder('mail-ledger'), records: folder('records') };
};

export const root = join(__dirname, '..');
export const report = JSON.parse(readFileSync(join(root, 'examples/report.json'), 'utf8')) as never;
const zones = ['Europe/Zurich', 'America/Lima', 'Africa/Lagos', 'Asia/Kolkata', 'Pacific/Auckland'];

export const person = (name: string, i: number): Person => ({
  name,
  email: `${name}@example.org`,
  language: (['en', 'fr', 'es'] as const)[i % 3]!,
  zone: zones[i % zones.length]!,
});
export const codes = Object.keys(countryCodes.getAlpha3Codes()).sort();
export const synthetic = (i: number): Country => ({
  code: codes[i]!,
  name: `Country ${codes[i]}`,
  status: 'active',
  grantedOn: '2020-06-01',
  focalPoint: person(`focal.${i}`, i),
  deputy: person(`deputy.${i}`, i + 1),
  reviewers: [person(`reviewer.${i % 10}`, i)],
});
export const governance = { secretariat: person('secretariat', 0), gcm: [person('gcm.one', 0), person('gcm.two', 1)] };

/** A timing repeated: median, min, max and every run. */
export interface Figure {
  median: number;
  min: number;
  max: number;
  runs: number[];
}
export const figure = (runs: number[]): Figure => {
  const sorted = [...runs].sort((a, b) => a - b);
  const mid = sorted.length / 2;
  const median = sorted.length % 2 ? sorted[Math.floor(mid)]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { median, min: sorted[0]!, max: sorted.at(-1)!, runs };
};
export const quiet = { trace() {}, debug() {}, info() {}, warn() {}, error: console.error, log() {} };
export const seconds = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e9;
export const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;

/** Runs the real CLI in this process (no process start-up in the timing), its output silenced. */
export async function pathfinder(address: string, ...args: string[]): Promise<void> {
  const log = console.log;
  console.log = () => undefined;
  try {
    const code = await cli(['node', 'pathfinder', '--address', address, ...args]);
    if (code !== 0) throw new Error(`pathfinder ${args.join(' ')} exited ${code}`);
  } finally {
    console.log = log;
  }
}

export async function countUntil(client: Client, query: string, expected: number): Promise<void> {
  for (;;) {
    const { count } = await client.workflow.count(query);
    if (count >= expected) return;
    await new Promise((r) => setTimeout(r, 20)); // polling visibility; harder polling would load the server it measures
  }
}

/** The worker container's memory settings beside MALLOC_ARENA_MAX (Dockerfile, worker stage). */
export const containerWorkerEnv = {
  MALLOC_MMAP_THRESHOLD_: '65536',
  MALLOC_TRIM_THRESHOLD_: '131072',
  NODE_OPTIONS: '--max-semi-space-size=2',
};

/**
 * Registers the N synthetic countries through the CLI, as the secretariat does, and waits until the worker
 * has run each record's first task (its status shows then; `Running` shows before).
 */
export async function importCountries(address: string, client: Client): Promise<void> {
  const registry = join(mkdtempSync(join(tmpdir(), 'bench-')), 'registry.json');
  writeFileSync(registry, JSON.stringify({ ...governance, countries: Array.from({ length: N }, (_, i) => synthetic(i)) }));
  await pathfinder(address, 'countries', 'import', registry);
  await countUntil(client, `WorkflowType = 'pathfinderCountry' AND PathfinderStatus = 'active'`, N);
}

/**
 * The production worker (`node dist/worker/main.js`, from `npm run build`) with a prebuilt bundle and the
 * container's MALLOC_ARENA_MAX, in a process of its own so that its memory and CPU are its own.
 */
export async function startBenchWorker(
  address: string,
  smtpUrl: string,
  extraEnv: Record<string, string> = {},
  nodeArgs: string[] = [],
): Promise<ChildProcess> {
  const bundle = await bundleWorkflowCode({ workflowsPath: join(__dirname, 'workflows.ts'), logger: quiet, ...bundlerOptions });
  const bundlePath = join(mkdtempSync(join(tmpdir(), 'bench-bundle-')), 'workflows.js');
  writeFileSync(bundlePath, bundle.code);
  const child = spawn(process.execPath, [...nodeArgs, join(root, 'dist/worker/main.js')], {
    cwd: root,
    env: {
      ...process.env,
      MALLOC_ARENA_MAX: '2',
      TEMPORAL_ADDRESS: address,
      SMTP_URL: smtpUrl,
      PATHFINDER_DATA_DIR: mkdtempSync(join(tmpdir(), 'bench-data-')),
      WORKFLOW_BUNDLE_PATH: bundlePath,
      ACTION_LINK_KEYS: benchActionLinkKeys,
      // Metrics on, as in production, on a port of its own: several bench workers may run at once.
      WORKER_METRICS_ADDRESS: `127.0.0.1:${await freePort()}`,
      ...extraEnv,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await readyLine(child, /worker polling/, 'bench worker');
  return child;
}

/** The first line of a process the bench started (stdout piped) that says it is ready; fails if it exits first. */
export function readyLine(child: ChildProcess, ready: RegExp, name: string): Promise<RegExpExecArray> {
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      const found = ready.exec(chunk.toString());
      if (found) resolve(found);
    });
    child.once('exit', (code) => reject(new Error(`${name} exited ${code}`)));
  });
}

/**
 * Stops a process the bench started and waits until it has exited. SIGKILL for a worker at the end of a part:
 * a graceful stop evicts every cached run first, which takes a minute with thousands and measures nothing.
 */
export async function stop(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill(signal);
  await exited;
}

/** Resident and peak memory of a process, from /proc, in MB. */
export function memory(pid: number): { rssMb: number; peakMb: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(/(\d+) kB/.exec(status.split('\n').find((l) => l.startsWith(field))!)![1]);
  return { rssMb: round(kb('VmRSS:') / 1024, 0), peakMb: round(kb('VmHWM:') / 1024, 0) };
}

/** CPU seconds (user + system) a process has used so far, from /proc (clock ticks of 1/100 s on Linux). */
export function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The fields after the command name, which is in parentheses and may hold spaces.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}
