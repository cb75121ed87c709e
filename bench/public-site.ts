import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Report } from '../domain/cycle/report';
import {
  siteKeys,
  type SiteCountry,
  type SiteIndex,
  type SiteIndexEntry,
  type SiteReport,
  type SiteYear,
} from '../domain/publication/site';
import type { Latencies } from './portal-load';

// The public site after `years` years of `codes.length` countries, written as the worker's publicSite
// workflow writes it (domain/publication/site.ts), then its pages and API read as visitors and the
// Alliance's website would: each must read one file per answer, whatever the number of countries and years.

const at = (year: number, month: number) => new Date(Date.UTC(year, month - 1, 15, 9)).toISOString();

function reportOf(report: Report, year: number): SiteReport {
  return {
    year,
    publishedAt: at(year, 7),
    figures: {
      frameworkUpdated: year % 3 !== 0,
      indicators: report.indicatorFramework.indicators.length,
      indicatorsWithValue: report.indicatorFramework.indicators.length,
      evidence: report.evidence.length,
      collaboration: report.collaboration.length,
      socialPartners: year % 2 === 0,
      stakeholderGroups: 4,
    },
    highlights: report.progress.map((p) => ({ objective: p.objective, summary: p.summary.slice(0, 280) })),
    documents: [{ name: `report-${year}.pdf`, type: 'application/pdf', size: 250_000, sha256: 'a'.repeat(64) }],
  };
}

/** Writes the site files and each year's published report into the published store's folder `dir`. */
export function writeSyntheticSite(dir: string, codes: string[], firstYear: number, years: number, report: Report): void {
  const put = (key: string, value: unknown) => {
    mkdirSync(dirname(join(dir, key)), { recursive: true });
    writeFileSync(join(dir, key), JSON.stringify(value));
  };
  const span = Array.from({ length: years }, (_, i) => firstYear + i);
  const entries: SiteIndexEntry[] = [];
  const yearRows = new Map<number, SiteYear['countries']>(span.map((y) => [y, []]));
  codes.forEach((code, i) => {
    const name = `Country ${code}`;
    const status = i % 25 === 0 ? 'inactive' : 'active';
    const promoted = status !== 'inactive';
    const reports = span.map((y) => reportOf(report, y));
    const roadmaps = span.filter((y) => y % 4 === 0).map((y, v) => ({ version: v + 1, at: at(y, 2), summary: 'priority areas revised' }));
    const country: SiteCountry = {
      code,
      name,
      status,
      statusSince: at(firstYear, 1),
      promoted,
      roadmaps,
      reports,
      frameworks: span.map((y) => ({
        year: y,
        updated: y % 3 !== 0,
        indicators: report.indicatorFramework.indicators.map((ind) => ({
          ...ind,
          latestValue: (ind.latestValue ?? 0) + y - firstYear,
          year: y,
        })),
      })),
      updatedAt: at(span.at(-1)!, 7),
    };
    put(siteKeys.country(code), country);
    entries.push({
      code,
      name,
      status,
      statusSince: country.statusSince,
      promoted,
      reports: reports.map((r) => ({ year: r.year, publishedAt: r.publishedAt })),
      roadmaps: roadmaps.map(({ version, at }) => ({ version, at })),
      updatedAt: country.updatedAt,
    });
    for (const r of reports) {
      yearRows.get(r.year)!.push({ code, name, status, promoted, report: r });
      const { indicatorFramework, ...rest } = report;
      put(`${code}/${r.year}/report.json`, { country: code, countryName: name, year: r.year, ...rest });
      put(`${code}/${r.year}/indicator-framework.json`, { country: code, countryName: name, year: r.year, ...indicatorFramework });
    }
  });
  const builtAt = at(span.at(-1)!, 8);
  put(siteKeys.index, { builtAt, countries: entries } satisfies SiteIndex);
  for (const [year, countries] of yearRows) put(siteKeys.year(year), { year, builtAt, countries } satisfies SiteYear);
}

/** Each of `paths` loaded `times` one after another, as an anonymous visitor: each page's time. */
export async function publicPageTimes(base: string, paths: string[], times: number): Promise<Record<string, Latencies>> {
  const result: Record<string, Latencies> = {};
  for (const path of paths) {
    const latencies: Latencies = { ms: [], errors: [] };
    for (let i = 0; i < times; i++) {
      const start = process.hrtime.bigint();
      const response = await fetch(new URL(path, base));
      await response.arrayBuffer();
      latencies.ms.push(Number(process.hrtime.bigint() - start) / 1e6);
      if (response.status !== 200) latencies.errors.push(`${path}: ${response.status}`);
    }
    result[path] = latencies;
  }
  return result;
}
