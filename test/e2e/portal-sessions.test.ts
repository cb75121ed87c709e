import { readdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { importRegistry } from '../../app/countries';
import { cycleState, openYear } from '../../app/cycles';
import { signGrant } from '../../client/tokens';
import { exampleRegistry } from '../helpers/fixtures';
import { followLink, startPortalStack, type PortalStack } from '../helpers/portal';
import { realClockYear as Y } from '../helpers/clock';

// Sessions and links that can be ended, in the browser: a link signs in once and only after a click, sign-out
// and the secretariat end sessions in the store (so the old cookie is worth nothing), whoever leaves the
// registry is signed out, and nothing is read of a form before its sender is known. Each refusal leaves the
// workflows and the stored files as they were.

let portal: PortalStack;
const chidi = 'chidi.okafor@example.org';
const ngozi = 'ngozi.bello@example.org'; // Nigeria's deputy, and nothing else in the registry

beforeAll(async () => {
  // Each browser as a client of its own behind a proxy, so that the sign-ins of the file share no rate limit.
  portal = await startPortalStack({ trustProxy: ['127.0.0.1'] });
  await importRegistry(portal.stack.env.client, exampleRegistry);
  // The registry reaches the countries' records a moment later: asked again until both cycles are open.
  for (let opened: string[] = []; opened.length < 2;)
    opened = (await openYear(portal.stack.env.client, { year: Y })).filter((r) => r.result !== 'not registered').map((r) => r.country);
}, 120_000);
afterAll(() => portal?.stop());

let clients = 0;
/** A fresh browser, as another client. */
const person = async () => {
  const page = await portal.person();
  await page.context().setExtraHTTPHeaders({ 'X-Forwarded-For': `198.51.100.${++clients}` });
  return page;
};
const sessionCookie = async (page: Page) => (await page.context().cookies()).find((c) => c.name === 'pathfinder_session');
const signedInAs = async (page: Page) => {
  await page.goto(portal.base);
  return /Signed in as (\S+)/.exec((await page.locator('header').textContent()) ?? '')?.[1];
};

it('takes a sign-in link once, and signing out ends the session on the server: the old cookie opens nothing', async () => {
  const page = await person();
  await portal.signIn(page, chidi);
  expect(await signedInAs(page)).toBe(chidi);
  const link = await portal.linkIn(chidi, 'sign-in');
  const cookie = (await sessionCookie(page))!;

  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.context().addCookies([cookie]); // the cookie kept, as a thief would
  expect(await signedInAs(page)).toBeUndefined();
  await expect(page.locator('main').textContent()).resolves.toContain('Send me a sign-in link');

  // The same link again, in another browser: used.
  const again = await person();
  expect((await again.goto(link))!.status()).toBe(401);
  await expect(again.locator('main').textContent()).resolves.toContain('This link was used already');
  expect(await signedInAs(again)).toBeUndefined();
});

it('opens an action link only on a click, once, with its token gone from the address; a stray link replaces no session', async () => {
  const unchanged = await cycleState(portal.stack.env.client, 'NGA', Y);
  const link = `${portal.base}/act?token=${await signGrant(portal.settings.actionLinkKeys, { purpose: 'act', sub: chidi, task: { workflowId: `reporting-cycle-NGA-${Y}`, task: 'report', round: 0 } }, new Date(Date.now() + 3_600_000))}`;

  // Ngozi, signed in, opens Chidi's link (forwarded, or planted in a page): a question, and she is still herself.
  const ngoziPage = await person();
  await portal.signIn(ngoziPage, ngozi);
  const seen: string[] = [];
  ngoziPage.on('request', (r) => seen.push(r.headers().referer ?? ''));
  expect((await ngoziPage.goto(link))!.status()).toBe(200);
  expect(ngoziPage.url()).toBe(`${portal.base}/act`);
  await expect(ngoziPage.locator('main').textContent()).resolves.toContain(`This link signs you in as ${chidi}`);
  await portal.shot(ngoziPage, 'link-confirm');
  expect(await signedInAs(ngoziPage)).toBe(ngozi);
  expect(seen.filter((referer) => referer.includes('token='))).toEqual([]);

  // Chidi clicks through his own link once; opened a second time, elsewhere, it is refused.
  const chidiPage = await person();
  await followLink(chidiPage, link);
  expect(chidiPage.url()).toBe(`${portal.base}/cycles/NGA/${Y}/report`);
  const elsewhere = await person();
  await elsewhere.goto(link);
  await expect(elsewhere.locator('main').textContent()).resolves.toContain('This link was used already');
  await portal.shot(elsewhere, 'link-used');
  // Ngozi's page still holds the question: the click now is refused too.
  await ngoziPage.goto(`${portal.base}/act`);
  await expect(ngoziPage.locator('main').textContent()).resolves.toContain('This link was used already');
  expect(await signedInAs(ngoziPage)).toBe(ngozi);
  expect(await cycleState(portal.stack.env.client, 'NGA', Y)).toEqual(unchanged);
});

it('refuses a form posted from another site, before anything is done', async () => {
  // Another origin's page that posts to the portal's link confirmation and sign-out, as a forger would.
  const forger: Server = createServer((_request, response) =>
    response.end(
      `<!doctype html><title>x</title><form id="f" method="post" action="${portal.base}/sign-out"><input name="_csrf" value="x"></form><script>document.getElementById('f').submit()</script>`,
    ),
  );
  await new Promise<void>((resolve) => forger.listen(0, '127.0.0.1', resolve));
  try {
    const page = await person();
    await portal.signIn(page, chidi);
    const [answer] = await Promise.all([
      page.waitForResponse((r) => r.url() === `${portal.base}/sign-out`),
      page.goto(`http://127.0.0.1:${(forger.address() as AddressInfo).port}/`),
    ]);
    expect(answer.status()).toBe(403);
    expect(await signedInAs(page)).toBe(chidi);
  } finally {
    forger.close();
  }
});

/** Sends a request's head and the first KB of a body said to be 50 MB, and gives the status line the portal answers with, body unfinished. */
function answerToUnfinishedUpload(path: string): Promise<string> {
  const url = new URL(portal.base);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(url.port), url.hostname, () => {
      const boundary = 'x-example-boundary';
      socket.write(
        `POST ${path} HTTP/1.1\r\nHost: ${url.host}\r\nContent-Type: multipart/form-data; boundary=${boundary}\r\nContent-Length: ${50 * 1024 * 1024}\r\n\r\n`,
      );
      socket.write(
        `--${boundary}\r\nContent-Disposition: form-data; name="attachments"; filename="big.pdf"\r\nContent-Type: application/pdf\r\n\r\n${'x'.repeat(1024)}`,
      );
    });
    let received = '';
    socket.on('data', (chunk) => {
      received += chunk.toString('latin1');
      if (received.includes('\r\n\r\n')) {
        socket.destroy();
        resolve(received.split('\r\n\r\n')[0]!);
      }
    });
    socket.on('error', reject);
  });
}

