import { ApplicationFailure } from '@temporalio/common';
import type { EventState } from '../domain/event/event';
import type { IntroductionState } from '../domain/learning/introduction';
import type { ReactivationState } from '../domain/reactivation/reactivation';
import { checkedKey, type ObjectStore } from '../store/object-store';

// An event's or an introduction's run leaves Temporal when the namespace's retention ends, and the pages
// that list them read visibility. So each run keeps its final state in the records store before it ends,
// beside the closed cycles' records: `events/<YEAR>/<event id>.json` (the year of the event's day) and
// `introductions/<YEAR>/<introduction id>.json` (the year of the answer), one listing per year; a reactivation
// request, with the report the country filed, at `reactivations/<YEAR>/<workflow id>.json` (the year it was filed).

/** What a finished run left in the store: its state as its query gave it. */
export interface KeptRecord<T> {
  workflowId: string;
  keptAt: string;
  state: T;
}

/** The kinds of runs kept so, by the folder of the store they are kept under. */
export const keptKinds = ['events', 'introductions', 'reactivations'] as const;
export type KeptKind = (typeof keptKinds)[number];

/** Where a run's record lives: its kind, its year, its workflow's id. */
export const keptRecordKey = (kind: KeptKind, year: number | string, workflowId: string) =>
  checkedKey(`${kind}/${year}/${workflowId}.json`);

/** The year an event is kept under: its day's. */
export const eventYear = (state: Pick<EventState, 'event'>) => state.event.date.slice(0, 4);

/** The year an introduction is kept under: its answer's. */
export const introductionYear = (state: Pick<IntroductionState, 'at'>) => state.at.slice(0, 4);

async function keep<T>(records: ObjectStore, kind: KeptKind, year: string, workflowId: string, state: T): Promise<{ location: string }> {
  let key: string;
  try {
    key = keptRecordKey(kind, year, workflowId);
  } catch (error) {
    throw ApplicationFailure.nonRetryable(String((error as Error).message), 'InvalidInput');
  }
  const record: KeptRecord<T> = { workflowId, keptAt: new Date().toISOString(), state };
  await records.put(key, JSON.stringify(record, null, 2) + '\n', 'application/json');
  return { location: records.locationOf(key) };
}

export function createKeptRecordActivities(records: ObjectStore) {
  return {
    /** Keeps an event's final state (the list as last drawn, a cancellation); written again if retried. */
    keepEventRecord: (state: EventState) => keep(records, 'events', eventYear(state), state.workflowId, state),
    /** Keeps the secretariat's answer to a suggestion, with whom it told. */
    keepIntroductionRecord: (state: IntroductionState) => keep(records, 'introductions', introductionYear(state), state.id, state),
    /** Keeps a reactivation request as it ended: the country's report and letter, the verification, the GCM's note. */
    keepReactivationRecord: (kept: { workflowId: string; requestedIn: number; state: ReactivationState }) =>
      keep(records, 'reactivations', String(kept.requestedIn), kept.workflowId, kept.state),
  };
}
