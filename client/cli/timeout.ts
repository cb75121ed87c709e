import { temporal } from '@temporalio/proto';
import type { Client } from '@temporalio/client';
import { TASK_QUEUE } from '../config';

// A command never waits for ever: after its timeout it says why nothing came back, from whether any
// worker polls the task queue.

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
  if (!pollers?.length) {
    return `no worker is polling task queue "${TASK_QUEUE}" (namespace ${client.options.namespace}), so nothing was done. Start one (npm run worker, or npm run dev) and run the command again.`;
  }
  return `no answer within ${seconds} s although a worker is polling "${TASK_QUEUE}": the run may be stuck (look at it in the Temporal UI). A change you sent may or may not have been applied: check with the matching status command before sending it again.`;
}
