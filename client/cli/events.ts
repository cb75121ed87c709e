import type { Command } from 'commander';
import { cancelEvent, createEvent, eventState, listEvents, redrawEvent } from '../../app/events';
import type { EventDetailsInput, EventState } from '../../domain/event/event';
import { client, operator, print, readJson } from './shell';
import { storesFromEnv } from '../../store/settings';

// `pathfinder events`: the Alliance's events (R2), as the secretariat creates them in the portal (/events).

/** One line per country of the list: invited, or left out with its status. */
const listLines = (s: EventState) =>
  s.countries.map((c) => `  ${c.code}  ${c.invited ? `invited ${c.invitedAt?.slice(0, 10) ?? ''}` : `left out (${c.status})`}`);

export function registerEvents(program: Command): void {
  const events = program.command('events').description("the Alliance's events: invitations to active countries only (R2)");

  events
    .command('create')
    .description('create an event; its invitation list is drawn from the country records and the invitations sent')
    .requiredOption('--file <event.json>', 'see examples/event.json')
    .requiredOption('--as <email>', 'the secretariat member')
    .action(async (opts: { file: string; as: string }) => {
      const event = readJson(opts.file, 'file') as EventDetailsInput;
      const id = await createEvent(client(), { event, actor: operator(opts.as) });
      print(`event created: ${id}; its invitation list is being drawn (events show --id ${id})`, { workflowId: id });
    });

  events
    .command('list')
    .description('every event, the latest first')
    .action(async () => {
      const all = await listEvents(client(), storesFromEnv().records);
      const lines = all.map((s) => `${s.event.date}  ${s.stage.padEnd(9)}  ${s.workflowId}  ${s.event.title}`);
      print(lines.join('\n') || 'no event', all);
    });

  events
    .command('show')
    .description('an event and its invitation list: who was invited, who was left out and why')
    .requiredOption('--id <event-id>', 'the event, e.g. event-2027-06-10-annual-workshop-2027')
    .action(async (opts: { id: string }) => {
      const s = await eventState(client(), opts.id, storesFromEnv().records);
      print([`${s.event.title} (${s.event.kind}), ${s.event.date}: ${s.stage}`, ...listLines(s)].join('\n'), s);
    });

  events
    .command('redraw')
    .description('draw the invitation list again: a country reactivated since, or a new focal point, is invited')
    .requiredOption('--id <event-id>', 'the event')
    .requiredOption('--as <email>', 'the secretariat member')
    .action(async (opts: { id: string; as: string }) => {
      const s = await redrawEvent(client(), { workflowId: opts.id, actor: operator(opts.as) });
      print(`the invitation list of ${s.workflowId} is being drawn again`, s);
    });

  events
    .command('cancel')
    .description('cancel the event; those invited are told, with the reason')
    .requiredOption('--id <event-id>', 'the event')
    .requiredOption('--reason <text>', 'told to those invited')
    .requiredOption('--as <email>', 'the secretariat member')
    .action(async (opts: { id: string; reason: string; as: string }) => {
      const s = await cancelEvent(client(), { workflowId: opts.id, reason: opts.reason, actor: operator(opts.as) });
      print(`${s.workflowId} cancelled; those invited are told`, s);
    });
}
