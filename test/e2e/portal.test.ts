import { readdirSync } from 'node:fs';
import type { Client } from '@temporalio/client';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openYear, cycleState } from '../../app/cycles';
import { countryRecord, importRegistry, updateRoadmap } from '../../app/countries';
import { signGrant, signingKeys } from '../../client/tokens';
import type { MailCatcher } from '../../scripts/mail-catcher';
import type { PortalSettings } from '../../portal/config';
import { examplePdf, exampleRegistry, exampleReport } from '../helpers/fixtures';
import { followLink, startPortalStack, type PortalStack } from '../helpers/portal';
import { realClockYear as Y } from '../helpers/clock';
import { kindOf } from '../helpers/mail';

// The portal in a real browser on the dev-server stack: focal points and a reviewer act only from the
// links in their e-mails, as they would from Suva or Lima.

let portal: PortalStack;
let client: Client;
let mail: MailCatcher;
let settings: PortalSettings;
let documentsDir: string;
let base: string;
let person: PortalStack['person'];
let linkIn: PortalStack['linkIn'];
let signIn: PortalStack['signIn'];
let shot: PortalStack['shot'];

beforeAll(async () => {
  // A mistyped address, which the relay refuses for good.
  portal = await startPortalStack({ refuse: (address) => address === 'ngozi.bello@exmaple.org' });
  ({ settings, documentsDir, base, person, linkIn, signIn, shot } = portal);
  ({ mail } = portal.stack);
  client = portal.stack.env.client;
});
afterAll(() => portal?.stop());

let opened: Promise<void> | undefined;
/** The registry imported and the 2027 cycles open, once for the file. */
function yearOpened(): Promise<void> {
  opened ??= (async () => {
    await importRegistry(client, exampleRegistry);
    await expect.poll(async () => (await openYear(client, { year: Y })).map((r) => r.country)).toEqual(['NGA', 'PER']);
  })();
  return opened;
}

const storedDocuments = () => readdirSync(documentsDir, { recursive: true }).map(String).sort();

