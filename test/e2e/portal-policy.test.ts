import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { countryRecord, importRegistry } from '../../app/countries';
import { pastCyclesImported, exampleRegistry, fullOutcome, twoCyclesWithoutReport } from '../helpers/fixtures';
import { startPortalStack, type PortalStack } from '../helpers/portal';
import { realClockYear as Y } from '../helpers/clock';

/** The last year whose cycle has closed, on any day: the year before the real one. */
const last = Y - 2;

// The secretariat tries the strict R19 rule on the last two closed years in the browser: Nigeria missed
// everything both years (flagged under either rule); Peru missed one criterion in the first and another in
// the second, which only the strict rule flags. The GCM may look too; a focal point may not.

let portal: PortalStack;

beforeAll(async () => {
  portal = await startPortalStack();
  const { client } = portal.stack.env;
  await importRegistry(client, exampleRegistry);
  await twoCyclesWithoutReport(client, 'NGA', last);
  await pastCyclesImported(client, 'PER', [
    { year: last - 1, outcome: { ...fullOutcome, evidenceOfProgress: false } },
    { year: last, outcome: { ...fullOutcome, evidenceOfCollaboration: false } },
  ]);
});
afterAll(() => portal?.stop());

/** Submits the dry-run form and answers with the page's status. */
async function compare(page: Page, policy: string, years: string): Promise<number> {
  await page.getByLabel(/Proposed policy/).fill(policy);
  await page.getByLabel(/Years/).fill(years);
  const answer = page.waitForResponse((r) => r.url().endsWith('/policy/dry-run') && r.request().method() === 'POST');
  await page.getByRole('button', { name: 'Compare' }).click();
  return (await answer).status();
}

/** Posts the form's fields with the page's CSRF token and cookies, past any check the browser makes. */
async function post(page: Page, fields: Record<string, string>): Promise<{ status: number; text: string }> {
  const _csrf = await page.locator('input[name=_csrf]').first().inputValue();
  const answer = await page.request.post(new URL('/policy/dry-run', page.url()).href, { form: { _csrf, ...fields } });
  return { status: answer.status(), text: await answer.text() };
}

it('shows the secretariat which countries a stricter rule would newly flag', { timeout: 120_000 }, async () => {
  const { base, person, signIn, shot } = portal;
  const { client } = portal.stack.env;
  for (const code of ['NGA', 'PER']) await expect.poll(async () => (await countryRecord(client, code)).cycles.length).toBe(2);

  const secretariat = await person();
  await signIn(secretariat, 'secretariat@example.org');
  expect((await secretariat.goto(`${base}/policy/dry-run`))!.status()).toBe(200);
  await expect(secretariat.getByLabel(/Proposed policy/).inputValue()).resolves.toBe('{"escalation": "any-shortfall"}');
  expect(await compare(secretariat, '{"escalation": "any-shortfall"}', `${last - 1}-${last}`)).toBe(200);

  const cell = (code: string, year: number, label: string) =>
    secretariat
      .locator('tbody tr', { has: secretariat.locator(`a[href="/countries/${code}/dossier"]`), hasText: String(year) })
      .locator(`td[data-label="${label}"]`)
      .textContent();
  await expect(secretariat.locator('h2').textContent()).resolves.toBe(`${last - 1}–${last} under any shortfall two years running`);
  await expect(secretariat.locator('[role=status]').textContent()).resolves.toBe(
    '4 cycles compared: 1 flagged when they closed, 2 under the proposal; 1 newly flagged, 0 no longer flagged.',
  );
  expect(await secretariat.locator('tbody tr').count()).toBe(4);
  await expect(cell('PER', last, 'Change')).resolves.toBe('newly flagged');
  await expect(cell('PER', last, 'Flagged')).resolves.toBe('no flag');
  await expect(cell('PER', last, 'Under the proposal')).resolves.toBe(
    '(d) no evidence of progress against the roadmap; (e) no evidence of collaboration towards priorities',
  );
  await expect(cell('NGA', last, 'Change')).resolves.toBe('unchanged');
  await expect(secretariat.getByLabel(/Years/).inputValue()).resolves.toBe(`${last - 1}-${last}`);
  await shot(secretariat, 'policy-dry-run');

  // The GCM may run it too; a focal point may not, neither the page nor the form.
  const helena = await person();
  await signIn(helena, 'helena.sorensen@example.org');
  expect((await helena.goto(`${base}/policy/dry-run`))!.status()).toBe(200);
  const lucia = await person();
  await signIn(lucia, 'lucia.quispe@example.org');
  expect((await lucia.goto(`${base}/policy/dry-run`))!.status()).toBe(403);
  const posted = await post(lucia, { policy: '{}', years: String(last) }); // with her own CSRF token: the same helper passes it for the secretariat below
  expect(posted.status).toBe(403);
  expect(posted.text).not.toContain('<table');
});

it('refuses a policy that is not JSON, or names an unknown rule, keeping what was typed', { timeout: 120_000 }, async () => {
  const { base, person, signIn, shot } = portal;
  const secretariat = await person();
  await signIn(secretariat, 'secretariat@example.org');
  await secretariat.goto(`${base}/policy/dry-run`);

  const typed = '{"escalation": any-shortfall}';
  expect(await compare(secretariat, typed, String(last))).toBe(422);
  await expect(secretariat.locator('[role=alert]').textContent()).resolves.toMatch(/^The proposed policy is not valid JSON \(.+\)\.$/);
  await expect(secretariat.getByLabel(/Proposed policy/).inputValue()).resolves.toBe(typed);
  await expect(secretariat.getByLabel(/Years/).inputValue()).resolves.toBe(String(last));
  await expect(secretariat.locator('table').count()).resolves.toBe(0);
  await expect(secretariat.locator('.field-error #policy').count()).resolves.toBe(1);
  await shot(secretariat, 'policy-dry-run-refused');

  expect(await compare(secretariat, '{"escalation": "sometimes"}', String(last))).toBe(422);
  // A key of the policy and its values as the file writes them, the problem in the reader's words.
  await expect(secretariat.locator('[role=alert]').textContent()).resolves.toBe(
    'escalation: must be one of: same-criterion, any-shortfall',
  );

  expect(await compare(secretariat, '{}', `${Y}-${last - 1}`)).toBe(422);
  await expect(secretariat.locator('[role=alert]').textContent()).resolves.toBe(`${Y}-${last - 1} ends before it starts.`);
  await expect(secretariat.locator('.field-error #years').count()).resolves.toBe(1);

  // The length is checked before parsing, whatever the browser lets through.
  const long = await post(secretariat, { policy: `{"x": "${'y'.repeat(20_000)}"}`, years: String(last) });
  expect(long.status).toBe(422);
  expect(long.text).toContain('The proposed policy is longer than 20000 characters.');
});
