import { defineQuery } from '@temporalio/workflow';
import { defineTask } from '../define-task';
import type { VerificationArgs } from '../../domain/reactivation/args';
import type { ReactivationState } from '../../domain/reactivation/reactivation';

export const verify = defineTask<ReactivationState, VerificationArgs>('verify');
export const getReactivationQuery = defineQuery<ReactivationState>('getState');
