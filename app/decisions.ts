import type { Client } from '@temporalio/client';
import type { AnswerArgs, MeetingArgs } from '../domain/decision/args';
import type { DecisionState } from '../domain/decision/decision';
import { workflowTypes } from '../domain/shared/workflow-ids';
import * as messages from '../workflows/decision/messages';
import { actAs, type Actor } from './actor';
import { InputRejected, refusalsOf } from './errors';

// A body's decisions (DESIGN.md §7): the processes that need one open it; the chair or the secretariat
// circulate it under a silence procedure or record the meeting that took it; members answer a procedure.

const decisionId = (workflowId: string) => {
  // A question about a country names it; one about a year (the WG's report) names the year instead.
  if (!/^decision-(gcm|wg)-[a-z-]+-([A-Z]{3}|\d{4})(-\d{4})?-\d+$/.test(workflowId))
    throw new InputRejected(`decision: ${workflowId} is not the id of a decision (decision-gcm-grant-CHL-1)`);
  return workflowId;
};

/** A decision, as its workflow keeps it. */
export async function decision(client: Client, workflowId: string): Promise<DecisionState & { workflowId: string }> {
  const id = decisionId(workflowId);
  const state = await refusalsOf(`decision: ${id} does not exist`, () => client.workflow.getHandle(id).query(messages.getDecisionQuery));
  return { workflowId: id, ...state };
}

/** The decisions that still wait for their procedure or outcome. */
export async function openDecisions(client: Client): Promise<(DecisionState & { workflowId: string })[]> {
  const open: (DecisionState & { workflowId: string })[] = [];
  const query = `WorkflowType = '${workflowTypes.bodyDecision}' AND ExecutionStatus = 'Running'`;
  for await (const run of client.workflow.list({ query })) open.push(await decision(client, run.workflowId));
  return open.sort((a, b) => a.askedAt.localeCompare(b.askedAt));
}

const act = <A extends { as: string }>(
  client: Client,
  workflowId: string,
  task: { update: Parameters<typeof actAs<DecisionState, A>>[1] },
  actor: Actor,
  args: Omit<A, 'as'>,
) => {
  const id = decisionId(workflowId);
  return refusalsOf(`decision: ${id} does not exist`, () => actAs(client.workflow.getHandle(id), task.update, actor, args));
};

/** The chair or the secretariat circulates the proposal under a written silence procedure, until `until` or the policy's period. */
export const circulateDecision = (client: Client, task: { workflowId: string; until?: string; actor: Actor }) =>
  act(client, task.workflowId, messages.circulate, task.actor, task.until ? { until: task.until } : {});

/** A member's answer to a silence procedure. */
export const answerDecision = (client: Client, task: { workflowId: string; actor: Actor } & Omit<AnswerArgs, 'as'>) =>
  act(client, task.workflowId, messages.answer, task.actor, { answer: task.answer, reason: task.reason ?? '' });

/** The chair or the secretariat records the meeting that decided. */
export const recordDecisionMeeting = (client: Client, task: { workflowId: string; actor: Actor } & Omit<MeetingArgs, 'as'>) => {
  const { workflowId, actor, ...meeting } = task;
  return act(client, workflowId, messages.recordMeeting, actor, meeting);
};
