import type { ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { reportingCycleId } from '../domain/shared/workflow-ids';
import { startMailCatcher, type MailCatcher } from '../scripts/mail-catcher';
import { startDevServerEnv } from '../scripts/temporal-env';
import { temporalTools } from '../scripts/tool-paths';
import { freePort } from '../test/helpers/ports';
import * as cycle from '../workflows/reporting-cycle/messages';
import { markdown, readProfile, summarise, type Window } from './cpu-profile-summary';
import {
  benchActionLinkKeys,
  benchPortal,
  benchSignInKeys,
  countUntil,
  importCountries,
  N,
  pathfinder,
  report,
  round,
  startBenchWorker,
  stop,
  synthetic,
} from './harness';
import { rushThroughClient, rushThroughPortal, startBenchPortal } from './portal-load';

// `npx tsx bench/cpu-profile.ts` (not part of `npm run bench`): where the worker's and the portal's CPU goes
// when a year opens and when reports come in through the portal, beside Temporal's floor for the same work.
// Both processes run with --cpu-prof; each phase's CPU seconds come from /proc, and its profile is the
// samples taken within the phase's time window. Writes cpu-summary.md and the profiles to CPU_PROFILE_DIR.

const windowMs = Number(process.env.BENCH_WINDOW_MS ?? 10_000);
// CPU_PROFILE=0: the same phases without --cpu-prof, whose sampling slows the sampled thread down.
const profiling = process.env.CPU_PROFILE !== '0';
const profileArgs = (dir: string) => (profiling ? ['--cpu-prof', '--cpu-prof-dir', dir] : []);
const dir = process.env.CPU_PROFILE_DIR ?? mkdtempSync(join(tmpdir(), 'pathfinder-cpu-'));
mkdirSync(dir, { recursive: true });
const now = () => Number(process.hrtime.bigint() / 1000n);

/**
 * CPU seconds of a process by thread: `main` the JS main thread; `node` Node's other threads (the worker's
 * workflow thread, V8's and libuv's helpers); `tokio-runtime-w` the Temporal core. The profiler's own
 * thread (`v8:ProfEvntProc`) is left out.
 */
function threadSeconds(pid: number): Record<string, number> {
  const by: Record<string, number> = {};
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    try {
      const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
      const comm = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      if (comm.startsWith('v8:Prof')) continue;
      // The JS main thread has the process's id; the threads Node starts are all named `node`.
      const name = tid === String(pid) ? 'main' : comm;
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      by[name] = (by[name] ?? 0) + (Number(fields[11]) + Number(fields[12])) / 100;
    } catch {
      // a thread that ended meanwhile
    }
  }
  return by;
}
const minus = (a: Record<string, number>, b: Record<string, number>) =>
  Object.fromEntries(Object.entries(a).map(([k, v]) => [k, round(v - (b[k] ?? 0))]));

/** Until the processes stop using CPU (≤ 0.03 s in a second) and the mail catcher stops receiving; a minute at most. */
async function settle(pids: number[], mail: MailCatcher): Promise<void> {
  const reading = () => pids.reduce((sum, pid) => sum + Object.values(threadSeconds(pid)).reduce((a, b) => a + b, 0), 0);
  let [cpu, mails] = [reading(), mail.messages.length];
  for (let tries = 0; tries < 60; tries++) {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const [c, m] = [reading(), mail.messages.length];
    if (c - cpu <= 0.03 && m === mails) return;
    [cpu, mails] = [c, m];
  }
}

interface Phase {
  name: string;
  process: 'worker' | 'portal';
  window: Window;
  seconds: number;
  threads: Record<string, number>;
  mails: number;
  units: number;
}

/** Runs `work`, then waits until all is quiet; the CPU each of `processes` used meanwhile, by thread. */
async function phase(
  name: string,
  units: number,
  processes: Record<'worker' | 'portal', ChildProcess | undefined>,
  mail: MailCatcher,
  work: () => Promise<unknown>,
): Promise<Phase[]> {
  const running = Object.entries(processes).filter((e): e is ['worker' | 'portal', ChildProcess] => !!e[1]);
  const pids = running.map(([, p]) => p.pid!);
  await settle(pids, mail);
  const before = running.map(([, p]) => threadSeconds(p.pid!));
  const mailsBefore = mail.messages.length;
  const from = now();
  await work();
  await settle(pids, mail);
  const to = now();
  const phases = running.map(([role, p], i): Phase => {
    const threads = minus(threadSeconds(p.pid!), before[i]!);
    const seconds = round(Object.values(threads).reduce((a, b) => a + b, 0));
    return { name, process: role, window: { from, to }, seconds, threads, mails: mail.messages.length - mailsBefore, units };
  });
  for (const p of phases)
    console.log(
      `${p.name}, ${p.process}: ${p.seconds} CPU s (${round(p.seconds / units, 4)} per unit), ${p.mails} e-mails, ${JSON.stringify(p.threads)}`,
    );
  return phases;
}

