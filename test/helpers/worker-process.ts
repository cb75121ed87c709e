import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { TASK_QUEUE } from '../../client/config';
import { startMailCatcher } from '../../scripts/mail-catcher';
import { testActionLinkKeys, testSignInKeys } from './fixtures';
import { workflowBundle } from './temporal';
import { expectLinksToTheirPersonOnly } from './personal-links';

// The worker (and the portal) as production starts it (`tsx worker/main.ts`), configured only through its
// environment, in a process group of its own so that a test can kill it, and whatever it started, with SIGKILL.

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

/**
 * Starts a worker on the server at `address`, sending to `smtpUrl`, on the prebuilt workflow bundle, with its
 * stores under `dir` (shared by every worker started with the same `dir`), or as `env` says (e.g. S3);
 * resolves once it polls.
 */
export function startWorkerProcess(o: {
  address: string;
  smtpUrl: string;
  bundlePath: string;
  dir: string;
  env?: Record<string, string>;
}): Promise<WorkerProcess> {
  const settings = {
    TEMPORAL_ADDRESS: o.address,
    TEMPORAL_NAMESPACE: 'default',
    SMTP_URL: o.smtpUrl,
    PATHFINDER_DATA_DIR: o.dir,
    WORKFLOW_BUNDLE_PATH: o.bundlePath,
    ACTION_LINK_KEYS: testActionLinkKeys,
    ...o.env,
  };
  return startProcess('worker/main.ts', settings, `worker polling task queue "${TASK_QUEUE}"`);
}

/** Starts a portal on `port` for the server at `address`, configured by `env` too; resolves once it listens. */
export function startPortalProcess(o: { address: string; port: number; env: Record<string, string> }): Promise<WorkerProcess> {
  const settings = {
    TEMPORAL_ADDRESS: o.address,
    TEMPORAL_NAMESPACE: 'default',
    PORTAL_HOST: '127.0.0.1',
    PORTAL_PORT: String(o.port),
    ACTION_LINK_KEYS: testActionLinkKeys,
    SIGN_IN_KEYS: testSignInKeys,
    ...o.env,
  };
  return startProcess('portal/main.ts', settings, `portal on http://127.0.0.1:${o.port}`);
}

/** Runs `script` with tsx, in a process group of its own; resolves once its output contains `readyLine`. */
function startProcess(script: string, settings: Record<string, string>, readyLine: string): Promise<WorkerProcess> {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('TEMPORAL_')));
  const child = spawn(join(root, 'node_modules/.bin/tsx'), [script], {
    cwd: root,
    env: { ...inherited, ...settings },
    detached: true, // its own process group: tsx runs the worker in a child process of its own
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const worker = { child, output: () => output };
  started.push(worker);
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes(readyLine)) resolve(worker);
    });
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code, signal) => reject(new Error(`${script} exited (${code ?? signal}) before it was ready:\n${output}`)));
  });
}

/** SIGKILL to the worker's process group; resolves once the worker process is gone. */
export function killWorkerProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  killGroup(child);
  return exited;
}

/** The workflow bundle as a file in `dir`, as the container has it prebuilt; its path. */
export async function writeBundle(dir: string): Promise<string> {
  const path = join(dir, 'workflows.js');
  writeFileSync(path, (await workflowBundle()).code);
  return path;
}

/** Kills every worker process this test file started. */
export const stopWorkerProcesses = () => Promise.all(started.map((w) => killWorkerProcess(w.child)));

/**
 * A server, an SMTP sink (with `mailOptions`) and the workflow bundle as a file, in a folder of its own, for
 * tests whose workers are processes: `startWorker` starts one more (its stores in that folder, or as `env`
 * says); `stop` kills every worker, then stops the server and the sink.
 */
export async function startProcessStack(
  startServer: () => Promise<TestWorkflowEnvironment>,
  mailOptions: Parameters<typeof startMailCatcher>[0] = {},
) {
  const dir = mkdtempSync(join(tmpdir(), 'pathfinder-workers-'));
  const [env, mail, bundlePath] = await Promise.all([startServer(), startMailCatcher(mailOptions), writeBundle(dir)]);
  return {
    env,
    mail,
    dir,
    startWorker: (settings?: Record<string, string>) =>
      startWorkerProcess({ address: env.address, smtpUrl: mail.smtpUrl, bundlePath, dir, env: settings }),
    async stop() {
      await stopWorkerProcesses();
      await env.teardown();
      await mail.close();
      expectLinksToTheirPersonOnly(mail.messages);
    },
  };
}
export type ProcessStack = Awaited<ReturnType<typeof startProcessStack>>;
