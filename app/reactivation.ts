import type { Client } from '@temporalio/client';
import { getReactivationQuery, verify } from '../workflows/reactivation/messages';
import { actAs, type Actor } from './actor';
import { NotFound, refusalsOf } from './errors';
import { countryCode } from './inputs';
import { countryRecord } from './countries';
import type { RefusalReason } from '../domain/shared/refusals';
import type { ReactivationState } from '../domain/reactivation/reactivation';
import { keptRecordKey, type KeptRecord } from '../activities/kept-records';
import { getJson, type ObjectStore } from '../store/object-store';

// Reactivation (R23): the country files its request on its record (countries.ts, requestReactivation);
// the secretariat verifies it here.

/** The workflow of the country's open request, and what to say when there is none. */
async function openRequest(client: Client, country: string) {
  const code = countryCode(country);
  const none: RefusalReason = { code: 'notFound', what: 'reactivationRequest', country: code };
  const open = (await countryRecord(client, code)).reactivations.find((r) => !r.closedAt);
  if (!open) throw NotFound.because(none);
  return { handle: client.workflow.getHandle(open.workflowId), none };
}

/** The secretariat verifies the open request: the evidence holds (active again) or it does not. */
export async function verifyReactivation(client: Client, task: { country: string; verified: boolean; note: string; actor: Actor }) {
  const { handle, none } = await openRequest(client, task.country);
  return refusalsOf(none, () => actAs(handle, verify.update, task.actor, { verified: task.verified, note: task.note }));
}

/** The country's open reactivation request, with its evidence and letter. */
export async function openReactivation(client: Client, country: string) {
  const { handle } = await openRequest(client, country);
  return { workflowId: handle.workflowId, ...(await handle.query(getReactivationQuery)) };
}

/**
 * A reactivation request's state by its workflow's id, open or closed; once its run has left the server,
 * as the run kept it in the records store (activities/kept-records.ts).
 */
export async function reactivationState(client: Client, workflowId: string, records?: ObjectStore): Promise<ReactivationState> {
  try {
    return await refusalsOf(`reactivation: ${workflowId} does not exist`, () =>
      client.workflow.getHandle(workflowId).query(getReactivationQuery),
    );
  } catch (error) {
    if (!(error instanceof NotFound) || !records) throw error;
    for (const year of await records.list('reactivations/')) {
      const kept = await getJson<KeptRecord<ReactivationState>>(
        records,
        keptRecordKey('reactivations', year.replace(/\/$/, ''), workflowId),
      );
      if (kept) return kept.state;
    }
    throw error;
  }
}
