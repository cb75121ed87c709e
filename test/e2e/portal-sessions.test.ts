import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import { join, relative } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { importRegistry } from '../../app/countries';
import { cycleState, openYear } from '../../app/cycles';
import { signGrant } from '../../client/tokens';
import { examplePdf, exampleRegistry, exampleReport } from '../helpers/fixtures';
import { followLink, startPortalStack, type PortalStack } from '../helpers/portal';
import { realClockYear as Y } from '../helpers/clock';

// Sessions and links that can be ended, in the browser: a link signs in once and only after a click, sign-out
// and the secretariat end sessions in the store (so the old cookie is worth nothing), whoever leaves the
// registry is signed out, and nothing is read of a form before its sender is known, nor more than it takes.
// Each refusal leaves the workflows and the stored files as they were.

let portal: PortalStack;
const chidi = 'chidi.okafor@example.org';
const ngozi = 'ngozi.bello@example.org'; // Nigeria's deputy, and nothing else in the registry
const lucia = 'lucia.quispe@example.org'; // Peru's focal point, who reads the portal in Spanish

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
const mainText = (page: Page) => page.locator('main').textContent();
/** The portal's answer to the form `page` posts to `path` while `send` runs. */
const answerTo = async (page: Page, path: string, send: () => Promise<unknown>) =>
  (await Promise.all([page.waitForResponse((r) => r.url() === `${portal.base}${path}` && r.request().method() === 'POST'), send()]))[0];

/** The link of a report e-mail to `email`, for the cycle of `code`. */
const reportLink = async (email: string, code: string) =>
  `${portal.base}/act?token=${await signGrant(portal.settings.actionLinkKeys, { purpose: 'act', sub: email, task: { workflowId: `reporting-cycle-${code}-${Y}`, task: 'report', round: 0 } }, new Date(Date.now() + 3_600_000))}`;

/** Each file under `dir`, by its path, as a digest of what it holds. */
const filesIn = (dir: string) =>
  Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name))
      .map((path) => [relative(dir, path), createHash('sha256').update(readFileSync(path)).digest('hex')]),
  );
/** What every refusal must leave as it was: both countries' cycles, the uploaded documents and the sessions store. */
const kept = async () => ({
  cycles: await Promise.all(['NGA', 'PER'].map((code) => cycleState(portal.stack.env.client, code, Y))),
  documents: filesIn(portal.documentsDir),
  sessions: filesIn(portal.sessionsDir),
});

it('takes a sign-in link once, and signing out ends the session on the server: the old cookie opens and does nothing', async () => {
  const page = await person();
  await portal.signIn(page, chidi);
  expect(await signedInAs(page)).toBe(chidi);
  const link = await portal.linkIn(chidi, 'sign-in');
  const cookie = (await sessionCookie(page))!;
  // The report page stays open in another tab, with its form to ask for more time.
  const tab = await page.context().newPage();
  await tab.goto(`${portal.base}/cycles/NGA/${Y}/report`);

  await page.getByRole('button', { name: 'Sign out' }).click();
  const before = await kept();
  await page.context().addCookies([cookie]); // the cookie kept, as a thief would
  expect(await signedInAs(page)).toBeUndefined();
  await expect(mainText(page)).resolves.toContain('Send me a sign-in link');
  // The tab's form, sent with the old cookie: to sign in, and no time asked for.
  await tab.getByText('Need more time?').click();
  await tab.getByLabel('Days of extension').fill('14');
  await tab.getByLabel('Reason').fill('The national steering committee meets in June.');
  const asked = await answerTo(tab, `/cycles/NGA/${Y}/extension`, () => tab.getByRole('button', { name: 'Ask for more time' }).click());
  expect([asked.status(), asked.headers().location]).toEqual([303, '/']);
  await expect(mainText(tab)).resolves.toContain('Send me a sign-in link');
  expect(await kept()).toEqual(before);

  // The same link again, in another browser: used.
  const again = await person();
  expect((await again.goto(link))!.status()).toBe(401);
  await expect(mainText(again)).resolves.toContain('This link was used already');
  expect(await signedInAs(again)).toBeUndefined();
  expect(await kept()).toEqual(before);
});

