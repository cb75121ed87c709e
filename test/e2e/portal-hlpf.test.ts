import type { Page } from 'playwright-core';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { importRegistry } from '../../app/countries';
import { siteKeys, type HlpfCompilation, type ReportFigures, type SiteYear } from '../../domain/publication/site';
import type { PathfinderStatus } from '../../domain/shared/country';
import { realClockYear as Y } from '../helpers/clock';
import { exampleRegistry } from '../helpers/fixtures';
import { startPortalStack, type PortalStack } from '../helpers/portal';
import { readerText } from '../helpers/reader-text';
import { ours, translationFaults } from '../helpers/translation';

// The compilation of the year's progress for the annual meeting on the margins of the HLPF (DESIGN.md §9): the
// page and PDF everyone reads once the secretariat has published it, and the secretariat's draft and publish form.
// The site files are written here as the public site's workflow writes them; publishing goes through that workflow.

let portal: PortalStack;

/** Two years back: whatever today's date, the policy's day (1 July) of that year has passed, so it may be published. */
const open = Y - 2;
/** A year published before, for the page everyone reads. */
const earlier = Y - 3;

beforeAll(async () => {
  portal = await startPortalStack();
  await importRegistry(portal.stack.env.client, exampleRegistry);
  // The worker's first start builds the (empty) site once; the files below are written after it.
  await vi.waitFor(
    async () => {
      if (!(await portal.settings.stores.published.get(siteKeys.index))) throw new Error('the site is not built yet');
    },
    { timeout: 30_000, interval: 200 },
  );
}, 600_000);
afterAll(() => portal?.stop());

const figures = (indicators: number, withValue: number, evidence: number, collaboration: number, groups: number): ReportFigures => ({
  frameworkUpdated: true,
  indicators,
  indicatorsWithValue: withValue,
  evidence,
  collaboration,
  socialPartners: groups > 2,
  stakeholderGroups: groups,
});

const entry = (
  year: number,
  code: string,
  name: string,
  status: PathfinderStatus,
  publishedAt: string,
  f: ReportFigures,
): SiteYear['countries'][number] => ({
  code,
  name,
  status,
  promoted: status !== 'inactive',
  report: {
    year,
    publishedAt,
    figures: f,
    highlights: [{ objective: 'Labour inspection', summary: `${name} trained 120 labour inspectors on forced labour.` }],
    documents: [],
  },
});

const peru = (year: number) => entry(year, 'PER', 'Peru', 'active', `${year}-06-12T08:00:00.000Z`, figures(12, 9, 4, 3, 5));
const nigeria = (year: number) => entry(year, 'NGA', 'Nigeria', 'active', `${year}-06-20T08:00:00.000Z`, figures(7, 2, 2, 1, 2));
const nepal = (year: number) => entry(year, 'NPL', 'Nepal', 'inactive', `${year}-05-30T08:00:00.000Z`, figures(5, 5, 1, 1, 3));

const putJson = (key: string, value: unknown) => portal.settings.stores.published.put(key, JSON.stringify(value), 'application/json');
const texts = (page: Page, selector: string) => page.locator(selector).allInnerTexts();
/** The bars a chart draws: Vega's rect marks, one path per bar. */
const bars = (page: Page, chart: number) => page.locator('figure.chart').nth(chart).locator('g.mark-rect path');

/** What the countries wrote themselves is read as written; all else is in the page's language. */
const written = [
  'Alliance 8.7 secretariat',
  'Labour inspection',
  'Peru trained 120 labour inspectors on forced labour.',
  'Nigeria trained 120 labour inspectors on forced labour.',
];
async function expectReadable(page: Page, language: 'fr' | 'es') {
  const text = ours(await readerText(page), written);
  expect(translationFaults(text, language), text).toEqual([]);
}

async function pdfText(pdf: Buffer): Promise<string> {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
  return text.normalize('NFKC');
}

