import type { Client } from '@temporalio/client';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { cycleState, openYear, submitReview } from '../../app/cycles';
import { importRegistry } from '../../app/countries';
import { examplePdf, exampleRegistry } from '../helpers/fixtures';
import { startPortalStack, type PortalStack } from '../helpers/portal';
import { realClockYear as Y } from '../helpers/clock';

// The focal point's whole path with the keyboard alone: signing in, the report with an attachment, and
// the revision the Working Group asks for. Nothing is clicked; each field is reached with Tab.

let portal: PortalStack;
let client: Client;

beforeAll(async () => {
  portal = await startPortalStack();
  client = portal.stack.env.client;
});
afterAll(() => portal?.stop());

/** Presses Tab until `target` has the focus, as someone without a mouse would; fails if it never does. */
async function tabTo(page: Page, target: Locator): Promise<void> {
  for (let presses = 0; presses < 400; presses++) {
    if ((await target.and(page.locator(':focus')).count()) === 1) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`${target.toString()} cannot be reached with the keyboard`);
}

/** Tabs to a field and types into it. */
async function typeInto(page: Page, name: string, text: string): Promise<void> {
  await tabTo(page, page.locator(`[name="${name}"]`));
  await page.keyboard.type(text);
}

it('lets the focal point sign in, report with an attachment and revise, with the keyboard alone', { timeout: 240_000 }, async () => {
  await importRegistry(client, exampleRegistry);
  await expect.poll(async () => (await openYear(client, { year: Y })).map((r) => r.country)).toEqual(['NGA', 'PER']);
  const lucia = await portal.person();
  // File choosers are caught from the start: the browser's interception, switched on by a first listener,
  // cannot then race the Space that opens one (on a busy machine the chooser slipped past it).
  lucia.on('filechooser', () => undefined);
  const email = 'lucia.quispe@example.org';

  // Signing in: the address, Enter; then the link from the e-mail, and Enter on its one button.
  await lucia.goto(portal.base);
  await tabTo(lucia, lucia.getByLabel(/e-mail|correo|adresse/i));
  await lucia.keyboard.type(email);
  await lucia.keyboard.press('Enter');
  await expect(lucia.locator('[role=status]').textContent()).resolves.toContain('If this address is registered');
  await lucia.goto(await portal.linkIn(email, 'sign-in'));
  await tabTo(lucia, lucia.getByRole('button', { name: /^(Continue|Continuer|Continuar)$/ }));
  await lucia.keyboard.press('Enter');

  // The task list, and the report.
  await tabTo(lucia, lucia.getByRole('link', { name: new RegExp(String.raw`Perú ${Y}`) }));
  await lucia.keyboard.press('Enter');
  await expect(lucia.locator('h1').textContent()).resolves.toContain(`Informe de progreso: Perú ${Y}`);
  await typeInto(lucia, 'progress.0.objective', 'Strengthen labour inspection in agriculture');
  await typeInto(lucia, 'progress.0.summary', 'Two hundred inspectors trained.');
  await typeInto(lucia, 'challenges', 'Staff turnover slowed the roll-out.');
  await typeInto(lucia, 'evidence.0.kind', 'Encuesta'); // the list names the kinds in Spanish; typing picks one
  await typeInto(lucia, 'evidence.0.description', 'National child labour survey, second round.');
  await typeInto(lucia, 'national.government', 'Labour and Interior ministries in the national commission.');
  await typeInto(lucia, 'collaboration.0.description', 'Joint inspection protocol.');
  await typeInto(lucia, 'collaboration.0.partners', 'Bolivia');
  await typeInto(lucia, 'preparedThrough', 'National Commission against Forced Labour');
  await tabTo(lucia, lucia.locator('[name="framework.updated"]'));
  await lucia.keyboard.press('Space');
  await typeInto(lucia, 'indicator.0.code', '8.7.1');
  await typeInto(lucia, 'indicator.0.name', 'Children aged 5-17 in child labour (%)');
  await typeInto(lucia, 'indicator.0.latestValue', '21.8');
  // The attachment: Space on the file field opens the system's file chooser.
  await tabTo(lucia, lucia.locator('#attachments'));
  const [chooser] = await Promise.all([lucia.waitForEvent('filechooser'), lucia.keyboard.press('Space')]);
  await chooser.setFiles({ name: `informe-${Y}.pdf`, mimeType: 'application/pdf', buffer: examplePdf() });
  await tabTo(lucia, lucia.getByRole('button', { name: 'Enviar el informe' }));
  await lucia.keyboard.press('Enter');
  await expect(lucia.locator('[role=status]').textContent()).resolves.toContain('Su informe fue recibido');
  const submitted = await cycleState(client, 'PER', Y);
  expect([submitted.stage, submitted.submissions[0]!.report.attachments.map((a) => a.name)]).toEqual(['in-review', [`informe-${Y}.pdf`]]);

  // The Working Group asks for a revision; the focal point revises from the feedback e-mail's link.
  await submitReview(client, {
    country: 'PER',
    year: Y,
    actor: { email: 'amina.diallo@example.org', channel: 'portal-session' },
    decision: 'revise',
    comments: 'Please add the survey results.',
  });
  // Still signed in, the link opens the revision at once.
  await lucia.goto(await portal.linkIn(email, 'feedback'));
  await lucia.getByText('Please add the survey results.').waitFor();
  await tabTo(lucia, lucia.locator('[name="progress.0.summary"]'));
  await lucia.keyboard.press('End');
  await lucia.keyboard.type(' Survey results attached.');
  await tabTo(lucia, lucia.getByRole('button', { name: 'Enviar el informe' }));
  await lucia.keyboard.press('Enter');
  await expect(lucia.locator('[role=status]').textContent()).resolves.toContain('Su informe fue recibido');
  const revised = await cycleState(client, 'PER', Y);
  expect([revised.stage, revised.round, revised.submissions.at(-1)!.report.progress[0]!.summary]).toEqual([
    'in-review',
    2,
    'Two hundred inspectors trained. Survey results attached.',
  ]);
});
