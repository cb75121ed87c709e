import { isRefusal } from '../app/errors';
import { registerBackup, worksOffline } from './cli/backup';
import { registerCandidacy } from './cli/candidacy';
import { registerCountries, registerCountry } from './cli/countries';
import { registerCycles } from './cli/cycles';
import { registerGcm } from './cli/gcm';
import { registerHistory } from './cli/history';
import { registerPolicy } from './cli/policy';
import { registerReactivation } from './cli/reactivation';
import { registerDecisions } from './cli/decisions';
import { registerEvents } from './cli/events';
import { registerWgReport } from './cli/wg-report';
import { registerReports } from './cli/reports';
import { registerSchedule } from './cli/schedule';
import { registerSite } from './cli/site';
import { client, globals, program } from './cli/shell';
import { CommandTimedOut, timeoutAfter, whyNoAnswer } from './cli/timeout';
import { flushTracing } from './tracing';

// `pathfinder`: the secretariat's operator tool (DESIGN.md §5), a thin shell over the application layer
// in app/. Exit codes: 0 done, 2 input rejected (the message names the field and the reason), 1 anything else.

registerCountries(program);
registerCycles(program);
registerReports(program);
registerCountry(program);
registerSchedule(program);
registerGcm(program);
registerReactivation(program);
registerDecisions(program);
registerWgReport(program);
registerCandidacy(program);
registerPolicy(program);
registerHistory(program);
registerEvents(program);
registerSite(program);
registerBackup(program);

/** Runs the CLI; resolves to the exit code. */
export async function run(argv: string[]): Promise<number> {
  // The client connects on first use, so that input is checked first. Meanwhile the connection is tried
  // on its own, so that a server that cannot be reached is reported after the usual connect timeout
  // rather than after every call's retries.
  const unreachable = new Promise<never>((_, reject) =>
    program.hook('preAction', (_program, command) => {
      if (!worksOffline(command)) void client().connection.ensureConnected().catch(reject);
    }),
  );
  // The timeout starts once the options are read (it is one of them).
  let limit: ReturnType<typeof timeoutAfter> | undefined;
  const timedOut = new Promise<never>((_, reject) =>
    program.hook('preAction', (_program, command) => {
      if (!worksOffline(command)) void (limit = timeoutAfter(globals().timeout)).expired.catch(reject);
    }),
  );
  try {
    await Promise.race([program.parseAsync(argv), unreachable, timedOut]);
    return 0;
  } catch (error) {
    if (error instanceof CommandTimedOut) {
      console.error(`error: ${await whyNoAnswer(client(), globals().timeout).catch(() => error.message)}`);
      return 1;
    }
    const e = error as { code?: string; exitCode?: number; message?: string };
    if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version') return 0;
    if (e.code?.startsWith('commander.')) return 2; // commander has printed the usage error
    if (isRefusal(error)) {
      console.error(`rejected: ${error.message}`);
      return 2;
    }
    const message = e.message ?? String(error);
    console.error(`error: ${message}`);
    if (/connect|unavailable|deadline|transport/i.test(message)) {
      console.error(
        `hint: is a Temporal server reachable at ${globals().address ?? '127.0.0.1:7233'}? Start one with \`npm run dev\`, or set TEMPORAL_ADDRESS.`,
      );
    }
    return 1;
  } finally {
    limit?.cancel();
    await flushTracing(); // the process exits next
  }
}