it(
  'takes a report from the focal point through review, revision and acceptance to its public page, all in the browser',
  { timeout: 180_000 },
  async () => {
    await yearOpened();
    // Peru's roadmap names its priority areas, measured by the framework's indicators (R12).
    const inspection = 'Strengthen labour inspection in agriculture';
    await updateRoadmap(client, {
      country: 'PER',
      document: { priorityAreas: [{ title: inspection, indicators: ['CL-2.1'] }] },
      actor: { email: 'lucia.quispe@example.org', channel: 'cli-operator' },
    });
    // The focal point signs in from the e-mail the portal sends, and finds the report waiting.
    const lucia = await person();
    await signIn(lucia, 'lucia.quispe@example.org');
    await shot(lucia, 'tasks');
    await lucia.getByRole('link', { name: new RegExp(String.raw`Perú ${Y}`) }).click();
    await expect(lucia.locator('h1').textContent()).resolves.toContain(`Informe de progreso: Perú ${Y}`);

    // The progress rows start from the roadmap's priority areas, their indicators beside them (R15).
    await expect(lucia.locator('[name="progress.0.objective"]').inputValue()).resolves.toBe(inspection);
    await expect(lucia.locator('#progress').innerText()).resolves.toContain(`${inspection} (indicadores: CL-2.1)`);
    // A first try without the coordination mechanism: the error is next to its field and nothing typed is lost.
    await lucia.locator('[name="nextSteps"]').fill('Publish the inspection plan\nExtend the survey to forced labour');
    await lucia.locator('[name="progress.0.summary"]').fill('Two hundred inspectors trained.');
    await lucia.locator('[name="challenges"]').fill('<script>alert("x")</script> Staff turnover slowed the roll-out.');
    await lucia.locator('[name="evidence.0.kind"]').selectOption('survey');
    await lucia.locator('[name="evidence.0.description"]').fill('National child labour survey, second round.');
    await lucia.locator('[name="national.government"]').fill('Labour and Interior ministries in the national commission.');
    await lucia.locator('[name="collaboration.0.description"]').fill('Joint inspection protocol.');
    await lucia.locator('[name="collaboration.0.partners"]').fill('Bolivia');
    await lucia.locator('[name="framework.updated"]').check();
    await lucia.locator('[name="indicator.0.code"]').fill('8.7.1');
    await lucia.locator('[name="indicator.0.name"]').fill('Children aged 5-17 in child labour (%)');
    await lucia.locator('[name="indicator.0.latestValue"]').fill('21.8');
    await lucia.getByRole('button', { name: 'Enviar el informe' }).click();
    await expect(lucia.locator('#preparedThrough-error').textContent()).resolves.toBe('es obligatorio');
    // The list of what to correct takes the focus, so that a screen reader reads it first and the keyboard starts there.
    await expect(lucia.locator('.error[role=alert]:focus').count()).resolves.toBe(1);
    await expect(lucia.locator('[name="challenges"]').inputValue()).resolves.toContain('Staff turnover');
    await expect(lucia.locator('[name="indicator.0.latestValue"]').inputValue()).resolves.toBe('21.8');
    await shot(lucia, 'report-form-error');
    expect((await cycleState(client, 'PER', Y)).submissions).toHaveLength(0);

    await lucia.locator('[name="preparedThrough"]').fill('National Commission against Forced Labour');
    await lucia.locator('#attachments').setInputFiles({ name: `informe-${Y}.pdf`, mimeType: 'application/pdf', buffer: examplePdf() });
    await lucia.getByRole('button', { name: 'Enviar el informe' }).click();
    await expect(lucia.locator('[role=status]').textContent()).resolves.toContain('Su informe fue recibido');
    const submitted = await cycleState(client, 'PER', Y);
    expect(submitted.stage).toBe('in-review');
    expect(submitted.submissions[0]!.report.attachments).toEqual([
      expect.objectContaining({ name: `informe-${Y}.pdf`, type: 'application/pdf', size: examplePdf().length }),
    ]);

    // The reviewer follows the link in the review request, reads the report and its attachment, asks for a revision.
    const amina = await person();
    await followLink(amina, await linkIn('amina.diallo@example.org', 'review-request'));
    await expect(amina.locator('h1').textContent()).resolves.toBe(`Working Group review: Peru ${Y}`);
    await amina.getByText('<script>alert("x")</script> Staff turnover slowed the roll-out.').waitFor(); // shown as text, never run
    // What the roadmap planned, beside what the report says.
    const plannedPart = amina.locator('section', {
      has: amina.getByRole('heading', { name: 'What the roadmap and last year’s report planned' }),
    });
    await expect(plannedPart.locator('li').allInnerTexts()).resolves.toEqual([inspection]);
    // The next steps the country set, which next year's form will show it again.
    const steps = amina.locator('section', { has: amina.getByRole('heading', { name: 'Next steps', exact: true }) });
    await expect(steps.locator('li').allInnerTexts()).resolves.toEqual([
      'Publish the inspection plan',
      'Extend the survey to forced labour',
    ]);
    const download = await Promise.all([
      amina.waitForEvent('download'),
      amina.getByRole('link', { name: `informe-${Y}.pdf` }).click(),
    ]).then(([d]) => d);
    expect(download.suggestedFilename()).toBe(`informe-${Y}.pdf`);
    await shot(amina, 'review');
    await amina.getByLabel('Ask for a revision').check();
    await amina.getByLabel(/Comments for the country/).fill('Please add the survey results.');
    await amina.getByRole('button', { name: 'Record the review' }).click();
    await expect(amina.locator('[role=status]').textContent()).resolves.toBe('Your review was recorded.');

    // The deputy revises from the feedback e-mail: the form starts from the last submission and shows the comments.
    const jean = await person();
    await followLink(jean, await linkIn('jean.moreau@example.org', 'feedback'));
    await jean.getByText('Please add the survey results.').waitFor();
    await expect(jean.locator('[name="progress.0.objective"]').inputValue()).resolves.toBe('Strengthen labour inspection in agriculture');
    await jean.locator('[name="progress.0.summary"]').fill('Two hundred inspectors trained; survey results attached.');
    await shot(jean, 'revision-form');
    await jean.getByRole('button', { name: 'Soumettre le rapport' }).click();
    await expect(jean.locator('[role=status]').textContent()).resolves.toContain('Votre rapport a été reçu');

    // The reviewer sees what changed and accepts.
    await followLink(amina, await linkIn('amina.diallo@example.org', 'review-request', 2));
    await expect(amina.locator('section', { hasText: 'Changed since the previous round' }).textContent()).resolves.toContain(
      'Progress against roadmap objectives',
    );
    await amina.getByLabel('Accept the report').check();
    await amina.getByRole('button', { name: 'Record the review' }).click();
    await expect(amina.locator('[role=status]').textContent()).resolves.toBe('Your review was recorded.');

    // The final e-mail links to the public page, which shows the report and nothing of the review.
    const finalised = (await mail.waitFor(1, (m) => m.to.includes('lucia.quispe@example.org') && kindOf(m) === 'finalised'))[0]!;
    const publicUrl = `${base}/countries/PER/reports/${Y}`;
    expect(finalised.text).toContain(publicUrl);
    const visitor = await person();
    await visitor.goto(publicUrl);
    await visitor.getByText('survey results attached').waitFor();
    const text = (await visitor.locator('main').textContent()) ?? '';
    expect(text).not.toContain('amina');
    expect(text).not.toContain('Please add the survey results');
    await shot(visitor, 'public-report');
  },
);

