import type { Client } from '@temporalio/client';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Actor } from '../../app/actor';
import { countryRecord, importRegistry, updateRoadmap } from '../../app/countries';
import { examplePdf, exampleRegistry } from '../helpers/fixtures';
import { startPortalStack, type PortalStack } from '../helpers/portal';
import { kindOf } from '../helpers/mail';
import { readerText } from '../helpers/reader-text';
import { ours, translationFaults } from '../helpers/translation';

// A country's roadmap as a living document (R12) in a real browser: Peru's deputy focal point, who reads
// French, writes its first document from the home page, then a version that changes it; the secretariat is
// told by e-mail; the GCM reads it without a form; a focal point of another country is refused.

let portal: PortalStack;
let client: Client;

const jean = 'jean.moreau@example.org'; // Peru's deputy, who reads French
const operator = (email: string): Actor => ({ email, channel: 'cli-operator' });
/** A fixed year in the future, for the actions' due days. */
const due = 2031;

const child = 'Travail des enfants dans l’agriculture';
const mines = 'Travail forcé dans les mines';
const typed = {
  immediate: 'Former deux cents inspecteurs du travail',
  dated: 'Adopter la liste des travaux dangereux',
  later: 'Cartographier les sites miniers',
  added: 'Étendre l’enquête nationale aux régions andines',
  need: 'Appui technique pour l’enquête nationale',
  secured: 'Budget national : 1,2 million de soles',
  body: 'Commission nationale de lutte contre le travail forcé',
  summary: 'Feuille de route adoptée par décret',
};
/** What the focal point typed, which the page shows as typed. */
const written = [child, mines, ...Object.values(typed), 'CL-1.2', 'FL-2.1', 'CL 1.2 bis'];

beforeAll(async () => {
  portal = await startPortalStack();
  client = portal.stack.env.client;
  await importRegistry(client, exampleRegistry);
  // Version 1, from before the roadmap was a document: a line said what changed.
  await updateRoadmap(client, { country: 'PER', summary: typed.summary, actor: operator(jean) });
});
afterAll(() => portal?.stop());

/** Fails, saying what it found, if the page holds anything a French reader should not meet. */
async function expectFrench(page: Page, what: string): Promise<void> {
  expect(await page.locator('html').getAttribute('lang'), what).toBe('fr');
  const text = ours(await readerText(page), written);
  expect(translationFaults(text, 'fr'), `${what}:\n${text}`).toEqual([]);
}

const area = (page: Page, n: number) => page.getByRole('group', { name: `Domaine prioritaire ${n}`, exact: true });
const save = (page: Page) => page.getByRole('button', { name: 'Enregistrer la nouvelle version' }).click();

