import { log, ParentClosePolicy, startChild } from '@temporalio/workflow';
import { decidingObjections, type DecisionInput, type DecisionOutcome } from '../../domain/decision/decision';
import { bodyDecision } from './workflow';

/**
 * Puts a question to a body as a child decision (`workflowId`); once it is decided, `decided` is given its
 * outcome and the reasons of the objections that decided it. A decision ended without an outcome (cancelled
 * with its parent) gives none. Resolves once the child has started.
 */
export async function askBody(
  workflowId: string,
  input: DecisionInput,
  decided: (outcome: DecisionOutcome, objections: string[]) => void,
): Promise<void> {
  const child = await startChild(bodyDecision, { workflowId, args: [input], parentClosePolicy: ParentClosePolicy.REQUEST_CANCEL });
  // A decision that fails or is terminated by the operator decides nothing; the asking process waits on.
  child.result().then(
    (state) => {
      if (state.outcome) decided(state.outcome, decidingObjections(state));
    },
    (error: unknown) => log.warn('a decision of a body ended without an outcome', { workflowId, error: String(error) }),
  );
}
