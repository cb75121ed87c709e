import { WorkflowExecutionAlreadyStartedError, type Client } from '@temporalio/client';
import { DateTime } from 'luxon';
import { createEventArgs, dayAfter, type EventDetailsInput, type EventState } from '../domain/event/event';
import { parseInput, requireSender } from '../domain/cycle/policy';
import { secretariatPeople } from '../domain/shared/roles';
import { eventWorkflowId, workflowTypes } from '../domain/shared/workflow-ids';
import { readCountries, registeredCodes } from '../client/registry';
import { TASK_QUEUE } from '../client/config';
import * as messages from '../workflows/event/messages';
import { actAs, type Actor } from './actor';
import { keptStates, statesOf, visibleThenKept } from './listing';
import { InputRejected, NotFound, NotNow, refusalsOf } from './errors';
import { getJson, type ObjectStore } from '../store/object-store';
import { keptRecordKey, type KeptRecord } from '../activities/kept-records';

// Alliance events (R2): the secretariat creates one, and its workflow draws the invitation list from the
// country records; the secretariat may draw it again or cancel the event.

/** An event of this day and title exists already: its id is taken. */
export class EventExists extends NotNow {
  override name = 'EventExists';
}

const eventId = (workflowId: string) => {
  if (!/^event-\d{4}-\d{2}-\d{2}-[a-z0-9-]+$/.test(workflowId)) throw new InputRejected(`event: ${workflowId} is not the id of an event`);
  return workflowId;
};

/**
 * Creates an event as a member of the secretariat; returns its workflow id. The roles are the registry's
 * (any record holds them); `countries` limits the list to these, every registered country otherwise.
 */
export async function createEvent(client: Client, task: { event: EventDetailsInput; actor: Actor; countries?: string[] }): Promise<string> {
  // An event whose day is over would invite and tell everyone at once, and could no longer be cancelled.
  const ahead = createEventArgs().superRefine((a, ctx) => {
    if (dayAfter(a.event) <= DateTime.utc())
      ctx.addIssue({
        code: 'custom',
        path: ['event', 'date'],
        message: 'is past: an event invites to a day still ahead',
        params: { reason: 'pastDay' },
      });
  });
  const { as, event } = parseInput(ahead, 'event', { as: task.actor.email, event: task.event });
  const [record] = await readCountries(client, task.countries?.slice(0, 1) ?? (await registeredCodes(client)).slice(0, 1));
  if (!record) throw InputRejected.because({ code: 'notYet', needs: 'registry' });
  const governance = record.governance;
  requireSender(as, secretariatPeople(governance), { role: 'secretariat', email: governance.secretariat.email });
  const workflowId = eventWorkflowId(event.date, event.title);
  try {
    await client.workflow.start(workflowTypes.allianceEvent, {
      workflowId,
      taskQueue: TASK_QUEUE,
      args: [{ event, createdBy: as, governance, ...(task.countries && { countries: task.countries }) }],
      workflowIdConflictPolicy: 'FAIL',
      workflowIdReusePolicy: 'REJECT_DUPLICATE',
    });
  } catch (error) {
    if (error instanceof WorkflowExecutionAlreadyStartedError) throw new EventExists(`event: ${workflowId} exists already`);
    throw error;
  }
  return workflowId;
}

/**
 * An event, as its workflow keeps it; once the run has left Temporal, as it was kept in the records store
 * when it ended (`records`: the store's records area).
 */
export async function eventState(client: Client, workflowId: string, records: ObjectStore): Promise<EventState> {
  const id = eventId(workflowId);
  try {
    return await refusalsOf(`event: ${id} does not exist`, () => client.workflow.getHandle(id).query(messages.getEventQuery));
  } catch (error) {
    if (!(error instanceof NotFound)) throw error;
    // The id starts with the event's day, whose year the record is kept under.
    const kept = await getJson<KeptRecord<EventState>>(
      records,
      keptRecordKey('events', id.slice('event-'.length, 'event-'.length + 4), id),
    );
    if (!kept) throw error;
    return kept.state;
  }
}

/**
 * Every event, the latest first: those the server lists (the dev server or a cluster's visibility store),
 * and those that have left it since they ended, from their records in the store.
 */
export async function listEvents(client: Client, records: ObjectStore): Promise<EventState[]> {
  const [visible, kept] = await Promise.all([
    statesOf(client, `WorkflowType = '${workflowTypes.allianceEvent}'`, messages.getEventQuery),
    keptStates<EventState>(records, 'events'),
  ]);
  return visibleThenKept(visible, kept, (e) => e.workflowId).sort(
    (a, b) => b.event.date.localeCompare(a.event.date) || a.workflowId.localeCompare(b.workflowId),
  );
}

/** The secretariat draws the invitation list again: a country reactivated since is invited, a newcomer focal point too. */
export const redrawEvent = (client: Client, task: { workflowId: string; actor: Actor }) =>
  refusalsOf(`event: ${task.workflowId} does not exist`, () =>
    actAs(client.workflow.getHandle(eventId(task.workflowId)), messages.redraw.update, task.actor, {}),
  );

/** The secretariat cancels the event; those invited are told why. */
export const cancelEvent = (client: Client, task: { workflowId: string; actor: Actor; reason: string }) =>
  refusalsOf(`event: ${task.workflowId} does not exist`, () =>
    actAs(client.workflow.getHandle(eventId(task.workflowId)), messages.cancelEvent.update, task.actor, { reason: task.reason }),
  );
