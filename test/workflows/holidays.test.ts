import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { Worker } from '@temporalio/worker';
import { DateTime } from 'luxon';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { annualCycle, pathfinderCountry } from '../../workflows';
import { openCyclesUpdate } from '../../workflows/annual-cycle/messages';
import { getCycleQuery } from '../../workflows/reporting-cycle/messages';
import type { MailCatcher } from '../../scripts/mail-catcher';
import { governance, peru } from '../helpers/fixtures';
import { startTimeSkippingStack } from '../helpers/worker';
import { annualCycleId, countryWorkflowId, reportingCycleId } from '../../domain/shared/workflow-ids';
import { skipTo, Y } from '../helpers/clock';
import { kindOf } from '../helpers/mail';

// The year's cycles open with each country's public holidays, and no reminder reaches a focal point on one
// of them: Peru's weekly overdue reminders fall on Fridays, and 23 July (Air Force Day) is a holiday there.

let env: TestWorkflowEnvironment;
let mail: MailCatcher;
let worker: Worker;
let stop: () => Promise<void>;
const taskQueue = 'holidays';

beforeAll(async () => {
  ({ env, mail, worker, stop } = await startTimeSkippingStack(taskQueue));
});
afterAll(() => stop?.());

it("moves Peru's overdue reminder off its holiday, and opens no holidays when the policy turns them off", { timeout: 120_000 }, () =>
  worker.runUntil(async () => {
    await env.client.workflow.start(pathfinderCountry, {
      taskQueue,
      workflowId: countryWorkflowId('PER'),
      args: [{ country: peru, governance }],
    });
    const annual = await env.client.workflow.start(annualCycle, { taskQueue, workflowId: annualCycleId(Y), args: [{ year: Y }] });
    await annual.executeUpdate(openCyclesUpdate, { args: [{ countries: ['PER'] }] });
    const cycle = env.client.workflow.getHandle(reportingCycleId('PER', Y));
    expect((await cycle.query(getCycleQuery)).holidays).toEqual(expect.arrayContaining([`${Y}-07-23`, `${Y}-07-28`, `${Y}-07-29`]));

    await skipTo(env, `${Y}-07-27T18:00:00Z`);
    const overdueDays = mail.messages
      .filter((m) => m.to.includes(peru.focalPoint.email) && kindOf(m) === 'submission-overdue')
      .map((m) => DateTime.fromJSDate(m.date!).setZone(peru.focalPoint.zone).toFormat('yyyy-MM-dd ccc HH:mm'));
    expect(overdueDays.slice(-3)).toEqual([`${Y}-07-09 Fri 09:00`, `${Y}-07-16 Fri 09:00`, `${Y}-07-26 Mon 09:00`]);

    const next = await env.client.workflow.start(annualCycle, {
      taskQueue,
      workflowId: annualCycleId(Y + 1),
      args: [{ year: Y + 1, policy: { publicHolidays: false } }],
    });
    await next.executeUpdate(openCyclesUpdate, { args: [{ countries: ['PER'] }] });
    expect((await env.client.workflow.getHandle(reportingCycleId('PER', Y + 1)).query(getCycleQuery)).holidays).toBeUndefined();
  }),
);