it('answers an upload without a session, or where no file is taken, before its body has arrived', async () => {
  const documentsBefore = readdirSync(portal.documentsDir, { recursive: true });
  const toReport = await answerToUnfinishedUpload(`/cycles/NGA/${Y}/report`);
  expect(toReport).toMatch(/^HTTP\/1\.1 303 /);
  expect(toReport).toMatch(/^location: \/$/im);
  expect(await answerToUnfinishedUpload('/sign-in')).toMatch(/^HTTP\/1\.1 415 /);
  expect(readdirSync(portal.documentsDir, { recursive: true })).toEqual(documentsBefore);
  expect((await cycleState(portal.stack.env.client, 'NGA', Y)).stage).toBe('awaiting-submission');
});

it('lets the secretariat end a person’s sessions, and ends those of whoever leaves the registry', async () => {
  const chidiPage = await person();
  await portal.signIn(chidiPage, chidi);
  const ngoziPage = await person();
  await portal.signIn(ngoziPage, ngozi);

  const secretariat = await person();
  await portal.signIn(secretariat, exampleRegistry.secretariat.email);
  await secretariat.goto(`${portal.base}/secretariat`);
  await secretariat.getByLabel(/E-mail address \(every browser/).fill(chidi);
  await secretariat.getByRole('button', { name: 'End their sessions' }).click();
  await expect(secretariat.locator('[role=status]').textContent()).resolves.toMatch(
    new RegExp(`^${chidi}: [1-9]\\d* portal sessions? ended$`),
  );
  expect(await signedInAs(chidiPage)).toBeUndefined();

  // Ngozi is replaced as Nigeria's deputy: her open session ends with it.
  expect(await signedInAs(ngoziPage)).toBe(ngozi);
  await secretariat.goto(`${portal.base}/secretariat`);
  await secretariat.locator('#people-country').fill('NGA');
  await secretariat.locator('#people-role').selectOption('deputy');
  await secretariat.locator('#people-name').fill('Ada Eze');
  await secretariat.locator('#people-email').fill('ada.eze@example.org');
  await secretariat.locator('#people-zone').fill('Africa/Lagos');
  await secretariat.getByRole('button', { name: 'Replace', exact: true }).click();
  await expect(secretariat.locator('[role=status]').textContent()).resolves.toContain('deputy ada.eze@example.org');
  expect(await signedInAs(ngoziPage)).toBeUndefined();
});
