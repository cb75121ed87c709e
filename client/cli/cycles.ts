import type { Command } from 'commander';
import { daysLeft, cycleStatus, extendDeadline, openYear } from '../../app/cycles';
import { cycleYear } from '../../app/inputs';
import { cycleRecord, recordLines } from '../../app/records';
import { storesFromEnv } from '../../store/settings';
import type { CycleState } from '../../domain/cycle/state';
import { client, operator, print, readJson } from './shell';

export const cycleSummary = (s: Pick<CycleState, 'country' | 'year' | 'stage' | 'round'>) =>
  `${s.country.code} ${s.year}: ${s.stage}, round ${s.round}`;

export function registerCycles(program: Command): void {
  const cycle = program.command('cycle').description('yearly reporting cycles');

  cycle
    .command('start')
    .description("open the year's reporting cycle of every eligible country (idempotent)")
    .requiredOption('--year <year>', 'cycle year')
    .option('--country <ISO3,...>', 'only these countries')
    .option('--policy <file>', 'cycle policy JSON for the year (defaults otherwise); read when the year is first opened')
    .action(async (opts: { year: string; country?: string; policy?: string }) => {
      const year = cycleYear(opts.year);
      const policy = opts.policy ? readJson(opts.policy, 'policy') : undefined;
      const results = await openYear(client(), { year, countries: opts.country?.split(','), policy });
      print(
        results.map((r) => `${r.country}  ${r.result}${r.reason ? ` (${r.reason})` : ''}`).join('\n') || 'no countries registered',
        results,
      );
    });

  cycle
    .command('status')
    .description('where every country stands in a year')
    .requiredOption('--year <year>', 'cycle year')
    .action(async (opts: { year: string }) => {
      const year = cycleYear(opts.year);
      const states = await cycleStatus(client(), year);
      const now = new Date();
      const rows = states.map((s) => {
        const days = daysLeft(s, now);
        const timing = days === undefined ? '' : days >= 0 ? `${days} days left` : `${-days} days late`;
        return `${s.country.code}  ${s.stage.padEnd(28)}  ${s.deadline.slice(0, 10)}  ${timing.padEnd(14)}  round ${s.round}`;
      });
      print(
        rows.length
          ? [`country  ${'stage'.padEnd(28)}  deadline    ${'due'.padEnd(14)}  round`, ...rows].join('\n')
          : `no cycles for ${year}`,
        states,
      );
    });

  cycle
    .command('record')
    .description("a closed cycle's kept record (submissions, reviews, outcome), there after its run has left Temporal")
    .requiredOption('--country <ISO3>', 'country')
    .requiredOption('--year <year>', 'cycle year')
    .action(async (opts: { country: string; year: string }) => {
      const record = await cycleRecord(storesFromEnv().records, opts.country, opts.year);
      print(recordLines(record).join('\n'), record);
    });

  cycle
    .command('extend')
    .description('move the report deadline of one country, with a recorded reason')
    .requiredOption('--country <ISO3>', 'country')
    .requiredOption('--year <year>', 'cycle year')
    .requiredOption('--until <date-time>', 'new deadline, ISO with offset, e.g. 2027-05-31T23:59:59+02:00')
    .requiredOption('--reason <text>', 'why the deadline moves')
    .requiredOption('--as <email>', 'the secretariat member acting')
    .action(async (opts: { country: string; year: string; until: string; reason: string; as: string }) => {
      const s = await extendDeadline(client(), { ...opts, actor: operator(opts.as) });
      print(`deadline extended to ${s.deadline}; ${cycleSummary(s)}`, s);
    });
}
