import type { Client } from '@temporalio/client';
import type { QueryDefinition } from '@temporalio/common';
import { getJson, type ObjectStore } from '../store/object-store';
import { keptRecordKey, type KeptKind, type KeptRecord } from '../activities/kept-records';

/**
 * The state of each run a visibility query lists, by its query (the dev server or a cluster's visibility
 * store); undefined for a run that does not answer, one that left the server since the listing among them.
 */
export async function statesOf<T>(client: Client, query: string, state: QueryDefinition<T, []>): Promise<(T | undefined)[]> {
  const ids: string[] = [];
  for await (const run of client.workflow.list({ query })) ids.push(run.workflowId);
  return Promise.all(
    ids.map((id) =>
      client.workflow
        .getHandle(id)
        .query(state)
        .catch(() => undefined),
    ),
  );
}

/** Every state a kind of run kept in the records store when it ended: one listing of the years, one per year. */
export async function keptStates<T>(records: ObjectStore, kind: KeptKind): Promise<T[]> {
  const years = (await records.list(`${kind}/`)).filter((y) => /^\d{4}$/.test(y));
  const files = await Promise.all(
    years.map(async (year) => (await records.list(`${kind}/${year}/`)).filter((f) => f.endsWith('.json')).map((f) => ({ year, f }))),
  );
  const kept = await Promise.all(
    files.flat().map(({ year, f }) => getJson<KeptRecord<T>>(records, keptRecordKey(kind, year, f.slice(0, -'.json'.length)))),
  );
  return kept.flatMap((k) => (k ? [k.state] : []));
}

/**
 * The runs still on the server and those only kept in the store, each once: while a run is visible its
 * own state wins (it may still change); once it has left Temporal, its kept state stands for it.
 */
export function visibleThenKept<T>(visible: (T | undefined)[], kept: T[], idOf: (state: T) => string): T[] {
  const shown = visible.filter((s): s is T => s !== undefined);
  const ids = new Set(shown.map(idOf));
  return [...shown, ...kept.filter((k) => !ids.has(idOf(k)))];
}
