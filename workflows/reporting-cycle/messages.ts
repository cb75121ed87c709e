import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type { CycleState } from '../../domain/reporting-cycle-state';
import type { DecideExtensionArgs, ExtendDeadlineArgs, ReassignReviewersArgs, RequestExtensionArgs, SubmitReportArgs, SubmitReviewArgs } from '../../domain/reporting-cycle-args';

// Every human task is an Update with a validator, and the same handler is also a Signal of the same
// name for tools that can only signal. Kept free of heavy imports so the CLI can load it cheaply.

export const submitReportUpdate = defineUpdate<CycleState, [SubmitReportArgs]>('submitReport');
export const submitReportSignal = defineSignal<[SubmitReportArgs]>('submitReport');
export const submitRevisionUpdate = defineUpdate<CycleState, [SubmitReportArgs]>('submitRevision');
export const submitRevisionSignal = defineSignal<[SubmitReportArgs]>('submitRevision');
export const submitReviewUpdate = defineUpdate<CycleState, [SubmitReviewArgs]>('submitReview');
export const submitReviewSignal = defineSignal<[SubmitReviewArgs]>('submitReview');
export const extendDeadlineUpdate = defineUpdate<CycleState, [ExtendDeadlineArgs]>('extendDeadline');
export const extendDeadlineSignal = defineSignal<[ExtendDeadlineArgs]>('extendDeadline');
export const reassignReviewersUpdate = defineUpdate<CycleState, [ReassignReviewersArgs]>('reassignReviewers');
export const reassignReviewersSignal = defineSignal<[ReassignReviewersArgs]>('reassignReviewers');

export const requestExtensionUpdate = defineUpdate<CycleState, [RequestExtensionArgs]>('requestExtension');
export const requestExtensionSignal = defineSignal<[RequestExtensionArgs]>('requestExtension');
export const decideExtensionUpdate = defineUpdate<CycleState, [DecideExtensionArgs]>('decideExtension');
export const decideExtensionSignal = defineSignal<[DecideExtensionArgs]>('decideExtension');

export const getStateQuery = defineQuery<CycleState>('getState');

