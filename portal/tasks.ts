import type { Client } from '@temporalio/client';
import { candidacyStatus } from '../app/candidacy';
import { openCycles } from '../app/cycles';
import { candidacyWorkflowId, countryWorkflowId, keyOfWorkflowId } from '../domain/shared/workflow-ids';
import { defaultPolicy } from '../domain/cycle/policy';
import type { CycleState } from '../domain/cycle/state';
import { refusalsToFix } from '../domain/cycle/year-view';
import { cycleTaskOf, isFocalPoint, type CycleTask } from '../domain/cycle/tasks';
import type { TaskRef } from '../client/tokens';
import { awaitsReactivationRequest, type CountryState } from '../domain/record/country-record';
import { gcmCandidacySteps } from '../domain/candidacy/candidacy';
import { sameAddress } from '../domain/shared/country';
import { unlessRefused } from './access';
import { openDecisions } from '../app/decisions';
import type { DecisionState } from '../domain/decision/decision';
import { membersOf, secretariatPeople } from '../domain/shared/roles';
import { awaitsAnswerOf, decisionRoles, governanceOf } from './bodies';
import { wgReportsDrafting } from '../app/wg-report';
import type { Member } from './people';

// What waits for a person, read from the workflows' own state; what each stage asks of whom is decided in
// domain/, beside the checks the workflows make (cycleTaskOf, gcmCandidacySteps, awaitsReactivationRequest).

export interface OpenTask {
  task: CycleTask;
  code: string;
  countryName: string;
  year: number;
  round: number;
  dueAt: string;
  path: string;
}

/** The zone the secretariat's deadlines are set in. */
export const secretariatZone = defaultPolicy().secretariatZone;

export const taskPath = (code: string, year: number, task: CycleTask) => `/cycles/${code}/${year}/${task}`;
export const gcmCandidacyPath = (code: string) => `/candidacies/${code}/gcm`;

/** The page of the task an action link is for. */
export function pathOfTask(ref: TaskRef): string {
  if (ref.task === 'decision') return `/decisions/${ref.workflowId}`;
  const { code, year = NaN } = keyOfWorkflowId(ref.workflowId);
  if (ref.task === 'candidacy') return `/candidacies/${code}`;
  if (ref.task === 'candidacy-gcm') return gcmCandidacyPath(code);
  if (ref.task === 'reactivation') return `/countries/${code}/reactivation`;
  if (ref.task === 'verification') return `/reactivations/${code}`;
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
  code: string;
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
      tasks.push({ task: 'candidacy', code: r.country.code, countryName: r.country.name, path: gcmCandidacyPath(r.country.code) });
    if (!isFocalPoint(r.country, email)) continue;
    const ref = (task: CountryTask['task'], workflowId: string) => ({
      task,
      code: r.country.code,
      countryName: r.country.name,
      path: pathOfTask({ workflowId, task, round: 0 }),
    });
    if (r.status === 'candidate') tasks.push(ref('candidacy', candidacyWorkflowId(r.country.code)));
    if (awaitsReactivationRequest(r)) tasks.push(ref('reactivation', countryWorkflowId(r.country.code)));
  }
  return tasks;
}

/**
 * The roadmap of a country whose focal point or deputy this is: theirs to keep up to date at any time while
 * it is active (R12). An inactive country's keep only its assistance page, where they may ask for support to
 * reactivate (R2).
 */
export interface RoadmapLink {
  code: string;
  countryName: string;
  path: string;
  active: boolean;
}

export const roadmapLinks = (registry: CountryState[], email: string): RoadmapLink[] =>
  registry
    .filter((r) => (r.status === 'active' || r.status === 'inactive') && isFocalPoint(r.country, email))
    .map((r) => ({
      code: r.country.code,
      countryName: r.country.name,
      path: `/countries/${r.country.code}/roadmap`,
      active: r.status === 'active',
    }));

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
  return cycles.flatMap((s) =>
    refusalsToFix(s).map((u) => ({
      name: u.name,
      address: u.address,
      countryName: s.country.name,
      code: s.country.code,
      year: s.year,
      reason: u.reason,
    })),
  );
}

export async function openTasks(client: Client, email: string): Promise<OpenTask[]> {
  const tasks: OpenTask[] = [];
  for (const s of await openCycles(client)) {
    const task = cycleTaskOf(s, email);
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

/** A body's decision that waits for this person: their answer to a silence procedure, or its procedure or meeting. */
export interface DecisionTask {
  stage: 'awaiting-procedure' | 'awaiting-meeting' | 'silence-procedure';
  body: DecisionState['body'];
  subject: DecisionState['subject'];
  /** The end of the silence procedure this member is asked to answer. */
  endsAt?: string;
  path: string;
}

/** The decisions that wait for `email`; the running decisions are looked up only for someone a body counts. */
export async function decisionTasks(client: Client, registry: CountryState[], email: string): Promise<DecisionTask[]> {
  const counted = registry.some(({ governance: g }) =>
    [...secretariatPeople(g), ...membersOf(g, 'gcm'), ...membersOf(g, 'wg')].some((p) => sameAddress(p.email, email)),
  );
  if (!counted) return [];
  const tasks: DecisionTask[] = [];
  for (const d of await openDecisions(client)) {
    const roles = decisionRoles(governanceOf(registry, d.subject.country?.code ?? ''), d, email);
    const path = pathOfTask({ workflowId: d.workflowId, task: 'decision', round: 0 });
    const task = { body: d.body, subject: d.subject, path };
    if (awaitsAnswerOf(d, roles, email)) tasks.push({ ...task, stage: 'silence-procedure', endsAt: d.silence?.endsAt });
    else if (roles.steers && (d.stage === 'awaiting-procedure' || d.stage === 'awaiting-meeting')) tasks.push({ ...task, stage: d.stage });
  }
  return tasks;
}

/**
 * Who edits the Working Group's draft report of a year: its members (the secretariat, where the registry names
 * no Working Group); and who signs it off: its chair (the secretariat, likewise).
 */
export function wgDraftRoles(registry: CountryState[], member: Member): { edits: boolean; signs: boolean } {
  const withoutWg = !registry.some((r) => r.governance.workingGroup?.members.length);
  return withoutWg ? { edits: member.secretariat, signs: member.secretariat } : { edits: member.workingGroup, signs: member.wgChair };
}

/** A year's draft report that waits for the Working Group (R18): for a member to complete, for the chair to sign off too. */
export interface WgReportTask {
  year: number;
  signs: boolean;
  path: string;
}

/** The drafts that wait for this person; the running years are looked up only for someone who edits them. */
export async function wgReportTasks(client: Client, registry: CountryState[], member: Member | undefined): Promise<WgReportTask[]> {
  const roles = member && wgDraftRoles(registry, member);
  if (!roles?.edits) return [];
  return (await wgReportsDrafting(client)).map((year) => ({ year, signs: roles.signs, path: `/wg-reports/${year}` }));
}
