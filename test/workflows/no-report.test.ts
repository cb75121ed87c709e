import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { DateTime } from 'luxon';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { reportingCycle } from '../../workflows';
import { getCycleQuery } from '../../workflows/reporting-cycle/messages';
import { startMailCatcher, type CaughtMail, type MailCatcher } from '../../scripts/mail-catcher';
import { cycleInput, peru, uniqueCycleId } from '../helpers/fixtures';
import { startTimeSkipping } from '../helpers/temporal';
import { copyOf, expectLinksToTheirPersonOnly } from '../helpers/personal-links';
import { testWorker } from '../helpers/worker';
import { Y } from '../helpers/clock';
import { kindOf } from '../helpers/mail';

let env: TestWorkflowEnvironment;
let mail: MailCatcher;

beforeAll(async () => {
  [env, mail] = await Promise.all([startTimeSkipping(), startMailCatcher()]);
});
afterAll(async () => {
  await env?.teardown();
  await mail?.close();
  expectLinksToTheirPersonOnly(mail.messages);
});

const local = (m: CaughtMail, zone: string) => DateTime.fromJSDate(m.date!).setZone(zone).toISO();

it('reminds both focal points for months, then closes the cycle without a report', async () => {
  const { worker } = await testWorker(env, mail.smtpUrl, 'no-report');
  const result = await worker.runUntil(async () => {
    const handle = await env.client.workflow.start(reportingCycle, {
      taskQueue: 'no-report',
      workflowId: uniqueCycleId('PER', Y),
      args: [cycleInput(Y)],
    });
    const result = await handle.result(); // the server skips the eleven months of timers
    expect((await handle.query(getCycleQuery)).stage).toBe('closed-without-report');
    return result;
  });

  expect(result).toEqual({
    stage: 'closed-without-report',
    outcome: {
      reportSubmitted: false,
      finalised: false,
      indicatorFrameworkUpdated: false,
      evidenceOfProgress: false,
      evidenceOfCollaboration: false,
      commentsUnanswered: false,
    },
  });

  // The cycle opened with the call for reports (R13), each person's first e-mail; the reminders follow.
  const call = (m: CaughtMail) => kindOf(m) === 'call-for-reports';
  for (const person of [peru.focalPoint, peru.deputy])
    expect(mail.messages.filter((m) => m.to.includes(person.email)).findIndex(call)).toBe(0);
  expect(mail.messages.filter(call)).toHaveLength(2);
  const toLucia = mail.messages.filter((m) => m.to.includes(peru.focalPoint.email) && !call(m));
  const toJean = mail.messages.filter((m) => m.to.includes(peru.deputy.email) && !call(m));
  // 09:00 on working days in each reader's own zone: Lima for the focal point, Paris for the deputy.
  expect(toLucia.slice(0, 6).map((m) => local(m, 'America/Lima'))).toEqual([
    `${Y}-03-19T09:00:00.000-05:00`,
    `${Y}-04-16T09:00:00.000-05:00`,
    `${Y}-04-23T09:00:00.000-05:00`,
    `${Y}-04-29T09:00:00.000-05:00`,
    `${Y}-05-07T09:00:00.000-05:00`,
    `${Y}-05-14T09:00:00.000-05:00`,
  ]);
  expect(toJean.slice(0, 5).map((m) => local(m, 'Europe/Paris'))).toEqual([
    `${Y}-03-19T09:00:00.000+01:00`,
    `${Y}-04-16T09:00:00.000+02:00`,
    `${Y}-04-23T09:00:00.000+02:00`,
    `${Y}-04-29T09:00:00.000+02:00`,
    `${Y}-05-07T09:00:00.000+02:00`,
  ]);
  // Four warnings, then weekly overdue notices with the secretariat in copy until 30 September.
  for (const inbox of [toLucia, toJean]) {
    expect(inbox).toHaveLength(4 + 21);
    for (const overdue of inbox.slice(4)) expect((await copyOf(mail, overdue)).to).toEqual(['secretariat@example.org']); // without the reader's link
    expect(DateTime.fromJSDate(inbox.at(-1)!.date!).toISODate()).toBe(`${Y}-09-24`);
  }
  // Each in the reader's language, with the deadline in their time and Geneva time, and what is missing.
  expect(toLucia[0]!.subject).toBe(`Perú: informe de progreso ${Y} pendiente`);
  expect(toLucia[0]!.text).toContain('(su hora, America/Lima)');
  expect(toLucia[0]!.text).toContain('(hora de la secretaría, Europe/Zurich)');
  expect(toLucia[0]!.text).toContain('el marco de indicadores actualizado');
  expect(toJean[4]!.subject).toBe(`Pérou\u00a0: rapport d’avancement ${Y} en retard`);
  expect(new Set(mail.messages.map((m) => m.messageId)).size).toBe(mail.messages.length);
});
