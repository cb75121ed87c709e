import type { Client } from '@temporalio/client';
import { openCycles } from '../app/cycles';
import { readCountries } from '../activities/registry';
import { candidacyWorkflowId, countryWorkflowId } from '../domain/workflow-ids';
import { defaultPolicy } from '../domain/policy';
import type { CycleState } from '../domain/reporting-cycle-state';
import type { TaskRef } from '../activities/tokens';
import type { CountryState } from '../domain/country-record';
import { sameAddress } from './people';

// What waits for a person, read from the open cycles' own state: who is focal point, deputy or assigned
// reviewer there, and what the stage asks for now.

export type TaskKind = 'report' | 'revision' | 'review';

export interface OpenTask {
  task: TaskKind;
  code: string;
  countryName: string;
  year: number;
  round: number;
  dueAt: string;
  path: string;
}

/** The zone the secretariat's deadlines are set in. */
export const secretariatZone = defaultPolicy().secretariatZone;

/** Whether this is the address of the country's focal point or deputy. */
export const isFocalPoint = (country: { focalPoint: { email: string }; deputy: { email: string } }, email: string) =>
  [country.focalPoint.email, country.deputy.email].some((e) => sameAddress(e, email));
export const isReviewer = (s: CycleState, email: string) => s.reviewers.some((r) => sameAddress(r.email, email));
/** An inactive country may file a reactivation request while none is open (R23). */
export const reactivationOpen = (r: CountryState) => r.status === 'inactive' && !r.reactivations.some((x) => !x.closedAt);

/** The task the cycle's stage asks of this person now, if any. */
export function taskOf(s: CycleState, email: string): TaskKind | undefined {
  if ((s.stage === 'awaiting-submission' || s.stage === 'overdue') && isFocalPoint(s.country, email)) return 'report';
  if (s.stage === 'awaiting-revision' && isFocalPoint(s.country, email)) return 'revision';
  if (s.stage === 'in-review' && isReviewer(s, email)) return 'review';
  return undefined;
}

export const taskPath = (code: string, year: number, task: TaskKind) => `/cycles/${code}/${year}/${task}`;

/** The page of the task an action link is for. */
export function pathOfTask(ref: TaskRef): string {
  const code = /-([A-Z]{3})(?:-|$)/.exec(ref.workflowId)?.[1] ?? '';
  if (ref.task === 'candidacy') return `/candidacy/${code}`;
  if (ref.task === 'reactivation') return `/countries/${code}/reactivation`;
  if (ref.task === 'verification') return `/reactivations/${code}`;
  const year = Number(/-(\d{4})$/.exec(ref.workflowId)?.[1]);
  if (ref.task === 'escalation') return `/escalations/${code}/${year}`;
  if (ref.task === 'support') return `/support/${code}/${year}`;
  return taskPath(code, year, ref.task);
}

/** What a country itself is asked outside a cycle: a candidate's planning, an inactive country's reactivation request. */
export interface CountryTask {
  task: 'candidacy' | 'reactivation';
  countryName: string;
  path: string;
}

export async function countryTasks(client: Client, email: string): Promise<CountryTask[]> {
  const tasks: CountryTask[] = [];
  for (const r of await readCountries(client)) {
    if (!isFocalPoint(r.country, email)) continue;
    const ref = (task: CountryTask['task'], workflowId: string) => ({ task, countryName: r.country.name, path: pathOfTask({ workflowId, task, round: 0 }) });
    if (r.status === 'candidate') tasks.push(ref('candidacy', candidacyWorkflowId(r.country.code)));
    if (reactivationOpen(r)) tasks.push(ref('reactivation', countryWorkflowId(r.country.code)));
  }
  return tasks;
}

export async function openTasks(client: Client, email: string): Promise<OpenTask[]> {
  const tasks: OpenTask[] = [];
  for (const s of await openCycles(client)) {
    const task = taskOf(s, email);
    if (!task) continue;
    tasks.push({
      task,
      code: s.country.code,
      countryName: s.country.name,
      year: s.year,
      round: s.round,
      dueAt: s.windowEndsAt ?? s.deadline,
      path: taskPath(s.country.code, s.year, task),
    });
  }
  return tasks.sort((a, b) => a.dueAt.localeCompare(b.dueAt));
}
