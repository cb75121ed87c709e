import { Option, type Command } from 'commander';
import { assessReview, assignReviewers, submitReport, submitReview, submitRevision } from '../../app/cycles';
import { InputRejected } from '../../app/errors';
import type { Signs } from '../../domain/cycle/state';
import { countryCode, cycleYear } from '../../app/inputs';
import { cycleSummary } from './cycles';
import { client, operator, person, print, readJson, readText, repeated } from './shell';

interface ReviewOptions {
  country: string;
  year: string;
  as: string;
  met?: string;
  notMet?: string;
  commentsFile?: string;
  evidenceGuidance?: string;
  participationGuidance?: string;
}

/** The comments and guidance of a review's options. */
const said = (opts: ReviewOptions) => ({
  comments: opts.commentsFile ? readText(opts.commentsFile, 'comments-file') : '',
  guidance: { evidence: opts.evidenceGuidance, participation: opts.participationGuidance },
});

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

/** R19's signs (b)–(e) by their letters, as `--met` and `--not-met` name them. */
const signLetters: Record<string, keyof Signs> = {
  b: 'commentsAnswered',
  c: 'indicatorFrameworkUpdated',
  d: 'evidenceOfProgress',
  e: 'evidenceOfCollaboration',
};

/** The signs named met and not met (letters b–e, comma-separated); each of the four once. */
function signsOf(opts: { met?: string; notMet?: string }): Signs {
  const letters = (list: string | undefined, field: string) =>
    (list ?? '')
      .split(',')
      .map((l) => l.trim().toLowerCase())
      .filter(Boolean)
      .map((l) => {
        if (!signLetters[l]) throw new InputRejected(`${field}: "${l}" is not one of the signs b, c, d, e`);
        return l;
      });
  const [met, notMet] = [letters(opts.met, 'met'), letters(opts.notMet, 'not-met')];
  const twice = met.find((l) => notMet.includes(l));
  if (twice) throw new InputRejected(`not-met: sign ${twice} is also given as met`);
  const left = Object.keys(signLetters).filter((l) => !met.includes(l) && !notMet.includes(l));
  if (left.length)
    throw new InputRejected(
      `met: say whether sign${left.length > 1 ? 's' : ''} ${left.join(', ')} ${left.length > 1 ? 'are' : 'is'} met or not (--met or --not-met)`,
    );
  return Object.fromEntries(Object.entries(signLetters).map(([l, name]) => [name, met.includes(l)])) as unknown as Signs;
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
    .command('assess')
    .description("an assigned reviewer's assessment of signs (b)-(e) for the round; may be given again until the lead sends the decision")
    .requiredOption('--country <ISO3>', 'country')
    .requiredOption('--year <year>', 'cycle year')
    .requiredOption('--as <email>', 'the assigned reviewer')
    .option(
      '--met <signs>',
      'signs met, by letter: b (comments answered), c (indicator framework updated), d (evidence of progress), e (evidence of collaboration)',
    )
    .option('--not-met <signs>', 'signs not met, by letter (b, c, d, e); every sign is named once, met or not')
    .option('--comments-file <file>', 'comments for the review lead and the country')
    .option('--evidence-guidance <text>', 'guidance on improving evidence of progress')
    .option('--participation-guidance <text>', 'guidance on stakeholder participation')
    .action(async (opts: ReviewOptions) => {
      const signs = signsOf(opts);
      const s = await assessReview(client(), { country: opts.country, year: opts.year, signs, ...said(opts), actor: operator(opts.as) });
      print(`assessment recorded (${s.assessments?.filter((a) => a.round === s.round).length ?? 0} this round); ${cycleSummary(s)}`, s);
    });

  review
    .command('submit')
    .description(
      "the Working Group's decision: accept the report or ask for a revision (sent by the review lead once enough reviewers have assessed)",
    )
    .requiredOption('--country <ISO3>', 'country')
    .requiredOption('--year <year>', 'cycle year')
    .requiredOption('--as <email>', 'the review lead (in cycles begun before 1.1: any assigned reviewer)')
    .addOption(new Option('--decision <decision>', 'accept or revise').choices(['accept', 'revise']).makeOptionMandatory())
    .option('--met <signs>', "the Working Group's judgment: signs met, by letter (b, c, d, e); R19 counts it")
    .option('--not-met <signs>', 'signs not met, by letter; every sign is named once, met or not')
    .option('--comments-file <file>', 'comments for the country (required with revise)')
    .option('--evidence-guidance <text>', 'guidance on improving evidence of progress')
    .option('--participation-guidance <text>', 'guidance on stakeholder participation')
    .action(async (opts: ReviewOptions & { decision: 'accept' | 'revise' }) => {
      // The Working Group judges every sign: R19 counts its judgment, not the country's declaration.
      const signs = signsOf(opts);
      const s = await submitReview(client(), {
        country: opts.country,
        year: opts.year,
        decision: opts.decision,
        ...said(opts),
        signs,
        actor: operator(opts.as),
      });
      print(`review recorded; ${cycleSummary(s)}`, s);
    });

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
