import { defineQuery } from '@temporalio/workflow';
import { defineTask } from '../define-task';
import type { CancelEventArgs, EventState, RedrawArgs } from '../../domain/event/event';

export const redraw = defineTask<EventState, RedrawArgs>('redraw');
export const cancelEvent = defineTask<EventState, CancelEventArgs>('cancelEvent');
export const getEventQuery = defineQuery<EventState>('getState');
