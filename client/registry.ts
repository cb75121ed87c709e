import { WorkflowNotFoundError, type Client } from '@temporalio/client';
import type { QueryDefinition } from '@temporalio/common';
import type { CountryState } from '../domain/record/country-record';
import { countryWorkflowId, keyOfWorkflowId, recordQueryName, workflowTypes } from '../domain/shared/workflow-ids';

// The registry as the workflows keep it: one running `pathfinderCountry` workflow per country, each
// answering a query with its record. The workers' activities, the application layer and the portal read it here.

/** A workflow's answer to a query, or undefined if there is no such workflow. */
export async function queryIfExists<T>(client: Client, workflowId: string, query: QueryDefinition<T> | string): Promise<T | undefined> {
  try {
    return await client.workflow.getHandle(workflowId).query<T>(query);
  } catch (error) {
    if (error instanceof WorkflowNotFoundError) return undefined;
    throw error;
  }
}

/** The records of the named countries, or of every registered one; a code with no record is left out. */
export async function readCountries(client: Client, codes?: string[]): Promise<CountryState[]> {
  const wanted = codes ?? (await registeredCodes(client));
  const records = await Promise.all(wanted.map((code) => queryIfExists<CountryState>(client, countryWorkflowId(code), recordQueryName)));
  return records.filter((r): r is CountryState => r !== undefined);
}

export async function registeredCodes(client: Client): Promise<string[]> {
  const codes: string[] = [];
  for await (const run of client.workflow.list({ query: `WorkflowType = '${workflowTypes.country}' AND ExecutionStatus = 'Running'` })) {
    codes.push(keyOfWorkflowId(run.workflowId).code);
  }
  return codes.sort();
}