it(
  'refuses forged, expired and borrowed links, other countries, forms without their CSRF token and bad attachments, changing nothing',
  { timeout: 120_000 },
  async () => {
    await yearOpened();
    const unchanged = await cycleState(client, 'NGA', Y);
    const storedBefore = storedDocuments();
    const status = async (page: Page, url: string) => (await page.goto(url))!.status();

    // Links: a forged signature, an expired one, another person's.
    const page = await person();
    const good = await signGrant(
      settings.actionLinkKeys,
      { purpose: 'act', sub: 'chidi.okafor@example.org', task: { workflowId: `reporting-cycle-NGA-${Y}`, task: 'report', round: 0 } },
      new Date(Date.now() + 3_600_000),
    );
    const forged = `${good.slice(0, -4)}AAAA`;
    expect(await status(page, `${base}/act?token=${forged}`)).toBe(401);
    await expect(page.locator('main').textContent()).resolves.toContain('not valid');
    const expired = await signGrant(
      settings.actionLinkKeys,
      { purpose: 'act', sub: 'chidi.okafor@example.org', task: { workflowId: `reporting-cycle-NGA-${Y}`, task: 'report', round: 0 } },
      new Date(Date.now() - 1000),
    );
    expect(await status(page, `${base}/act?token=${expired}`)).toBe(401);
    await expect(page.locator('main').textContent()).resolves.toContain('expired');
    const otherKey = await signGrant(
      signingKeys('k1:a-secret-that-the-portal-does-not-know-at-all'),
      { purpose: 'act', sub: 'chidi.okafor@example.org', task: { workflowId: `reporting-cycle-NGA-${Y}`, task: 'report', round: 0 } },
      new Date(Date.now() + 3_600_000),
    );
    expect(await status(page, `${base}/act?token=${otherKey}`)).toBe(401);

    // Chidi's link opens Chidi's task, and nothing else: not Peru's, not a review.
    // Opening it signs nobody in: it asks for a click, and its token has left the address.
    expect(await status(page, `${base}/act?token=${good}`)).toBe(200);
    expect(page.url()).toBe(`${base}/act`);
    await page.goto(`${base}/cycles/NGA/${Y}/report`);
    expect(page.url()).toBe(`${base}/`);
    await followLink(page, `${base}/act?token=${good}`);
    expect(page.url()).toBe(`${base}/cycles/NGA/${Y}/report`);
    expect(await status(page, `${base}/cycles/PER/${Y}/report`)).toBe(403);
    expect(await status(page, `${base}/cycles/NGA/${Y}/review`)).toBe(403);

    // Signed in by e-mail, a focal point of Nigeria still may not open Peru's task.
    const chidi = await person();
    await signIn(chidi, 'chidi.okafor@example.org');
    expect(await status(chidi, `${base}/cycles/PER/${Y}/report`)).toBe(403);
    await expect(chidi.locator('main').textContent()).resolves.toContain('This task is not yours');

    // A form posted without its CSRF token is refused.
    const posted = await chidi.request.post(`${base}/cycles/NGA/${Y}/report`, { multipart: { challenges: 'none', preparedThrough: 'x' } });
    expect(posted.status()).toBe(403);

    // Attachments: a file that only claims to be a PDF, a type not accepted, one over the limit (1 MB here).
    await chidi.goto(`${base}/cycles/NGA/${Y}/report`);
    await chidi.locator('[name="progress.0.objective"]').fill('Labour inspection');
    await chidi.locator('[name="progress.0.summary"]').fill('Inspectors trained.');
    await chidi.locator('[name="challenges"]').fill('Funding.');
    await chidi.locator('[name="national.government"]').fill('Ministry of Labour.');
    await chidi.locator('[name="preparedThrough"]').fill('National Steering Committee');
    await chidi.locator('[name="indicator.0.code"]').fill('8.7.1');
    await chidi.locator('[name="indicator.0.name"]').fill('Children in child labour (%)');
    await chidi.locator('#attachments').setInputFiles([
      { name: 'report.pdf', mimeType: 'application/pdf', buffer: Buffer.from('MZ this is a program, not a PDF') },
      { name: 'tool.exe', mimeType: 'application/octet-stream', buffer: Buffer.from('MZ') },
      { name: 'annex.pdf', mimeType: 'application/pdf', buffer: examplePdf(1024 * 1024 + 10) },
    ]);
    await chidi.getByRole('button', { name: 'Submit the report' }).click();
    const alert = (await chidi.locator('[role=alert]').textContent()) ?? '';
    expect(alert).toContain('report.pdf: the content is not a PDF file');
    expect(alert).toContain('tool.exe: only PDF, DOCX, XLSX and ODT files are accepted');
    expect(alert).toContain('annex.pdf: larger than 1 MB');
    await expect(chidi.locator('[name="preparedThrough"]').inputValue()).resolves.toBe('National Steering Committee');
    await shot(chidi, 'report-form-attachments-refused');
    expect(storedDocuments()).toEqual(storedBefore);

    expect(await cycleState(client, 'NGA', Y)).toEqual(unchanged);
  },
);

