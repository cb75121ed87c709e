import type { Client } from '@temporalio/client';
import type { CountryState } from '../domain/record/country-record';
import type { AssistanceGivenArgs, AssistanceMatchArgs, AssistanceOfferArgs, AssistanceRequestArgs } from '../domain/assistance/args';
import type { UpdateDefinition } from '@temporalio/client';
import * as messages from '../workflows/country/messages';
import { countryWorkflowId } from '../domain/shared/workflow-ids';
import { actAs, type Actor } from './actor';
import { refusalsOf } from './errors';
import { countryCode } from './inputs';

// Assistance on a country's record (DESIGN.md §8): the record's Updates, sent as the person who acts.

type Without<T> = Omit<T, 'as'>;

function assistanceTask<A extends { as: string }>(
  client: Client,
  task: { country: string; actor: Actor },
  update: UpdateDefinition<CountryState, [A]>,
  args: Omit<A, 'as'>,
): Promise<CountryState> {
  const code = countryCode(task.country);
  return refusalsOf({ code: 'notFound', what: 'country', country: code }, () =>
    actAs(client.workflow.getHandle(countryWorkflowId(code)), update, task.actor, args),
  );
}

/** A focal point asks for assistance against a need (mechanism I–IV). */
export const requestAssistance = (client: Client, task: { country: string; actor: Actor; request: Without<AssistanceRequestArgs> }) =>
  assistanceTask(client, task, messages.requestAssistance.update, task.request);

/** A partner's contact offers assistance on a request (the secretariat, reactivation support on its own). */
export const offerAssistance = (client: Client, task: { country: string; actor: Actor; offer: Without<AssistanceOfferArgs> }) =>
  assistanceTask(client, task, messages.offerAssistance.update, task.offer);

/** The secretariat matches an offer to its request. */
export const matchAssistance = (client: Client, task: { country: string; actor: Actor; match: Without<AssistanceMatchArgs> }) =>
  assistanceTask(client, task, messages.matchAssistance.update, task.match);

/** The secretariat records what was given and when. */
export const recordAssistanceGiven = (client: Client, task: { country: string; actor: Actor; given: Without<AssistanceGivenArgs> }) =>
  assistanceTask(client, task, messages.recordAssistanceGiven.update, task.given);
