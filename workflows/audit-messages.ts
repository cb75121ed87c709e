import { defineSignal } from '@temporalio/workflow';

/** The application layer's report of an Update the workflow's validator refused, for its audit trail. */
export const taskRefusedSignal = defineSignal<[{ task: string; as: string; channel: string; reason: string }]>('taskRefused');
