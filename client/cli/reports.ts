import { Option, type Command } from 'commander';
import { assignReviewers, submitReport, submitReview, submitRevision } from '../../app/cycles';
import { countryCode, cycleYear } from '../../app/inputs';
import { cycleSummary } from './cycles';
import { client, operator, person, print, readJson, readText, repeated } from './shell';

interface ReportOptions {
  country: string;
  year: string;
  file: string;
  as: string;
}

const reportCommand = (cmd: Command) =>
  cmd
    .requiredOption('--country <ISO3>', 'country')
    .requiredOption('--year <year>', 'cycle year')
    .requiredOption('--file <report.json>', 'the report with its indicator framework')
    .requiredOption('--as <email>', 'focal point or deputy submitting');

/** The country, year and report file of a submission, checked in that order. */
function submission(opts: ReportOptions) {
  const [country, year] = [countryCode(opts.country), cycleYear(opts.year)];
  return { country, year, report: readJson(opts.file, 'file'), actor: operator(opts.as) };
}

export function registerReports(program: Command): void {
  reportCommand(
    program.command('report').description('progress reports').command('submit').description('submit the annual progress report'),
  ).action(async (opts: ReportOptions) => {
    const s = await submitReport(client(), submission(opts));
    print(`report received${s.submissions.at(-1)?.late ? ' (late)' : ''}; ${cycleSummary(s)}`, s);
  });

  reportCommand(
    program
      .command('revision')
      .description('revised reports')
      .command('submit')
      .description('submit a revised report after Working Group feedback'),
  ).action(async (opts: ReportOptions) => {
    const s = await submitRevision(client(), submission(opts));
    print(`revision received; ${cycleSummary(s)}`, s);
  });

  const review = program.command('review').description('Working Group review');

  review
    .command('submit')
    .description('accept a report or ask for a revision')
    .requiredOption('--country <ISO3>', 'country')
    .requiredOption('--year <year>', 'cycle year')
    .requiredOption('--as <email>', 'the assigned reviewer')
    .addOption(new Option('--decision <decision>', 'accept or revise').choices(['accept', 'revise']).makeOptionMandatory())
    .option('--comments-file <file>', 'comments for the country (required with revise)')
    .option('--evidence-guidance <text>', 'guidance on improving evidence of progress')
    .option('--participation-guidance <text>', 'guidance on stakeholder participation')
    .action(
      async (opts: {
        country: string;
        year: string;
        as: string;
        decision: 'accept' | 'revise';
        commentsFile?: string;
        evidenceGuidance?: string;
        participationGuidance?: string;
      }) => {
        const comments = opts.commentsFile ? readText(opts.commentsFile, 'comments-file') : '';
        const guidance = { evidence: opts.evidenceGuidance, participation: opts.participationGuidance };
        const s = await submitReview(client(), {
          country: opts.country,
          year: opts.year,
          decision: opts.decision,
          comments,
          guidance,
          actor: operator(opts.as),
        });
        print(`review recorded; ${cycleSummary(s)}`, s);
      },
    );

  review
    .command('assign')
    .description('replace the Working Group reviewers of a cycle')
    .requiredOption('--country <ISO3>', 'country')
    .requiredOption('--year <year>', 'cycle year')
    .requiredOption('--reviewer <name:email>', 'a reviewer; repeat for several', repeated)
    .requiredOption('--as <email>', 'the secretariat member acting')
    .action(async (opts: { country: string; year: string; reviewer: string[]; as: string }) => {
      const reviewers = opts.reviewer.map((r) => person(r, 'reviewer'));
      const s = await assignReviewers(client(), { country: opts.country, year: opts.year, reviewers, actor: operator(opts.as) });
      print(`reviewers: ${s.reviewers.map((r) => r.email).join(', ')}; ${cycleSummary(s)}`, s);
    });
}
