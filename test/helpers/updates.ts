import { WorkflowUpdateFailedError } from '@temporalio/client';
import { expect } from 'vitest';

/** The reason an Update was refused with; fails the test if it was taken instead. */
export async function rejected(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(WorkflowUpdateFailedError);
  return (error as WorkflowUpdateFailedError).cause!.message;
}

/** A payload its message's type forbids, as any client of the server could send it: for tests of refusals. */
export const malformed = (payload: unknown): never => payload as never;