it('opens an action link only on a click, once, with its token gone from the address; a stray link replaces no session', async () => {
  const link = await reportLink(chidi, 'NGA');

  // Ngozi, signed in, opens Chidi's link (forwarded, or planted in a page): a question, and she is still herself.
  const ngoziPage = await person();
  await portal.signIn(ngoziPage, ngozi);
  const ngoziTab = await ngoziPage.context().newPage();
  const beforeNgozi = await kept();
  const seen: string[] = [];
  ngoziPage.on('request', (r) => seen.push(r.headers().referer ?? ''));
  expect((await ngoziPage.goto(link))!.status()).toBe(200);
  expect(ngoziPage.url()).toBe(`${portal.base}/act`);
  await expect(mainText(ngoziPage)).resolves.toContain(`This link signs you in as ${chidi}`);
  await portal.shot(ngoziPage, 'link-confirm');
  expect(await signedInAs(ngoziTab)).toBe(ngozi);
  expect(seen.filter((referer) => referer.includes('token='))).toEqual([]);
  expect(await kept()).toEqual(beforeNgozi);

  // Chidi clicks through his own link once; opened a second time, elsewhere, it is refused.
  const chidiPage = await person();
  await followLink(chidiPage, link);
  expect(chidiPage.url()).toBe(`${portal.base}/cycles/NGA/${Y}/report`);
  const afterUse = await kept();
  const elsewhere = await person();
  await elsewhere.goto(link);
  await expect(mainText(elsewhere)).resolves.toContain('This link was used already');
  await portal.shot(elsewhere, 'link-used');
  // Ngozi's page still holds the question: her click now is refused too.
  const clicked = await answerTo(ngoziPage, '/act', () => ngoziPage.getByRole('button', { name: 'Continue' }).click());
  expect(clicked.status()).toBe(401);
  await expect(mainText(ngoziPage)).resolves.toContain('This link was used already');
  expect(await signedInAs(ngoziTab)).toBe(ngozi);
  expect(await kept()).toEqual(afterUse);
});

/** Serves one page from another origin (another port of this machine) while `visit` runs. */
async function fromAnotherSite(html: string, visit: (url: string) => Promise<void>) {
  const site = createServer((_request, response) => response.writeHead(200, { 'content-type': 'text/html' }).end(html));
  await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
  try {
    await visit(`http://127.0.0.1:${(site.address() as AddressInfo).port}/`);
  } finally {
    site.close();
  }
}

it('refuses a form posted from another site, even with the page’s own token, before anything is read', async () => {
  const page = await person();
  await portal.signIn(page, chidi);
  await page.goto(`${portal.base}/cycles/NGA/${Y}/report`);
  const token = await page.locator('input[name=_csrf]').first().inputValue();
  // A forger who got hold of that token: their page submits a report with an attachment as Chidi's browser.
  const forgery = `<!doctype html><title>x</title>
<form method="post" enctype="multipart/form-data" action="${portal.base}/cycles/NGA/${Y}/report">
<input type="hidden" name="_csrf" value="${token}"><input type="file" name="reportJson"><input type="file" name="attachments"></form>
<script>
const put = (name, file) => { const files = new DataTransfer(); files.items.add(file); document.querySelector('[name=' + name + ']').files = files.files; };
put('reportJson', new File([${JSON.stringify(JSON.stringify(exampleReport))}], 'report.json', { type: 'application/json' }));
put('attachments', new File([${JSON.stringify(examplePdf().toString())}], 'annex.pdf', { type: 'application/pdf' }));
document.querySelector('form').submit();
</script>`;
  const before = await kept();
  await fromAnotherSite(forgery, async (url) => {
    const answer = await answerTo(page, `/cycles/NGA/${Y}/report`, () => page.goto(url));
    expect(answer.status()).toBe(403);
  });
  expect(await kept()).toEqual(before);
  expect(await signedInAs(page)).toBe(chidi);
});

it('refuses an upload to a form that takes no file: the link it came with is not used', async () => {
  const link = await reportLink(lucia, 'PER');
  const page = await person();
  await page.goto(link);
  // The link's question, its form made an upload with a file (by an altered page, or another program).
  await page.evaluate(`(() => {
    const form = document.querySelector('main form');
    const files = new DataTransfer();
    files.items.add(new File(['%PDF-1.4'], 'annex.pdf', { type: 'application/pdf' }));
    const input = Object.assign(document.createElement('input'), { type: 'file', name: 'attachments' });
    input.files = files.files;
    form.append(input);
    form.enctype = 'multipart/form-data';
  })()`);
  const before = await kept();
  const answer = await answerTo(page, '/act', () => page.getByRole('button', { name: 'Continue' }).click());
  expect(answer.status()).toBe(415);
  await expect(mainText(page)).resolves.toContain('The form could not be read');
  expect(await kept()).toEqual(before);
  expect(await signedInAs(page)).toBeUndefined();
  // Still unused: clicked as it should be, it opens Lucia's report.
  await followLink(page, link);
  expect(page.url()).toBe(`${portal.base}/cycles/PER/${Y}/report`);
});

