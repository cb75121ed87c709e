import { WorkflowUpdateFailedError } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { Worker } from '@temporalio/worker';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { candidacy, pathfinderCountry, reportingCycle } from '../../workflows';
import * as country from '../../workflows/country/messages';
import * as m from '../../workflows/reporting-cycle/messages';
import { candidacyMessages, getCandidacyQuery } from '../../workflows/candidacy/messages';
import { expressionOfInterestSchema } from '../../domain/record/registry';
import { defaultPolicy } from '../../domain/cycle/policy';
import type { MailCatcher } from '../../scripts/mail-catcher';
import {
  cycleInput,
  exampleIn,
  exampleReport,
  governance,
  peru,
  registryImported,
  secretariat,
  twoCyclesWithoutReport,
  gcmOpensDialogue,
} from '../helpers/fixtures';
import { startTimeSkippingStack, testWorker } from '../helpers/worker';
import { candidacyWorkflowId, countryWorkflowId, escalationWorkflowId, reportingCycleId } from '../../domain/shared/workflow-ids';
import { getEscalationQuery } from '../../workflows/escalation/messages';
import { skipTo, Y } from '../helpers/clock';
import { recordHistory } from '../helpers/record-history';
import { kindOf } from '../helpers/mail';
import { malformed } from '../helpers/updates';

// The relay refuses the focal point's address for good. The secretariat corrects it on the country's record;
// the running cycle takes the corrected person at once: what was pending (the reminder) reaches them, the
// old address can no longer act, and the new one can.
let env: TestWorkflowEnvironment;
let mail: MailCatcher;
let worker: Worker;
const taskQueue = 'handover';
const lucia = peru.focalPoint;
const corrected = { ...lucia, email: 'lucia.quispe@mintra.example.org' };
const amina = peru.reviewers[0]!;
const karin = { name: 'Karin Lindqvist', email: 'karin.lindqvist@example.org', language: 'en' as const, zone: 'Europe/Stockholm' };

let stop: (() => Promise<void>) | undefined;
beforeAll(async () => {
  ({ env, mail, worker, stop } = await startTimeSkippingStack(taskQueue, { refuse: (address) => address === lucia.email }));
});
afterAll(() => stop?.());

it('moves a running cycle to the corrected focal point, who receives what was pending, and to a new reviewer', { timeout: 60_000 }, () =>
  worker.runUntil(async () => {
    const record = await env.client.workflow.start(pathfinderCountry, {
      taskQueue,
      workflowId: countryWorkflowId('PER'),
      args: [{ country: peru, governance }],
    });
    const cycle = await env.client.workflow.start(reportingCycle, {
      taskQueue,
      workflowId: reportingCycleId('PER', Y),
      args: [cycleInput(Y)],
    });

    // The first reminder (19 March) is refused for Lucia's address; the secretariat is asked to correct it.
    await skipTo(env, `${Y}-03-20T12:00:00Z`);
    await mail.waitFor(1, (x) => kindOf(x) === 'address-refused');
    await record.executeUpdate(country.changeFocalPoints.update, { args: [{ as: secretariat.email, focalPoint: corrected }] });

    const [handedOver] = await mail.waitFor(1, (x) => x.recipients.includes(corrected.email));
    expect(kindOf(handedOver!)).toBe('submission-reminder');
    expect(handedOver!.subject).toBe(`Perú: informe de progreso ${Y} pendiente`);
    await expect.poll(async () => (await cycle.query(m.getCycleQuery)).country.focalPoint.email).toBe(corrected.email);
    await expect
      .poll(async () => (await record.query(country.getRecordQuery)).history.map((h) => h.what))
      .toContainEqual(
        `${Y} cycle: its tasks moved to ${corrected.name} and ${peru.deputy.name}, reviewers ${peru.reviewers.map((r) => r.name).join(', ')}`,
      );

    const refused = await cycle
      .executeUpdate(m.submitReport.update, { args: [{ as: lucia.email, report: exampleReport }] })
      .catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(WorkflowUpdateFailedError);
    expect((refused as WorkflowUpdateFailedError).cause?.message).toMatch(
      /^invalid sender: as: lucia\.quispe@example\.org is not the focal point or deputy of PER/,
    );
    const submitted = await cycle.executeUpdate(m.submitReport.update, { args: [{ as: corrected.email, report: exampleReport }] });
    expect(submitted.stage).toBe('in-review');

    // The registry now names another reviewer: the review under way moves to her; the one removed can no longer review.
    await registryImported(env.client, [{ ...peru, focalPoint: corrected, reviewers: [karin] }]);
    const [request] = await mail.waitFor(1, (x) => x.recipients.includes(karin.email));
    expect(kindOf(request!)).toBe('review-request');
    const removed = await cycle
      .executeUpdate(m.submitReview.update, { args: [{ as: amina.email, decision: 'accept' }] })
      .catch((e: unknown) => e);
    expect((removed as WorkflowUpdateFailedError).cause?.message).toMatch(
      // Karin, the one reviewer now, leads the Working Group's review and sends its decision.
      new RegExp(
        String.raw`^invalid sender: as: amina\.diallo@example\.org is not the lead of the Working Group's review of PER ${Y} \(${karin.email}\)`,
      ),
    );
    expect((await cycle.executeUpdate(m.submitReview.update, { args: [{ as: karin.email, decision: 'accept' }] })).stage).toBe('finalised');

    // A malformed hand-over is refused on the cycle, not thrown (here on a cycle still running).
    const other = await env.client.workflow.start(reportingCycle, {
      taskQueue,
      workflowId: reportingCycleId('PER', Y + 1),
      args: [cycleInput(Y + 1)],
    });
    await other.signal(m.focalPointsChangedSignal, malformed({ focalPoint: { name: '', email: 'not an address' } }));
    await other.signal(m.reviewersChangedSignal, malformed({ reviewers: 'everyone' }));
    await expect
      .poll(async () => (await other.query(m.getCycleQuery)).rejectedSignals.map((r) => r.name))
      .toEqual(['focalPointsChanged', 'reviewersChanged']);
    expect((await other.query(m.getCycleQuery)).country.focalPoint.email).toBe(lucia.email);
    await recordHistory(env.client, cycle.workflowId, 'reporting-cycle-handover');
    await recordHistory(env.client, record.workflowId, 'pathfinder-country-handover');
    await other.terminate('test done');
  }),
);

