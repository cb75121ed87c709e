import type { Client } from '@temporalio/client';
import type { QueryDefinition } from '@temporalio/common';

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
