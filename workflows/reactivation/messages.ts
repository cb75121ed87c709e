import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type { VerificationArgs } from '../../domain/governance';
import type { ReactivationState } from '../../domain/reactivation';

export const verifyUpdate = defineUpdate<ReactivationState, [VerificationArgs]>('verify');
export const verifySignal = defineSignal<[VerificationArgs]>('verify');
export const getReactivationQuery = defineQuery<ReactivationState>('getState');