it(
  'shows everyone the published compilation in three languages, with its charts and map, and prints it once',
  { timeout: 180_000 },
  async () => {
    const compilation: HlpfCompilation = {
      year: earlier,
      publishedAt: `${earlier}-07-08T09:00:00.000Z`,
      publishedBy: 'Alliance 8.7 secretariat',
      countries: [peru(earlier), nigeria(earlier)],
    };
    await putJson(siteKeys.hlpf(earlier), compilation);

    const visitor = await portal.person();
    expect((await visitor.goto(`${portal.base}/hlpf/${earlier}`))!.status()).toBe(200);
    await expect(visitor.locator('h1').innerText()).resolves.toBe(`Pathfinder progress in ${earlier}: compilation for the HLPF`);
    await expect(texts(visitor, 'main h2')).resolves.toEqual(['The year in figures', 'Where the countries are', 'Country by country']);
    await expect(visitor.getByText(`Published by the Alliance 8.7 secretariat on July 8, ${earlier}.`).count()).resolves.toBe(1);

    // The chart: an image named for what it shows, one bar a sign, each with how many countries' reports show it.
    const chart = visitor.locator('figure.chart');
    await expect(chart.getAttribute('aria-label')).resolves.toMatch(new RegExp(`^Final reports of ${earlier}: how many countries`));
    await expect(bars(visitor, 0).count()).resolves.toBe(5);
    await expect(chart.locator('g.mark-text.role-mark text').allTextContents()).resolves.toEqual(['2', '2', '2', '2', '1']);
    await expect(chart.locator('text').allTextContents()).resolves.toEqual(
      expect.arrayContaining(['Report published', 'Both social partners', 'Countries']),
    );
    // The map: both countries drawn in their status's colour, each linking to its profile.
    const map = visitor.locator('section.where');
    for (const code of ['PER', 'NGA']) {
      await expect(map.locator(`a[href="/countries/${code}"] path[data-code="${code}"]`).count()).resolves.toBe(1);
    }

    // Each country: its figures and highlights, and its final report.
    const peruSection = visitor.locator('section#PER');
    await expect(peruSection.locator('h3').innerText()).resolves.toBe('Peru');
    await expect(peruSection.locator('ul.figures li').allInnerTexts()).resolves.toEqual([
      'Indicators in the framework: 12',
      'Indicators with a latest value: 9',
      'Indicator framework updated this year: yes',
      'Evidence of progress: 4',
      'Collaboration efforts: 3',
      'Stakeholder groups taking part: 5',
      'Both social partners took part: yes',
    ]);
    await expect(peruSection.locator('h4 + ul li').innerText()).resolves.toBe(
      'Labour inspection: Peru trained 120 labour inspectors on forced labour.',
    );
    await expect(peruSection.getByRole('link', { name: 'Read the final report of Peru' }).getAttribute('href')).resolves.toBe(
      `/countries/PER/reports/${earlier}`,
    );
    await portal.shot(visitor, 'hlpf');

    // In French and in Spanish, chosen by the page's language links.
    await visitor.getByRole('link', { name: 'Français' }).click();
    await expect(visitor.locator('h1').innerText()).resolves.toBe(
      `Les progrès des pays pionniers en ${earlier}\u00a0: compilation pour le HLPF`,
    );
    await expect(visitor.locator('section#PER h3').innerText()).resolves.toBe('Pérou');
    await expect(visitor.locator('figure.chart').locator('text').allTextContents()).resolves.toEqual(
      expect.arrayContaining(['Rapport publié', 'Deux partenaires sociaux']),
    );
    await expect(visitor.locator('section#PER ul.figures li').first().innerText()).resolves.toBe('Indicateurs du cadre\u00a0: 12');
    await expectReadable(visitor, 'fr');
    await portal.shot(visitor, 'hlpf-fr');
    await visitor.getByRole('link', { name: 'Español' }).click();
    await expect(visitor.locator('h1').innerText()).resolves.toBe(
      `El progreso de los países pioneros en ${earlier}: compilación para el HLPF`,
    );
    await expect(visitor.locator('section#PER h3').innerText()).resolves.toBe('Perú');
    await expect(visitor.locator('figure.chart').locator('text').allTextContents()).resolves.toEqual(
      expect.arrayContaining(['Informe publicado', 'Países']),
    );
    await expectReadable(visitor, 'es');
    await portal.shot(visitor, 'hlpf-es');

    // The PDF in the reader's language, printed once per published version and then served from the copy kept.
    const href = await visitor.getByRole('link', { name: 'Descargar en PDF' }).getAttribute('href');
    expect(href).toBe(`/hlpf/${earlier}.pdf`);
    const first = await visitor.request.get(`${portal.base}${href}`);
    expect(first.status()).toBe(200);
    expect(first.headers()['content-type']).toBe('application/pdf');
    const pdf = await first.body();
    const text = await pdfText(pdf);
    for (const words of [`El progreso de los países pioneros en ${earlier}`, 'Perú', 'Nigeria', 'Lo más destacado'])
      expect(text).toContain(words);
    const kept = await portal.settings.stores.published.list('hlpf/');
    expect(kept.filter((name) => name.startsWith(`${earlier}.es-`) && name.endsWith('.pdf'))).toHaveLength(1);
    expect(Buffer.compare(await (await visitor.request.get(`${portal.base}${href}`)).body(), pdf)).toBe(0);

    // A year not published: said so, as not found.
    const before = await visitor.goto(`${portal.base}/hlpf/${earlier - 1}`);
    expect(before!.status()).toBe(404);
    await expect(visitor.locator('[role=status]').innerText()).resolves.toBe(
      `La compilación de ${earlier - 1} para el HLPF aún no se ha publicado.`,
    );
    expect((await visitor.request.get(`${portal.base}/hlpf/${earlier - 1}.pdf`)).status()).toBe(404);
  },
);

