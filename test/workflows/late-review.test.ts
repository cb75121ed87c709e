import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { Worker } from '@temporalio/worker';
import { DateTime } from 'luxon';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { reportingCycle } from '../../workflows';
import * as m from '../../workflows/reporting-cycle/messages';
import type { CaughtMail, MailCatcher } from '../../scripts/mail-catcher';
import { cycleInput, exampleReport, peru, secretariat, testPortal, uniqueCycleId } from '../helpers/fixtures';
import { verifyGrant } from '../../client/tokens';
import { startTimeSkippingStack } from '../helpers/worker';
import { skipTo, Y } from '../helpers/clock';
import { copyOf } from '../helpers/personal-links';
import { kindOf } from '../helpers/mail';

// A Working Group reviewer who is late: review window of 30 days from the submission, a reminder 7 days
// before it ends, then weekly overdue reminders with the secretariat in copy, each at 09:00 on a working
// day in the reviewer's zone (policy defaults). The late review still counts.

let env: TestWorkflowEnvironment;
let mail: MailCatcher;
let worker: Worker;
const taskQueue = 'late-review';
const lucia = peru.focalPoint;
const jean = peru.deputy;
const amina = peru.reviewers[0]!; // Amina Diallo: English, Africa/Dakar (UTC+0 all year, no summer time)

let stop: (() => Promise<void>) | undefined;
beforeAll(async () => {
  ({ env, mail, worker, stop } = await startTimeSkippingStack(taskQueue));
});
afterAll(() => stop?.());

const kind = (x: CaughtMail) => kindOf(x);
const inbox = (to: string) => mail.messages.filter((x) => x.to.includes(to));
const inDakar = (x: CaughtMail) => DateTime.fromJSDate(x.date!).setZone(amina.zone).toISO();

