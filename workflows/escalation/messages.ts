import { defineQuery } from '@temporalio/workflow';
import { defineTask } from '../define-task';
import type { CheckInArgs } from '../../domain/support/args';
import type { DecisionArgs, DialogueArgs, ProposeEndArgs, ProposeSupportArgs, StartSupportArgs } from '../../domain/escalation/args';
import type { CheckIn, EscalationState } from '../../domain/escalation/gcm-escalation';
import type { SupportRunState } from '../../domain/support/support';

export const recordDialogue = defineTask<EscalationState, DialogueArgs>('recordDialogue');
export const startSupport = defineTask<EscalationState, StartSupportArgs>('startSupport');
export const decide = defineTask<EscalationState, DecisionArgs>('decide');
/** Since `gcm-decides-support-and-end`: the sub-group and the end are proposed, and the GCM decides them as a body. */
export const proposeSupport = defineTask<EscalationState, ProposeSupportArgs>('proposeSupport');
export const proposeEnd = defineTask<EscalationState, ProposeEndArgs>('proposeEnd');
export const getEscalationQuery = defineQuery<EscalationState>('getState');

export const checkIn = defineTask<CheckIn[], CheckInArgs>('checkIn');
export const getSupportQuery = defineQuery<SupportRunState>('getState');
