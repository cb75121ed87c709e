import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { importRegistry } from '../../app/countries';
import { TASK_QUEUE } from '../../client/config';
import { annualCycleId, workflowTypes } from '../../domain/shared/workflow-ids';
import { getAnnualCycleQuery } from '../../workflows/annual-cycle/messages';
import { exampleRegistry } from '../helpers/fixtures';
import { kindOf } from '../helpers/mail';
import { startPortalStack, type PortalStack } from '../helpers/portal';

let portal: PortalStack;

beforeAll(async () => {
  portal = await startPortalStack();
  await importRegistry(portal.stack.env.client, exampleRegistry);
});
afterAll(() => portal?.stop());

/** The list of what waits for the person signed in on this page. */
const tasks = (page: Page) => page.locator('main').innerText();

// The report is the Working Group's (R18): drafted at the close, it reaches the GCM only once the WG's chair
// has signed it off. A year long closed (2020) is drafted as soon as its run starts; it opened no cycle, so
// its draft lists no country: what is tried here is who reads and signs the draft, and that the GCM reads
// nothing before.
it('shows the draft to the Working Group, and the report to the GCM only once the chair signed it off', { timeout: 180_000 }, async () => {
  const year = 2020;
  const { client } = portal.stack.env;
  const mail = portal.stack.mail;
  const run = await client.workflow.start(workflowTypes.annualCycle, {
    taskQueue: TASK_QUEUE,
    workflowId: annualCycleId(year),
    args: [{ year }],
  });
  await vi.waitUntil(async () => (await run.query(getAnnualCycleQuery)).stage === 'drafting', { timeout: 30_000, interval: 200 });
  await mail.waitFor(2, (m) => kindOf(m) === 'wg-report-draft');

  // A member finds the draft among what waits for them, and reads it; the sign-off is the chair's.
  const ravi = await portal.person();
  await portal.signIn(ravi, 'ravi.menon@example.org');
  await ravi.goto(portal.base);
  await expect(tasks(ravi)).resolves.toContain(`Draft Working Group report to complete: ${year} cycle`);
  await portal.shot(ravi, 'wg-report-draft-task');
  await ravi.getByRole('link', { name: `Draft Working Group report to complete: ${year} cycle` }).click();
  await ravi.waitForURL(`${portal.base}/wg-reports/${year}`);
  await expect(ravi.locator('h1').textContent()).resolves.toBe(`Draft Working Group report: ${year} cycle`);
  await expect(ravi.getByRole('button', { name: 'Sign the report off and send it to the GCM' }).count()).resolves.toBe(0);
  // Nothing has gone to the GCM yet: the draft's figures count the flags the facts propose.
  await expect(ravi.locator('section.figures').innerText()).resolves.toContain('Flags proposed by the facts: 0');
  await expect(ravi.locator('main').innerText()).resolves.not.toContain('Flagged to the GCM');
  await portal.shot(ravi, 'wg-report-draft');

  // The GCM reads nothing yet, and is asked nothing of the draft.
  const helena = await portal.person();
  await portal.signIn(helena, 'helena.sorensen@example.org');
  await helena.goto(portal.base);
  await expect(tasks(helena)).resolves.not.toMatch(/Draft Working Group report/);
  expect((await helena.goto(`${portal.base}/wg-reports/${year}`))!.status()).toBe(200);
  await expect(helena.locator('main').innerText()).resolves.toContain(`The Working Group is drafting its report on the ${year} cycle`);
  expect(mail.messages.filter((m) => kindOf(m) === 'wg-report')).toEqual([]);

  // The chair signs it off: it goes to the GCM, signed.
  const amina = await portal.person();
  await portal.signIn(amina, 'amina.diallo@example.org');
  await amina.goto(portal.base);
  await expect(tasks(amina)).resolves.toContain(`Draft Working Group report to complete and sign off: ${year} cycle`);
  await amina.getByRole('link', { name: `Draft Working Group report to complete and sign off: ${year} cycle` }).click();
  await amina.waitForURL(`${portal.base}/wg-reports/${year}`);
  await portal.shot(amina, 'wg-report-draft-chair');
  await amina.getByRole('button', { name: 'Sign the report off and send it to the GCM' }).click();
  await expect(amina.locator('[role=status]').innerText()).resolves.toBe('The report is signed off: it goes to the GCM.');
  await mail.waitFor(2, (m) => kindOf(m) === 'wg-report');
  await helena.goto(`${portal.base}/wg-reports/${year}`);
  await expect(helena.locator('h1').textContent()).resolves.toBe(`Working Group report to the GCM: ${year} cycle`);
  await expect(helena.locator('section.figures').innerText()).resolves.toContain('Flagged to the GCM: 0');
  await portal.shot(helena, 'wg-report-draft-signed');
  await expect(helena.locator('main').innerText()).resolves.toMatch(/Signed off by the chair of the Working Group, Amina Diallo, on /);
  const state = await run.query(getAnnualCycleQuery);
  expect(state.stage).toBe('with-gcm');
  // Signed off, the draft no longer waits for anyone of the Working Group.
  for (const page of [amina, ravi]) {
    await page.goto(portal.base);
    await expect(tasks(page)).resolves.not.toMatch(/Draft Working Group report/);
  }
  expect(state.report!.signedBy).toBe('amina.diallo@example.org');
});
