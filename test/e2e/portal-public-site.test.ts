import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import type { ReportFigures, SiteCountry, SiteIndex, SiteReport, SiteYear } from '../../domain/publication/site';
import { siteKeys } from '../../domain/publication/site';
import type { PathfinderStatus } from '../../domain/shared/country';
import { examplePdf, exampleReport } from '../helpers/fixtures';
import { startPortalStack, type PortalStack } from '../helpers/portal';
import { readerText } from '../helpers/reader-text';
import { ours, translationFaults } from '../helpers/translation';

// The public site as a visitor meets it (DESIGN.md §9), in a real browser: the index of pathfinder countries
// with its map and the year's charts in three languages, a profile with its reports, a document downloaded
// whole, and an inactive country's profile that says so (R2). The site files are written here as the
// worker's publicSite workflow writes them, in the published store the portal reads.

let portal: PortalStack;

/** Fixed report years, so that nothing depends on today's date. */
const [before, latest] = [2030, 2031];
const pdf = examplePdf();
const sha256 = createHash('sha256').update(pdf).digest('hex');
/** A name that is not ASCII, which the download keeps (RFC 8187). */
const documentName = `Informe final ${latest} — Perú.pdf`;

const figures = (indicators: number, withValue: number, evidence: number): ReportFigures => ({
  frameworkUpdated: true,
  indicators,
  indicatorsWithValue: withValue,
  evidence,
  collaboration: 2,
  socialPartners: true,
  stakeholderGroups: 5,
});
const report = (year: number, day: string, f: ReportFigures, documents: SiteReport['documents'] = []): SiteReport => ({
  year,
  publishedAt: `${day}T09:00:00.000Z`,
  figures: f,
  highlights: [{ objective: 'Child labour in agriculture', summary: 'Two hundred labour inspectors trained in the Andean regions.' }],
  documents,
});
const indicator = (code: string, latestValue: number | undefined, target?: number) => ({
  code,
  name: `Indicator ${code}`,
  baseline: 20,
  ...(target !== undefined && { target }),
  ...(latestValue !== undefined && { latestValue, year: 2029 }),
});

const peru: SiteCountry = {
  code: 'PER',
  name: 'Peru',
  status: 'active',
  statusSince: `2029-03-01T10:00:00.000Z`,
  promoted: true,
  roadmap: {
    priorityAreas: [
      {
        title: 'Child labour in agriculture',
        actions: [{ text: 'Train labour inspectors', immediate: true }],
        indicators: ['CL-1'],
        assistanceNeeds: [],
      },
    ],
    budget: { secured: 'National budget', gaps: '' },
    coordinationBody: 'National commission against forced labour',
  },
  roadmaps: [{ version: 1, at: '2029-04-01T10:00:00.000Z', summary: 'Roadmap adopted by decree' }],
  assistanceGiven: [
    { request: 1, need: 'Survey design', mechanism: 'II', partner: 'ILO', on: '2030-02-01', given: 'A survey design workshop' },
  ],
  reports: [
    report(before, `${before}-10-02`, figures(3, 2, 1)),
    report(latest, `${latest}-10-05`, figures(4, 3, 2), [{ name: documentName, type: 'application/pdf', size: pdf.length, sha256 }]),
  ],
  frameworks: [
    { year: before, updated: true, indicators: [indicator('CL-1', 18, 10), indicator('FL-2', 300)] },
    { year: latest, updated: true, indicators: [indicator('CL-1', 15, 10), indicator('FL-2', 250), indicator('TR-3', undefined)] },
  ],
  updatedAt: `${latest}-10-05T09:00:00.000Z`,
};
const nepal: SiteCountry = {
  code: 'NPL',
  name: 'Nepal',
  status: 'inactive',
  statusSince: `${latest}-06-01T10:00:00.000Z`,
  promoted: false,
  roadmaps: [],
  reports: [report(latest, `${latest}-09-20`, figures(2, 1, 0))],
  frameworks: [{ year: latest, updated: false, indicators: [indicator('CL-1', 7)] }],
  updatedAt: `${latest}-09-20T09:00:00.000Z`,
};
/** Countries of the index without a file of their own here: one too small for the map, one without a report. */
const others: { code: string; name: string; status: PathfinderStatus }[] = [
  { code: 'TUV', name: 'Tuvalu', status: 'candidate' },
  { code: 'NGA', name: 'Nigeria', status: 'active' },
];
// Nigeria's social partners did not both take part: one bar of the year's figures counts one country fewer.
const nigeria = report(latest, `${latest}-10-09`, { ...figures(5, 5, 3), socialPartners: false });

