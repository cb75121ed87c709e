import { WorkflowUpdateFailedError, type Client } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { createPolicyActivities } from '../activities/policy';
import { tellPublicSite } from '../activities/site';
import { TASK_QUEUE } from '../client/config';
import { readCountries, registeredCodes } from '../client/registry';
import { requireSender } from '../domain/cycle/policy';
import { hlpfOpensAt } from '../domain/publication/hlpf';
import type { HlpfCompilation } from '../domain/publication/site';
import { secretariatPeople } from '../domain/shared/roles';
import { publicSiteWorkflowId } from '../domain/shared/workflow-ids';
import { publishHlpfUpdate } from '../workflows/public-site/messages';
import type { Actor } from './actor';
import { InputRejected, NotNow, reasonsOf } from './errors';
import { cycleYear } from './inputs';

// The public site (DESIGN.md §9): its `public-site` workflow writes every site file; here the secretariat
// publishes the HLPF compilation and the operator asks for a full rebuild.

/** The day from which the year's HLPF compilation may be published, under the policy in force (ISO date). */
export async function hlpfOpensOn(client: Client, year: number): Promise<string> {
  cycleYear(year);
  const policy = await createPolicyActivities(client).policyInForce();
  return hlpfOpensAt(year, policy).toISODate()!;
}

/**
 * The secretariat publishes the year's HLPF compilation (site/hlpf/<YEAR>.json): the promoted countries'
 * reports published by then. Refused (NotNow) before the policy's `publication.hlpfFrom` of that year, as the
 * workflow's clock says; again later, it is compiled afresh with the reports published since.
 */
export async function publishHlpf(client: Client, task: { year: number; actor: Actor }): Promise<HlpfCompilation> {
  cycleYear(task.year);
  const [record] = await readCountries(client, (await registeredCodes(client)).slice(0, 1));
  if (!record) throw InputRejected.because({ code: 'notYet', needs: 'registry' });
  const { governance } = record;
  requireSender(task.actor.email, secretariatPeople(governance), { role: 'secretariat', email: governance.secretariat.email });
  const actorName = secretariatPeople(governance).find((p) => p.email === task.actor.email)!.name;
  // The site's workflow may not run yet (nothing published so far): started with nothing to rebuild.
  await tellPublicSite(client, 'start', TASK_QUEUE);
  try {
    return await client.workflow
      .getHandle(publicSiteWorkflowId)
      .executeUpdate(publishHlpfUpdate, { args: [{ year: task.year, actorName }] });
  } catch (error) {
    if (!(error instanceof WorkflowUpdateFailedError)) throw error;
    const cause = error.cause;
    if (cause instanceof ApplicationFailure && cause.type === 'NotNow') throw new NotNow(cause.message);
    throw new InputRejected(cause?.message ?? error.message, reasonsOf(cause));
  }
}

/** A full rebuild of the site from what is published (files published before the site existed, or a repair). */
export async function rebuildPublicSite(client: Client): Promise<void> {
  await tellPublicSite(client, 'all', TASK_QUEUE);
}