it('reminds a late reviewer before and after the review window ends, then still takes the review', { timeout: 120_000 }, () =>
  worker.runUntil(async () => {
    expect(amina).toMatchObject({ name: 'Amina Diallo', language: 'en', zone: 'Africa/Dakar' });
    const handle = await env.client.workflow.start(reportingCycle, {
      taskQueue,
      workflowId: uniqueCycleId('PER', Y),
      args: [cycleInput(Y)],
    });

    // Wednesday 10 March 2027, 14:30 in Dakar (= UTC): the report arrives, well before the 30 April deadline.
    await skipTo(env, `${Y}-03-10T14:30:00Z`);
    const submitted = await handle.executeUpdate(m.submitReport.update, { args: [{ as: lucia.email, report: exampleReport }] });
    expect(submitted.stage).toBe('in-review');
    expect(submitted.submissions[0]!.at.slice(0, 16)).toBe(`${Y}-03-10T14:30`);
    // The 30-day window ends on Friday 9 April 2027 at 14:30 in Dakar (16:30 in Geneva, summer time).
    expect(submitted.windowEndsAt!.slice(0, 16)).toBe(`${Y}-04-09T14:30`);
    const [request] = await mail.waitFor(1, (x) => x.to.includes(amina.email));
    expect(request!.subject).toBe(`Review requested: Peru ${Y} report (round 1)`);
    expect(inDakar(request!)!.slice(0, 16)).toBe(`${Y}-03-10T14:30`);
    expect(request!.text).toMatch(new RegExp(String.raw`^Due: April 9, ${Y} at 2:30\sPM GMT \(your time, Africa\/Dakar\)$`, 'm'));
    expect(request!.text).toMatch(new RegExp(String.raw`^ +April 9, ${Y} at 4:30\sPM GMT\+2 \(secretariat time, Europe\/Zurich\)$`, 'm'));

    // Amina does not answer. On Tuesday 4 May 2027, 10:00 in Dakar, she finally accepts.
    await skipTo(env, `${Y}-05-04T10:00:00Z`);
    const reminders = (await mail.waitFor(5, (x) => x.to.includes(amina.email))).slice(1);
    // By hand, from the rules: the window ends Friday 9 April; 7 days before is Friday 2 April, a working
    // day, so 09:00 Dakar that day; then every 7 days after 9 April: Fridays 16, 23 and 30 April at 09:00.
    // The next would be Friday 7 May, after the review.
    expect(reminders.map((x) => [kind(x), inDakar(x), x.recipients])).toEqual([
      ['review-reminder', `${Y}-04-02T09:00:00.000+00:00`, [amina.email]],
      ['review-overdue', `${Y}-04-16T09:00:00.000+00:00`, [amina.email]],
      ['review-overdue', `${Y}-04-23T09:00:00.000+00:00`, [amina.email]],
      ['review-overdue', `${Y}-04-30T09:00:00.000+00:00`, [amina.email]],
    ]);
    // The overdue ones reach the secretariat too, as copies without Amina's link.
    for (const overdue of reminders.slice(1)) expect((await copyOf(mail, overdue)).to).toEqual([secretariat.email]);
    expect(reminders.map((x) => x.subject)).toEqual([
      `Review due soon: Peru ${Y} (round 1)`,
      `Review overdue: Peru ${Y} (round 1)`,
      `Review overdue: Peru ${Y} (round 1)`,
      `Review overdue: Peru ${Y} (round 1)`,
    ]);
    expect(reminders[0]!.text).toContain(`Your review of the ${Y} report of Peru is due soon.`);
    expect(reminders[1]!.text).toContain(`Your review of the ${Y} report of Peru is overdue.`);
    for (const x of reminders) {
      expect(x.text).toMatch(new RegExp(String.raw`^Due: April 9, ${Y} at 2:30\sPM GMT \(your time, Africa\/Dakar\)$`, 'm'));
      expect(x.text).toContain('Still missing: your review (accept or revise)');
      const link = /^Review the report online:\n(http:\/\/portal\.example\.org\/act\?token=(\S+))$/m.exec(x.text);
      expect(await verifyGrant(testPortal.keys, link![2]!, 'act')).toMatchObject({
        sub: amina.email,
        task: { workflowId: handle.workflowId, task: 'review', round: 1 },
      });
      expect(x.text).not.toContain('pathfinder review submit');
      // Nothing has arrived: the sentence for a late submission has no place in a reminder.
      expect(x.text).not.toContain('recorded as late');
    }
    const waiting = await handle.query(m.getCycleQuery);
    expect(waiting.stage).toBe('in-review'); // the report deadline of 30 April passed, which concerns only a missing report
    expect(waiting.remindersDone.map((k) => k.split('/')[1])).toEqual([
      'review-r1-before-7d',
      'review-r1-overdue-1',
      'review-r1-overdue-2',
      'review-r1-overdue-3',
    ]);
    // The focal points, whose report is in, were not reminded of the 30 April deadline.
    expect(inbox(lucia.email).map(kind)).toEqual(['call-for-reports', 'submission-received']);
    expect(inbox(jean.email).map(kind)).toEqual(['call-for-reports', 'submission-received']);

    const accepted = await handle.executeUpdate(m.submitReview.update, { args: [{ as: amina.email, decision: 'accept' }] });
    expect(accepted.stage).toBe('finalised');
    expect(accepted.reviews).toHaveLength(1);
    expect(accepted.reviews[0]).toMatchObject({ round: 1, by: amina.email, decision: 'accept' });
    expect(accepted.reviews[0]!.at.slice(0, 16)).toBe(`${Y}-05-04T10:00`); // 25 days after the window ended
    const result = await handle.result();
    expect(result).toEqual({
      stage: 'finalised',
      outcome: {
        reportSubmitted: true,
        finalised: true,
        indicatorFrameworkUpdated: true,
        evidenceOfProgress: true,
        evidenceOfCollaboration: true,
        commentsUnanswered: false,
      },
    });

    // Both focal points are told, in their languages, with the secretariat in copy; Amina hears no more.
    const finalised = await mail.waitFor(2, (x) => kind(x) === 'finalised');
    expect(finalised.map((x) => [x.to, x.cc, x.subject]).sort()).toEqual([
      [[jean.email], [secretariat.email], `Pérou\u00a0: rapport ${Y} finalisé et publié`],
      [[lucia.email], [secretariat.email], `Perú: informe ${Y} finalizado y publicado`],
    ]);
    expect(finalised.every((x) => DateTime.fromJSDate(x.date!).setZone(amina.zone).toISODate() === `${Y}-05-04`)).toBe(true);
    expect(inbox(lucia.email).map(kind)).toEqual(['call-for-reports', 'submission-received', 'finalised']);
    expect(inbox(amina.email)).toHaveLength(5);
    expect(new Set(mail.messages.map((x) => x.messageId)).size).toBe(mail.messages.length);
  }),
);
