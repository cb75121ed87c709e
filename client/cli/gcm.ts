import { Option, type Command } from 'commander';
import { checkIn, decide, escalationStatus, proposeEnd, proposeSupport, recordDialogue, startSupport } from '../../app/escalation';
import type { EscalationState } from '../../domain/escalation/gcm-escalation';
import { InputRejected } from '../../app/errors';
import { client, operator, person, print, readJson, repeated } from './shell';

interface Flagged {
  country: string;
  year: string;
}

const flaggedCommand = (cmd: Command) =>
  cmd.requiredOption('--country <ISO3>', 'country').requiredOption('--year <year>', 'the cycle year that raised the flag');
/** The proposal before the GCM, if any, and where its decision is followed. */
const pendingText = (s: EscalationState) => {
  const p = s.proposals?.find((x) => !x.outcome);
  return p ? `, proposal before the GCM: ${p.kind} (pathfinder decisions show --id ${p.decision})` : '';
};
const summary = (s: EscalationState) =>
  `${s.country.code} escalation ${s.year}: ${s.stage}, ${s.dialogue.length} dialogue record(s)${s.support ? `, support ${s.support.mechanisms.join('+')}` : ''}${pendingText(s)}`;

export function registerGcm(program: Command): void {
  const gcm = program.command('gcm').description('the Global Coordinating Group: dialogue, support and decisions on flagged countries');

  flaggedCommand(gcm.command('status').description('where an escalation stands')).action(async (opts: Flagged) => {
    const s = await escalationStatus(client(), opts);
    print(summary(s), s);
  });

  flaggedCommand(gcm.command('dialogue').description('record a dialogue with the country (R20)'))
    .requiredOption(
      '--file <dialogue.json>',
      '{"topics": ["compliance","progress"], "circumstances": "...", "unreportedProgress": "...", "wayForward": {"summary": "...", "supportNeeded": true, "roadmapUpdate": false}}',
    )
    .requiredOption('--as <email>', 'the GCM member recording it')
    .action(async (opts: Flagged & { file: string; as: string }) => {
      const dialogue = readJson(opts.file, 'file') as object;
      const s = await recordDialogue(client(), { country: opts.country, year: opts.year, dialogue, actor: operator(opts.as) });
      print(`dialogue recorded; ${summary(s)}`, s);
    });

  flaggedCommand(gcm.command('support').description('propose a support sub-group to the GCM, which decides it as a body (R21)'))
    .requiredOption(
      '--mechanism <I,II,III,IV>',
      'support mechanisms: I knowledge sharing, II technical assistance, III development cooperation, IV coordination',
    )
    .requiredOption('--member <name:email>', 'a sub-group member; repeat for several', repeated)
    .option('--check-in-every <days>', 'days between check-ins', '30')
    .option('--mandate-months <months>', "how long the sub-group supports the country (default: the policy's bodies.supportMandateMonths)")
    .requiredOption('--as <email>', 'the GCM member, Chair or secretariat staff proposing')
    .action(async (opts: Flagged & { mechanism: string; member: string[]; checkInEvery: string; mandateMonths?: string; as: string }) => {
      const support = {
        country: opts.country,
        year: opts.year,
        mechanisms: opts.mechanism.split(',').map((m) => m.trim()),
        members: opts.member.map((m) => person(m)),
        checkInEveryDays: Number(opts.checkInEvery),
        actor: operator(opts.as),
      };
      // Escalations begun before 1.1 have no proposals: there one member forms the sub-group.
      if (!(await escalationStatus(client(), opts)).proposals) {
        const s = await startSupport(client(), support);
        return print(`support sub-group formed; ${summary(s)}`, s);
      }
      const mandate = opts.mandateMonths === undefined ? {} : { mandateMonths: Number(opts.mandateMonths) };
      const s = await proposeSupport(client(), { ...support, ...mandate });
      print(`support sub-group proposed to the GCM; ${summary(s)}`, s);
    });

  flaggedCommand(
    gcm
      .command('decide')
      .description(
        'propose to the GCM to close the escalation: the country resumes, or is declared inactive (R22); the GCM decides it as a body',
      ),
  )
    .addOption(new Option('--decision <decision>', 'resumed or inactive').choices(['resumed', 'inactive']).makeOptionMandatory())
    .requiredOption('--reason <text>', 'why; the country is told once the GCM has decided')
    .option('--meeting <date>', 'escalations begun before 1.1 only: the date of the GCM meeting that took it (YYYY-MM-DD)')
    .option('--written-procedure <date>', 'escalations begun before 1.1 only: or the date a written procedure concluded (YYYY-MM-DD)')
    .option('--reference <text>', 'escalations begun before 1.1 only: the minutes or note that record the decision')
    .requiredOption('--as <email>', 'the GCM member, Chair or secretariat staff proposing')
    .action(
      async (
        opts: Flagged & {
          decision: 'resumed' | 'inactive';
          reason: string;
          meeting?: string;
          writtenProcedure?: string;
          reference?: string;
          as: string;
        },
      ) => {
        const dated = opts.meeting ?? opts.writtenProcedure ?? opts.reference;
        if ((await escalationStatus(client(), opts)).proposals) {
          // The GCM decides by its own procedure, dated by it: nothing here says when or where.
          if (dated !== undefined)
            throw new InputRejected('meeting/written-procedure/reference: the GCM decides this as a body; propose it without them');
          const s = await proposeEnd(client(), { ...opts, actor: operator(opts.as) });
          return print(`proposal put to the GCM; ${summary(s)}`, s);
        }
        if (!opts.meeting === !opts.writtenProcedure)
          throw new InputRejected(
            'meeting/written-procedure: give one, the date of the GCM meeting or of the written procedure that took the decision',
          );
        const takenAt = {
          how: opts.meeting ? ('meeting' as const) : ('written-procedure' as const),
          on: (opts.meeting ?? opts.writtenProcedure)!,
          reference: opts.reference ?? '',
        };
        const s = await decide(client(), {
          country: opts.country,
          year: opts.year,
          decision: opts.decision,
          reason: opts.reason,
          takenAt,
          actor: operator(opts.as),
        });
        print(`decision recorded; ${summary(s)}`, s);
      },
    );

  program
    .command('support')
    .description('the support sub-group of a flagged country')
    .command('check-in')
    .description('report on the support given; --ready when the country is ready to resume')
    .requiredOption('--country <ISO3>', 'country')
    .requiredOption('--year <year>', 'the cycle year that raised the flag')
    .requiredOption('--note <text>', 'what happened since the last check-in')
    .option('--ready', 'the country is ready to resume')
    .option('--end', 'a final check-in: the sub-group ends its support, the country not ready (R22)')
    .requiredOption('--as <email>', 'the sub-group member')
    .action(async (opts: Flagged & { note: string; ready?: boolean; end?: boolean; as: string }) => {
      const checkIns = await checkIn(client(), {
        country: opts.country,
        year: opts.year,
        note: opts.note,
        readyToResume: opts.ready ?? false,
        endsSupport: opts.end ?? false,
        actor: operator(opts.as),
      });
      print(`check-in recorded (${checkIns.length} so far)`, checkIns);
    });
}
