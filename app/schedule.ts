import type { Client, ScheduleDescription, ScheduleHandle } from '@temporalio/client';
import { parsePolicy, type CyclePolicy } from '../domain/cycle/policy';
import { TASK_QUEUE } from '../client/config';
import { NotFound, NotNow } from './errors';
import { workflowTypes, yearlyScheduleId } from '../domain/shared/workflow-ids';

// The yearly Temporal Schedule that opens the annual cycle on the policy's opening day.

export const months = [
  'JANUARY',
  'FEBRUARY',
  'MARCH',
  'APRIL',
  'MAY',
  'JUNE',
  'JULY',
  'AUGUST',
  'SEPTEMBER',
  'OCTOBER',
  'NOVEMBER',
  'DECEMBER',
] as const;

/** Creates the schedule (defaults: every 15 January, 09:00 Geneva); returns the policy it runs with. */
export async function createSchedule(client: Client, policyInput: unknown = {}): Promise<CyclePolicy> {
  const policy = parsePolicy(policyInput);
  const { month, day, hour } = policy.yearlyOpening;
  try {
    await client.schedule.create({
      scheduleId: yearlyScheduleId,
      spec: { calendars: [{ month: months[month - 1]!, dayOfMonth: day, hour, minute: 0 }], timezone: policy.secretariatZone },
      action: { type: 'startWorkflow', workflowType: workflowTypes.yearlyOpening, args: [{ policy }], taskQueue: TASK_QUEUE },
    });
  } catch (error) {
    if ((error as Error).name !== 'ScheduleAlreadyRunning') throw error;
    throw NotNow.because({ code: 'already', done: 'schedule', id: yearlyScheduleId });
  }
  return policy;
}

async function onSchedule<T>(client: Client, call: (h: ScheduleHandle) => Promise<T>): Promise<T> {
  try {
    return await call(client.schedule.getHandle(yearlyScheduleId));
  } catch (error) {
    if ((error as Error).name === 'ScheduleNotFoundError')
      throw NotFound.because({ code: 'notFound', what: 'schedule', id: yearlyScheduleId });
    throw error;
  }
}

export const describeSchedule = (client: Client): Promise<ScheduleDescription> => onSchedule(client, (h) => h.describe());

/** Removes the schedule; cycles already open are not affected. */
export const deleteSchedule = (client: Client): Promise<void> => onSchedule(client, (h) => h.delete());
