import { setHandler, type SignalDefinition } from '@temporalio/workflow';
import { internalMessages, type InternalMessage } from '../domain/shared/internal-messages';
import { describeIssues } from '../domain/cycle/policy';

/**
 * Handles a signal one of the project's workflows sends another. Anyone who can reach the server can send
 * it too, so its payload is checked for shape first. A malformed one, or one `apply` throws on, goes to
 * `refuse` with the problems, never thrown: a throw would fail the workflow task on every replay, and
 * nothing after it would run.
 */
function setInternalHandler<T>(
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

/** What every internal message a workflow takes shares: where a refusal is recorded, and who looks again after. */
export interface InternalWiring {
  refuse: (name: InternalMessage, problems: string[], received: unknown) => void;
  /** Called after every message taken or refused, for the workflow's main loop to look again. */
  onChange?: () => void;
}

/**
 * The one way a workflow takes what the project's other workflows (and `countries import`) tell it: given
 * where refusals go, registers each message in one line, `internal(messages.cycleClosedSignal, 'cycleClosed',
 * (closed) => record.recordCycle(closed, now()))`.
 */
export const internalWiring =
  (wiring: InternalWiring) =>
  <T>(definition: SignalDefinition<[T]>, name: InternalMessage, apply: (payload: T) => void): void =>
    setInternalHandler(definition, name, {
      apply: (payload) => {
        apply(payload);
        wiring.onChange?.();
      },
      refuse: (problems, received) => {
        wiring.refuse(name, problems, received);
        wiring.onChange?.();
      },
    });
