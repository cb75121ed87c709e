import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { TASK_QUEUE } from '../../client/config';

// The worker as production starts it (`tsx worker/main.ts`), configured only through its environment, in
// a process group of its own so that a test can kill it, and whatever it started, with SIGKILL.

const root = join(__dirname, '../..');

export interface WorkerProcess {
  child: ChildProcess;
  output: () => string;
}

const started: WorkerProcess[] = [];
/** Every worker process this test file started, for failure reports. */
export const startedWorkers = (): readonly WorkerProcess[] => started;

/** Kills the worker's whole process group, so that nothing it started outlives it. */
function killGroup(child: ChildProcess, signal: NodeJS.Signals = 'SIGKILL'): void {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}
process.once('exit', () => started.forEach((w) => killGroup(w.child))); // even if the fork ends without afterAll

/** Starts a worker with `env` added to this process's environment (minus TEMPORAL_*); resolves once it polls. */
export function startWorkerProcess(env: Record<string, string>): Promise<WorkerProcess> {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('TEMPORAL_')));
  const child = spawn(join(root, 'node_modules/.bin/tsx'), ['worker/main.ts'], {
    cwd: root,
    env: { ...inherited, ...env },
    detached: true, // its own process group: tsx runs the worker in a child process of its own
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const worker = { child, output: () => output };
  started.push(worker);
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes(`worker polling task queue "${TASK_QUEUE}"`)) resolve(worker);
    });
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code, signal) => reject(new Error(`worker exited (${code ?? signal}) before polling:\n${output}`)));
  });
}

/** SIGKILL to the worker's process group; resolves once the worker process is gone. */
export function killWorkerProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  killGroup(child);
  return exited;
}
