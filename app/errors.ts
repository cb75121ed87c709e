import { WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import { InvalidInputError } from '../domain/cycle/policy';

// What a task or a view refuses, in words a person can act on. Every client shows the message as it is:
// the CLI exits 2 with it, the portal answers with it.

/** The input is wrong: the message names the field and the reason. Nothing changed. */
export class InputRejected extends Error {
  override name = 'InputRejected';
}

/** What the task addresses does not exist (a country not registered, a year not opened). */
export class NotFound extends Error {
  override name = 'NotFound';
}

/** The task cannot be taken at this point of the process (a closed year, a schedule that exists). */
export class NotNow extends Error {
  override name = 'NotNow';
}

/** Any refusal a person caused and can mend, as opposed to a failure of the system. */
export const isRefusal = (error: unknown): error is InputRejected | NotFound | NotNow | InvalidInputError =>
  error instanceof InputRejected || error instanceof NotFound || error instanceof NotNow || error instanceof InvalidInputError;

/**
 * Runs a call on one workflow: its validator's rejection becomes InputRejected with the workflow's own
 * message, and a missing workflow becomes NotFound with `missing`.
 */
export async function refusalsOf<T>(missing: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof WorkflowUpdateFailedError) throw new InputRejected(error.cause?.message ?? error.message);
    if (error instanceof WorkflowNotFoundError) throw new NotFound(missing);
    throw error;
  }
}