async function main() {
  const tools = temporalTools();
  const mail = await startMailCatcher();
  const env = await startDevServerEnv(tools.cli);
  const client = env.client;
  const workerDir = join(dir, 'worker');
  const portalDir = join(dir, 'portal');
  let worker: ChildProcess | undefined;
  let portal: ChildProcess | undefined;
  const phases: Phase[] = [];
  try {
    worker = await startBenchWorker(env.address, mail.smtpUrl, {}, profileArgs(workerDir));
    await importCountries(env.address, client);
    const countries = Array.from({ length: N }, (_, i) => synthetic(i));

    // Two openings and two floors, alternately; the second year takes the floor's submissions below.
    for (const [rep, year] of [2027, 2028].entries()) {
      phases.push(
        ...(await phase(`opening ${year}`, N, { worker, portal }, mail, async () => {
          await pathfinder(env.address, 'cycle', 'start', '--year', String(year));
          await countUntil(client, `WorkflowType = 'reportingCycle' AND CycleYear = ${year} AND CycleStage = 'awaiting-submission'`, N);
        })),
        ...(await phase(`oneTimer floor ${rep}`, N, { worker, portal }, mail, async () => {
          await Promise.all(
            countries.map((_, i) =>
              client.workflow.start('oneTimer', { taskQueue: 'pathfinder', workflowId: `cpu-timer-${rep}-${i}`, args: [9000 + rep] }),
            ),
          );
          await countUntil(client, `WorkflowType = 'oneTimer' AND CycleYear = ${9000 + rep} AND CycleStage = 'timer'`, N);
        })),
      );
    }

    const port = await freePort();
    portal = await startBenchPortal(
      env.address,
      port,
      { actionLinks: benchActionLinkKeys, signIn: benchSignInKeys },
      {},
      profileArgs(portalDir),
    );
    const base = `http://127.0.0.1:${port}`;
    phases.push(
      ...(await phase('submissions through the portal', N, { worker, portal }, mail, async () => {
        const rush = await rushThroughPortal({ base, keys: benchPortal.keys, countries, year: 2027, report, windowMs });
        if (rush.errors.length) throw new Error(`portal submissions failed: ${rush.errors.slice(0, 3).join('; ')}`);
      })),
      ...(await phase('submissions as bare Updates (floor)', N, { worker, portal }, mail, async () => {
        const rush = await rushThroughClient({ client, countries, year: 2028, report, windowMs });
        if (rush.errors.length) throw new Error(`client submissions failed: ${rush.errors.slice(0, 3).join('; ')}`);
      })),
      // The reviewers accept the portal's reports: publication, the public site, the e-mails that follow.
      ...(await phase('finalisation (reviews accepted)', N, { worker, portal }, mail, async () => {
        await Promise.all(
          countries.map((c) =>
            client.workflow
              .getHandle(reportingCycleId(c.code, 2027))
              .executeUpdate(cycle.submitReview.update, { args: [{ as: c.reviewers[0]!.email, decision: 'accept' }] }),
          ),
        );
      })),
    );
    const states = await Promise.all(
      countries.map((c) => client.workflow.getHandle(reportingCycleId(c.code, 2027)).query(cycle.getCycleQuery)),
    );
    console.log(`${states.filter((s) => s.submissions.length === 1).length} of ${N} portal submissions found in the workflows`);
  } finally {
    // SIGTERM: the worker shuts down and the portal closes; both write their profiles as they exit.
    for (const child of [portal, worker]) if (child) await stop(child);
    await env.teardown();
    await mail.close();
  }
  writeFileSync(join(dir, 'phases.json'), JSON.stringify(phases, null, 2));
  console.log(`exit codes: worker ${worker.exitCode ?? worker.signalCode}, portal ${portal?.exitCode ?? portal?.signalCode}`);
  summariseAll(phases, { worker: workerDir, portal: portalDir });
}

/** Each phase's samples from the process's profiles (the main thread's and any worker thread's). */
function summariseAll(phases: Phase[], dirs: Record<'worker' | 'portal', string>) {
  const lines = [`# CPU by phase, ${N} countries (profiles in ${dir})`, ''];
  lines.push('| phase | process | CPU s | CPU s per unit | e-mails | threads (CPU s) |', '|---|---|---|---|---|---|');
  for (const p of phases)
    lines.push(
      `| ${p.name} | ${p.process} | ${p.seconds} | ${round(p.seconds / p.units, 4)} | ${p.mails} | ${Object.entries(p.threads)
        .filter(([, s]) => s > 0)
        .map(([t, s]) => `${t} ${s}`)
        .join(', ')} |`,
    );
  lines.push('');
  const files = (role: 'worker' | 'portal') => {
    try {
      return readdirSync(dirs[role])
        .filter((f) => f.endsWith('.cpuprofile'))
        .map((f) => join(dirs[role], f));
    } catch {
      return [];
    }
  };
  for (const role of ['worker', 'portal'] as const) {
    const found = files(role);
    lines.push(`${role}: ${found.length} profile(s) written`, '');
    for (const file of found) {
      const profile = readProfile(file);
      for (const p of phases.filter((x) => x.process === role)) {
        const s = summarise(profile, [p.window]);
        if (s.busyMs > 0) lines.push(markdown(`${p.name}, ${file.split('/').at(-1)}`, s));
      }
    }
  }
  const text = lines.join('\n');
  writeFileSync(join(dir, 'cpu-summary.md'), text);
  console.log(text);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
