import type { Client, WorkflowHandle } from '@temporalio/client';
import type { CheckIn, EscalationState } from '../domain/escalation/gcm-escalation';
import type { SupportRunState } from '../domain/support/support';
import type { DecisionTaken } from '../domain/escalation/args';
import * as messages from '../workflows/escalation/messages';
import { actAs, type Actor } from './actor';
import { refusalsOf } from './errors';
import { countryCode, cycleYear } from './inputs';
import { escalationWorkflowId, supportWorkflowId } from '../domain/shared/workflow-ids';

// The GCM's dialogue, support and decision on a flagged country (R20–R22), `gcm-escalation-<ISO3>-<YEAR>`
// for the cycle year that raised the flag, and its support sub-group.

interface Flagged {
  country: string;
  /** The cycle year that raised the flag. */
  year: string | number;
}

function onEscalation<T>(client: Client, flagged: Flagged, call: (h: WorkflowHandle) => Promise<T>): Promise<T> {
  const [code, year] = [countryCode(flagged.country), cycleYear(flagged.year)];
  return refusalsOf({ code: 'notFound', what: 'escalation', country: code, year }, () =>
    call(client.workflow.getHandle(escalationWorkflowId(code, year))),
  );
}

export const escalationStatus = (client: Client, flagged: Flagged): Promise<EscalationState> =>
  onEscalation(client, flagged, (h) => h.query(messages.getEscalationQuery));

/** A GCM member records a dialogue with the country (R20). */
export function recordDialogue(client: Client, task: Flagged & { dialogue: object; actor: Actor }): Promise<EscalationState> {
  return onEscalation(client, task, (h) => actAs(h, messages.recordDialogue.update, task.actor, task.dialogue as never));
}

/** A GCM member forms the support sub-group with its mechanisms (R21). */
export function startSupport(
  client: Client,
  task: Flagged & { mechanisms: string[]; members: { name: string; email: string }[]; checkInEveryDays: number; actor: Actor },
): Promise<EscalationState> {
  const args = { mechanisms: task.mechanisms, members: task.members, checkInEveryDays: task.checkInEveryDays };
  return onEscalation(client, task, (h) => actAs(h, messages.startSupport.update, task.actor, args as never));
}

/** A GCM member records the consensus: the country resumes, or is declared inactive (R22). */
export function decide(
  client: Client,
  task: Flagged & { decision: 'resumed' | 'inactive'; reason: string; takenAt: DecisionTaken; actor: Actor },
): Promise<EscalationState> {
  return onEscalation(client, task, (h) =>
    actAs(h, messages.decide.update, task.actor, { decision: task.decision, reason: task.reason, takenAt: task.takenAt }),
  );
}

/**
 * R21 (escalations begun since `gcm-decides-support-and-end`): a GCM member, its Chair or the secretariat
 * proposes the support sub-group; the GCM decides it as a body, and only then is it formed.
 */
export function proposeSupport(
  client: Client,
  task: Flagged & {
    mechanisms: string[];
    members: { name: string; email: string }[];
    checkInEveryDays: number;
    mandateMonths?: number;
    actor: Actor;
  },
): Promise<EscalationState> {
  const { mechanisms, members, checkInEveryDays, mandateMonths } = task;
  const args = { mechanisms, members, checkInEveryDays, ...(mandateMonths !== undefined && { mandateMonths }) };
  return onEscalation(client, task, (h) => actAs(h, messages.proposeSupport.update, task.actor, args as never));
}

/** R22 (since `gcm-decides-support-and-end`): a proposal that the country resumes, or is declared inactive; the GCM decides it. */
export function proposeEnd(
  client: Client,
  task: Flagged & { decision: 'resumed' | 'inactive'; reason: string; actor: Actor },
): Promise<EscalationState> {
  return onEscalation(client, task, (h) =>
    actAs(h, messages.proposeEnd.update, task.actor, { decision: task.decision, reason: task.reason }),
  );
}

/** A support sub-group member reports on the support given, and whether the country is ready to resume. */
export function checkIn(
  client: Client,
  task: Flagged & { note: string; readyToResume: boolean; endsSupport?: boolean; actor: Actor },
): Promise<CheckIn[]> {
  const [code, year] = [countryCode(task.country), cycleYear(task.year)];
  return refusalsOf({ code: 'notFound', what: 'support', country: code, year }, () =>
    actAs(client.workflow.getHandle(supportWorkflowId(code, year)), messages.checkIn.update, task.actor, {
      note: task.note,
      readyToResume: task.readyToResume,
      endsSupport: task.endsSupport ?? false,
    }),
  );
}

/** A flagged country's support sub-group: its mechanisms, members and check-ins. */
export function supportStatus(client: Client, flagged: Flagged): Promise<SupportRunState> {
  const [code, year] = [countryCode(flagged.country), cycleYear(flagged.year)];
  return refusalsOf({ code: 'notFound', what: 'support', country: code, year }, () =>
    client.workflow.getHandle(supportWorkflowId(code, year)).query(messages.getSupportQuery),
  );
}