it('lets the secretariat review the draft and publish it, then again when more reports are finalised', { timeout: 180_000 }, async () => {
  // The year so far: Peru finalised; Nepal too, but it is inactive and the site does not promote it (R2).
  await putJson(siteKeys.year(open), { year: open, builtAt: `${open}-06-20T08:00:00.000Z`, countries: [peru(open), nepal(open)] });

  // Not for visitors.
  const visitor = await portal.person();
  await visitor.goto(`${portal.base}/hlpf/${open}/draft`);
  expect(visitor.url()).toBe(`${portal.base}/`);

  const secretariat = await portal.person();
  await portal.signIn(secretariat, 'secretariat@example.org');
  await secretariat.goto(`${portal.base}/secretariat`);
  await secretariat.getByRole('link', { name: 'The compilation for the HLPF' }).click();
  expect(secretariat.url()).toMatch(new RegExp(`/hlpf/\\d{4}/draft$`));

  await secretariat.goto(`${portal.base}/hlpf/${open}/draft`);
  await expect(secretariat.locator('h1').innerText()).resolves.toBe(`Compilation for the HLPF ${open}: draft`);
  await expect(secretariat.getByText('Not published yet.').count()).resolves.toBe(1);
  await expect(texts(secretariat, 'main h2')).resolves.toEqual(['Countries it would include: 1']);
  await expect(texts(secretariat, 'main section h3')).resolves.toEqual(['Peru']);
  await portal.shot(secretariat, 'hlpf-draft');

  await secretariat.getByRole('button', { name: 'Publish the compilation' }).click();
  await expect(secretariat.locator('[role=status]').innerText()).resolves.toBe('The compilation is published.');
  await expect(secretariat.getByText(/^Last published on .* by Alliance 8\.7 secretariat\./).count()).resolves.toBe(1);
  await expect(secretariat.getByText('Nothing: the published compilation is up to date.').count()).resolves.toBe(1);
  const published = await visitor.goto(`${portal.base}/hlpf/${open}`);
  expect(published!.status()).toBe(200);
  await expect(texts(visitor, 'section.countries h3')).resolves.toEqual(['Peru']);

  // Nigeria's report is finalised before the meeting: the draft shows it as new, and publishing again adds it.
  await putJson(siteKeys.year(open), {
    year: open,
    builtAt: `${open}-06-21T08:00:00.000Z`,
    countries: [peru(open), nigeria(open), nepal(open)],
  });
  await secretariat.goto(`${portal.base}/hlpf/${open}/draft`);
  await expect(texts(secretariat, 'main h2')).resolves.toEqual([
    'What changed since the last publication',
    'Countries it would include: 2',
  ]);
  await expect(texts(secretariat, 'main h3 + ul li')).resolves.toEqual(['Nigeria']);
  await portal.shot(secretariat, 'hlpf-draft-changes');
  await secretariat.getByRole('button', { name: 'Publish it again with these changes' }).click();
  await expect(secretariat.locator('[role=status]').innerText()).resolves.toBe('The compilation is published.');
  await visitor.goto(`${portal.base}/hlpf/${open}`);
  await expect(texts(visitor, 'section.countries h3')).resolves.toEqual(['Peru', 'Nigeria']);

  // The secretariat's staff read it in their own language.
  const ines = await portal.person();
  await portal.signIn(ines, 'ines.bauer@example.org');
  await ines.goto(`${portal.base}/hlpf/${open}/draft`);
  await expect(ines.locator('h1').innerText()).resolves.toBe(`Compilation pour le HLPF ${open}\u00a0: projet`);
  await expect(ines.getByText('Rien\u00a0: la compilation publiée est à jour.').count()).resolves.toBe(1);
  await expect(ines.getByRole('button', { name: 'La publier de nouveau', exact: true }).count()).resolves.toBe(1);
  await expectReadable(ines, 'fr');
  await portal.shot(ines, 'hlpf-draft-fr');

  // Next year's compilation is not open yet: the draft says from when, with nothing to press.
  await secretariat.goto(`${portal.base}/hlpf/${Y}/draft`);
  await expect(secretariat.locator('.notice').innerText()).resolves.toBe(
    `The compilation of this year may be published from July 1, ${Y}, as the cycle policy sets.`,
  );
  await expect(
    secretariat
      .getByRole('button')
      .filter({ hasText: /Publish/ })
      .count(),
  ).resolves.toBe(0);
  // Sent all the same (a page kept open from before, a program), the workflow refuses it and the draft says why.
  const _csrf = await secretariat.locator('header input[name=_csrf]').getAttribute('value');
  const early = await secretariat.request.post(`${portal.base}/hlpf/${Y}/publish`, { form: { _csrf: _csrf! } });
  expect(early.status()).toBe(422);
  expect(await early.text()).toContain(`The compilation was not published: year: the ${Y} HLPF compilation opens on`);
  expect((await portal.settings.stores.published.get(siteKeys.hlpf(Y))) ?? 'not written').toBe('not written');
});
