import { WorkflowExecutionAlreadyStartedError, type Client } from '@temporalio/client';
import type { IntroductionDecision, IntroductionSide, IntroductionState } from '../domain/learning/introduction';
import { suggestions, type LearningCandidate, type LearningCountry, type Suggestion } from '../domain/learning/suggestions';
import type { CountryState } from '../domain/record/country-record';
import type { CycleState } from '../domain/cycle/state';
import { workflowTypes } from '../domain/shared/workflow-ids';
import { readCountries } from '../client/registry';
import { TASK_QUEUE } from '../client/config';
import { getCycleQuery } from '../workflows/reporting-cycle/messages';
import { getCandidacyQuery } from '../workflows/candidacy/messages';
import { getIntroductionQuery } from '../workflows/learning/messages';
import type { Actor } from './actor';
import { keptStates, statesOf, visibleThenKept } from './listing';
import type { ObjectStore } from '../store/object-store';

// Peer learning (S3): the secretariat's suggestions, read from the countries' records, their latest
// reports and the candidacies under way, and its answers to them, each an `introduction-…` run.

/** A report older than this many years before the current one is not a country's latest any more. */
const reportYears = 2;

/** Each country's latest report among the cycles of the last years: its year and what the matching reads. */
async function latestReports(client: Client, now: Date): Promise<Map<string, LearningCountry['report']>> {
  const since = now.getUTCFullYear() - reportYears;
  const query = `WorkflowType = '${workflowTypes.reportingCycle}' AND CycleYear >= ${since}`;
  const states = await statesOf(client, query, getCycleQuery);
  const latest = new Map<string, LearningCountry['report']>();
  for (const state of states.filter((s): s is CycleState => !!s?.submissions?.length).sort((a, b) => a.year - b.year)) {
    const report = state.submissions.at(-1)!.report;
    latest.set(state.country.code, {
      year: state.year,
      learningInterests: report.learningInterests,
      progress: report.progress,
      evidence: report.evidence,
    });
  }
  return latest;
}

const learningCountry = (record: CountryState, report: LearningCountry['report']): LearningCountry => ({
  code: record.country.code,
  name: record.country.name,
  status: record.status,
  priorityAreas:
    record.roadmaps
      .filter((v) => v.document)
      .at(-1)
      ?.document?.priorityAreas.map((a) => a.title) ?? [],
  ...(report && { report }),
});

/** Candidacies under way and the priorities of the roadmap (or national action plans) each filed. */
async function candidatesUnderWay(client: Client): Promise<LearningCandidate[]> {
  const query = `WorkflowType = '${workflowTypes.candidacy}' AND ExecutionStatus = 'Running'`;
  const states = await statesOf(client, query, getCandidacyQuery);
  return states.flatMap((c) => {
    const plan = c?.filed.roadmap?.plan;
    if (!c || !plan || c.stage === 'granted' || c.stage === 'withdrawn') return [];
    const priorities = plan.kind === 'roadmap' ? plan.priorityAreas : plan.plans.map((p) => p.title);
    return [{ code: c.code, name: c.name, priorities }];
  });
}

/**
 * Every answer the secretariat gave, newest first: the runs the server lists, and those that have left it
 * since they ended, from their records in the store (`records`).
 */
export async function introductions(client: Client, records: ObjectStore): Promise<IntroductionState[]> {
  const [visible, kept] = await Promise.all([
    statesOf(client, `WorkflowType = '${workflowTypes.learningIntroduction}'`, getIntroductionQuery),
    keptStates<IntroductionState>(records, 'introductions'),
  ]);
  return visibleThenKept(visible, kept, (s) => s.id).sort((a, b) => b.at.localeCompare(a.at));
}

export interface LearningView {
  /** Suggestions not answered yet. */
  open: Suggestion[];
  answered: IntroductionState[];
  records: CountryState[];
}

/** The suggestions of today, less those the secretariat answered (kept ones too), and its answers. */
export async function learningView(client: Client, kept: ObjectStore, now = new Date()): Promise<LearningView> {
  const [records, reports, candidates, answered] = await Promise.all([
    readCountries(client),
    latestReports(client, now),
    candidatesUnderWay(client),
    introductions(client, kept),
  ]);
  const countries = records.map((r) => learningCountry(r, reports.get(r.country.code)));
  const done = new Set(answered.map((a) => a.id));
  return { open: suggestions(countries, candidates).filter((s) => !done.has(s.id)), answered, records };
}

export type AnswerResult =
  { outcome: 'done'; suggestion: Suggestion } | { outcome: 'already'; state?: IntroductionState } | { outcome: 'gone' };

/**
 * The secretariat accepts or dismisses a suggestion it is shown. The suggestion is found again from the
 * records (the request names only its id); its run's id is the pair and the area, so a second answer
 * is refused by the server however many members click at once.
 */
export async function answerSuggestion(
  client: Client,
  kept: ObjectStore,
  task: { id: string; decision: IntroductionDecision; actor: Actor },
): Promise<AnswerResult> {
  // An answer kept after its run left Temporal is found here: the server would no longer refuse its id.
  const view = await learningView(client, kept);
  const already = view.answered.find((a) => a.id === task.id);
  if (already) return { outcome: 'already', state: already };
  const suggestion = view.open.find((s) => s.id === task.id);
  if (!suggestion) return { outcome: 'gone' };
  const side = (code: string, name: string): IntroductionSide => {
    const record = view.records.find((r) => r.country.code === code);
    return { country: { code, name }, people: record ? [record.country.focalPoint, record.country.deputy] : [] };
  };
  const secretariat = view.records[0]?.governance.secretariat;
  if (!secretariat) return { outcome: 'gone' };
  try {
    await client.workflow.start(workflowTypes.learningIntroduction, {
      workflowId: suggestion.id,
      taskQueue: TASK_QUEUE,
      args: [
        {
          suggestion,
          decision: task.decision,
          by: task.actor.email,
          sides: [side(suggestion.learner.code, suggestion.learner.name), side(suggestion.peer.code, suggestion.peer.name)],
          secretariat,
        },
      ],
      workflowIdReusePolicy: 'REJECT_DUPLICATE',
      workflowIdConflictPolicy: 'FAIL',
    });
  } catch (error) {
    if (error instanceof WorkflowExecutionAlreadyStartedError) return { outcome: 'already' };
    throw error;
  }
  return { outcome: 'done', suggestion };
}
