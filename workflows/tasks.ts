import { ApplicationFailure, setHandler, type SignalDefinition } from '@temporalio/workflow';
import type { UpdateDefinition } from '@temporalio/common';
import { InvalidInputError } from '../domain/policy';

/** Turns a domain rejection into the failure an Update caller sees; anything else is a bug and stays one. */
export function rejection(error: unknown): unknown {
  return error instanceof InvalidInputError ? ApplicationFailure.nonRetryable(error.message, 'InvalidInput', { problems: error.problems }) : error;
}

/**
 * Registers one human task: an Update whose validator rejects bad input before anything changes, and a
 * Signal of the same name for tools that can only signal, whose rejections are recorded, never thrown.
 */
export function registerTask<R, A>(task: {
  update: UpdateDefinition<R, [A]>;
  signal: SignalDefinition<[A]>;
  validate: (args: A) => unknown;
  /** Applies the task; synchronous, so that the state an Update returns is the state it made. */
  apply: (args: A) => void;
  result: () => R;
  onRejectedSignal: (name: string, error: InvalidInputError) => void;
  onChange: () => void;
}): void {
  setHandler(
    task.update,
    (args) => {
      task.apply(args);
      task.onChange();
      return task.result();
    },
    {
      validator: (args: A) => {
        try {
          task.validate(args);
        } catch (error) {
          throw rejection(error);
        }
      },
    },
  );
  setHandler(task.signal, (args: A) => {
    try {
      task.apply(args);
    } catch (error) {
      if (!(error instanceof InvalidInputError)) throw error;
      task.onRejectedSignal(task.signal.name, error);
    }
    task.onChange();
  });
}
