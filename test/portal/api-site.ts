import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { FastifyInstance } from 'fastify';
import { registryKeysFromEnv } from '../../client/registry-signature';
import { codecSettingsFromEnv } from '../../client/data-converter';
import { signingKeys } from '../../client/tokens';
import type { Report } from '../../domain/cycle/report';
import { siteKeys, type SiteCountry, type SiteIndex, type SiteReport, type SiteYear } from '../../domain/publication/site';
import type { PathfinderStatus } from '../../domain/shared/country';
import type { PortalSettings } from '../../portal/config';
import { buildPortal } from '../../portal/server';
import { folderStore, type ObjectStore } from '../../store/object-store';
import { exampleReport } from '../helpers/fixtures';
import { freePort } from '../helpers/ports';
import { startDevServer } from '../helpers/temporal';

// The public API and the feed read only what the worker's publicSite workflow writes (domain/publication/
// site.ts). Their tests write those files as it does into the portal's folder store, and read them through
// the real portal over HTTP. Fixed years: nothing here depends on today.

/** The Alliance's website, allowed to read the API and the feed from a browser (PUBLIC_API_ORIGINS). */
export const allianceSite = 'https://www.alliance87.example.org';

export interface PublicPortal {
  base: string;
  published: ObjectStore;
  stop(): Promise<void>;
}

/** The portal on a Temporal dev server, its published store an empty folder; only `allianceSite` is allowed. */
export async function startPublicPortal(): Promise<PublicPortal> {
  const env: TestWorkflowEnvironment = await startDevServer();
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const folder = (name: string) => folderStore(mkdtempSync(join(tmpdir(), `pathfinder-${name}-`)));
  const published = folder('published');
  const settings: PortalSettings = {
    host: '127.0.0.1',
    port,
    url: base,
    actionLinkKeys: signingKeys('api-test-act:an-example-action-link-secret-for-the-api-tests'),
    signInKeys: signingKeys('api-test-sign-in:an-example-sign-in-secret-for-the-api-tests'),
    registryKeys: registryKeysFromEnv(),
    stores: { published, documents: folder('documents'), sessions: folder('sessions'), records: folder('records') },
    maxAttachmentBytes: 1024 * 1024,
    smtpUrl: 'smtp://127.0.0.1:1025',
    mailFrom: 'Alliance 8.7 secretariat <secretariat@example.org>',
    codec: codecSettingsFromEnv(),
    codecTokens: [],
    publicApiOrigins: [allianceSite],
  };
  const portal: FastifyInstance = await buildPortal(env.client, settings);
  await portal.listen({ host: '127.0.0.1', port });
  return {
    base,
    published,
    async stop() {
      await portal.close();
      await env.teardown();
    },
  };
}

const sha = (c: string) => c.repeat(64);

/** A published report as the site keeps it. */
export function siteReport(
  year: number,
  publishedAt: string,
  documents = [{ name: `report-${year}.pdf`, type: 'application/pdf', size: 48_213, sha256: sha('a') }],
): SiteReport {
  return {
    year,
    publishedAt,
    figures: {
      frameworkUpdated: true,
      indicators: exampleReport.indicatorFramework.indicators.length,
      indicatorsWithValue: 1,
      evidence: 2,
      collaboration: 1,
      socialPartners: true,
      stakeholderGroups: 4,
    },
    highlights: exampleReport.progress.map((p) => ({ objective: p.objective, summary: p.summary.slice(0, 280) })),
    documents,
  };
}

export interface CountryFacts {
  code: string;
  name: string;
  status: PathfinderStatus;
  statusSince: string;
  promoted: boolean;
  reports: SiteReport[];
  roadmaps: { version: number; at: string; summary: string }[];
}

