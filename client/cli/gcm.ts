import { Option, type Command } from 'commander';
import { checkIn, decide, escalationStatus, recordDialogue, startSupport } from '../../app/escalation';
import type { EscalationState } from '../../domain/escalation/gcm-escalation';
import { InputRejected } from '../../app/errors';
import { client, operator, person, print, readJson, repeated } from './shell';

interface Flagged {
  country: string;
  year: string;
}

const flaggedCommand = (cmd: Command) =>
  cmd.requiredOption('--country <ISO3>', 'country').requiredOption('--year <year>', 'the cycle year that raised the flag');
const summary = (s: EscalationState) =>
  `${s.country.code} escalation ${s.year}: ${s.stage}, ${s.dialogue.length} dialogue record(s)${s.support ? `, support ${s.support.mechanisms.join('+')}` : ''}`;

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

  flaggedCommand(gcm.command('support').description('form a support sub-group (R21)'))
    .requiredOption(
      '--mechanism <I,II,III,IV>',
      'support mechanisms: I knowledge sharing, II technical assistance, III development cooperation, IV coordination',
    )
    .requiredOption('--member <name:email>', 'a sub-group member; repeat for several', repeated)
    .option('--check-in-every <days>', 'days between check-ins', '30')
    .requiredOption('--as <email>', 'the GCM member acting')
    .action(async (opts: Flagged & { mechanism: string; member: string[]; checkInEvery: string; as: string }) => {
      const s = await startSupport(client(), {
        country: opts.country,
        year: opts.year,
        mechanisms: opts.mechanism.split(',').map((m) => m.trim()),
        members: opts.member.map((m) => person(m)),
        checkInEveryDays: Number(opts.checkInEvery),
        actor: operator(opts.as),
      });
      print(`support sub-group formed; ${summary(s)}`, s);
    });

  flaggedCommand(gcm.command('decide').description('close the escalation: the country resumes, or is declared inactive (R22)'))
    .addOption(new Option('--decision <decision>', 'resumed or inactive').choices(['resumed', 'inactive']).makeOptionMandatory())
    .requiredOption('--reason <text>', 'why; the country is told')
    .option('--meeting <date>', 'the date of the GCM meeting that took it (YYYY-MM-DD)')
    .option('--written-procedure <date>', 'or the date a written procedure concluded (YYYY-MM-DD)')
    .requiredOption('--reference <text>', 'the minutes or note that record the decision')
    .requiredOption('--as <email>', 'the GCM member recording the consensus')
    .action(
      async (
        opts: Flagged & {
          decision: 'resumed' | 'inactive';
          reason: string;
          meeting?: string;
          writtenProcedure?: string;
          reference: string;
          as: string;
        },
      ) => {
        if (!opts.meeting === !opts.writtenProcedure)
          throw new InputRejected(
            'meeting/written-procedure: give one, the date of the GCM meeting or of the written procedure that took the decision',
          );
        const takenAt = {
          how: opts.meeting ? ('meeting' as const) : ('written-procedure' as const),
          on: (opts.meeting ?? opts.writtenProcedure)!,
          reference: opts.reference,
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
    .requiredOption('--as <email>', 'the sub-group member')
    .action(async (opts: Flagged & { note: string; ready?: boolean; as: string }) => {
      const checkIns = await checkIn(client(), {
        country: opts.country,
        year: opts.year,
        note: opts.note,
        readyToResume: opts.ready ?? false,
        actor: operator(opts.as),
      });
      print(`check-in recorded (${checkIns.length} so far)`, checkIns);
    });
}
