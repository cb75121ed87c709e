import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { Worker } from '@temporalio/worker';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { reportingCycle } from '../../workflows';
import { getCycleQuery } from '../../workflows/reporting-cycle/messages';
import { startMailCatcher, type MailCatcher } from '../../scripts/mail-catcher';
import { cycleInput, peru, secretariat, uniqueCycleId } from '../helpers/fixtures';
import { startTimeSkipping } from '../helpers/temporal';
import { expectLinksToTheirPersonOnly } from '../helpers/personal-links';
import { testWorker } from '../helpers/worker';
import { skipTo, skipUntil, Y } from '../helpers/clock';
import { recordHistory } from '../helpers/record-history';
import { kindOf } from '../helpers/mail';

// The mail relay turns every connection away (421) for three and a half days, over three reminders to each
// focal point. The cycle does not wait on the relay for ever: it keeps its e-mails, drops the reminders a
// later one replaces, sends the latest once the relay is back, and tells the secretariat what was late.
let env: TestWorkflowEnvironment;
let mail: MailCatcher;
let worker: Worker;
const taskQueue = 'mail-outage';
const keyOf = (m: { headers: Record<string, string> }) => m.headers['x-pathfinder-key'] ?? '';

beforeAll(async () => {
  [env, mail] = await Promise.all([startTimeSkipping(), startMailCatcher()]);
  ({ worker } = await testWorker(env, mail.smtpUrl, taskQueue));
});
afterAll(async () => {
  await env?.teardown();
  await mail?.close();
  expectLinksToTheirPersonOnly(mail.messages);
});

it('after a long outage sends the latest reminder once, drops the ones it replaces, and tells the secretariat', { timeout: 180_000 }, () =>
  worker.runUntil(async () => {
    // Reminders 3, 2 and 1 days before the 30 April deadline, at 09:00 in Lima and in Paris.
    const input = cycleInput(Y);
    input.policy = { ...input.policy, remindDaysBeforeDeadline: [3, 2, 1] };
    const cycle = await env.client.workflow.start(reportingCycle, { taskQueue, workflowId: uniqueCycleId('PER', Y), args: [input] });

    await skipTo(env, `${Y}-04-26T12:00:00Z`);
    expect(mail.messages.map(kindOf)).toEqual(['call-for-reports', 'call-for-reports']); // at the opening
    mail.setAvailable(false);
    await skipTo(env, `${Y}-04-30T06:00:00Z`);
    // By now only the last reminders wait. The server's clock may run ahead of the worker, far ahead on a busy
    // machine, and leave the cycle in a retry's backoff: the clock moves on by steps until it caught up.
    const waiting = async () => (await cycle.query(getCycleQuery)).outbox.map((e) => e.key.split('/')[1]);
    const lastReminders = ['submission-v0-before-1d', 'submission-v0-before-1d'];
    await skipUntil(env, waiting, (keys) => JSON.stringify(keys) === JSON.stringify(lastReminders), { latest: `${Y}-04-30T10:00:00Z` });
    const during = await cycle.query(getCycleQuery);
    expect(during.mailDelay?.since.slice(0, 10)).toBe(`${Y}-04-27`);
    mail.setAvailable(true);
    await skipTo(env, `${Y}-04-30T12:00:00Z`);
    const sent = async () =>
      (await cycle.query(getCycleQuery)).outbox.length === 0 && mail.messages.some((m) => kindOf(m) === 'mail-delayed');
    await skipUntil(env, sent, (done) => done, { latest: `${Y}-04-30T16:00:00Z` });

    // Each focal point gets one reminder, the last one ("1 day before"), once.
    for (const person of [peru.focalPoint, peru.deputy]) {
      const received = mail.messages.filter(
        (m) => m.recipients.includes(person.email) && !m.to.includes(secretariat.email) && kindOf(m) !== 'call-for-reports',
      );
      expect(received.map(keyOf)).toEqual([`${cycle.workflowId}/submission-v0-before-1d/${person.email}`]);
    }
    const [told, ...more] = mail.messages.filter((m) => kindOf(m) === 'mail-delayed');
    expect(more).toEqual([]);
    expect(told!.to).toEqual([secretariat.email]);
    expect(told!.subject).toBe(`Peru: e-mails of the ${Y} cycle went out late`);
    const [, late, dropped] = told!.text.split(/\n\n(?=Sent late|Not sent)/);
    expect(
      late!
        .split('\n')
        .filter((l) => l.startsWith('- '))
        .sort(),
    ).toEqual([
      `- Peru: ${Y} progress report due — ${peru.deputy.name} <${peru.deputy.email}>`,
      `- Peru: ${Y} progress report due — ${peru.focalPoint.name} <${peru.focalPoint.email}>`,
    ]);
    expect(dropped!.split('\n').filter((l) => l.startsWith('- '))).toHaveLength(4);

    const after = await cycle.query(getCycleQuery);
    expect(after.mailDelay).toBeUndefined();
    expect(after.outbox).toEqual([]);
    expect(after.remindersSent).toBe(2);
    expect(new Set(mail.messages.map((m) => m.messageId)).size).toBe(mail.messages.length);
    // One try every two hours and a quarter while the relay is away: about 700 events for these days.
    const { events } = await cycle.fetchHistory();
    expect(events!.length).toBeLessThan(1_000);
    await recordHistory(env.client, cycle.workflowId, 'reporting-cycle-mail-outage');
    await cycle.terminate('test done');
  }),
);
