import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type { Person } from '../../domain/country';
import type { CycleState, CycleSummary } from '../../domain/reporting-cycle-state';
import type {
  DecideExtensionArgs,
  ExtendDeadlineArgs,
  ReassignReviewersArgs,
  RequestExtensionArgs,
  SubmitReportArgs,
  SubmitReviewArgs,
} from '../../domain/reporting-cycle-args';

// Every human task is an Update with a validator, and the same handler is also a Signal of the same
// name for tools that can only signal. Kept free of heavy imports so the CLI can load it cheaply.

export const submitReportUpdate = defineUpdate<CycleSummary, [SubmitReportArgs]>('submitReport');
export const submitReportSignal = defineSignal<[SubmitReportArgs]>('submitReport');
export const submitRevisionUpdate = defineUpdate<CycleSummary, [SubmitReportArgs]>('submitRevision');
export const submitRevisionSignal = defineSignal<[SubmitReportArgs]>('submitRevision');
export const submitReviewUpdate = defineUpdate<CycleSummary, [SubmitReviewArgs]>('submitReview');
export const submitReviewSignal = defineSignal<[SubmitReviewArgs]>('submitReview');
export const extendDeadlineUpdate = defineUpdate<CycleSummary, [ExtendDeadlineArgs]>('extendDeadline');
export const extendDeadlineSignal = defineSignal<[ExtendDeadlineArgs]>('extendDeadline');
export const reassignReviewersUpdate = defineUpdate<CycleSummary, [ReassignReviewersArgs]>('reassignReviewers');
export const reassignReviewersSignal = defineSignal<[ReassignReviewersArgs]>('reassignReviewers');

export const requestExtensionUpdate = defineUpdate<CycleSummary, [RequestExtensionArgs]>('requestExtension');
export const requestExtensionSignal = defineSignal<[RequestExtensionArgs]>('requestExtension');
export const decideExtensionUpdate = defineUpdate<CycleSummary, [DecideExtensionArgs]>('decideExtension');
export const decideExtensionSignal = defineSignal<[DecideExtensionArgs]>('decideExtension');

export const getStateQuery = defineQuery<CycleState>('getState');

/** From the country's record: the focal point or deputy changed; the cycle's tasks move to them. */
export const focalPointsChangedSignal = defineSignal<[{ focalPoint: Person; deputy: Person }]>('focalPointsChanged');
/** From the country's record: the registry's reviewers changed. */
export const reviewersChangedSignal = defineSignal<[{ reviewers: Person[] }]>('reviewersChanged');
