import { WorkflowExecutionAlreadyStartedError, type Client } from '@temporalio/client';
import type { CandidacyState } from '../domain/candidacy/state';
import { stakeholderMappingArgs, type CandidacyArgs, type CandidacyTask } from '../domain/candidacy/args';
import { parseInput, parsePolicy } from '../domain/cycle/policy';
import { expressionOfInterestSchema } from '../domain/record/registry';
import { readCountries, registeredCodes } from '../client/registry';
import { candidacyMessages, getCandidacyQuery } from '../workflows/candidacy/messages';
import { TASK_QUEUE } from '../client/config';
import { actAs, type Actor } from './actor';
import { InputRejected, NotNow, refusalsOf } from './errors';
import { countryCode } from './inputs';
import { candidacyWorkflowId, workflowTypes } from '../domain/shared/workflow-ids';
import type { RefusalReason } from '../domain/shared/refusals';

// A government becoming a pathfinder country (R3–R11), `candidacy-<ISO3>`.

/** Records an expression of interest (R3), which names the focal point and the deputy; returns the workflow id. */
export async function startCandidacy(
  client: Client,
  expressionOfInterest: unknown,
): Promise<{ workflowId: string; code: string; name: string }> {
  const eoi = parseInput(expressionOfInterestSchema, 'expression of interest', expressionOfInterest);
  const [existing] = await readCountries(client, [eoi.code]);
  if (existing && (existing.status === 'active' || existing.status === 'inactive'))
    throw NotNow.because({ code: 'already', done: 'pathfinder', country: eoi.code, status: existing.status });
  const registered = existing ?? (await readCountries(client, (await registeredCodes(client)).slice(0, 1)))[0];
  if (!registered) throw InputRejected.because({ code: 'notYet', needs: 'registry' });
  const workflowId = candidacyWorkflowId(eoi.code);
  try {
    await client.workflow.start(workflowTypes.candidacy, {
      workflowId,
      taskQueue: TASK_QUEUE,
      args: [{ eoi, governance: registered.governance, policy: parsePolicy({}) }],
      workflowIdConflictPolicy: 'FAIL',
    });
  } catch (error) {
    if (error instanceof WorkflowExecutionAlreadyStartedError)
      throw NotNow.because({ code: 'already', done: 'candidacy', country: eoi.code });
    throw error;
  }
  return { workflowId, code: eoi.code, name: eoi.name };
}

const noCandidacy = (country: string): RefusalReason => ({ code: 'notFound', what: 'candidacy', country });

export function candidacyStatus(client: Client, country: string): Promise<CandidacyState> {
  return refusalsOf(noCandidacy(country), () =>
    client.workflow.getHandle(candidacyWorkflowId(countryCode(country))).query(getCandidacyQuery),
  );
}

/** One step of the candidacy, taken by whoever owns it: the secretariat, the candidate or a GCM member. */
export function candidacyStep<T extends CandidacyTask>(
  client: Client,
  step: { country: string; task: T; args: object; actor: Actor },
): Promise<CandidacyState> {
  const handle = client.workflow.getHandle(candidacyWorkflowId(countryCode(step.country)));
  // A new mapping names its groups from the vocabulary; the workflow still takes the free text of earlier ones.
  if (step.task === 'stakeholders') parseInput(stakeholderMappingArgs().omit({ as: true }), 'stakeholders', step.args);
  return refusalsOf(noCandidacy(step.country), () =>
    actAs(handle, candidacyMessages[step.task].update, step.actor, step.args as Omit<CandidacyArgs<T>, 'as'>),
  );
}
