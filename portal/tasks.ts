import type { Client } from '@temporalio/client';
import { candidacyStatus } from '../app/candidacy';
import { openCycles } from '../app/cycles';
import { candidacyWorkflowId, countryWorkflowId } from '../domain/shared/workflow-ids';
import { defaultPolicy } from '../domain/cycle/policy';
import type { CycleState } from '../domain/cycle/state';
import type { TaskRef } from '../activities/tokens';
import type { CountryState } from '../domain/record/country-record';
import type { CandidacyState } from '../domain/candidacy/state';
import { sameAddress } from './people';
import { unlessRefused } from './access';

// What waits for a person, read from the workflows' own state: who is focal point, deputy, assigned
// reviewer or GCM member there, and what the stage asks for now.

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

export type GcmCandidacyStep = 'feedback' | 'position';

/**
 * What a candidacy asks of this GCM member now (R10, R11): the GCM's feedback once the candidate has
 * presented, and their own position once the candidate has followed the feedback up.
 */
export function gcmCandidacySteps(s: CandidacyState, email: string): GcmCandidacyStep[] {
  const round = s.gcmRounds.at(-1);
  if (s.stage !== 'gcm-review' || !round) return [];
  // The workflow would take a second feedback and replace the first; the portal asks for it once a round.
  if (!round.feedback) return ['feedback'];
  if (round.followUp && !round.positions.some((p) => sameAddress(p.as, email))) return ['position'];
  return [];
}

/** The task the cycle's stage asks of this person now, if any. */
export function taskOf(s: CycleState, email: string): TaskKind | undefined {
  if ((s.stage === 'awaiting-submission' || s.stage === 'overdue') && isFocalPoint(s.country, email)) return 'report';
  if (s.stage === 'awaiting-revision' && isFocalPoint(s.country, email)) return 'revision';
  if (s.stage === 'in-review' && isReviewer(s, email)) return 'review';
  return undefined;
}

export const taskPath = (code: string, year: number, task: TaskKind) => `/cycles/${code}/${year}/${task}`;
export const gcmCandidacyPath = (code: string) => `/candidacies/${code}/gcm`;

/** The page of the task an action link is for. */
export function pathOfTask(ref: TaskRef): string {
  const code = /-([A-Z]{3})(?:-|$)/.exec(ref.workflowId)?.[1] ?? '';
  if (ref.task === 'candidacy') return `/candidacies/${code}`;
  if (ref.task === 'candidacy-gcm') return gcmCandidacyPath(code);
  if (ref.task === 'reactivation') return `/countries/${code}/reactivation`;
  if (ref.task === 'verification') return `/reactivations/${code}`;
  const year = Number(/-(\d{4})$/.exec(ref.workflowId)?.[1]);
  if (ref.task === 'escalation') return `/escalations/${code}/${year}`;
  if (ref.task === 'support') return `/support/${code}/${year}`;
  return taskPath(code, year, ref.task);
}

/**
 * What is asked about a country outside a cycle: of the country itself, a candidate's planning or an inactive
 * country's reactivation request; of a GCM member, their feedback or position on a candidacy.
 */
export interface CountryTask {
  task: 'candidacy' | 'reactivation';
  countryName: string;
  path: string;
}

/** Whether a candidate's candidacy waits for this GCM member's feedback or position. */
async function waitsForGcmMember(client: Client, r: CountryState, email: string): Promise<boolean> {
  if (!r.governance.gcm.some((m) => sameAddress(m.email, email))) return false;
  const candidacy = await unlessRefused(candidacyStatus(client, r.country.code));
  return !!candidacy && gcmCandidacySteps(candidacy, email).length > 0;
}

export async function countryTasks(client: Client, registry: CountryState[], email: string): Promise<CountryTask[]> {
  const tasks: CountryTask[] = [];
  for (const r of registry) {
    if (r.status === 'candidate' && (await waitsForGcmMember(client, r, email)))
      tasks.push({ task: 'candidacy', countryName: r.country.name, path: gcmCandidacyPath(r.country.code) });
    if (!isFocalPoint(r.country, email)) continue;
    const ref = (task: CountryTask['task'], workflowId: string) => ({
      task,
      countryName: r.country.name,
      path: pathOfTask({ workflowId, task, round: 0 }),
    });
    if (r.status === 'candidate') tasks.push(ref('candidacy', candidacyWorkflowId(r.country.code)));
    if (reactivationOpen(r)) tasks.push(ref('reactivation', countryWorkflowId(r.country.code)));
  }
  return tasks;
}

/** For the secretariat: someone of a running cycle whose address the mail server refused for good, still on record. */
export interface AddressToFix {
  name: string;
  address: string;
  countryName: string;
  code: string;
  year: number;
  reason: string;
}

export function addressesToFix(cycles: CycleState[]): AddressToFix[] {
  return cycles.flatMap((s) => {
    const current = [s.country.focalPoint, s.country.deputy, ...s.reviewers].map((p) => p.email);
    const latest = new Map((s.undeliverable ?? []).filter((u) => current.includes(u.address)).map((u) => [u.address, u]));
    return [...latest.values()].map((u) => ({
      name: u.name,
      address: u.address,
      countryName: s.country.name,
      code: s.country.code,
      year: s.year,
      reason: u.reason,
    }));
  });
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
