import { setHandler, type SignalDefinition } from '@temporalio/workflow';
import { internalMessages, type InternalMessage } from '../domain/internal-messages';
import { describeIssues } from '../domain/policy';

/**
 * Handles a signal one of the project's workflows sends another. Anyone who can reach the server can send
 * it too, so its payload is checked for shape first. A malformed one, or one `apply` throws on, goes to
 * `refuse` with the problems, never thrown: a throw would fail the workflow task on every replay, and
 * nothing after it would run.
 */
export function setInternalHandler<T>(
  definition: SignalDefinition<[T]>,
  name: InternalMessage,
  handlers: { apply: (payload: T) => void; refuse: (problems: string[], received: T) => void },
): void {
  setHandler(definition, (received: T) => {
    const checked = internalMessages()[name].safeParse(received);
    if (!checked.success) return handlers.refuse(describeIssues(checked.error), received);
    try {
      handlers.apply(received);
    } catch (error) {
      handlers.refuse([error instanceof Error ? error.message : String(error)], received);
    }
  });
}
