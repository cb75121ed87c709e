import { defineQuery } from '@temporalio/workflow';
import { defineTask } from '../define-task';
import type { AnswerArgs, CirculateArgs, MeetingArgs } from '../../domain/decision/args';
import type { DecisionState } from '../../domain/decision/decision';

export const circulate = defineTask<DecisionState, CirculateArgs>('circulate');
export const answer = defineTask<DecisionState, AnswerArgs>('answer');
export const recordMeeting = defineTask<DecisionState, MeetingArgs>('recordMeeting');
export const getDecisionQuery = defineQuery<DecisionState>('getState');
