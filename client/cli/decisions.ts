import { Option, type Command } from 'commander';
import { answerDecision, circulateDecision, decision, openDecisions, recordDecisionMeeting } from '../../app/decisions';
import { InputRejected } from '../../app/errors';
import { client, operator, print } from './shell';

// A body's decisions (DESIGN.md §7): the GCM's and the Working Group's, by meeting or silence procedure.

const list = (value: string) =>
  value
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);

/** `member=reason`: an objection raised at the meeting. */
const objection = (value: string, previous: { member: string; reason: string }[] = []) => {
  const at = value.indexOf('=');
  if (at < 1) throw new InputRejected(`objection: ${value} is not member=reason`);
  return [...previous, { member: value.slice(0, at).trim(), reason: value.slice(at + 1).trim() }];
};

export function registerDecisions(program: Command): void {
  const decisions = program.command('decisions').description("the GCM's and the Working Group's decisions");

  decisions
    .command('list')
    .description('decisions still waiting for their procedure or outcome')
    .action(async () => {
      const open = await openDecisions(client());
      print(open.map((d) => `${d.workflowId}  ${d.stage}  ${d.proposal}`).join('\n') || 'no decision waits', open);
    });

  decisions
    .command('show')
    .description('one decision: its proposal, procedure, answers, objections and outcome')
    .requiredOption('--id <decision>', 'e.g. decision-gcm-grant-CHL-1')
    .action(async (opts: { id: string }) => {
      const d = await decision(client(), opts.id);
      print(`${d.workflowId}: ${d.proposal} (${d.stage})`, d);
    });

  decisions
    .command('circulate')
    .description('put the proposal to the members under a written silence procedure')
    .requiredOption('--id <decision>', 'the decision')
    .option('--until <YYYY-MM-DD>', "the last day of the silence period (default: the policy's)")
    .requiredOption('--as <email>', "the body's chair or a member of the secretariat")
    .action(async (opts: { id: string; until?: string; as: string }) => {
      const d = await circulateDecision(client(), { workflowId: opts.id, until: opts.until, actor: operator(opts.as) });
      print(`circulated; adopted unless a member objects by ${d.silence!.endsAt}`, d);
    });

  decisions
    .command('answer')
    .description("a member's answer to a silence procedure")
    .requiredOption('--id <decision>', 'the decision')
    .addOption(new Option('--no-objection', 'the member does not object').conflicts('object'))
    .addOption(new Option('--object <reason>', 'the member objects, for this reason'))
    .requiredOption('--as <email>', 'the member')
    .action(async (opts: { id: string; objection?: boolean; object?: string; as: string }) => {
      if (opts.objection !== false && opts.object === undefined) throw new InputRejected('answer: say --no-objection or --object <reason>');
      const answer = opts.object === undefined ? ('no-objection' as const) : ('object' as const);
      const d = await answerDecision(client(), { workflowId: opts.id, answer, reason: opts.object ?? '', actor: operator(opts.as) });
      print(answer === 'object' ? 'objection recorded: the question goes to the next meeting' : 'no objection recorded', d);
    });

  decisions
    .command('record-meeting')
    .description('record the meeting that decided: adopted by consensus unless someone present objected')
    .requiredOption('--id <decision>', 'the decision')
    .requiredOption('--held-on <YYYY-MM-DD>', "the meeting's day")
    .requiredOption('--present <emails>', 'the members present, comma-separated', list)
    .requiredOption('--minutes <text>', 'the minutes, or their reference')
    .option('--objection <member=reason>', 'an objection raised at the meeting (repeat for several)', objection)
    .requiredOption('--as <email>', "the body's chair or a member of the secretariat")
    .action(
      async (opts: {
        id: string;
        heldOn: string;
        present: string[];
        minutes: string;
        objection?: { member: string; reason: string }[];
        as: string;
      }) => {
        const d = await recordDecisionMeeting(client(), {
          workflowId: opts.id,
          heldOn: opts.heldOn,
          present: opts.present,
          minutes: opts.minutes,
          objections: opts.objection ?? [],
          actor: operator(opts.as),
        });
        print(`${d.stage} on ${d.outcome!.decidedOn}`, d);
      },
    );
}