it(
  'lets a focal point write the roadmap in French, tells the secretariat, and shows each version with what changed',
  { timeout: 180_000 },
  async () => {
    const page = await portal.person();
    await portal.signIn(page, jean);
    await page.getByRole('link', { name: 'La feuille de route de votre pays\u00a0: Pérou' }).click();
    await expect(page.locator('h1').textContent()).resolves.toBe('Feuille de route\u00a0: Pérou');
    // No document yet: the version before says what it changed, and the form offers empty areas to start with.
    await expect(page.locator('main').textContent()).resolves.toContain('La feuille de route n’a pas encore de document');
    await expect(page.locator('tbody tr').textContent()).resolves.toContain(typed.summary);
    await expectFrench(page, 'the roadmap before its first document');

    const first = page.getByRole('group', { name: 'Un nouveau domaine prioritaire' });
    expect(await first.count()).toBe(3);
    await first.nth(0).getByLabel('Titre').fill(child);
    await first.nth(0).getByLabel('Mesures immédiates').fill(typed.immediate);
    await first.nth(0).getByLabel('Autres actions').fill(`${due}-03-31 ${typed.dated}`);
    await first.nth(0).getByLabel('Indicateurs (codes').fill('CL-1.2');
    await first.nth(0).getByLabel('Besoins d’assistance technique').fill(typed.need);
    await first.nth(1).getByLabel('Titre').fill(mines);
    await first.nth(1).getByLabel('Autres actions').fill(typed.later);
    await first.nth(1).getByLabel('Indicateurs (codes').fill('FL-2.1');
    await page.getByLabel('Ressources obtenues').fill(typed.secured);
    await page.getByLabel('Organe de coordination').fill(typed.body);
    await save(page);

    await expect(page.locator('[role=status]').textContent()).resolves.toBe(
      'La version 2 de la feuille de route est enregistrée. Le secrétariat en a été informé.',
    );
    const document = page.locator('main');
    await expect(document.getByRole('heading', { level: 3, name: child }).count()).resolves.toBe(1);
    const actions = document.locator('section', { has: page.getByRole('heading', { name: child }) }).locator('li');
    await expect(actions.allTextContents()).resolves.toEqual([
      `${typed.immediate} (mesure immédiate)`,
      `${typed.dated} (pour le 31 mars ${due})`,
      'CL-1.2',
      typed.need,
    ]);
    await expect(page.locator('tbody tr').first().locator('td').last().textContent()).resolves.toBe(
      `nouveau domaine prioritaire\u00a0: ${child}\u00a0; nouveau domaine prioritaire\u00a0: ${mines}`,
    );
    await expectFrench(page, 'the roadmap written');
    await portal.shot(page, 'roadmap-fr');

    // The secretariat is told, in its own language (English), with the areas the new version adds.
    const [told] = await portal.stack.mail.waitFor(1, (m) => m.to.includes('secretariat@example.org') && kindOf(m) === 'roadmap-updated');
    expect(told!.text).toContain(`new priority area: ${child}`);
    expect(told!.text).toContain(`new priority area: ${mines}`);
    expect(told!.text).toContain(`${portal.base}/countries/PER/roadmap`);

    // Version 3: one more action in the first area, the second removed by blanking its title.
    const kept = area(page, 1);
    await kept.getByLabel('Autres actions').fill(`${due}-03-31 ${typed.dated}\n${typed.added}`);
    await area(page, 2).getByLabel('Titre').fill('');
    await save(page);
    await expect(page.locator('[role=status]').textContent()).resolves.toContain('La version 3');
    await expect(page.locator('tbody tr').first().locator('td').last().textContent()).resolves.toBe(
      `${child}\u00a0: 1 action ajoutée\u00a0; domaine prioritaire retiré\u00a0: ${mines}`,
    );
    await expect(page.getByRole('heading', { level: 3, name: mines }).count()).resolves.toBe(0);
    const record = await countryRecord(client, 'PER');
    expect(record.roadmaps.map((v) => v.version)).toEqual([1, 2, 3]);
    expect(record.roadmaps[2]!.document?.priorityAreas.map((a) => a.title)).toEqual([child]);

    // The public profile carries the current version (R12): the area kept, with its actions, not the one removed.
    const visitor = await portal.person({ locale: 'fr-FR' });
    await expect
      .poll(
        async () => {
          await visitor.goto(`${portal.base}/countries/PER`);
          return visitor.locator('main').innerText();
        },
        { timeout: 30_000 },
      )
      .toContain(typed.added);
    await expect(visitor.getByRole('heading', { level: 3, name: child }).count()).resolves.toBe(1);
    await expect(visitor.getByRole('heading', { level: 3, name: mines }).count()).resolves.toBe(0);
    await expectFrench(visitor, 'the public profile with its roadmap');
    await portal.shot(visitor, 'profile-roadmap-fr');

    // An indicator code that is not one: refused at its field and line, what was typed kept, nothing changed.
    await area(page, 1).getByLabel('Indicateurs (codes').fill('CL-1.2\nCL 1.2 bis');
    await save(page);
    const alert = (await page.locator('[role=alert]').textContent())!;
    expect(alert).toContain('Domaine prioritaire 1\u00a0: Indicateurs (codes du cadre d’indicateurs, comme CL-1.2)');
    expect(alert).toContain('(ligne 2) n’est pas un code d’indicateur');
    const indicators = area(page, 1).getByLabel('Indicateurs (codes');
    await expect(indicators.getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(indicators.inputValue()).resolves.toBe('CL-1.2\nCL 1.2 bis');
    await expect(area(page, 1).getByLabel('Autres actions').inputValue()).resolves.toBe(`${due}-03-31 ${typed.dated}\n${typed.added}`);
    await expectFrench(page, 'the refused indicator');
    await portal.shot(page, 'roadmap-refused-fr');
    expect((await countryRecord(client, 'PER')).roadmaps).toHaveLength(3);

    // The roadmap's documents, through the document store: a file that is not what its name says is refused,
    // nothing changed; a PDF makes version 4, listed with what changed and served to the roadmap's readers only.
    await page.goto(`${portal.base}/countries/PER/roadmap`);
    const documents = page.locator('form[action="/countries/PER/roadmap/documents"]');
    await documents
      .getByLabel('Ajouter des documents')
      .setInputFiles({ name: 'feuille.pdf', mimeType: 'application/pdf', buffer: Buffer.from('not a pdf') });
    await documents.getByRole('button', { name: 'Enregistrer les documents' }).click();
    await expect(page.locator('[role=alert]').textContent()).resolves.toContain('feuille.pdf');
    expect((await countryRecord(client, 'PER')).roadmaps).toHaveLength(3);
    await documents
      .getByLabel('Ajouter des documents')
      .setInputFiles({ name: `feuille-de-route-${due}.pdf`, mimeType: 'application/pdf', buffer: examplePdf() });
    await documents.getByRole('button', { name: 'Enregistrer les documents' }).click();
    await expect(page.locator('[role=status]').textContent()).resolves.toContain('La version 4');
    await expect(page.locator('tbody tr').first().locator('td').last().textContent()).resolves.toBe('1 document ajouté');
    const href = (await page
      .getByRole('link', { name: `feuille-de-route-${due}.pdf` })
      .first()
      .getAttribute('href'))!;
    const got = await page.request.get(`${portal.base}${href}`);
    expect([got.status(), (await got.body()).subarray(0, 5).toString()]).toEqual([200, '%PDF-']);
    expect((await visitor.request.get(`${portal.base}${href}`)).status()).toBe(404);
    expect((await countryRecord(client, 'PER')).roadmaps[3]!.document?.priorityAreas.map((a) => a.title)).toEqual([child]);
    await expectFrench(page, 'the roadmap with its document');
    await portal.shot(page, 'roadmap-documents-fr');
  },
);

it(
  'lets the GCM and the secretariat read the roadmap without a form, and refuses another country’s focal point',
  { timeout: 120_000 },
  async () => {
    const helena = await portal.person();
    await portal.signIn(helena, 'helena.sorensen@example.org');
    expect((await helena.goto(`${portal.base}/countries/PER/roadmap`))!.status()).toBe(200);
    await expect(helena.getByRole('heading', { level: 3, name: child }).count()).resolves.toBe(1);
    await expect(helena.locator('main form').count()).resolves.toBe(0);
    await portal.shot(helena, 'roadmap-gcm');

    // The dossier lists the versions with what each changed, in the reader's language, and links to the page.
    const ines = await portal.person();
    await portal.signIn(ines, 'ines.bauer@example.org');
    await ines.goto(`${portal.base}/countries/PER/dossier`);
    const versions = ines.locator('h2:has-text("Versions de la feuille de route") + ul li');
    await expect(versions.allTextContents()).resolves.toEqual([
      expect.stringContaining(typed.summary),
      expect.stringContaining(`nouveau domaine prioritaire\u00a0: ${child}`),
      expect.stringContaining(`${child}\u00a0: 1 action ajoutée\u00a0; domaine prioritaire retiré\u00a0: ${mines}`),
      expect.stringContaining('1 document ajouté'),
    ]);
    await ines.getByRole('link', { name: 'Ouvrir la feuille de route' }).click();
    await expect(ines.locator('h1').textContent()).resolves.toBe('Feuille de route\u00a0: Pérou');

    const chidi = await portal.person();
    await portal.signIn(chidi, 'chidi.okafor@example.org');
    await expect(chidi.getByRole('link', { name: 'Your country’s roadmap: Nigeria' }).count()).resolves.toBe(1);
    expect((await chidi.goto(`${portal.base}/countries/PER/roadmap`))!.status()).toBe(403);
    // Another country's focal point does not read Peru's roadmap documents either; the GCM does.
    const [attached] = (await countryRecord(client, 'PER')).roadmaps[3]!.document!.attachments!;
    const link = `${portal.base}/documents/${attached!.sha256}?roadmap=PER`;
    expect((await chidi.request.get(link)).status()).toBe(404);
    expect((await helena.request.get(link)).status()).toBe(200);
    expect((await countryRecord(client, 'PER')).roadmaps).toHaveLength(4);
  },
);
