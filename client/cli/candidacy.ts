import { Option, type Command } from 'commander';
import { candidacyStatus, candidacyStep, startCandidacy } from '../../app/candidacy';
import type { CandidacyState } from '../../domain/candidacy/state';
import { pendingFeedbackOf } from '../../domain/candidacy/candidacy';
import type { CandidacyTask } from '../../domain/candidacy/args';
import { client, operator, person, print, readJson, repeated } from './shell';

/** Where the candidacy stands; a feedback draft before the GCM with the command that shows its decision. */
const summary = (s: CandidacyState) => {
  const draft = s.stage === 'gcm-review' ? pendingFeedbackOf(s) : undefined;
  const pending = draft ? `; feedback draft before the GCM (decisions show --id ${draft.decision})` : '';
  return `${s.code} candidacy: ${s.stage}, attempt ${s.attempt}${pending}`;
};

/** The steps whose content comes from a file: task, command, description, who takes it. */
const fileSteps: [CandidacyTask, string, string, string][] = [
  ['timeline', 'timeline', "the candidate's timeline for its planning steps (R5)", 'focal point or deputy'],
  [
    'stakeholders',
    'stakeholders',
    'stakeholder and coordination mapping, with at least one coordination body (R6)',
    'focal point or deputy',
  ],
  ['situation', 'situation', 'the SDG 8.7 situation mapping (R7)', 'focal point or deputy'],
  ['workshop', 'workshop', 'a strategic planning workshop with its stock-take (R8); one or more', 'focal point or deputy'],
  ['roadmap', 'roadmap', 'the roadmap, or national action plans covering child labour and forced labour (R9)', 'focal point or deputy'],
  ['presentation', 'present', 'the presentation at a regular GCM meeting (R10)', 'secretariat or GCM member'],
  [
    'feedback',
    'feedback',
    "draft the GCM's feedback on the presentation (R10): the GCM adopts it as a body (decisions circulate, decisions record-meeting), and only then does the candidate receive it",
    'GCM member, the Chair or secretariat staff',
  ],
];

export function registerCandidacy(program: Command): void {
  const candidacy = program
    .command('candidacy')
    .description('a government becoming a pathfinder country: expression of interest, planning, GCM decision');
  const step = async (country: string, task: CandidacyTask, args: object, as: string) => {
    const s = await candidacyStep(client(), { country, task, args, actor: operator(as) });
    print(summary(s), s);
  };

  candidacy
    .command('start')
    .description('record an expression of interest (R3): it names the focal point and the deputy')
    .requiredOption('--file <eoi.json>', 'see examples/candidacy/eoi.json')
    .action(async (opts: { file: string }) => {
      const started = await startCandidacy(client(), readJson(opts.file, 'file'));
      print(`candidacy of ${started.name} (${started.code}) opened; the secretariat acknowledges it next`, {
        workflowId: started.workflowId,
      });
    });

  candidacy
    .command('status')
    .description('where a candidacy stands and what is still missing')
    .requiredOption('--country <ISO3>', 'country')
    .action(async (opts: { country: string }) => {
      const s = await candidacyStatus(client(), opts.country);
      const steps = s.timeline.map((t) =>
        `  ${t.step.padEnd(20)} due ${t.due}  ${s.done[t.step] ? `done ${s.done[t.step]!.slice(0, 10)}` : ''}`.trimEnd(),
      );
      print(
        [
          summary(s),
          ...(steps.length ? ['timeline:', ...steps] : []),
          '',
          'history:',
          ...s.history.map((h) => `  ${h.at.slice(0, 10)}  ${h.what}`),
        ].join('\n'),
        s,
      );
    });

  candidacy
    .command('acknowledge')
    .description('the secretariat informs the GCM and invites consultations and a planning workshop (R4)')
    .requiredOption('--country <ISO3>', 'country')
    .requiredOption('--reviewer <name:email>', 'a Working Group reviewer for its future reports; repeat for several', repeated)
    .requiredOption('--as <email>', 'the secretariat member')
    .action((opts: { country: string; reviewer: string[]; as: string }) =>
      step(opts.country, 'acknowledge', { reviewers: opts.reviewer.map((r) => person(r, 'reviewer')) }, opts.as),
    );

  for (const [task, name, description, who] of fileSteps) {
    candidacy
      .command(name)
      .description(description)
      .requiredOption('--country <ISO3>', 'country')
      .requiredOption('--file <file.json>', `see examples/candidacy/${task}.json`)
      .requiredOption('--as <email>', who)
      .action((opts: { country: string; file: string; as: string }) =>
        step(opts.country, task, readJson(opts.file, 'file') as object, opts.as),
      );
  }

  candidacy
    .command('follow-up')
    .description("the candidate's follow-up to the GCM feedback (R10)")
    .requiredOption('--country <ISO3>', 'country')
    .requiredOption('--response <text>', 'what the candidate did with the feedback')
    .requiredOption('--as <email>', 'focal point or deputy')
    .action((opts: { country: string; response: string; as: string }) =>
      step(opts.country, 'followUp', { response: opts.response }, opts.as),
    );

  candidacy
    .command('position')
    .description("a GCM member's position; status is granted by consensus, one objection blocks (R11)")
    .requiredOption('--country <ISO3>', 'country')
    .addOption(new Option('--position <position>', 'support or object').choices(['support', 'object']).makeOptionMandatory())
    .option('--reason <text>', 'required with an objection: what is missing')
    .requiredOption('--as <email>', 'the GCM member')
    .action((opts: { country: string; position: string; reason?: string; as: string }) =>
      step(opts.country, 'position', { position: opts.position, reason: opts.reason }, opts.as),
    );

  candidacy
    .command('withdraw')
    .description('the candidate stops')
    .requiredOption('--country <ISO3>', 'country')
    .requiredOption('--reason <text>', 'why')
    .requiredOption('--as <email>', 'focal point or deputy')
    .action((opts: { country: string; reason: string; as: string }) => step(opts.country, 'withdraw', { reason: opts.reason }, opts.as));
}
