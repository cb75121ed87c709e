import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';

// `npm run dev` runs the Temporal dev server in a process group of its own (so that Ctrl-C reaches the
// dev script first, which stops the worker before the server). A crash of the dev script (SIGKILL, a
// closed terminal) can then leave that server running. A pid file under the data folder lets the next
// `npm run dev` recognise it and stop it, instead of starting a second server that fights for the port.

/** Why `npm run dev` will not start; printed without a stack trace. */
export class StartRefused extends Error {}

interface Owned {
  devPid: number;
  serverPid: number;
}

/** The command line of a running process, or undefined once it is gone (a zombie has none). */
function commandLine(pid: number): string | undefined {
  try {
    if (existsSync('/proc')) return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').trim() || undefined;
    return execFileSync('ps', ['-o', 'args=', '-p', String(pid)], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

async function waitUntilGone(pid: number, isOurs: (cmd: string) => boolean, ms: number): Promise<boolean> {
  const giveUpAt = Date.now() + ms;
  for (;;) {
    const cmd = commandLine(pid);
    if (cmd === undefined || !isOurs(cmd)) return true;
    if (Date.now() > giveUpAt) return false;
    await new Promise((tick) => setTimeout(tick, 100));
  }
}

export function ownership(pidFile: string, dbFile: string) {
  const isOurServer = (cmd: string) => cmd.includes(dbFile);
  const isDevScript = (cmd: string) => cmd.includes('scripts/dev.ts');
  const read = (): Owned | undefined => {
    try {
      return JSON.parse(readFileSync(pidFile, 'utf8')) as Owned;
    } catch {
      return undefined;
    }
  };

  return {
    /** Refuses when another `npm run dev` on this data folder is alive; stops the server a crashed one left behind. */
    async takeOverFromEarlierRun(log: (line: string) => void): Promise<void> {
      const earlier = read();
      if (!earlier) return;
      const dev = commandLine(earlier.devPid);
      if (earlier.devPid !== process.pid && dev !== undefined && isDevScript(dev)) {
        throw new StartRefused(
          `npm run dev is already running on this data folder (pid ${earlier.devPid}); stop it with Ctrl-C in its terminal first.`,
        );
      }
      const server = commandLine(earlier.serverPid);
      if (server !== undefined && isOurServer(server)) {
        log(`Stopping the Temporal dev server that an earlier npm run dev left running (pid ${earlier.serverPid})...`);
        process.kill(earlier.serverPid, 'SIGTERM');
        if (!(await waitUntilGone(earlier.serverPid, isOurServer, 15_000))) {
          process.kill(earlier.serverPid, 'SIGKILL');
          await waitUntilGone(earlier.serverPid, isOurServer, 5_000);
        }
      }
      rmSync(pidFile, { force: true });
    },

    record(serverPid: number): void {
      writeFileSync(pidFile, JSON.stringify({ devPid: process.pid, serverPid } satisfies Owned));
    },

    forget(): void {
      rmSync(pidFile, { force: true });
    },
  };
}

/** Refuses to start when another program holds one of the ports, naming the variable that moves it. */
export async function requireFreePorts(host: string, ports: { port: number; variable: string; what: string }[]): Promise<void> {
  for (const { port, variable, what } of ports) {
    const free = await new Promise<boolean>((resolve) => {
      const probe = createServer();
      probe.once('error', () => resolve(false));
      probe.listen(port, host, () => probe.close(() => resolve(true)));
    });
    if (!free)
      throw new StartRefused(
        `Port ${port} on ${host} (${what}) is in use by another program. Stop it, or choose another port: ${variable}=<port> npm run dev`,
      );
  }
}
