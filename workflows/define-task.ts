import { defineSignal, defineUpdate, type SignalDefinition } from '@temporalio/workflow';
import type { UpdateDefinition } from '@temporalio/common';

/**
 * A human task of a process: an Update (with a validator) for the portal, the CLI and the application layer,
 * and a Signal of the same name for tools that can only signal. `R` is what the Update answers. Kept free of
 * heavy imports so that clients can load the message files cheaply.
 */
export interface TaskDefinition<R, A> {
  name: string;
  update: UpdateDefinition<R, [A]>;
  signal: SignalDefinition<[A]>;
}

export const defineTask = <R, A>(name: string): TaskDefinition<R, A> => ({
  name,
  update: defineUpdate<R, [A]>(name),
  signal: defineSignal<[A]>(name),
});
