import { defineSignal } from '@temporalio/workflow';
import type { RefusalReason } from '../domain/shared/refusals';

/** The application layer's report of an Update the workflow's validator refused, for its audit trail: its words, and its reasons when it gave them. */
export const taskRefusedSignal =
  defineSignal<[{ task: string; as: string; channel: string; reason: string; reasons?: RefusalReason[] }]>('taskRefused');
