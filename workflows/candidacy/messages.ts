import { defineQuery } from '@temporalio/workflow';
import { defineTask, type TaskDefinition } from '../define-task';
import type { CandidacyState } from '../../domain/candidacy/state';
import { candidacyTasks, type CandidacyArgs, type CandidacyTask } from '../../domain/candidacy/args';

// One task per candidacy step.
type Messages = { [T in CandidacyTask]: TaskDefinition<CandidacyState, CandidacyArgs<T>> };

export { candidacyTasks };
export const candidacyMessages = Object.fromEntries(candidacyTasks.map((task) => [task, defineTask(task)])) as Messages;
export const getCandidacyQuery = defineQuery<CandidacyState>('getState');
