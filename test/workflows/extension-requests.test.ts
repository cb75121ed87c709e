import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { Worker } from '@temporalio/worker';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { reportingCycle } from '../../workflows';
import * as m from '../../workflows/reporting-cycle/messages';
import type { MailCatcher } from '../../scripts/mail-catcher';
import { cycleInput, peru, secretariat, uniqueCycleId } from '../helpers/fixtures';
import { startTimeSkippingStack } from '../helpers/worker';
import { skipTo, Y } from '../helpers/clock';
import { copyOf } from '../helpers/personal-links';
import { recordHistory } from '../helpers/record-history';
import { kindOf } from '../helpers/mail';
import { rejected } from '../helpers/updates';

// A focal point asks for more time: once and briefly it is granted at once and the reminders move; beyond
// the policy's limit the secretariat decides, and the country is told either way.
let env: TestWorkflowEnvironment;
let mail: MailCatcher;
let worker: Worker;
const taskQueue = 'extension-requests';
const lucia = peru.focalPoint.email;

let stop: (() => Promise<void>) | undefined;
beforeAll(async () => {
  ({ env, mail, worker, stop } = await startTimeSkippingStack(taskQueue));
});
afterAll(() => stop?.());

const ofKind = (kind: string) => mail.messages.filter((x) => kindOf(x) === kind);

it('grants a first short request at once, leaves the rest to the secretariat, and tells the country either way', { timeout: 60_000 }, () =>
  worker.runUntil(async () => {
    const cycle = await env.client.workflow.start(reportingCycle, {
      taskQueue,
      workflowId: uniqueCycleId('PER', Y),
      args: [cycleInput(Y)],
    });
    const ask = (days: number, reason = 'Floods in the south delayed the survey', as = lucia) =>
      cycle.executeUpdate(m.requestExtension.update, { args: [{ as, days, reason }] });
    const decide = (decision: 'grant' | 'refuse', note = '') =>
      cycle.executeUpdate(m.decideExtension.update, { args: [{ as: secretariat.email, decision, note }] });

    // Bad requests change nothing (once the call for reports is out, nothing else is under way).
    await expect.poll(async () => (await cycle.query(m.getCycleQuery)).outbox).toEqual([]);
    const before = await cycle.query(m.getCycleQuery);
    expect(await rejected(ask(0))).toBe('invalid extension request: days: must be at least 1');
    expect(await rejected(ask(10, ' '))).toBe('invalid extension request: reason: is required: say why more time is needed');
    expect(await rejected(ask(10, 'Floods', peru.reviewers[0]!.email))).toMatch(
      /^invalid sender: as: amina\.diallo@example\.org is not the focal point or deputy of PER/,
    );
    expect(await rejected(ask(200))).toBe('invalid extension request: days: must be at most 120');
    expect(await cycle.query(m.getCycleQuery)).toEqual(before);

    // Ten days, the first request: granted at once; the deadline moves to 10 May, end of day in Geneva's zone.
    const granted = await ask(10);
    expect(granted.deadline).toBe(`${Y}-05-10T21:59:59.000Z`);
    expect(granted.extensionRequests).toEqual([expect.objectContaining({ by: lucia, days: 10, status: 'granted' })]);
    const [told] = await mail.waitFor(1, (x) => kindOf(x) === 'extension-granted' && x.to.includes(lucia));
    expect(told!.cc).toEqual([]); // the secretariat gets a copy without Lucia's link
    expect((await copyOf(mail, told!)).to).toEqual([secretariat.email]);
    expect(told!.subject).toBe(`Perú: más tiempo concedido para el informe ${Y}`);
    expect(told!.text).toContain('Motivo: Floods in the south delayed the survey');

    // A second request goes to the secretariat; nothing moves until it decides, and one request waits at a time.
    const pending = await ask(5, 'The minister must sign the report');
    expect(pending.deadline).toBe(`${Y}-05-10T21:59:59.000Z`);
    const [asked] = await mail.waitFor(1, (x) => kindOf(x) === 'extension-requested');
    expect(asked!.to).toEqual([secretariat.email]);
    expect(asked!.subject).toBe(`Peru asks for more time for its ${Y} report`);
    expect(asked!.text).toContain('Days asked for: 5');
    expect(asked!.text).toContain(`http://portal.example.org/years/${Y}`);
    expect(await rejected(ask(3))).toMatch(
      /^invalid extension request: days: a request for more time, sent on \d{4}-\d\d-\d\d, awaits the secretariat's decision$/,
    );
    expect(await rejected(decide('refuse'))).toBe('invalid extension decision: note: is required when refusing: the country is told why');
    const refused = await decide('refuse', 'The deadline already moved once; send what you have.');
    expect(refused.deadline).toBe(`${Y}-05-10T21:59:59.000Z`);
    expect(refused.extensionRequests!.at(-1)).toMatchObject({
      status: 'refused',
      decidedBy: secretariat.email,
      note: 'The deadline already moved once; send what you have.',
    });
    const [no] = await mail.waitFor(1, (x) => kindOf(x) === 'extension-refused' && x.to.includes(lucia));
    expect(no!.text).toContain('Nota de la secretaría: The deadline already moved once; send what you have.');
    expect(await rejected(decide('grant'))).toBe('invalid extension decision: decision: no request for more time awaits a decision');

    // Twenty days is beyond what is granted at once; the secretariat grants it.
    await ask(20, 'A national survey closes in late May');
    const extended = await decide('grant');
    expect(extended.deadline).toBe(`${Y}-05-30T21:59:59.000Z`);
    await mail.waitFor(4, (x) => kindOf(x) === 'extension-granted');

    // Reminders follow the deadline in force: nothing is overdue in May; the first overdue notice comes a week after 30 May.
    await skipTo(env, `${Y}-06-08T12:00:00Z`);
    const overdue = ofKind('submission-overdue').filter((x) => x.to.includes(lucia));
    expect(overdue.map((x) => x.date!.toISOString().slice(0, 10))).toEqual([`${Y}-06-07`]);
    expect(
      ofKind('submission-reminder')
        .filter((x) => x.to.includes(lucia))
        .map((x) => x.date!.toISOString().slice(0, 10)),
    ).toContain(`${Y}-05-28`);
    await recordHistory(env.client, cycle.workflowId, 'reporting-cycle-extended');
    await cycle.terminate('test done');
  }),
);
