import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { importRegistry } from '../../app/countries';
import { exampleRegistry } from '../helpers/fixtures';
import { startPortalStack, type PortalStack } from '../helpers/portal';
import { kindOf } from '../helpers/mail';

// Staff sign in through their organisation's OpenID provider (a real `oidc-provider` the stack starts,
// with its development login page), in the browser: the secretariat, the GCM and the Working Group may;
// a country focal point, an address the provider does not confirm, and a sign-in finished in another
// browser than the one that started it are refused, and sign nobody in.

let portal: PortalStack;
const helena = 'helena.sorensen@example.org'; // a GCM member, whose address the provider does not confirm

beforeAll(async () => {
  portal = await startPortalStack({ organisation: { unverified: [helena] } });
  await importRegistry(portal.stack.env.client, exampleRegistry);
}, 120_000);
afterAll(() => portal?.stop());

const signedInAs = async (page: Page) => {
  await page.goto(portal.base);
  return /Signed in as (\S+)/.exec((await page.locator('header').textContent()) ?? '')?.[1];
};

/** From the portal's sign-in page through the provider's login and consent pages, as `login`. */
async function signInThroughOrganisation(page: Page, login: string) {
  await page.goto(portal.base);
  await page.getByRole('link', { name: 'Sign in with your organisation' }).click();
  await page.waitForURL((url) => url.origin === portal.identityProvider!.issuer);
  await page.getByPlaceholder('Enter any login').fill(login);
  await page.getByPlaceholder('and password').fill('any password');
  await page.getByRole('button', { name: 'Sign-in' }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.waitForURL((url) => url.origin === portal.base);
}

it('signs the secretariat in through the organisation, with no e-mail sent', async () => {
  const page = await portal.person();
  await page.goto(portal.base);
  await expect(page.locator('main').textContent()).resolves.toContain(
    'Secretariat staff, GCM members and Working Group reviewers may sign in',
  );
  await portal.shot(page, 'organisation-sign-in');
  const mails = portal.stack.mail.messages.length;

  await signInThroughOrganisation(page, 'secretariat@example.org');
  expect(await signedInAs(page)).toBe('secretariat@example.org');
  await expect(
    page
      .getByRole('link', { name: /secretariat/i })
      .first()
      .isVisible(),
  ).resolves.toBe(true);
  expect(portal.stack.mail.messages.filter((m) => kindOf(m) === 'sign-in')).toHaveLength(0);
  expect(portal.stack.mail.messages.length).toBe(mails);
});

it('signs a Working Group reviewer in, and refuses a country focal point and an address the provider does not confirm', async () => {
  const reviewer = await portal.person();
  await signInThroughOrganisation(reviewer, 'amina.diallo@example.org');
  expect(await signedInAs(reviewer)).toBe('amina.diallo@example.org');

  const focalPoint = await portal.person();
  await signInThroughOrganisation(focalPoint, 'lucia.quispe@example.org');
  await expect(focalPoint.locator('[role=status]').textContent()).resolves.toContain('Country focal points sign in with an e-mail link');
  await portal.shot(focalPoint, 'organisation-refused');
  expect(await signedInAs(focalPoint)).toBeUndefined();

  const unconfirmed = await portal.person();
  await signInThroughOrganisation(unconfirmed, helena);
  await expect(unconfirmed.locator('[role=status]').textContent()).resolves.toContain('Your organisation did not confirm an address');
  expect(await signedInAs(unconfirmed)).toBeUndefined();
});

it('refuses a sign-in finished in another browser than the one that started it (a planted sign-in)', async () => {
  // Someone signs in as themselves and keeps the provider's answer instead of using it (their browser drops
  // what the portal kept for it, so the answer's code stays unexchanged)...
  const planter = await portal.person();
  let answer: string | undefined;
  planter.on('request', (request) => {
    if (request.url().startsWith(`${portal.base}/auth/oidc/callback`)) answer = request.url();
  });
  await planter.goto(portal.base);
  await planter.getByRole('link', { name: 'Sign in with your organisation' }).click();
  await planter.waitForURL((url) => url.origin === portal.identityProvider!.issuer);
  await planter.context().clearCookies({ name: 'pathfinder_oidc' });
  await planter.getByPlaceholder('Enter any login').fill('secretariat@example.org');
  await planter.getByPlaceholder('and password').fill('any password');
  await planter.getByRole('button', { name: 'Sign-in' }).click();
  await planter.getByRole('button', { name: 'Continue' }).click();
  await planter.waitForURL((url) => url.origin === portal.base);
  expect(answer).toMatch(/\/auth\/oidc\/callback\?code=/);

  // ...and gets another person's browser to open it: that browser started no sign-in, so nobody is signed in.
  const victim = await portal.person();
  expect((await victim.goto(answer!))!.status()).toBe(400);
  await expect(victim.locator('[role=status]').textContent()).resolves.toContain('The sign-in through your organisation did not complete');
  expect(await signedInAs(victim)).toBeUndefined();
  // Nor does a browser that started one of its own take it: the answer was for another start.
  await victim.getByRole('link', { name: 'Sign in with your organisation' }).click();
  await victim.waitForURL((url) => url.origin === portal.identityProvider!.issuer);
  expect((await victim.goto(answer!))!.status()).toBe(400);
  expect(await signedInAs(victim)).toBeUndefined();
});
