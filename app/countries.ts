import type { RoadmapDocumentInput } from '../domain/roadmap/document';
import type { Client } from '@temporalio/client';
import type { Country } from '../domain/shared/country';
import type { CountryState } from '../domain/record/country-record';
import { parseInput } from '../domain/cycle/policy';
import { governanceOf, registrySchema } from '../domain/record/registry';
import { readCountries } from '../client/registry';
import { registryKeysFromEnv, signRegistryEntry } from '../client/registry-signature';
import type { SigningKeys } from '../client/tokens';
import * as messages from '../workflows/country/messages';
import { TASK_QUEUE } from '../client/config';
import { actAs, type Actor } from './actor';
import { refusalsOf } from './errors';
import { countryCode } from './inputs';
import { countryWorkflowId, workflowTypes } from '../domain/shared/workflow-ids';
import type { RefusalReason } from '../domain/shared/refusals';

// The country registry and each country's record (`pathfinder-<ISO3>`).

/**
 * Registers or updates every country of a registry file's content (idempotent); returns their codes. Each
 * entry is signed with the registry keys, without which a country's record does not take it.
 */
export async function importRegistry(
  client: Client,
  registry: unknown,
  source = 'registry',
  keys: SigningKeys = registryKeysFromEnv(),
): Promise<string[]> {
  const { countries, ...roles } = parseInput(registrySchema, source, registry);
  const governance = governanceOf(roles);
  for (const country of countries) {
    const entry = { country, governance };
    await client.workflow.signalWithStart(workflowTypes.country, {
      workflowId: countryWorkflowId(country.code),
      taskQueue: TASK_QUEUE,
      args: [entry],
      signal: messages.updateCountrySignal,
      signalArgs: [{ ...entry, signature: await signRegistryEntry(keys, entry) }],
    });
  }
  return countries.map((c) => c.code);
}

/** Registered countries, optionally of one status. */
export async function listCountries(client: Client, filter: { status?: string } = {}): Promise<Country[]> {
  return (await readCountries(client)).map((r) => r.country).filter((c) => !filter.status || c.status === filter.status);
}

const notRegistered = (code: string): RefusalReason => ({ code: 'notFound', what: 'country', country: code, withCommand: true });

/** One country's record: status, people, roadmaps, every cycle's outcome, flags and history. */
export function countryRecord(client: Client, country: string): Promise<CountryState> {
  const code = countryCode(country);
  return refusalsOf(notRegistered(code), () => client.workflow.getHandle(countryWorkflowId(code)).query(messages.getRecordQuery));
}

/** Throws NotFound unless every named country is registered. */
export async function requireRegistered(client: Client, codes: string[]): Promise<void> {
  for (const code of codes) await countryRecord(client, code);
}

function recordTask(client: Client, country: string, call: (h: ReturnType<Client['workflow']['getHandle']>) => Promise<CountryState>) {
  const code = countryCode(country);
  return refusalsOf({ code: 'notFound', what: 'country', country: code }, () => call(client.workflow.getHandle(countryWorkflowId(code))));
}

/** The secretariat replaces the focal point and/or the deputy. */
export function changeFocalPoints(client: Client, task: { country: string; people: object; actor: Actor }): Promise<CountryState> {
  return recordTask(client, task.country, (h) => actAs(h, messages.changeFocalPoints.update, task.actor, task.people));
}

/** An active country updates its roadmap (R12). */
/** R12: a new version of the roadmap, the whole document or (as before 1.1) a line saying what changed. */
export function updateRoadmap(
  client: Client,
  task: { country: string; summary?: string; document?: RoadmapDocumentInput; actor: Actor },
): Promise<CountryState> {
  const { summary, document } = task;
  return recordTask(client, task.country, (h) =>
    actAs(h, messages.updateRoadmap.update, task.actor, { ...(summary !== undefined && { summary }), ...(document && { document }) }),
  );
}

/** An inactive country files its reactivation request with evidence and letter (R23). */
export function requestReactivation(client: Client, task: { country: string; request: unknown; actor: Actor }): Promise<CountryState> {
  return recordTask(client, task.country, (h) =>
    actAs(h, messages.requestReactivation.update, task.actor, { request: task.request as never }),
  );
}
