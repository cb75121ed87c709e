import { ApplicationFailure, WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import { InvalidInputError } from '../domain/cycle/policy';
import { isReasonList, problemLine, type RefusalReason } from '../domain/shared/refusals';

// What a task or a view refuses, in words a person can act on. The CLI exits 2 with the message as it is;
// the portal says a refusal's reasons, when the workflow or the application layer gave them, in its
// reader's language.

/**
 * A refusal that may carry its reasons as data besides its English message (not an own property: the
 * error reads as its message): a workflow's, or the application layer's own (`because`).
 */
export abstract class ReasonedRefusal extends Error {
  readonly #reasons?: readonly RefusalReason[];
  constructor(message: string, reasons?: readonly RefusalReason[]) {
    super(message);
    this.#reasons = reasons;
  }
  get reasons(): readonly RefusalReason[] | undefined {
    return this.#reasons;
  }
  /** The refusal of these reasons, its message their English problem lines as the terminal has always printed them. */
  static because<T extends ReasonedRefusal>(
    this: new (message: string, reasons?: readonly RefusalReason[]) => T,
    ...reasons: [RefusalReason, ...RefusalReason[]]
  ): T {
    return new this(reasons.map(problemLine).join('; '), reasons);
  }
}

/** The input is wrong: the message names the field and the reason. Nothing changed. */
export class InputRejected extends ReasonedRefusal {
  override name = 'InputRejected';
}

/** What the task addresses does not exist (a country not registered, a year not opened). */
export class NotFound extends ReasonedRefusal {
  override name = 'NotFound';
}

/** The task cannot be taken at this point of the process (a closed year, a schedule that exists). */
export class NotNow extends ReasonedRefusal {
  override name = 'NotNow';
}

/** Any refusal a person caused and can mend, as opposed to a failure of the system. */
export const isRefusal = (error: unknown): error is InputRejected | NotFound | NotNow | InvalidInputError =>
  error instanceof InputRejected || error instanceof NotFound || error instanceof NotNow || error instanceof InvalidInputError;

/** The reasons a workflow's refusal carries in its details (`[{ problems, reasons? }]`), if any. */
export function reasonsOf(failure: unknown): RefusalReason[] | undefined {
  if (!(failure instanceof ApplicationFailure) || failure.type !== 'InvalidInput') return undefined;
  const reasons = (failure.details?.[0] as { reasons?: unknown } | undefined)?.reasons;
  return isReasonList(reasons) && reasons.length ? reasons : undefined;
}

/**
 * Runs a call on one workflow: its validator's rejection becomes InputRejected with the workflow's own
 * message and reasons, and a missing workflow becomes NotFound with `missing` (a reason, or words alone).
 */
export async function refusalsOf<T>(missing: string | RefusalReason, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof WorkflowUpdateFailedError) throw new InputRejected(error.cause?.message ?? error.message, reasonsOf(error.cause));
    if (error instanceof WorkflowNotFoundError) throw typeof missing === 'string' ? new NotFound(missing) : NotFound.because(missing);
    throw error;
  }
}
