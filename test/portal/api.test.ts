import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { portalSettingsFromEnv, publicApiOrigins } from '../../portal/config';
import { exampleReport } from '../helpers/fixtures';
import { allianceSite, nepal, nigeria, peru, publishSite, siteReport, startPublicPortal, type PublicPortal } from './api-site';

// The public API as the Alliance's website reads it: every answer checked against the OpenAPI document the
// portal serves, with its cache headers, its ETag, CORS for the configured origin only, and JSON errors.

let portal: PublicPortal;
let openApi: { openapi: string; paths: Record<string, { get: { operationId: string; responses: Record<string, Response> } }> };
type Response = { content?: { 'application/json': { schema: object } } };

beforeAll(async () => {
  portal = await startPublicPortal();
  await publishSite(portal.published, [peru, nigeria, nepal]);
  openApi = (await (await fetch(`${portal.base}/api/openapi.json`)).json()) as typeof openApi;
});
afterAll(() => portal?.stop());

const ajv = addFormats(new Ajv({ allErrors: true, strict: false }));
/** The body's errors against what the OpenAPI document says `path` answers with `status`; [] when it conforms. */
function errorsAgainst(path: string, status: number, body: unknown): string[] {
  const schema = openApi.paths[path]?.get.responses[status]?.content?.['application/json'].schema;
  if (!schema) return [`the document describes no ${status} answer of ${path}`];
  const validate = ajv.compile(schema);
  return validate(body) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

async function get(path: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${portal.base}${path}`, { headers });
  return { response, body: response.status === 304 ? undefined : ((await response.json()) as Record<string, unknown>) };
}

/** Each route of v1 with the documented path it answers under. */
const routes = [
  ['/api/v1/countries', '/api/v1/countries'],
  ['/api/v1/countries/PER', '/api/v1/countries/{code}'],
  ['/api/v1/countries/NGA', '/api/v1/countries/{code}'],
  ['/api/v1/countries/PER/reports/2027', '/api/v1/countries/{code}/reports/{year}'],
  ['/api/v1/countries/NGA/reports/2027', '/api/v1/countries/{code}/reports/{year}'],
  ['/api/v1/countries/PER/frameworks', '/api/v1/countries/{code}/frameworks'],
  ['/api/v1/years/2027', '/api/v1/years/{year}'],
  ['/api/v1/years/2027?all=true', '/api/v1/years/{year}'],
  ['/api/v1/years/2026', '/api/v1/years/{year}'],
] as const;

it('describes every route of v1 in an OpenAPI 3 document, at a stable address', async () => {
  expect(openApi.openapi).toBe('3.0.3');
  expect(Object.keys(openApi.paths).sort()).toEqual([...new Set(routes.map(([, documented]) => documented))].sort());
  expect(Object.values(openApi.paths).map((p) => p.get.operationId)).toEqual([
    'listCountries',
    'getCountry',
    'getReport',
    'getFrameworks',
    'getYear',
  ]);
  // Served the same each time, so a client can cache it too.
  const [first, second] = [await fetch(`${portal.base}/api/openapi.json`), await fetch(`${portal.base}/api/openapi.json`)];
  expect(first.headers.get('etag')).toBe(second.headers.get('etag'));
});

it.each(routes)('answers %s as its OpenAPI document says', async (path, documented) => {
  const { response, body } = await get(path);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
  expect(errorsAgainst(documented, 200, body)).toEqual([]);
});

describe('what the answers hold', () => {
  it('lists every published country, those not promoted marked so, with absolute URLs', async () => {
    const { body } = await get('/api/v1/countries');
    const countries = body!.countries as {
      code: string;
      promoted: boolean;
      url: string;
      page: string;
      reports: { year: number; url: string }[];
    }[];
    expect(countries.map((c) => [c.code, c.promoted])).toEqual([
      ['PER', true],
      ['NGA', false],
      ['NPL', true],
    ]);
    expect(countries[0]).toMatchObject({
      url: `${portal.base}/api/v1/countries/PER`,
      page: `${portal.base}/countries/PER`,
      reports: [
        { year: 2026, url: `${portal.base}/api/v1/countries/PER/reports/2026` },
        { year: 2027, url: `${portal.base}/api/v1/countries/PER/reports/2027` },
      ],
    });
  });

  it('gives a year’s report as published, with its framework and the links to its documents', async () => {
    const { body } = await get('/api/v1/countries/PER/reports/2027');
    expect(body).toMatchObject({
      year: 2027,
      publishedAt: '2027-06-18T09:30:00.000Z',
      page: `${portal.base}/countries/PER/reports/2027`,
      country: { code: 'PER', name: 'Peru', status: 'active', promoted: true },
      report: { challenges: exampleReport.challenges, preparedThrough: exampleReport.preparedThrough },
      indicatorFramework: { updated: true, indicators: exampleReport.indicatorFramework.indicators.map((i) => ({ ...i, year: 2027 })) },
    });
    expect((body!.documents as { name: string; url: string }[]).map((d) => [d.name, d.url])).toEqual([
      ['informe-2027.pdf', `${portal.base}/countries/PER/reports/2027/documents/${'b'.repeat(64)}`],
      ['anexo-encuestas.xlsx', `${portal.base}/countries/PER/reports/2027/documents/${'c'.repeat(64)}`],
    ]);
  });

  it('gives the indicator frameworks over the years, oldest first, each with its report', async () => {
    const { body } = await get('/api/v1/countries/PER/frameworks');
    expect((body!.frameworks as { year: number; report: string }[]).map((f) => [f.year, f.report])).toEqual([
      [2026, `${portal.base}/api/v1/countries/PER/reports/2026`],
      [2027, `${portal.base}/api/v1/countries/PER/reports/2027`],
    ]);
  });

  it('gives a year across the promoted countries, and across all of them when asked', async () => {
    const codes = async (path: string) => ((await get(path)).body!.countries as { code: string }[]).map((c) => c.code);
    expect(await codes('/api/v1/years/2027')).toEqual(['PER', 'NPL']);
    expect(await codes('/api/v1/years/2027?all=true')).toEqual(['PER', 'NGA', 'NPL']);
  });
});

describe('caching', () => {
  it('lets anyone keep an answer a few minutes, then answers 304 to its strong ETag until the file changes', async () => {
    const path = '/api/v1/countries/NPL';
    const { response } = await get(path);
    expect(response.headers.get('cache-control')).toBe('public, max-age=300');
    const etag = response.headers.get('etag')!;
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{43}"$/); // strong: no W/

    const again = await get(path, { 'If-None-Match': etag });
    expect(again.response.status).toBe(304);
    expect(again.response.headers.get('etag')).toBe(etag);
    expect(await get(path, { 'If-None-Match': `"other", W/${etag}` }).then((r) => r.response.status)).toBe(304);
    expect(await get(path, { 'If-None-Match': '"other"' }).then((r) => r.response.status)).toBe(200);

    // Nepal's 2028 report is published: the country's file changes, and so does its ETag.
    await publishSite(portal.published, [
      peru,
      nigeria,
      { ...nepal, reports: [...nepal.reports, siteReport(2028, '2028-06-30T08:00:00.000Z')] },
    ]);
    const changed = await get(path, { 'If-None-Match': etag });
    expect(changed.response.status).toBe(200);
    expect(changed.response.headers.get('etag')).not.toBe(etag);
    expect((changed.body!.reports as { year: number }[]).map((r) => r.year)).toEqual([2027, 2028]);
    await publishSite(portal.published, [peru, nigeria, nepal]);
  });
});

describe('CORS', () => {
  it('lets the configured origin’s pages read the API and the feed, and no other origin', async () => {
    for (const path of ['/api/v1/countries', '/api/v1/countries/PER', '/feed']) {
      const allowed = await fetch(`${portal.base}${path}`, { headers: { Origin: allianceSite } });
      expect(allowed.headers.get('access-control-allow-origin')).toBe(allianceSite);
      expect(allowed.headers.get('vary')).toMatch(/Origin/);
      expect(allowed.headers.get('access-control-allow-credentials')).toBeNull();
      const other = await fetch(`${portal.base}${path}`, { headers: { Origin: 'https://elsewhere.example.org' } });
      expect(other.status).toBe(200); // a program may still read it; a browser page elsewhere may not
      expect(other.headers.get('access-control-allow-origin')).toBeNull();
    }
  });

  it('answers a preflight for the configured origin only', async () => {
    const preflight = (origin: string) =>
      fetch(`${portal.base}/api/v1/countries`, {
        method: 'OPTIONS',
        headers: { Origin: origin, 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'if-none-match' },
      });
    const allowed = await preflight(allianceSite);
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(allianceSite);
    expect(allowed.headers.get('access-control-allow-methods')).toBe('GET, HEAD');
    expect((await preflight('https://elsewhere.example.org')).headers.get('access-control-allow-origin')).toBeNull();
  });

  it('allows no origin unless PUBLIC_API_ORIGINS names it, and refuses a setting that is not an origin', () => {
    expect(portalSettingsFromEnv({}).publicApiOrigins).toEqual([]);
    expect(publicApiOrigins(' https://www.alliance87.org, http://localhost:3000 ')).toEqual([
      'https://www.alliance87.org',
      'http://localhost:3000',
    ]);
    expect(() => publicApiOrigins('https://www.alliance87.org/api')).toThrow(
      /PUBLIC_API_ORIGINS: "https:\/\/www.alliance87.org\/api" is not an origin/,
    );
    expect(() => publicApiOrigins('*')).toThrow(/PUBLIC_API_ORIGINS/);
  });
});

describe('errors', () => {
  it.each([
    ['/api/v1/countries/FRA', '/api/v1/countries/{code}', 'No country FRA is published.'],
    ['/api/v1/countries/FRA/frameworks', '/api/v1/countries/{code}/frameworks', 'No country FRA is published.'],
    ['/api/v1/countries/PER/reports/2025', '/api/v1/countries/{code}/reports/{year}', 'No report of PER for 2025 is published.'],
    ['/api/v1/years/2019', '/api/v1/years/{year}', 'No report of 2019 is published.'],
  ])('answers %s with a 404 in JSON naming what is missing', async (path, documented, message) => {
    const { response, body } = await get(path);
    expect(response.status).toBe(404);
    expect(body).toEqual({ status: 404, error: 'not-found', message });
    expect(errorsAgainst(documented, 404, body)).toEqual([]);
  });

  it('answers a code or a year that is not one with a 400 in JSON', async () => {
    for (const [path, documented] of [
      ['/api/v1/countries/per', '/api/v1/countries/{code}'],
      ['/api/v1/years/20x7', '/api/v1/years/{year}'],
      ['/api/v1/years/2027?all=maybe', '/api/v1/years/{year}'],
    ] as const) {
      const { response, body } = await get(path);
      expect(response.status).toBe(400);
      expect(body).toMatchObject({ status: 400, error: 'bad-request' });
      expect(errorsAgainst(documented, 400, body)).toEqual([]);
    }
  });

  it('answers an address the API does not have with a 404 in JSON', async () => {
    const { response, body } = await get('/api/v2/countries');
    expect(response.status).toBe(404);
    expect(body).toEqual({ status: 404, error: 'not-found', message: 'There is no /api/v2/countries in the API.' });
  });
});