async function writeSite(): Promise<void> {
  const store = portal.settings.stores.published;
  const put = (key: string, value: unknown) => store.put(key, JSON.stringify(value), 'application/json');
  const entry = (c: SiteCountry) => ({ ...c, reports: c.reports.map((r) => ({ year: r.year, publishedAt: r.publishedAt })), roadmaps: [] });
  const index: SiteIndex = {
    builtAt: `${latest}-10-09T09:00:00.000Z`,
    countries: [
      entry(peru),
      entry(nepal),
      ...others.map((o) => ({
        ...o,
        statusSince: `${before}-01-15T10:00:00.000Z`,
        promoted: true,
        reports: o.code === 'NGA' ? [{ year: latest, publishedAt: nigeria.publishedAt }] : [],
        roadmaps: [],
        updatedAt: `${latest}-10-09T09:00:00.000Z`,
      })),
    ],
  };
  const year: SiteYear = {
    year: latest,
    builtAt: index.builtAt,
    countries: [
      { code: 'NGA', name: 'Nigeria', status: 'active', promoted: true, report: nigeria },
      { code: 'NPL', name: 'Nepal', status: 'inactive', promoted: false, report: nepal.reports[0]! },
      { code: 'PER', name: 'Peru', status: 'active', promoted: true, report: peru.reports[1]! },
    ],
  };
  const { indicatorFramework, ...text } = exampleReport;
  const header = { country: 'PER', countryName: 'Peru', year: latest };
  await Promise.all([
    put(siteKeys.index, index),
    put(siteKeys.year(latest), year),
    put(siteKeys.country('PER'), peru),
    put(siteKeys.country('NPL'), nepal),
    put(`PER/${latest}/report.json`, { ...header, ...text, attachments: [], publishedAt: peru.reports[1]!.publishedAt }),
    put(`PER/${latest}/indicator-framework.json`, { ...header, ...indicatorFramework }),
    store.put(siteKeys.document('PER', latest, sha256), pdf),
  ]);
}

beforeAll(async () => {
  portal = await startPortalStack();
  // A worker that finds no site builds it once, from nothing here (worker/create-worker.ts); its index is
  // written last, so once it is there the site written below stays as written.
  await vi.waitUntil(() => portal.settings.stores.published.get(siteKeys.index), { timeout: 60_000, interval: 200 });
  await writeSite();
});
afterAll(() => portal?.stop());

const said = {
  en: { title: 'Pathfinder countries', peru: 'Peru: active pathfinder country', tuvalu: 'Tuvalu: candidate pathfinder country' },
  fr: { title: 'Pays pionniers', peru: 'Pérou\u00a0: pays pionnier actif', tuvalu: 'Tuvalu\u00a0: pays candidat' },
  es: { title: 'Países pioneros', peru: 'Perú: país pionero activo', tuvalu: 'Tuvalu: país candidato' },
} as const;

/** The fixture's own words (names, highlights), which a French or Spanish page shows as written. */
const written = ['Child labour in agriculture', 'Two hundred labour inspectors trained in the Andean regions.', 'SHA-256'];

