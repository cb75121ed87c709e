import { parseFeed } from '@rowanmanning/feed-parser';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { nepal, nigeria, peru, publishSite, siteReport, startPublicPortal, type CountryFacts, type PublicPortal } from './api-site';

// The Atom feed of publications as a feed reader reads it (a real parser): an entry per final report, roadmap
// version and status, newest first, of the promoted countries only, in the reader's language.

let portal: PublicPortal;
let host: string;

beforeAll(async () => {
  portal = await startPublicPortal();
  host = new URL(portal.base).hostname;
  await publishSite(portal.published, [peru, nigeria, nepal]);
});
afterAll(() => portal?.stop());

async function readFeed(query = '') {
  const response = await fetch(`${portal.base}/feed${query}`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
  return { response, feed: parseFeed(await response.text()) };
}

it('has an entry per report, roadmap version and status of the promoted countries, newest first, with stable ids and links', async () => {
  const { feed } = await readFeed();
  expect(feed.meta.type).toBe('atom');
  expect(feed.title).toBe('Alliance 8.7 pathfinder countries: publications');
  expect(feed.self).toBe(`${portal.base}/feed`);
  expect(feed.url).toBe(`${portal.base}/countries`);
  const tag = (what: string) => `tag:${host},2026:${what}`;
  expect(feed.items.map((e) => [e.id, e.title, e.url, e.updated?.toISOString()])).toEqual([
    [
      tag('NPL/reports/2027'),
      'Nepal: 2027 progress report published',
      `${portal.base}/countries/NPL/reports/2027`,
      '2027-07-02T08:00:00.000Z',
    ],
    [
      tag('PER/reports/2027'),
      'Peru: 2027 progress report published',
      `${portal.base}/countries/PER/reports/2027`,
      '2027-06-18T09:30:00.000Z',
    ],
    [tag('PER/roadmaps/2'), 'Peru: roadmap, version 2', `${portal.base}/countries/PER`, '2027-02-10T10:00:00.000Z'],
    [
      tag('PER/reports/2026'),
      'Peru: 2026 progress report published',
      `${portal.base}/countries/PER/reports/2026`,
      '2026-06-20T14:00:00.000Z',
    ],
    [tag('NPL/roadmaps/1'), 'Nepal: roadmap, version 1', `${portal.base}/countries/NPL`, '2026-05-20T10:00:00.000Z'],
    [tag('NPL/status/active/2026-03-01'), 'Nepal: active pathfinder country', `${portal.base}/countries/NPL`, '2026-03-01T00:00:00.000Z'],
    [tag('PER/roadmaps/1'), 'Peru: roadmap, version 1', `${portal.base}/countries/PER`, '2025-09-15T10:00:00.000Z'],
    [tag('PER/status/active/2025-06-02'), 'Peru: active pathfinder country', `${portal.base}/countries/PER`, '2025-06-02T00:00:00.000Z'],
  ]);
  // Nigeria, inactive and not promoted (R2), is left out: its report, its roadmap and its status alike.
  expect(feed.items.filter((e) => e.id?.includes('NGA') || e.url?.includes('NGA') || e.title?.includes('Nigeria'))).toEqual([]);
  expect(feed.updated?.toISOString()).toBe('2027-07-02T08:00:00.000Z');
});

it('gives the titles in French or Spanish with ?lang=, with the same entries and ids', async () => {
  const english = (await readFeed()).feed.items.map((e) => e.id);
  const { feed: french } = await readFeed('?lang=fr');
  expect(french.title).toBe('Pays pionniers de l’Alliance 8.7\u00a0: publications');
  expect(french.self).toBe(`${portal.base}/feed?lang=fr`);
  expect(french.items.map((e) => e.id)).toEqual(english);
  expect(french.items.map((e) => e.title).slice(0, 3)).toEqual([
    'Népal\u00a0: rapport d’avancement 2027 publié',
    'Pérou\u00a0: rapport d’avancement 2027 publié',
    'Pérou\u00a0: feuille de route, version 2',
  ]);
  expect(french.items.at(-1)?.title).toBe('Pérou\u00a0: pays pionnier actif');

  const { feed: spanish } = await readFeed('?lang=es');
  expect(spanish.title).toBe('Países pioneros de la Alianza 8.7: publicaciones');
  expect(spanish.items.map((e) => e.id)).toEqual(english);
  expect(spanish.items[0]?.title).toBe('Nepal: informe de progreso 2027 publicado');
  expect(spanish.items[1]?.title).toBe('Perú: informe de progreso 2027 publicado');
});

it('answers 304 to its ETag until something is published, and is kept a few minutes', async () => {
  const { response } = await readFeed();
  expect(response.headers.get('cache-control')).toBe('public, max-age=300');
  const etag = response.headers.get('etag')!;
  expect((await fetch(`${portal.base}/feed`, { headers: { 'If-None-Match': etag } })).status).toBe(304);
  // Another language is another document.
  expect((await fetch(`${portal.base}/feed?lang=es`, { headers: { 'If-None-Match': etag } })).status).toBe(200);

  await publishSite(portal.published, [
    peru,
    nigeria,
    { ...nepal, reports: [...nepal.reports, siteReport(2028, '2028-06-30T08:00:00.000Z')] },
  ]);
  const changed = await fetch(`${portal.base}/feed`, { headers: { 'If-None-Match': etag } });
  expect(changed.status).toBe(200);
  expect(parseFeed(await changed.text()).items[0]?.id).toBe(`tag:${host},2026:NPL/reports/2028`);
  await publishSite(portal.published, [peru, nigeria, nepal]);
});

it('keeps the newest 100 entries when there are more', async () => {
  // 60 countries, each with its status of 2024 and reports of 2026 and 2027: 180 entries, of which the newest 100
  // are the 60 reports of 2027 and 40 of 2026's.
  const letter = (n: number) => String.fromCharCode(65 + n);
  const many: CountryFacts[] = Array.from({ length: 60 }, (_, i) => {
    const day = String((i % 28) + 1).padStart(2, '0');
    return {
      code: `X${letter(Math.floor(i / 26))}${letter(i % 26)}`,
      name: `Country ${i + 1}`,
      status: 'active',
      statusSince: `2024-01-${day}`,
      promoted: true,
      reports: [siteReport(2026, `2026-05-${day}T09:00:00.000Z`), siteReport(2027, `2027-05-${day}T09:00:00.000Z`)],
      roadmaps: [],
    };
  });
  await publishSite(portal.published, many);
  const { feed } = await readFeed();
  expect(feed.items).toHaveLength(100);
  const dates = feed.items.map((e) => e.updated!.getTime());
  expect(dates).toEqual([...dates].sort((a, b) => b - a));
  const years = feed.items.map((e) => /reports\/(\d{4})$/.exec(e.id ?? '')?.[1]);
  expect([years.filter((y) => y === '2027').length, years.filter((y) => y === '2026').length]).toEqual([60, 40]);
  await publishSite(portal.published, [peru, nigeria, nepal]);
});

it('answers 404 in JSON while nothing is published', async () => {
  await portal.published.delete('site/index.json');
  const response = await fetch(`${portal.base}/feed`);
  expect(response.status).toBe(404);
  expect(await response.json()).toEqual({
    status: 404,
    error: 'not-found',
    message: 'Nothing is published yet: the public site has no index of countries.',
  });
  await publishSite(portal.published, [peru, nigeria, nepal]);
});
