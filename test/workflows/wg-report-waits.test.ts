import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { Worker } from '@temporalio/worker';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { annualCycle, pathfinderCountry } from '../../workflows';
import { getAnnualCycleQuery, openCyclesUpdate } from '../../workflows/annual-cycle/messages';
import type { MailCatcher } from '../../scripts/mail-catcher';
import { exampleReport, governance, peru } from '../helpers/fixtures';
import { submitReport } from '../../workflows/reporting-cycle/messages';
import { startTimeSkippingStack } from '../helpers/worker';
import { annualCycleId, countryWorkflowId, reportingCycleId } from '../../domain/shared/workflow-ids';
import { skipTo, Y } from '../helpers/clock';
import { recordHistory } from '../helpers/record-history';
import { kindOf } from '../helpers/mail';
import { wgReportThroughTheBodies } from '../helpers/wg-report';

// The mail relay is away from 30 September to 1 October 2027. Peru's report arrives on the 30th; the
// confirmation and the review requests wait for the relay, so the cycle closes that night but cannot finish.
// The Working Group's draft report waits for Peru's outcome instead of listing it with "no outcome recorded".
let env: TestWorkflowEnvironment;
let mail: MailCatcher;
let worker: Worker;
const taskQueue = 'wg-report-waits';
let stop: (() => Promise<void>) | undefined;
beforeAll(async () => {
  ({ env, mail, worker, stop } = await startTimeSkippingStack(taskQueue));
});
afterAll(() => stop?.());

it('waits for a cycle that closes late before drafting the report', { timeout: 120_000 }, () =>
  worker.runUntil(async () => {
    await env.client.workflow.start(pathfinderCountry, {
      taskQueue,
      workflowId: countryWorkflowId('PER'),
      args: [{ country: peru, governance }],
    });
    const annual = await env.client.workflow.start(annualCycle, { taskQueue, workflowId: annualCycleId(Y), args: [{ year: Y }] });
    await annual.executeUpdate(openCyclesUpdate, { args: [{ countries: ['PER'] }] });

    await skipTo(env, `${Y}-09-30T00:00:00Z`);
    mail.setAvailable(false);
    await env.client.workflow
      .getHandle(reportingCycleId('PER', Y))
      .executeUpdate(submitReport.update, { args: [{ as: peru.focalPoint.email, report: exampleReport }] });
    await skipTo(env, `${Y}-10-01T12:00:00Z`);
    const meanwhile = await annual.query(getAnnualCycleQuery);
    expect(meanwhile.stage).toBe('reporting');
    expect(meanwhile.report).toBeUndefined();

    mail.setAvailable(true);
    await skipTo(env, `${Y}-10-02T12:00:00Z`);
    const [draft] = await mail.waitFor(1, (m) => kindOf(m) === 'wg-report-draft');
    expect(draft!.date!.toISOString() >= `${Y}-10-01T12`).toBe(true);
    const done = await annual.query(getAnnualCycleQuery);
    expect(done.stage).toBe('drafting');
    await wgReportThroughTheBodies(env.client, Y);
    const [report] = await mail.waitFor(1, (m) => kindOf(m) === 'wg-report');
    expect(report!.text).toContain('- Peru (PER): closed without a finalised report.\n  Report submitted: yes;');
    expect(report!.text).not.toContain('no outcome recorded');
    expect(done.report!.rows).toEqual([expect.objectContaining({ country: 'PER', stage: 'closed-without-finalisation' })]);
    expect(done.report!.rows[0]!.missing).toBeUndefined();
    await recordHistory(env.client, annual.workflowId, 'annual-cycle-waits-for-outcomes');
  }),
);