/** The numbers written at the ends of the bars of the n-th chart. */
const counts = (page: Page, n: number) => page.locator('figure.chart').nth(n).locator('g.mark-text.role-mark text').allTextContents();

/** The bars (or points) Vega drew in the n-th chart of the page, legends left out. */
const marks = (page: Page, n: number, kind: 'rect' | 'symbol') =>
  page.locator('figure.chart').nth(n).locator(`g.mark-${kind}.role-mark path`).count();

it(
  'shows the index of pathfinder countries with its map and the year’s charts, in English, French and Spanish',
  { timeout: 120_000 },
  async () => {
    const page = await portal.person();
    await page.goto(`${portal.base}/countries`);
    for (const lang of ['en', 'fr', 'es'] as const) {
      if (lang !== 'en')
        await page
          .getByRole('navigation')
          .getByRole('link', { name: lang === 'fr' ? 'Français' : 'Español' })
          .click();
      await expect(page.locator('html').getAttribute('lang')).resolves.toBe(lang);
      await expect(page.locator('h1').textContent()).resolves.toBe(said[lang].title);

      // The map: each country written in the site coloured by its status, named and linked to its profile.
      const peruOnMap = page.locator('div.map path[data-code="PER"]');
      await expect(peruOnMap.getAttribute('fill')).resolves.toBe('#1b7a3d');
      await expect(page.locator('div.map path[data-code="NPL"]').getAttribute('fill')).resolves.toBe('#b85c00');
      await expect(page.locator('div.map a[href="/countries/PER"] > title').textContent()).resolves.toBe(said[lang].peru);
      await expect(page.locator('div.map svg path[data-code]').count()).resolves.toBe(3); // Peru, Nepal, Nigeria
      // Tuvalu is too small for a map at this scale: it is named beside it.
      await expect(page.locator('div.map a[href="/countries/TUV"]').textContent()).resolves.toBe(said[lang].tuvalu);

      // The list: every country, with its latest report.
      await expect(page.locator('tbody tr').count()).resolves.toBe(4);
      await expect(page.locator(`tbody a[href="/countries/PER/reports/${latest}"]`).count()).resolves.toBe(1);

      // Highlights: the year's reports of the promoted countries only, latest first; Nepal is inactive (R2).
      const highlighted = await page.locator('section h3').allTextContents();
      expect(highlighted).toHaveLength(2);
      expect(highlighted[0]).toMatch(/^Nig/);
      expect(highlighted[1]).toMatch(/^P/);

      // The year's figures across the promoted countries' reports (Nepal's left out, R2): published, framework
      // updated, evidence, collaboration, both social partners; then the reports of each year, by every country.
      await expect(page.locator('figure.chart').count()).resolves.toBe(2);
      await expect(marks(page, 0, 'rect')).resolves.toBe(5);
      await expect(counts(page, 0)).resolves.toEqual(['2', '2', '2', '2', '1']);
      await expect(marks(page, 1, 'rect')).resolves.toBe(2);
      await expect(counts(page, 1)).resolves.toEqual(['1', '3']);
      await expect(page.locator('figure.chart').first().getAttribute('role')).resolves.toBe('img');

      if (lang !== 'en') expect(translationFaults(ours(await readerText(page), written), lang), lang).toEqual([]);
      await portal.shot(page, `public-site-index-${lang}`);
    }
  },
);

