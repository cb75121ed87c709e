import type { FastifyInstance } from 'fastify';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { importRegistry } from '../../app/countries';
import { exampleRegistry } from '../helpers/fixtures';
import { startPortalStack, type PortalStack } from '../helpers/portal';
import { freePort } from '../helpers/ports';
import { buildPortal } from '../../portal/server';
import { kindOf } from '../helpers/mail';

// Asking for a sign-in link, in the browser, behind a proxy the portal trusts (PORTAL_TRUST_PROXY): the
// answer tells nobody who is registered, and the limits count each client and each address on its own,
// an address's across the portal's replicas.

let portal: PortalStack;
/** A second replica of the portal, on the same store and Temporal server. */
let replica: FastifyInstance;
let replicaBase: string;
const jean = 'jean.moreau@example.org'; // registered; the relay refuses his mail here
const lucia = 'lucia.quispe@example.org';

beforeAll(async () => {
  portal = await startPortalStack({ refuse: (address) => address === jean, trustProxy: ['127.0.0.1'] });
  await importRegistry(portal.stack.env.client, exampleRegistry);
  const port = await freePort();
  replica = await buildPortal(portal.stack.env.client, { ...portal.settings, port });
  await replica.listen({ host: '127.0.0.1', port });
  replicaBase = `http://127.0.0.1:${port}`;
});
afterAll(async () => {
  await replica?.close();
  await portal?.stop();
});

/** A browser whose requests come through the proxy on behalf of `client`. */
async function browserAt(client: string): Promise<Page> {
  const page = await portal.person();
  await page.context().setExtraHTTPHeaders({ 'X-Forwarded-For': client });
  return page;
}

/** Asks for a link for `email`: the answer's status and what its page says. */
async function ask(page: Page, email: string, base = portal.base): Promise<{ status: number; says: string }> {
  await page.goto(base);
  await page.getByLabel('E-mail address').fill(email);
  const [answer] = await Promise.all([
    page.waitForResponse((r) => r.url().endsWith('/sign-in')),
    page.getByRole('button', { name: 'Send me a sign-in link' }).click(),
  ]);
  return { status: answer.status(), says: (await page.locator('main').textContent()) ?? '' };
}

const signInMails = (to: string) => portal.stack.mail.messages.filter((m) => m.to.includes(to) && kindOf(m) === 'sign-in');

it('answers the same page whether or not the address is registered, even when its e-mail cannot go out', async () => {
  const unknown = await ask(await browserAt('198.51.100.1'), 'nobody@example.org');
  const refused = await ask(await browserAt('198.51.100.2'), jean);
  const known = await ask(await browserAt('198.51.100.3'), lucia);
  expect(unknown.status).toBe(200);
  expect(unknown.says).toContain('If this address is registered');
  expect([refused, known]).toEqual([unknown, unknown]);
  await portal.stack.mail.waitFor(1, (m) => m.to.includes(lucia));
});

it('sends one address a few links an hour, however many clients ask of whichever replica', async () => {
  for (let i = 0; i < 5; i++)
    expect((await ask(await browserAt(`203.0.113.${i + 1}`), 'amina.diallo@example.org', i % 2 ? replicaBase : portal.base)).status).toBe(
      200,
    );
  await portal.stack.mail.waitFor(3, (m) => m.to.includes('amina.diallo@example.org'));
  // A link asked for after those five has arrived: a fourth or fifth to Amina, had it gone out, would be here.
  await ask(await browserAt('203.0.113.9'), 'chidi.okafor@example.org');
  await portal.stack.mail.waitFor(1, (m) => m.to.includes('chidi.okafor@example.org'));
  expect(signInMails('amina.diallo@example.org')).toHaveLength(3);
});

it('limits each client behind the proxy on its own: five a minute', async () => {
  const crowded = await browserAt('192.0.2.10');
  const statuses: number[] = [];
  for (let i = 0; i < 6; i++) statuses.push((await ask(crowded, `someone-${i}@example.org`)).status);
  expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
  // Another client behind the same proxy still gets its answer.
  expect((await ask(await browserAt('192.0.2.11'), 'someone-else@example.org')).status).toBe(200);
});
