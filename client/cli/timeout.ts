import { temporal } from '@temporalio/proto';
import type { Client } from '@temporalio/client';
import { TASK_QUEUE } from '../config';
import { updatesInFlight, type SentUpdate } from '../../app/actor';

// A command never waits for ever: after its timeout it says why nothing came back, from whether any
// worker polls the task queue, and what became of each Update it had sent (asked of the server by its id).

export class CommandTimedOut extends Error {
  override name = 'CommandTimedOut';
}

export function timeoutAfter(seconds: number): { expired: Promise<never>; cancel: () => void } {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new CommandTimedOut(`no answer within ${seconds} s`)), seconds * 1000);
  });
  return { expired, cancel: () => clearTimeout(timer) };
}

/** Why a command timed out, in words an operator can act on. */
export async function whyNoAnswer(client: Client, seconds: number): Promise<string> {
  const { pollers } = await client.workflowService.describeTaskQueue({
    namespace: client.options.namespace,
    taskQueue: { name: TASK_QUEUE },
    taskQueueType: temporal.api.enums.v1.TaskQueueType.TASK_QUEUE_TYPE_WORKFLOW,
  });
  const sent = updatesInFlight();
  if (sent.length > 0) {
    const fates = await Promise.all(sent.map((update) => fateOf(client, update)));
    const cause = pollers?.length
      ? `a worker is polling "${TASK_QUEUE}" but the run did not answer (look at it in the Temporal UI)`
      : `no worker is polling task queue "${TASK_QUEUE}" (namespace ${client.options.namespace}); start one (npm run worker, or npm run dev)`;
    return `no answer within ${seconds} s: ${cause}. ${fates.join(' ')}`;
  }
  if (!pollers?.length) {
    return `no worker is polling task queue "${TASK_QUEUE}" (namespace ${client.options.namespace}), so nothing was done. Start one (npm run worker, or npm run dev) and run the command again.`;
  }
  return `no answer within ${seconds} s although a worker is polling "${TASK_QUEUE}": the run may be stuck (look at it in the Temporal UI). Check with the matching status command before running the command again.`;
}

const grpcNotFound = 5;

/** What became of an Update the command gave up waiting for, asked of the server by its id. */
async function fateOf(client: Client, { workflowId, updateId, name }: SentUpdate): Promise<string> {
  const stages = temporal.api.enums.v1.UpdateWorkflowExecutionLifecycleStage;
  try {
    const { stage, outcome } = await client.withDeadline(Date.now() + 10_000, () =>
      client.workflowService.pollWorkflowExecutionUpdate({
        namespace: client.options.namespace,
        updateRef: { workflowExecution: { workflowId }, updateId },
        waitPolicy: { lifecycleStage: stages.UPDATE_WORKFLOW_EXECUTION_LIFECYCLE_STAGE_ADMITTED },
      }),
    );
    if (stage === stages.UPDATE_WORKFLOW_EXECUTION_LIFECYCLE_STAGE_COMPLETED) {
      // The refusal's reason is sealed with the payload keys; the same command shows it when run again.
      return outcome?.failure
        ? `${name} was refused: nothing changed; run the command again to see why.`
        : `${name} was applied: do not send it again.`;
    }
    if (stage === stages.UPDATE_WORKFLOW_EXECUTION_LIFECYCLE_STAGE_ACCEPTED)
      return `${name} was accepted and is being applied: do not send it again.`;
    return `${name} reached the server and waits for the run: it will be applied, or refused, once a worker takes the run. Do not send it again.`;
  } catch (error) {
    if ((error as { code?: number }).code === grpcNotFound)
      return `${name} did not reach the run: nothing was done, and the command can be run again.`;
    return `what became of ${name} could not be learned (${(error as Error).message}): check with the matching status command before sending it again.`;
  }
}