it(
  'shows a profile with its reports, the framework over the years, and a document that downloads whole',
  { timeout: 120_000 },
  async () => {
    const page = await portal.person();
    await page.goto(`${portal.base}/countries`);
    await page.locator('tbody').getByRole('link', { name: 'Peru', exact: true }).click();
    await expect(page.locator('h1').textContent()).resolves.toBe('Peru: Pathfinder country profile');
    const main = page.locator('main');
    await expect(main.textContent()).resolves.toContain('Status: active pathfinder country (since March 1, 2029)');
    await expect(page.getByRole('heading', { name: 'Current roadmap' }).count()).resolves.toBe(1);
    await expect(page.getByRole('heading', { level: 3, name: 'Child labour in agriculture' }).count()).resolves.toBe(1);
    await expect(main.textContent()).resolves.toContain('A survey design workshop'); // the assistance given
    await expect(main.textContent()).resolves.toContain('Roadmap adopted by decree'); // its versions
    await expect(page.locator('main .notice').count()).resolves.toBe(0);
    // Both reports, the latest first, each linked; the latest with its document.
    await expect(page.locator('main section h3 a').allTextContents()).resolves.toEqual([
      `Final progress report ${latest}`,
      `Final progress report ${before}`,
    ]);
    // The framework over the years: one point a value (CL-1 and FL-2 in both years), one chart an indicator with a value.
    await expect(marks(page, 0, 'symbol')).resolves.toBe(4);
    await expect(page.locator('figure.chart').getAttribute('aria-label')).resolves.toContain('Latest value of each indicator');
    await portal.shot(page, 'public-site-profile');

    const link = page.getByRole('link', { name: documentName });
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe(documentName);
    const bytes = await readFile(await download.path());
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(sha256);

    // Its headers: type, name, ETag its SHA-256; asked again with the ETag, nothing is sent.
    const href = `${portal.base}/countries/PER/reports/${latest}/documents/${sha256}`;
    const got = await page.request.get(href);
    expect(got.headers()['content-type']).toBe('application/pdf');
    expect(got.headers()['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent(documentName)}`);
    expect(got.headers()['etag']).toBe(`"${sha256}"`);
    expect((await page.request.get(href, { headers: { 'if-none-match': `"${sha256}"` } })).status()).toBe(304);
    // Anything else is not found: another hash, a year without it, a code or hash that is no such thing.
    for (const path of [
      `PER/reports/${latest}/documents/${'0'.repeat(64)}`,
      `PER/reports/${before}/documents/${sha256}`,
      `per/reports/${latest}/documents/${sha256}`,
      `PER/reports/${latest}/documents/..%2F..%2Fsite%2Findex.json`,
      `PER/reports/${latest}/documents/${sha256.toUpperCase()}`,
      `NPL/reports/${latest}/documents/${sha256}`,
    ])
      expect((await page.request.get(`${portal.base}/countries/${path}`)).status(), path).toBe(404);

    // The report page reads its report as before, and lists the documents published with it.
    await page.goto(`${portal.base}/countries/PER/reports/${latest}`);
    await expect(page.locator('h1').textContent()).resolves.toBe(`Peru: Final progress report ${latest}`);
    await expect(page.getByRole('link', { name: documentName }).getAttribute('href')).resolves.toBe(
      `/countries/PER/reports/${latest}/documents/${sha256}`,
    );
    await expect(page.locator('main').textContent()).resolves.toContain(sha256.slice(0, 16));
    await portal.shot(page, 'public-site-report');
  },
);

it('says on an inactive country’s profile that it is inactive, its reports kept but not promoted', { timeout: 60_000 }, async () => {
  const page = await portal.person({ locale: 'fr-FR' });
  await page.goto(`${portal.base}/countries/NPL`);
  await expect(page.locator('html').getAttribute('lang')).resolves.toBe('fr');
  await expect(page.locator('main .notice').textContent()).resolves.toContain('Ce pays est inactif');
  await expect(page.locator('main').textContent()).resolves.toContain('Conservé, sans mise en avant tant que le pays est inactif');
  await expect(page.locator('main section h3 a').allTextContents()).resolves.toEqual([`Rapport d’avancement final ${latest}`]);
  expect(translationFaults(ours(await readerText(page), written), 'fr')).toEqual([]);
  await portal.shot(page, 'public-site-inactive-fr');
  expect((await page.goto(`${portal.base}/countries/XYZ`))!.status()).toBe(404);
});
