import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cpuSeconds, memory, readyLine, root, round } from './harness';

// The embedded stack as a small machine would run it, each part a process of its own: the Temporal dev
// server, the worker, the portal and the mail catcher. The bench reads their memory and CPU from /proc.

/** The mail catcher of `npm run dev` (dist/scripts/mail-catcher.js) in a process of its own; resolves with its SMTP URL. */
export function startMailProcess(): Promise<{ child: ChildProcess; smtpUrl: string }> {
  const script = `require(${JSON.stringify(join(root, 'dist/scripts/mail-catcher.js'))}).startMailCatcher().then((m) => console.log('smtp ' + m.smtpUrl))`;
  const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  return readyLine(child, /smtp (\S+)/, 'mail catcher').then(([, smtpUrl]) => ({ child, smtpUrl: smtpUrl! }));
}

/** The Temporal dev server the SDK started for this process: the child whose command is `temporal server start-dev`. */
export function devServerPid(): number {
  for (const entry of readdirSync('/proc').filter((e) => /^\d+$/.test(e))) {
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (parent === process.pid && readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes('start-dev')) return Number(entry);
    } catch {
      // a process that ended while listed
    }
  }
  throw new Error('no dev server among the processes this bench started');
}

export type Pids = Record<string, number>;

/** CPU seconds so far of each process. */
export const cpuOf = (pids: Pids): Record<string, number> =>
  Object.fromEntries(Object.entries(pids).map(([name, pid]) => [name, cpuSeconds(pid)]));

/** The CPU seconds each process used since `before`, and their sum (`total`). */
export function cpuSince(pids: Pids, before: Record<string, number>): Record<string, number> {
  const now = cpuOf(pids);
  const used = Object.fromEntries(Object.keys(pids).map((name) => [name, round(now[name]! - before[name]!)]));
  return { ...used, total: round(Object.values(used).reduce((a, b) => a + b, 0)) };
}

/**
 * Waits until the processes are quiet again (less than 2 % of a core over half a second), so that the CPU of
 * work a step caused, e-mails sent after a cycle shows its stage for instance, is counted with the step.
 */
export async function settled(pids: Pids): Promise<void> {
  for (let last = cpuOf(pids); ;) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    const now = cpuOf(pids);
    if (Object.keys(pids).every((name) => now[name]! - last[name]! <= 0.01)) return;
    last = now;
  }
}

/** Resident memory of each process and of them all, in MB. */
export function rssOf(pids: Pids): Record<string, number> {
  const each = Object.fromEntries(Object.entries(pids).map(([name, pid]) => [name, memory(pid).rssMb]));
  return { ...each, total: Object.values(each).reduce((a, b) => a + b, 0) };
}

/** The highest total RSS of `pids` while `during` runs, read every quarter second, with each process's share then. */
export async function peakRss<T>(pids: Pids, during: Promise<T>): Promise<{ result: T; peak: Record<string, number> }> {
  let peak = rssOf(pids);
  let done = false;
  const watching = (async () => {
    while (!done) {
      const now = rssOf(pids);
      if (now.total! > peak.total!) peak = now;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  })();
  try {
    return { result: await during, peak };
  } finally {
    done = true;
    await watching;
  }
}
