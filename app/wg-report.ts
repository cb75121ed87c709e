import type { Client } from '@temporalio/client';
import type { AnnualState } from '../domain/cycle/annual-cycle';
import type { FlagReviewArgs } from '../domain/cycle/wg-report-args';
import { annualCycleId, workflowTypes } from '../domain/shared/workflow-ids';
import * as messages from '../workflows/annual-cycle/messages';
import { actAs, type Actor } from './actor';
import { refusalsOf } from './errors';
import { cycleYear } from './inputs';

// The Working Group's report of a year (R18, DESIGN.md §7): drafted by the year's run at the close, edited
// by the WG (a narrative per country, each proposed flag confirmed or withdrawn with its reason) and signed
// off by its chair, after which it goes to the GCM.

const handle = (client: Client, year: string | number) => {
  const y = cycleYear(year);
  return { y, run: client.workflow.getHandle(annualCycleId(y)) };
};

/** The year's run, with its report as drafted, edited and signed so far. */
export function wgReportOfYear(client: Client, year: string | number): Promise<AnnualState> {
  const { y, run } = handle(client, year);
  return refusalsOf({ code: 'notFound', what: 'year', year: y }, () => run.query(messages.getAnnualCycleQuery));
}

const act = <A extends { as: string }>(
  client: Client,
  year: string | number,
  task: { update: Parameters<typeof actAs<AnnualState, A>>[1] },
  actor: Actor,
  args: Omit<A, 'as'>,
) => {
  const { y, run } = handle(client, year);
  return refusalsOf({ code: 'notFound', what: 'year', year: y }, () => actAs(run, task.update, actor, args));
};

/** A member writes the narrative on one country (an empty text removes it). */
export const writeWgNarrative = (
  client: Client,
  task: { year: string | number; actor: Actor; country: string; text: string; socialDialogue?: string },
) =>
  act(client, task.year, messages.writeNarrative, task.actor, {
    country: task.country,
    text: task.text,
    ...(task.socialDialogue !== undefined && { socialDialogue: task.socialDialogue }),
  });

/** A member confirms or withdraws a proposed flag, with the reason. */
export const reviewWgFlag = (client: Client, task: { year: string | number; actor: Actor } & Omit<FlagReviewArgs, 'as'>) =>
  act(client, task.year, messages.reviewFlag, task.actor, { country: task.country, decision: task.decision, reason: task.reason });

/** The chair signs the report off: it is published and goes to the GCM. */
export const signOffWgReport = (client: Client, task: { year: string | number; actor: Actor }) =>
  act(client, task.year, messages.signOffReport, task.actor, {});

/** The years whose report waits for the Working Group: drafted at the close, not yet signed off. */
export async function wgReportsDrafting(client: Client): Promise<number[]> {
  const years: number[] = [];
  const query = `WorkflowType = '${workflowTypes.annualCycle}' AND ExecutionStatus = 'Running'`;
  for await (const run of client.workflow.list({ query })) {
    const state = await client.workflow.getHandle(run.workflowId).query(messages.getAnnualCycleQuery);
    if (state.stage === 'drafting' && state.report && !state.report.signedAt) years.push(state.year);
  }
  return years.sort((a, b) => a - b);
}
