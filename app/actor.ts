import { randomUUID } from 'node:crypto';
import { WorkflowNotFoundError, WorkflowUpdateFailedError, type WorkflowHandle } from '@temporalio/client';
import type { UpdateDefinition } from '@temporalio/common';
import { taskRefusedSignal } from '../workflows/audit-messages';
import { reasonsOf } from './errors';

import type { Channel } from '../domain/shared/audit';

export type { Channel };

/**
 * Who acts. The workflow checks that `email` may take the task; the channel says how far that is proven:
 * a CLI operator holds namespace credentials and acts on behalf of `email`, the portal has proven `email`
 * by sign-in or by a signed link.
 */
export interface Actor {
  email: string;
  channel: Channel;
  /** For the CLI, the account the operator's terminal runs under (for the audit trail). */
  operator?: string;
}

/** The sender fields every task message carries. */
const sender = (actor: Actor) => ({ as: actor.email, channel: actor.channel, ...(actor.operator && { operator: actor.operator }) });

/**
 * Sends one person's task as an Update. A refusal by the workflow's validator leaves no trace in its
 * history, so it is reported to the workflow afterwards, for its audit trail; the caller still gets it.
 */
export async function actAs<R, A extends { as: string }>(
  handle: WorkflowHandle,
  update: UpdateDefinition<R, [A]>,
  actor: Actor,
  args: Omit<A, 'as'>,
): Promise<R> {
  const message = { ...args, ...sender(actor) } as unknown as A;
  const sent: SentUpdate = { workflowId: handle.workflowId, updateId: randomUUID(), name: update.name };
  inFlight.add(sent);
  try {
    return await toLatestRun(() => handle.executeUpdate(update, { args: [message], updateId: sent.updateId }));
  } catch (error) {
    if (error instanceof WorkflowUpdateFailedError) {
      const reason = error.cause?.message ?? error.message;
      const reasons = reasonsOf(error.cause);
      await handle
        .signal(taskRefusedSignal, { task: update.name, ...sender(actor), reason, ...(reasons && { reasons }) })
        .catch(() => undefined);
    }
    throw error;
  } finally {
    inFlight.delete(sent);
  }
}

/**
 * An Update that reaches a run in the instant it continues as new may be answered that the run completed; the
 * id's next run takes it, so it is sent again (a few times: a workflow that really ended keeps saying so).
 */
async function toLatestRun<R>(send: () => Promise<R>, attempts = 3): Promise<R> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await send();
    } catch (error) {
      if (!(error instanceof WorkflowNotFoundError) || !/completed/i.test(error.message) || attempt === attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
    }
  }
}

/** An Update this process sent, by the id it gave it, so that a caller that gave up waiting can ask what became of it. */
export interface SentUpdate {
  workflowId: string;
  updateId: string;
  name: string;
}
const inFlight = new Set<SentUpdate>();

/** The Updates sent and not yet answered. */
export const updatesInFlight = (): SentUpdate[] => [...inFlight];
