import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type { CheckInArgs, DecisionArgs, DialogueArgs, StartSupportArgs } from '../../domain/governance';
import type { CheckIn, EscalationState } from '../../domain/gcm-escalation';
import type { SupportRunState } from '../../domain/support';

export const recordDialogueUpdate = defineUpdate<EscalationState, [DialogueArgs]>('recordDialogue');
export const recordDialogueSignal = defineSignal<[DialogueArgs]>('recordDialogue');
export const startSupportUpdate = defineUpdate<EscalationState, [StartSupportArgs]>('startSupport');
export const startSupportSignal = defineSignal<[StartSupportArgs]>('startSupport');
export const decideUpdate = defineUpdate<EscalationState, [DecisionArgs]>('decide');
export const decideSignal = defineSignal<[DecisionArgs]>('decide');
export const getEscalationQuery = defineQuery<EscalationState>('getState');

export const checkInUpdate = defineUpdate<CheckIn[], [CheckInArgs]>('checkIn');
export const checkInSignal = defineSignal<[CheckInArgs]>('checkIn');
export const getSupportQuery = defineQuery<SupportRunState>('getState');