/** Peru (two reports, two roadmap versions), Nepal (one of each) and Nigeria, declared inactive and not promoted in 2028. */
export const peru: CountryFacts = {
  code: 'PER',
  name: 'Peru',
  status: 'active',
  statusSince: '2025-06-02',
  promoted: true,
  reports: [
    siteReport(2026, '2026-06-20T14:00:00.000Z'),
    siteReport(2027, '2027-06-18T09:30:00.000Z', [
      { name: 'informe-2027.pdf', type: 'application/pdf', size: 120_400, sha256: sha('b') },
      {
        name: 'anexo-encuestas.xlsx',
        type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        size: 20_100,
        sha256: sha('c'),
      },
    ]),
  ],
  roadmaps: [
    { version: 1, at: '2025-09-15T10:00:00.000Z', summary: 'first roadmap' },
    { version: 2, at: '2027-02-10T10:00:00.000Z', summary: 'priority area on forced labour added' },
  ],
};
export const nepal: CountryFacts = {
  code: 'NPL',
  name: 'Nepal',
  status: 'active',
  statusSince: '2026-03-01',
  promoted: true,
  reports: [siteReport(2027, '2027-07-02T08:00:00.000Z')],
  roadmaps: [{ version: 1, at: '2026-05-20T10:00:00.000Z', summary: 'first roadmap' }],
};
export const nigeria: CountryFacts = {
  code: 'NGA',
  name: 'Nigeria',
  status: 'inactive',
  statusSince: '2028-03-01T12:00:00.000Z',
  promoted: false,
  reports: [siteReport(2027, '2027-07-10T08:00:00.000Z')],
  roadmaps: [{ version: 1, at: '2025-04-01T10:00:00.000Z', summary: 'first roadmap' }],
};

const framework = (year: number): Report['indicatorFramework']['indicators'] =>
  exampleReport.indicatorFramework.indicators.map((i) => ({ ...i, year }));

const latest = (times: string[]) => times.sort().at(-1)!;

/** Writes a country's site file, its reports as the publisher writes them, and returns its index entry. */
async function publishCountry(store: ObjectStore, c: CountryFacts) {
  const updatedAt = latest([...c.reports.map((r) => r.publishedAt), ...c.roadmaps.map((r) => r.at)]);
  const country: SiteCountry = {
    ...c,
    roadmap: {
      priorityAreas: [{ title: 'Child labour in agriculture', actions: [], indicators: ['8.7.1'], assistanceNeeds: [] }],
      budget: { secured: '', gaps: '' },
      coordinationBody: 'Comisión Nacional',
    },
    frameworks: c.reports.map((r) => ({ year: r.year, updated: true, indicators: framework(r.year) })),
    updatedAt,
  };
  await store.put(siteKeys.country(c.code), JSON.stringify(country));
  for (const r of c.reports) {
    // The report as published: its header, the report without its framework (storePublisher).
    const { indicatorFramework: _framework, ...text } = exampleReport;
    await store.put(`${c.code}/${r.year}/report.json`, JSON.stringify({ country: c.code, countryName: c.name, year: r.year, ...text }));
  }
  return {
    code: c.code,
    name: c.name,
    status: c.status,
    statusSince: c.statusSince,
    promoted: c.promoted,
    reports: c.reports.map(({ year, publishedAt }) => ({ year, publishedAt })),
    roadmaps: c.roadmaps.map(({ version, at }) => ({ version, at })),
    updatedAt,
  };
}

/** The whole site of `countries`: each country's file, the index, and every year across countries. */
export async function publishSite(store: ObjectStore, countries: CountryFacts[], builtAt = '2028-03-01T12:05:00.000Z'): Promise<void> {
  const entries = [];
  for (const c of countries) entries.push(await publishCountry(store, c));
  await store.put(siteKeys.index, JSON.stringify({ builtAt, countries: entries } satisfies SiteIndex));
  const years = [...new Set(countries.flatMap((c) => c.reports.map((r) => r.year)))];
  for (const year of years) {
    const rows = countries.flatMap((c) =>
      c.reports
        .filter((r) => r.year === year)
        .map((report) => ({ code: c.code, name: c.name, status: c.status, promoted: c.promoted, report })),
    );
    await store.put(siteKeys.year(year), JSON.stringify({ year, builtAt, countries: rows } satisfies SiteYear));
  }
}
