import { ApplicationFailure, setHandler } from '@temporalio/workflow';
import { auditEntryOf, recordAudit, type AuditEntry, type RejectedSignal } from '../domain/shared/audit';
import { iso } from '../domain/shared/calendar';
import { InvalidInputError } from '../domain/cycle/policy';
import type { RefusalReason } from '../domain/shared/refusals';
import { now } from './clock';
import { taskRefusedSignal } from './audit-messages';
import type { TaskDefinition } from './define-task';

/**
 * Turns a domain rejection into the failure an Update caller sees, its problems and, when the process decided
 * it, its reasons as data (`[{ problems, reasons? }]`); anything else is a bug and stays one.
 */
export function rejection(error: unknown): unknown {
  if (!(error instanceof InvalidInputError)) return error;
  const { problems, reasons } = error;
  return ApplicationFailure.nonRetryable(error.message, 'InvalidInput', { problems, ...(reasons && { reasons }) });
}

/** What every task of a workflow shares: what an Update answers, where refusals and the audit trail go. */
export interface TaskWiring<R> {
  result: () => R;
  /** Where a refused Signal is told, with the reason and, when the process decided it, its reasons (its sender hears no answer). */
  onRejectedSignal: (name: string, reason: string, reasons?: RefusalReason[]) => void;
  /** Called after every task taken or refused, for the workflow's main loop to look again. */
  onChange: () => void;
  /** The workflow's audit trail (in its state, so that queries and the dossier show it). */
  trail: () => AuditEntry[];
}

/** Keeps a process's refused signals in the list its state holds, stamped with the workflow's clock. */
export const keepRejected =
  (list: () => RejectedSignal[]) =>
  (name: string, reason: string): void => {
    list().push({ name, at: iso(now()), reason });
  };

/**
 * The one way a workflow takes human tasks: given what its tasks share, registers each in one line, its
 * check and its change both decided by the process's class in `domain/`:
 * `task(messages.submitReport, { validate: (a) => cycle.validateSubmitReport(a), apply: (a) => cycle.submitReport(a, now()) })`.
 * An Update its validator refused leaves no trace in the history, so the application layer reports it
 * afterwards (taskRefusedSignal), and it is entered in the audit trail too.
 */
export function taskWiring<R>(wiring: TaskWiring<R>) {
  setHandler(taskRefusedSignal, (refusal) => {
    const { task: name, reason, reasons, ...args } = refusal ?? {};
    recordAudit(wiring.trail(), auditEntryOf(String(name), args, 'update', iso(now()), String(reason), reasons));
  });
  return <A>(definition: TaskDefinition<R, A>, decided: { validate: (args: A) => unknown; apply: (args: A) => void }): void =>
    registerTask({ ...definition, ...wiring, ...decided });
}

/**
 * Registers one human task: an Update whose validator rejects bad input before anything changes, and a
 * Signal of the same name for tools that can only signal, whose rejections are recorded, never thrown.
 * Each is entered in the workflow's audit trail.
 */
function registerTask<R, A>(
  task: TaskDefinition<R, A> &
    TaskWiring<R> & {
      validate: (args: A) => unknown;
      /** Applies the task; synchronous, so that the state an Update returns is the state it made. */
      apply: (args: A) => void;
    },
): void {
  const enter = (args: unknown, via: 'update' | 'signal', refused?: string, reasons?: RefusalReason[]) =>
    recordAudit(task.trail(), auditEntryOf(task.update.name, args, via, iso(now()), refused, reasons));
  setHandler(
    task.update,
    (args) => {
      task.apply(args);
      enter(args, 'update');
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
      enter(args, 'signal');
    } catch (error) {
      if (!(error instanceof InvalidInputError)) throw error;
      task.onRejectedSignal(task.signal.name, error.message, error.reasons);
      enter(args, 'signal', error.message, error.reasons);
    }
    task.onChange();
  });
}