it("takes the secretariat's actions in the browser, and refuses them to everyone else", { timeout: 60_000 }, async () => {
  await yearOpened();
  const secretariat = await person();
  await signIn(secretariat, 'secretariat@example.org');
  await secretariat.getByRole('link', { name: /^Secretariat/ }).click();
  const section = (title: string) => secretariat.locator('section', { hasText: title });
  const outcome = () => secretariat.locator('[role=status], [role=alert]').textContent();

  await section('Extend a report deadline').getByLabel('Country (ISO3)').fill('NGA');
  await section('Extend a report deadline').getByLabel('Year').fill(String(Y));
  await section('Extend a report deadline')
    .getByLabel(/New deadline/)
    .fill(`${Y}-05-31T23:59:59+02:00`);
  await section('Extend a report deadline')
    .getByLabel(/Reason/)
    .fill('National elections in April');
  await section('Extend a report deadline').getByRole('button').click();
  await expect(outcome()).resolves.toMatch(new RegExp(`^NGA ${Y}: deadline extended to May 31, ${Y} at 11:59 PM`));
  expect((await cycleState(client, 'NGA', Y)).extensions).toEqual([
    expect.objectContaining({ reason: 'National elections in April', by: 'secretariat@example.org' }),
  ]);

  await section('Replace the Working Group reviewers').getByLabel('Country (ISO3)').fill('NGA');
  await section('Replace the Working Group reviewers').getByLabel('Year').fill(String(Y));
  await section('Replace the Working Group reviewers')
    .getByLabel(/Reviewers/)
    .fill('Amina Diallo: amina.diallo@example.org');
  await section('Replace the Working Group reviewers').getByRole('button').click();
  await expect(outcome()).resolves.toBe(`NGA ${Y}: reviewers amina.diallo@example.org`);

  // Peru's deputy changes; the focal point stays.
  const people = section('Replace a focal point or deputy');
  await people.getByLabel('Country (ISO3)').fill('PER');
  await people.getByLabel('Who').selectOption('deputy');
  await people.getByLabel('Name', { exact: true }).fill('Rosa Mamani');
  await people.getByLabel('E-mail', { exact: true }).fill('rosa.mamani@example.org');
  await people.getByLabel('Language of their e-mails').selectOption('es');
  await people.getByLabel(/Time zone/).fill('America/Lima');
  await people.getByRole('button').click();
  await expect(outcome()).resolves.toBe('PER: focal point lucia.quispe@example.org, deputy rosa.mamani@example.org');
  expect((await countryRecord(client, 'PER')).country.deputy).toEqual({
    name: 'Rosa Mamani',
    email: 'rosa.mamani@example.org',
    language: 'es',
    zone: 'America/Lima',
  });
  await people.getByLabel('Country (ISO3)').fill('PER');
  await people.getByLabel('Name', { exact: true }).fill('Nobody');
  await people.getByLabel('E-mail', { exact: true }).fill('lucia.quispe@example.org');
  await people.getByLabel(/Time zone/).fill('Mars/Olympus');
  await people.getByRole('button').click();
  await expect(outcome()).resolves.toMatch(/focalPoint\.zone: is not a known IANA time zone/);

  // Nigeria's deputy is entered with a mistyped address. The relay refuses the reminder that the running
  // cycle sends her; the secretariat's page lists the address to correct, until it is corrected.
  const replaceDeputy = async (email: string) => {
    await people.getByLabel('Country (ISO3)').fill('NGA');
    await people.getByLabel('Who').selectOption('deputy');
    await people.getByLabel('Name', { exact: true }).fill('Ngozi Bello');
    await people.getByLabel('E-mail', { exact: true }).fill(email);
    await people.getByLabel('Language of their e-mails').selectOption('en');
    await people.getByLabel(/Time zone/).fill('Africa/Lagos');
    await people.getByRole('button').click();
    await expect(outcome()).resolves.toBe(`NGA: focal point chidi.okafor@example.org, deputy ${email}`);
  };
  await replaceDeputy('ngozi.bello@exmaple.org');
  await mail.waitFor(1, (m) => kindOf(m) === 'address-refused' && m.subject === 'Nigeria: an e-mail to Ngozi Bello could not be delivered');
  await secretariat.goto(base);
  const toFix = secretariat.getByRole('link', { name: /^Correct the address of/ });
  await expect(toFix.textContent()).resolves.toBe(`Correct the address of Ngozi Bello <ngozi.bello@exmaple.org>: Nigeria (NGA) ${Y}`);
  await shot(secretariat, 'secretariat-address-to-correct');
  await toFix.click();
  await replaceDeputy('ngozi.bello@example.org');
  // The corrected address receives what waits for her: the report reminder of the running cycle.
  await mail.waitFor(1, (m) => m.recipients.includes('ngozi.bello@example.org') && kindOf(m) === 'submission-reminder');
  await secretariat.goto(base);
  await expect(secretariat.getByRole('link', { name: /^Correct the address of/ }).count()).resolves.toBe(0);
  await secretariat.getByRole('link', { name: /^Secretariat/ }).click();

  // A refusal comes back with its reason: Peru's 2027 cycle has ended, so there is no running cycle to extend.
  await section('Extend a report deadline').getByLabel('Country (ISO3)').fill('PER');
  await section('Extend a report deadline').getByLabel('Year').fill(String(Y));
  await section('Extend a report deadline')
    .getByLabel(/New deadline/)
    .fill(`${Y}-05-31T23:59:59+02:00`);
  await section('Extend a report deadline')
    .getByLabel(/Reason/)
    .fill('Too late');
  await section('Extend a report deadline').getByRole('button').click();
  await expect(outcome()).resolves.toBe(`PER has no ${Y} reporting cycle under way.`);

  await section('Open a year')
    .getByLabel('Year')
    .fill(String(Y + 1));
  await section('Open a year')
    .getByLabel(/Only these countries/)
    .fill('PER');
  await section('Open a year').getByRole('button').click();
  await expect(outcome()).resolves.toBe('PER: started');

  await section('Import the country registry')
    .getByLabel(/Registry file/)
    .setInputFiles({ name: 'countries.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(exampleRegistry)) });
  await section('Import the country registry').getByRole('button', { name: 'Import' }).click();
  await expect(outcome()).resolves.toBe('imported 2 countries: PER, NGA');
  await shot(secretariat, 'secretariat');

  const lucia = await person();
  await signIn(lucia, 'lucia.quispe@example.org');
  expect((await lucia.goto(`${base}/secretariat`))!.status()).toBe(403);
});

it(
  'refuses a report too large for a workflow history, keeping what was typed, and limits sign-in requests',
  { timeout: 60_000 },
  async () => {
    await yearOpened();
    const unchanged = await cycleState(client, 'NGA', Y);
    const ngozi = await person();
    await signIn(ngozi, 'ngozi.bello@example.org');
    await ngozi.goto(`${base}/cycles/NGA/${Y}/report`);
    await ngozi.locator('[name="preparedThrough"]').fill('National Steering Committee');
    const huge = { ...(exampleReport as object), challenges: 'Funding. '.repeat(33_000) }; // about 300 KB
    await ngozi
      .locator('#reportJson')
      .setInputFiles({ name: 'report.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(huge)) });
    await ngozi.getByRole('button', { name: 'Submit the report' }).click();
    await expect(ngozi.locator('[role=alert]').textContent()).resolves.toContain(
      'report: larger than 128 KB; put long texts in an attached document',
    );
    await expect(ngozi.locator('[name="preparedThrough"]').inputValue()).resolves.toBe('National Steering Committee');
    expect(await cycleState(client, 'NGA', Y)).toEqual(unchanged);

    // Sign-in is rate-limited: five a minute from one address.
    const visitor = await person();
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      await visitor.goto(base);
      await visitor.getByLabel('E-mail address').fill(`someone-${i}@example.org`);
      const answer = await Promise.all([
        visitor.waitForResponse((r) => r.url().endsWith('/sign-in')),
        visitor.getByRole('button', { name: 'Send me a sign-in link' }).click(),
      ]);
      statuses.push(answer[0].status());
    }
    expect(statuses.at(-1)).toBe(429);
    expect(mail.messages.filter((m) => m.to.some((to) => to.startsWith('someone-')))).toEqual([]);
  },
);
