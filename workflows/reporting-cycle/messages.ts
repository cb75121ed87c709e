import { defineQuery, defineSignal } from '@temporalio/workflow';
import { defineTask } from '../define-task';
import type { Person } from '../../domain/shared/country';
import type { CycleState, CycleSummary } from '../../domain/cycle/state';
import type {
  AssessReviewArgs,
  DecideExtensionArgs,
  ExtendDeadlineArgs,
  ReassignReviewersArgs,
  RequestExtensionArgs,
  SubmitReportArgs,
  SubmitReviewArgs,
} from '../../domain/cycle/args';

// Every human task is an Update with a validator, and the same handler is also a Signal of the same
// name for tools that can only signal. Kept free of heavy imports so the CLI can load it cheaply.

export const submitReport = defineTask<CycleSummary, SubmitReportArgs>('submitReport');
export const submitRevision = defineTask<CycleSummary, SubmitReportArgs>('submitRevision');
/** The Working Group's one decision on the round; since 1.1 sent by its review lead once enough assessments are in. */
export const submitReview = defineTask<CycleSummary, SubmitReviewArgs>('submitReview');
/** An assigned reviewer's assessment of signs (b)–(e) (since 1.1). */
export const assessReview = defineTask<CycleSummary, AssessReviewArgs>('assessReview');
export const extendDeadline = defineTask<CycleSummary, ExtendDeadlineArgs>('extendDeadline');
export const reassignReviewers = defineTask<CycleSummary, ReassignReviewersArgs>('reassignReviewers');

export const requestExtension = defineTask<CycleSummary, RequestExtensionArgs>('requestExtension');
export const decideExtension = defineTask<CycleSummary, DecideExtensionArgs>('decideExtension');

export const getCycleQuery = defineQuery<CycleState>('getState');

/** From the country's record: the focal point or deputy changed; the cycle's tasks move to them. */
export const focalPointsChangedSignal = defineSignal<[{ focalPoint: Person; deputy: Person }]>('focalPointsChanged');
/** From the country's record: the registry's reviewers changed. */
export const reviewersChangedSignal = defineSignal<[{ reviewers: Person[] }]>('reviewersChanged');