it(
  'R3, R20: a new focal point reaches the open escalation and the candidacy, is told what is under way, and acts there',
  { timeout: 60_000 },
  async () => {
    const { worker: another } = await testWorker(env, mail.smtpUrl, taskQueue); // a worker runs once
    await another.runUntil(async () => {
      const rosa = { name: 'Rosa Mamani', email: 'rosa.mamani@example.org', language: 'es' as const, zone: 'America/Lima' };
      const received = (kind: string, to: string) => mail.waitFor(1, (x) => kindOf(x) === kind && x.recipients.includes(to));

      // A flagged country: its escalation's notices go to the focal point named after it opened.
      const record = await env.client.workflow.start(pathfinderCountry, {
        taskQueue,
        workflowId: countryWorkflowId('BOL'),
        args: [{ country: { ...peru, code: 'BOL', name: 'Bolivia' }, governance }],
      });
      await twoCyclesWithoutReport(env.client, 'BOL', Y - 1, taskQueue);
      await gcmOpensDialogue(env.client, 'BOL', Y - 1);
      const escalation = env.client.workflow.getHandle(escalationWorkflowId('BOL', Y - 1));
      await expect
        .poll(() =>
          escalation.query(getEscalationQuery).then(
            (e) => e.stage,
            () => undefined,
          ),
        )
        .toBe('dialogue');
      await record.executeUpdate(country.changeFocalPoints.update, { args: [{ as: secretariat.email, focalPoint: rosa }] });
      await received('dialogue-opened', rosa.email);
      await expect
        .poll(async () => (await record.query(country.getRecordQuery)).history.map((h) => h.what))
        .toContainEqual(`GCM escalation ${Y - 1}: focal points now ${rosa.name} and ${peru.deputy.name}`);

      // A candidate: the planning steps are the new focal point's to file, with their own invitation.
      const eoi = expressionOfInterestSchema.parse(JSON.parse(exampleIn(Y, 'candidacy/eoi.json')));
      const candidate = await env.client.workflow.start(candidacy, {
        taskQueue,
        workflowId: candidacyWorkflowId('CHL'),
        args: [{ eoi, governance, policy: defaultPolicy() }],
      });
      await candidate.executeUpdate(candidacyMessages.acknowledge.update, { args: [{ as: secretariat.email, reviewers: [amina] }] });
      const candidateRecord = env.client.workflow.getHandle(countryWorkflowId('CHL'));
      await expect
        .poll(() =>
          candidateRecord.query(country.getRecordQuery).then(
            () => true,
            () => false,
          ),
        )
        .toBe(true);
      await candidateRecord.executeUpdate(country.changeFocalPoints.update, { args: [{ as: secretariat.email, focalPoint: rosa }] });
      await received('candidacy-invitation', rosa.email);
      const timeline = { steps: [{ step: 'workshop', due: `${Y}-06-30` }] };
      const refused = await candidate
        .executeUpdate(candidacyMessages.timeline.update, { args: [malformed({ as: eoi.focalPoint.email, ...timeline })] })
        .catch((e: unknown) => e);
      expect((refused as WorkflowUpdateFailedError).cause?.message).toMatch(
        /^invalid sender: as: valentina\.rojas@example\.org is not the focal point or deputy of CHL/,
      );
      await candidate.executeUpdate(candidacyMessages.timeline.update, { args: [malformed({ as: rosa.email, ...timeline })] });
      expect((await candidate.query(getCandidacyQuery)).timeline).toEqual(timeline.steps);
      await Promise.all([record, candidateRecord, escalation, candidate].map((h) => h.terminate('test done')));
    });
  },
);
