import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { Worker } from '@temporalio/worker';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { candidacy, reportingCycle } from '../../workflows';
import { candidacyMessages } from '../../workflows/candidacy/messages';
import { expressionOfInterestSchema } from '../../domain/record/registry';
import { defaultPolicy } from '../../domain/cycle/policy';
import { candidacyWorkflowId } from '../../domain/shared/workflow-ids';
import * as m from '../../workflows/reporting-cycle/messages';
import type { MailCatcher } from '../../scripts/mail-catcher';
import { cycleInput, exampleIn, exampleReport, governance, peru, secretariat, uniqueCycleId } from '../helpers/fixtures';
import { startTimeSkippingStack, testWorker } from '../helpers/worker';
import { Y } from '../helpers/clock';
import { kindOf } from '../helpers/mail';

// The relay refuses the focal point's address for good (SMTP 550): that e-mail is not retried for ever.
// The cycle records it, tells the secretariat whom to correct, and everything queued behind it goes out.
let env: TestWorkflowEnvironment;
let mail: MailCatcher;
let worker: Worker;
const taskQueue = 'undeliverable';
const lucia = peru.focalPoint;

let stop: (() => Promise<void>) | undefined;
beforeAll(async () => {
  ({ env, mail, worker, stop } = await startTimeSkippingStack(taskQueue, { refuse: (address) => address === lucia.email }));
});
afterAll(() => stop?.());

it('records a permanent refusal, asks the secretariat to correct the address, and sends the rest', { timeout: 60_000 }, () =>
  worker.runUntil(async () => {
    const cycle = await env.client.workflow.start(reportingCycle, {
      taskQueue,
      workflowId: uniqueCycleId('PER', Y),
      args: [cycleInput(Y)],
    });
    await cycle.executeUpdate(m.submitReport.update, { args: [{ as: lucia.email, report: exampleReport }] });

    // Behind the refused e-mail: the deputy's confirmation and the reviewer's request still go out.
    await mail.waitFor(1, (x) => kindOf(x) === 'review-request' && x.to.includes(peru.reviewers[0]!.email));
    await mail.waitFor(1, (x) => kindOf(x) === 'submission-received' && x.to.includes(peru.deputy.email));
    const [toFix] = await mail.waitFor(1, (x) => kindOf(x) === 'address-refused');
    expect(toFix!.to).toEqual([secretariat.email]);
    expect(toFix!.subject).toBe(`Peru: an e-mail to ${lucia.name} could not be delivered`);
    expect(toFix!.text).toContain(`${lucia.name} <${lucia.email}>`);
    expect(toFix!.text).toContain('550');
    expect(mail.messages.some((x) => x.recipients.includes(lucia.email))).toBe(false);

    // The last send is recorded once its activity completes, a moment after the sink has the message.
    await expect.poll(async () => (await cycle.query(m.getCycleQuery)).outbox).toEqual([]);
    const state = await cycle.query(m.getCycleQuery);
    expect(state.undeliverable!.map((u) => [u.address, u.kind])).toEqual([
      [lucia.email, 'call-for-reports'],
      [lucia.email, 'submission-received'],
    ]);
    expect(state.undeliverable![0]!.reason).toContain('550');
    await cycle.terminate('test done');
  }),
);

it(
  'tells the secretariat of a notice refused for good, too (here the invitation of a candidate focal point)',
  { timeout: 60_000 },
  async () => {
    const { worker: another } = await testWorker(env, mail.smtpUrl, taskQueue); // a worker runs once
    await another.runUntil(async () => {
      const eoi = expressionOfInterestSchema.parse(JSON.parse(exampleIn(Y, 'candidacy/eoi.json')));
      const started = await env.client.workflow.start(candidacy, {
        taskQueue,
        workflowId: candidacyWorkflowId('GTM'),
        args: [{ eoi: { ...eoi, code: 'GTM', focalPoint: lucia }, governance, policy: defaultPolicy() }],
      });
      // The secretariat acknowledges the expression of interest: the focal points are invited (R4).
      await started.executeUpdate(candidacyMessages.acknowledge.update, {
        args: [{ as: secretariat.email, reviewers: [peru.reviewers[0]!] }],
      });
      const [toFix] = await mail.waitFor(1, (x) => kindOf(x) === 'notice-undeliverable');
      expect(toFix!.to).toEqual([secretariat.email]);
      expect(toFix!.subject).toBe(`${eoi.name}: an e-mail to ${lucia.name} could not be delivered`);
      expect(toFix!.text).toContain('the invitation to consultations and a strategic planning workshop');
      expect(toFix!.text).toContain(`for ${lucia.name} <${lucia.email}>: `);
      expect(toFix!.text).toContain('550');
      expect(mail.messages.some((x) => x.recipients.includes(lucia.email))).toBe(false);
    });
  },
);
