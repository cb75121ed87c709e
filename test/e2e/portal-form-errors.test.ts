import type { Client } from '@temporalio/client';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { importRegistry } from '../../app/countries';
import { cycleState, openYear, submitReport } from '../../app/cycles';
import { exampleRegistry, exampleReport } from '../helpers/fixtures';
import { startPortalStack, type PortalStack } from '../helpers/portal';
import { realClockYear as Y } from '../helpers/clock';

// A form that comes back with a mistake says so to everyone, a screen reader included: the field is marked
// aria-invalid and described by its error, the list of what to correct takes the focus as the page opens
// (no script: autofocus), and what was typed is kept. Shown here on forms other than the report's, which
// tests its own (portal.test.ts, portal-languages.test.ts); axe checks each page (shot).

let portal: PortalStack;
let client: Client;

beforeAll(async () => {
  portal = await startPortalStack();
  client = portal.stack.env.client;
  await importRegistry(client, exampleRegistry);
  await vi.waitFor(async () => expect((await openYear(client, { year: Y, countries: ['PER'] })).map((r) => r.country)).toEqual(['PER']), {
    timeout: 20_000,
  });
  const report = {
    country: 'PER',
    year: Y,
    report: exampleReport,
    actor: { email: 'lucia.quispe@example.org', channel: 'portal-session' as const },
  };
  await vi.waitFor(() => submitReport(client, report), { timeout: 20_000, interval: 500 });
}, 240_000);
afterAll(() => portal?.stop());

/** The element that has the focus: its id, and the field its first link leads to, if it is the list of what to correct. */
interface Element {
  id: string;
  getAttribute(name: string): string | null;
  querySelector(selector: string): Element | null;
}
const focused = (page: Page) =>
  page.evaluate(() => {
    const active = (globalThis as unknown as { document: { activeElement: Element | null } }).document.activeElement;
    return { id: active?.id, role: active?.getAttribute('role'), firstLink: active?.querySelector('a')?.getAttribute('href') };
  });

it(
  'ties a review asking for a revision without comments to the comments field, and focuses what to correct',
  { timeout: 120_000 },
  async () => {
    const amina = await portal.person();
    await portal.signIn(amina, 'amina.diallo@example.org');
    expect((await amina.goto(`${portal.base}/cycles/PER/${Y}/review`))!.status()).toBe(200);
    await amina.getByLabel('Ask for a revision').check();
    await amina.getByLabel(/Guidance on evidence of progress/).fill('Add the survey results.');
    const [answer] = await Promise.all([
      amina.waitForResponse((r) => r.request().method() === 'POST'),
      amina.getByRole('button', { name: 'Record the review' }).click(),
    ]);
    expect(answer.status()).toBe(422);

    // The field says it is wrong, and which words say why.
    const comments = amina.locator('#comments');
    await expect(comments.getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(comments.getAttribute('aria-describedby')).resolves.toBe('comments-error');
    await expect(amina.locator('#comments-error').textContent()).resolves.toBe('are required when asking for a revision');
    // Fields without a mistake are not marked.
    await expect(amina.locator('#guidance\\.evidence').getAttribute('aria-invalid')).resolves.toBeNull();

    // The list of what to correct has the focus, and leads first to the first field in error.
    expect(await focused(amina)).toEqual({ id: 'review-errors', role: 'alert', firstLink: '#comments' });
    await expect(amina.locator('[role=alert]').textContent()).resolves.toContain('Comments for the country');
    // Nothing typed is lost, and nothing was recorded.
    await expect(amina.getByLabel('Ask for a revision').isChecked()).resolves.toBe(true);
    await expect(amina.getByLabel(/Guidance on evidence of progress/).inputValue()).resolves.toBe('Add the survey results.');
    expect((await cycleState(client, 'PER', Y)).reviews).toHaveLength(0);
    await portal.shot(amina, 'review-form-error');
  },
);

it(
  'marks the field a refusal of the workflow names, described by the refusal itself, on the secretariat page',
  { timeout: 60_000 },
  async () => {
    const secretariat = await portal.person();
    await portal.signIn(secretariat, 'secretariat@example.org');
    await secretariat.goto(`${portal.base}/secretariat`);
    const people = secretariat.locator('section', { hasText: 'Replace a focal point or deputy' });
    await people.getByLabel('Country (ISO3)').fill('PER');
    await people.getByLabel('Who').selectOption('deputy');
    await people.getByLabel('Name', { exact: true }).fill('Rosa Mamani');
    await people.getByLabel('E-mail', { exact: true }).fill('rosa.mamani@example.org');
    await people.getByLabel(/Time zone/).fill('Mars/Olympus');
    await people.getByRole('button').click();

    const zone = secretariat.locator('#people-zone');
    await expect(zone.getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(zone.getAttribute('aria-describedby')).resolves.toBe('people-errors');
    await expect(secretariat.locator('#people-errors').textContent()).resolves.toMatch(/focalPoint\.zone|deputy\.zone/);
    await expect(secretariat.locator('#people-name').getAttribute('aria-invalid')).resolves.toBeNull();
    expect(await focused(secretariat)).toMatchObject({ id: 'people-errors', role: 'alert' });
    // The refusal sits above its own form, which keeps what was typed.
    await expect(people.locator('[role=alert]').count()).resolves.toBe(1);
    await expect(people.getByLabel('Name', { exact: true }).inputValue()).resolves.toBe('Rosa Mamani');
    await expect(people.getByLabel('Who').inputValue()).resolves.toBe('deputy');
    await portal.shot(secretariat, 'secretariat-refused-at-its-form');
  },
);
