import type { Command } from 'commander';
import { policyDryRun } from '../../app/policy';
import { vocabulary } from '../../activities/texts/vocabulary';
import { criteria, type Criterion } from '../../domain/r19/criteria';
import type { DryRun } from '../../domain/r19/dry-run';
import { client, print, readJson } from './shell';

// R19 signs by their letter keep the table narrow: five criteria by name would not fit a terminal line.
const letters = (list: Criterion[] | undefined) => (list ? list.map((c) => 'abcde'[criteria.indexOf(c)]).join(',') : '-');
// The signs and rules in the framework's words, as the pages and e-mails name them (the English vocabulary).
const { criterion, rule: ruleText } = vocabulary.en;
const legend = `R19 signs: ${criteria.map((c) => criterion[c]).join(', ')}`;

function table(run: DryRun): string {
  const span = run.years.from === run.years.to ? `${run.years.from}` : `${run.years.from}-${run.years.to}`;
  if (!run.rows.length) return `no closed cycles in ${span}`;
  const s = run.summary;
  return [
    `${span} under ${ruleText[run.rule]}:`,
    `country  year  ${'did'.padEnd(9)}  ${'would'.padEnd(9)}  change`,
    ...run.rows.map((r) => `${r.country.padEnd(7)}  ${r.year}  ${letters(r.did).padEnd(9)}  ${letters(r.would).padEnd(9)}  ${r.change}`),
    '',
    `${s.compared} cycles compared: ${s.flaggedBefore} flagged when they closed, ${s.flaggedUnderProposal} under the proposal; ${s.newly} newly flagged, ${s.noLonger} no longer flagged.`,
    legend,
  ].join('\n');
}

export function registerPolicy(program: Command): void {
  const policy = program.command('policy').description('cycle policies');

  policy
    .command('dry-run')
    .description(
      'what the closed cycles of these years would have flagged to the GCM under a policy, against what they flagged (changes nothing)',
    )
    .requiredOption('--file <policy.json>', 'the proposed cycle policy, e.g. {"escalation": "any-shortfall"}')
    .requiredOption('--years <Y or Y-Y>', 'the closed cycles to compare, e.g. 2026-2028 or 2027')
    .action(async (opts: { file: string; years: string }) => {
      const run = await policyDryRun(client(), { policy: readJson(opts.file, 'file'), years: opts.years });
      print(table(run), run);
    });
}
