import { defineQuery, defineSignal, defineUpdate, type SignalDefinition } from '@temporalio/workflow';
import type { UpdateDefinition } from '@temporalio/common';
import type { CandidacyState } from '../../domain/candidacy-state';
import { candidacyTasks, type CandidacyArgs, type CandidacyTask } from '../../domain/candidacy-args';

// One Update (with validator) and one Signal of the same name per candidacy step.
type Messages = {
  [T in CandidacyTask]: { update: UpdateDefinition<CandidacyState, [CandidacyArgs<T>]>; signal: SignalDefinition<[CandidacyArgs<T>]> };
};

export { candidacyTasks };
export const candidacyMessages = Object.fromEntries(
  candidacyTasks.map((task) => [task, { update: defineUpdate(task), signal: defineSignal(task) }]),
) as Messages;
export const getCandidacyQuery = defineQuery<CandidacyState>('getState');
