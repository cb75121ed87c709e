import { defineQuery } from '@temporalio/workflow';
import type { IntroductionState } from '../../domain/learning/introduction';

export const getIntroductionQuery = defineQuery<IntroductionState>('getState');
