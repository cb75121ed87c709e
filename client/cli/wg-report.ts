import { Option, type Command } from 'commander';
import { reviewWgFlag, signOffWgReport, wgReportOfYear, writeWgNarrative } from '../../app/wg-report';
import { InputRejected } from '../../app/errors';
import { client, operator, print } from './shell';

// The Working Group's report of a year (R18, DESIGN.md §7): drafted at the close, edited by the WG, signed
// off by its chair; only then does it go to the GCM.

export function registerWgReport(program: Command): void {
  const wg = program.command('wg-report').description("the Working Group's report of a year to the GCM");

  wg.command('show')
    .description('the report as drafted, edited and signed so far, with the flags still to review')
    .requiredOption('--year <YYYY>', 'the cycle year')
    .action(async (opts: { year: string }) => {
      const s = await wgReportOfYear(client(), opts.year);
      const r = s.report;
      const unreviewed = r?.rows
        .filter((row) => row.flagged && !r.flagReviews?.some((f) => f.country === row.country))
        .map((row) => row.country);
      const line = !r
        ? `${s.year}: no report yet (${s.stage})`
        : `${s.year}: ${s.stage}; ${r.rows.length} countries; proposed flags: ${
            r.rows
              .filter((row) => row.flagged)
              .map((row) => row.country)
              .join(', ') || 'none'
          }` +
          (unreviewed?.length ? `; still to confirm or withdraw: ${unreviewed.join(', ')}` : '') +
          (r.signedAt
            ? `; signed off by ${r.signedByName ? `${r.signedByName} <${r.signedBy}>` : r.signedBy} on ${r.signedAt.slice(0, 10)}`
            : '') +
          (r.gcm
            ? `; GCM decision ${r.gcm.decision}${r.gcm.outcome ? ` (${r.gcm.outcome.result} on ${r.gcm.outcome.decidedOn})` : ''}`
            : '');
      print(line, s);
    });

  wg.command('narrative')
    .description("a member's narrative on one country (an empty text removes it)")
    .requiredOption('--year <YYYY>', 'the cycle year')
    .requiredOption('--country <ISO3>', 'the country')
    .requiredOption('--text <text>', 'what the Working Group tells the GCM about the country')
    .option('--social-dialogue <text>', "what the Working Group says of the country's social dialogue: did the social partners take part?")
    .requiredOption('--as <email>', 'a member of the Working Group')
    .action(async (opts: { year: string; country: string; text: string; socialDialogue?: string; as: string }) => {
      const s = await writeWgNarrative(client(), {
        year: opts.year,
        country: opts.country,
        text: opts.text,
        socialDialogue: opts.socialDialogue,
        actor: operator(opts.as),
      });
      print(`narrative on ${opts.country.toUpperCase()} saved`, s);
    });

  wg.command('flag')
    .description('the Working Group confirms or withdraws a proposed flag, with the reason')
    .requiredOption('--year <YYYY>', 'the cycle year')
    .requiredOption('--country <ISO3>', 'the flagged country')
    .addOption(new Option('--confirm', 'the flag stands').conflicts('withdraw'))
    .addOption(new Option('--withdraw', 'the flag is withdrawn'))
    .requiredOption('--reason <text>', "the Working Group's reason")
    .requiredOption('--as <email>', 'a member of the Working Group')
    .action(async (opts: { year: string; country: string; confirm?: boolean; withdraw?: boolean; reason: string; as: string }) => {
      if (!opts.confirm && !opts.withdraw) throw new InputRejected('decision: say --confirm or --withdraw');
      const decision = opts.confirm ? ('confirmed' as const) : ('withdrawn' as const);
      const s = await reviewWgFlag(client(), {
        year: opts.year,
        country: opts.country,
        decision,
        reason: opts.reason,
        actor: operator(opts.as),
      });
      print(`flag of ${opts.country.toUpperCase()} ${decision}`, s);
    });

  wg.command('sign-off')
    .description('the chair signs the report off: it is published and goes to the GCM, who take note of it before the status updates go')
    .requiredOption('--year <YYYY>', 'the cycle year')
    .requiredOption('--as <email>', 'the chair of the Working Group')
    .action(async (opts: { year: string; as: string }) => {
      const s = await signOffWgReport(client(), { year: opts.year, actor: operator(opts.as) });
      print(`signed off; the report goes to the GCM (decisions list shows its decision)`, s);
    });
}
