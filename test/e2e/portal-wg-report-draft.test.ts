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

  // A member reads the draft; the sign-off is the chair's.
  const ravi = await portal.person();
  await portal.signIn(ravi, 'ravi.menon@example.org');
  expect((await ravi.goto(`${portal.base}/wg-reports/${year}`))!.status()).toBe(200);
  await expect(ravi.locator('h1').textContent()).resolves.toBe(`Draft Working Group report: ${year} cycle`);
  await expect(ravi.getByRole('button', { name: 'Sign the report off and send it to the GCM' }).count()).resolves.toBe(0);
  await portal.shot(ravi, 'wg-report-draft');

  // The GCM reads nothing yet.
  const helena = await portal.person();
  await portal.signIn(helena, 'helena.sorensen@example.org');
  expect((await helena.goto(`${portal.base}/wg-reports/${year}`))!.status()).toBe(200);
  await expect(helena.locator('main').innerText()).resolves.toContain(`The Working Group is drafting its report on the ${year} cycle`);
  expect(mail.messages.filter((m) => kindOf(m) === 'wg-report')).toEqual([]);

  // The chair signs it off: it goes to the GCM, signed.
  const amina = await portal.person();
  await portal.signIn(amina, 'amina.diallo@example.org');
  await amina.goto(`${portal.base}/wg-reports/${year}`);
  await portal.shot(amina, 'wg-report-draft-chair');
  await amina.getByRole('button', { name: 'Sign the report off and send it to the GCM' }).click();
  await expect(amina.locator('[role=status]').innerText()).resolves.toBe('The report is signed off: it goes to the GCM.');
  await mail.waitFor(2, (m) => kindOf(m) === 'wg-report');
  await helena.goto(`${portal.base}/wg-reports/${year}`);
  await expect(helena.locator('h1').textContent()).resolves.toBe(`Working Group report to the GCM: ${year} cycle`);
  await expect(helena.locator('main').innerText()).resolves.toMatch(
    /Signed off by the chair of the Working Group, amina\.diallo@example\.org, on /,
  );
  const state = await run.query(getAnnualCycleQuery);
  expect(state.stage).toBe('with-gcm');
  expect(state.report!.signedBy).toBe('amina.diallo@example.org');
});