it('sends a form whose session has ended to sign in, without reading what it carries', async () => {
  const page = await person();
  await portal.signIn(page, ngozi);
  await page.goto(`${portal.base}/cycles/NGA/${Y}/report`);
  const others = (await page.context().cookies()).filter((c) => c.name !== 'pathfinder_session');
  await page.context().clearCookies();
  await page.context().addCookies(others); // the session's cookie gone, as when it ends
  // Twelve files, more than the form takes: had the upload been read, it would have been refused for that.
  const pdfs = Array.from({ length: 12 }, (_, i) => ({ name: `annex-${i}.pdf`, mimeType: 'application/pdf', buffer: examplePdf() }));
  await page.locator('#attachments').setInputFiles(pdfs);
  const before = await kept();
  const answer = await answerTo(page, `/cycles/NGA/${Y}/report`, () => page.getByRole('button', { name: 'Submit the report' }).click());
  expect([answer.status(), answer.headers().location]).toEqual([303, '/']);
  await expect(mainText(page)).resolves.toContain('Send me a sign-in link');
  expect(await kept()).toEqual(before);
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
  const before = await kept();
  const toReport = await answerToUnfinishedUpload(`/cycles/NGA/${Y}/report`);
  expect(toReport).toMatch(/^HTTP\/1\.1 303 /);
  expect(toReport).toMatch(/^location: \/$/im);
  expect(await answerToUnfinishedUpload('/sign-in')).toMatch(/^HTTP\/1\.1 415 /);
  expect(await kept()).toEqual(before);
});

it('refuses a body larger than its form takes, in its reader’s language, and changes nothing', async () => {
  // Lucia's report with twelve documents of about 1 MB, the most each may be here: more than the form takes.
  const page = await person();
  await portal.signIn(page, lucia);
  await page.goto(`${portal.base}/cycles/PER/${Y}/report`);
  const pdfs = Array.from({ length: 12 }, (_, i) => ({
    name: `anexo-${i}.pdf`,
    mimeType: 'application/pdf',
    buffer: examplePdf(1000 * 1024),
  }));
  await page.locator('#attachments').setInputFiles(pdfs);
  await page
    .locator('#reportJson')
    .setInputFiles({ name: 'informe.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(exampleReport)) });
  const before = await kept();
  const answer = await answerTo(page, `/cycles/PER/${Y}/report`, () => page.getByRole('button', { name: 'Enviar el informe' }).click());
  expect(answer.status()).toBe(413);
  await expect(mainText(page)).resolves.toContain('Lo que envió supera lo que admite este formulario, así que no se registró nada.');
  await portal.shot(page, 'body-too-large');
  expect(await kept()).toEqual(before);

  // The secretariat moves a deadline with a reason far longer than the form takes (from a client that ignores its maxlength).
  const secretariat = await person();
  await portal.signIn(secretariat, exampleRegistry.secretariat.email);
  await secretariat.goto(`${portal.base}/secretariat`);
  await secretariat.locator('#extend-country').fill('NGA');
  await secretariat.locator('#extend-year').fill(String(Y));
  await secretariat.locator('#extend-until').fill(`${Y}-06-30T23:59:59+02:00`);
  await secretariat
    .locator('#extend-reason')
    .evaluate((area: { value: string }) => (area.value = 'The committee meets late. '.repeat(12_000)));
  const beforeMove = await kept();
  const moved = await answerTo(secretariat, '/secretariat/extend', () =>
    secretariat.getByRole('button', { name: 'Extend the deadline' }).click(),
  );
  expect(moved.status()).toBe(413);
  await expect(mainText(secretariat)).resolves.toContain('What you sent is more than this form takes, so nothing was recorded.');
  expect(await kept()).toEqual(beforeMove);
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
