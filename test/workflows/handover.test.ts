import { WorkflowUpdateFailedError } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { Worker } from '@temporalio/worker';
import { DateTime } from 'luxon';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { pathfinderCountry, reportingCycle } from '../../workflows';
import * as country from '../../workflows/country/messages';
import * as m from '../../workflows/reporting-cycle/messages';
import { startMailCatcher, type MailCatcher } from '../../scripts/mail-catcher';
import { cycleInput, exampleReport, governance, peru, secretariat } from '../helpers/fixtures';
import { startTimeSkipping } from '../helpers/temporal';
import { testWorker } from '../helpers/worker';
import { countryWorkflowId, reportingCycleId } from '../../domain/workflow-ids';

// The relay refuses the focal point's address for good. The secretariat corrects it on the country's record;
// the running cycle takes the corrected person at once: what was pending (the reminder) reaches them, the
// old address can no longer act, and the new one can.
let env: TestWorkflowEnvironment;
let mail: MailCatcher;
let worker: Worker;
const taskQueue = 'handover';
const lucia = peru.focalPoint;
const corrected = { ...lucia, email: 'lucia.quispe@mintra.example.org' };

beforeAll(async () => {
  [env, mail] = await Promise.all([startTimeSkipping(), startMailCatcher({ refuse: (address) => address === lucia.email })]);
  ({ worker } = await testWorker(env, mail.smtpUrl, taskQueue));
});
afterAll(async () => {
  await env?.teardown();
  await mail?.close();
});

it('moves a running cycle to the corrected focal point, who receives what was pending', { timeout: 60_000 }, () =>
  worker.runUntil(async () => {
    const record = await env.client.workflow.start(pathfinderCountry, { taskQueue, workflowId: countryWorkflowId('PER'), args: [{ country: peru, governance }] });
    const cycle = await env.client.workflow.start(reportingCycle, { taskQueue, workflowId: reportingCycleId('PER', 2027), args: [cycleInput(2027)] });

    // The first reminder (19 March) is refused for Lucia's address; the secretariat is asked to correct it.
    await env.sleep(DateTime.fromISO('2027-03-20T12:00:00Z').toMillis() - (await env.currentTimeMs()));
    await mail.waitFor(1, (x) => x.headers['x-pathfinder-kind'] === 'address-refused');
    await record.executeUpdate(country.changeFocalPointsUpdate, { args: [{ as: secretariat.email, focalPoint: corrected }] });

    const [handedOver] = await mail.waitFor(1, (x) => x.recipients.includes(corrected.email));
    expect(handedOver!.headers['x-pathfinder-kind']).toBe('submission-reminder');
    expect(handedOver!.subject).toBe('Peru: informe de progreso 2027 pendiente');
    await expect.poll(async () => (await cycle.query(m.getStateQuery)).country.focalPoint.email).toBe(corrected.email);
    await expect.poll(async () => (await record.query(country.getRecordQuery)).history.map((h) => h.what)).toContainEqual(`2027 cycle: its tasks moved to ${corrected.name} and ${peru.deputy.name}`);

    const refused = await cycle.executeUpdate(m.submitReportUpdate, { args: [{ as: lucia.email, report: exampleReport as never }] }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(WorkflowUpdateFailedError);
    expect((refused as WorkflowUpdateFailedError).cause?.message).toMatch(/^invalid sender: as: lucia\.quispe@example\.org is not the focal point or deputy of PER/);
    const submitted = await cycle.executeUpdate(m.submitReportUpdate, { args: [{ as: corrected.email, report: exampleReport as never }] });
    expect(submitted.stage).toBe('in-review');

    // A forged or malformed hand-over is refused on the cycle, not thrown.
    await cycle.signal(m.focalPointsChangedSignal, { focalPoint: { name: '', email: 'not an address' } } as never);
    await expect.poll(async () => (await cycle.query(m.getStateQuery)).rejectedSignals.map((r) => r.name)).toEqual(['focalPointsChanged']);
    expect((await cycle.query(m.getStateQuery)).country.focalPoint.email).toBe(corrected.email);
    await cycle.terminate('test done');
  }),
);
