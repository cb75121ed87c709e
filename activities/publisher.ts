import type { AssistanceGivenRow } from '../domain/assistance/assistance';
import type { RoadmapChange, RoadmapDocument } from '../domain/roadmap/document';
import { ApplicationFailure } from '@temporalio/common';
import type { WgReportState } from '../domain/cycle/wg-report-draft';
import type { WgReportRow } from '../domain/cycle/wg-report-row';
import type { Report } from '../domain/cycle/report';
import { getJson, type ObjectStore } from '../store/object-store';
import { createHash } from 'node:crypto';
import { siteKeys, type SiteDocument } from '../domain/publication/site';
import { storeDocuments } from '../portal/documents';

export interface FinalReport {
  country: string;
  countryName: string;
  year: number;
  report: Report;
}

/** The public profile of a country: its status, whether benefits hold (R2), its roadmap versions (R12). */
export interface CountryProfile {
  code: string;
  name: string;
  status: string;
  statusSince: string;
  benefits: boolean;
  focalPoints: string[];
  /** Each version: what changed, as data since 1.1 (`changes`), and in English (`summary`). */
  roadmaps: { version: number; at: string; summary: string; changes?: RoadmapChange[] }[];
  /** The current roadmap document, once a version carries one (R12). */
  roadmap?: RoadmapDocument;
  /** The assistance given to the country, latest first (DESIGN.md §8), once any was asked or offered. */
  assistanceGiven?: AssistanceGivenRow[];
}

export interface WgReport {
  year: number;
  rows: WgReportRow[];
  /** Since the Working Group drafts it (R18): its work on the rows, and its chair's sign-off. */
  themes?: WgReportState['themes'];
  narratives?: WgReportState['narratives'];
  flagReviews?: WgReportState['flagReviews'];
  signedBy?: string;
  signedByName?: string;
  signedAt?: string;
}

/** Where published documents go (R11, R17, R18). The embedded default writes static files; a website adapter fits behind it. */
export interface Publisher {
  publishFinalReport(final: FinalReport): Promise<{ location: string }>;
  publishProfile(profile: CountryProfile): Promise<{ location: string }>;
  publishWgReport(report: WgReport): Promise<{ location: string }>;
}

/**
 * Copies a report's documents from the portal's store (by SHA-256) to `<ISO3>/<YEAR>/documents/<sha256>`,
 * each checked to hash to its reference; those already there are not copied again. A document the portal's
 * store lacks fails the publication (`missing: 'fail'`: retried, then the secretariat is told; one whose bytes
 * do not match, for good), or is left out (`'skip'`: a rebuild of reports published before documents were).
 * Returns the documents published.
 */
export async function publishDocuments(o: {
  published: ObjectStore;
  documents: ObjectStore | undefined;
  code: string;
  year: number;
  refs: SiteDocument[] | undefined;
  missing: 'fail' | 'skip';
}): Promise<SiteDocument[]> {
  const refs = o.refs ?? [];
  if (!refs.length) return [];
  const there = new Set(await o.published.list(`${o.code}/${o.year}/documents/`));
  const done: SiteDocument[] = [];
  for (const { name, type, size, sha256 } of refs) {
    if (!there.has(sha256)) {
      const bytes = o.documents && (await storeDocuments(o.documents).get(sha256));
      if (!bytes) {
        if (o.missing === 'skip') continue;
        throw new Error(`document ${name} (${sha256}) is not in the document store`);
      }
      if (createHash('sha256').update(bytes).digest('hex') !== sha256) {
        if (o.missing === 'skip') continue;
        throw ApplicationFailure.nonRetryable(`document ${name}: its bytes do not hash to ${sha256}`, 'DocumentCorrupt');
      }
      await o.published.put(siteKeys.document(o.code, o.year, sha256), bytes, type);
      there.add(sha256);
    }
    done.push({ name, type, size, sha256 });
  }
  return done;
}

const json = (value: unknown) => JSON.stringify(value, null, 2) + '\n';

/** What becomes a key is checked again here: activities do not trust their input to be a path. */
function checkedCode(code: unknown): string {
  if (typeof code !== 'string' || !/^[A-Z]{3}$/.test(code))
    throw ApplicationFailure.nonRetryable(`country code ${JSON.stringify(code)} is not ISO 3166-1 alpha-3`, 'InvalidInput');
  return code;
}
export function checkedYear(year: unknown): string {
  if (typeof year !== 'number' || !Number.isInteger(year) || year < 2000 || year > 2200)
    throw ApplicationFailure.nonRetryable(`year ${JSON.stringify(year)} is not a year`, 'InvalidInput');
  return String(year);
}

/**
 * JSON documents in the store: `<ISO3>/<YEAR>/{report.json,indicator-framework.json}`, `<ISO3>/profile.json`
 * and `wg-reports/<YEAR>.json`; with a final report, the documents uploaded with it, copied from `documents`
 * (the portal's store, by SHA-256) to `<ISO3>/<YEAR>/documents/<sha256>`. Writing the same document twice is
 * harmless: a report keeps the `publishedAt` of its first publication.
 */
export function storePublisher(store: ObjectStore, documents?: ObjectStore): Publisher {
  const write = async (folder: string, files: Record<string, unknown>) => {
    for (const [name, value] of Object.entries(files)) await store.put(`${folder}/${name}`, json(value), 'application/json');
    return folder;
  };
  return {
    async publishFinalReport(final) {
      // Public: the report and the framework only. The review record (reviewers, internal comments) stays in the cycle.
      const { indicatorFramework, ...report } = final.report;
      const header = { country: final.country, countryName: final.countryName, year: final.year };
      const [code, year] = [checkedCode(final.country), Number(checkedYear(final.year))];
      // The documents first: a report.json on the site has its documents beside it.
      await publishDocuments({ published: store, documents, code, year, refs: report.attachments, missing: 'fail' });
      // Published once: a retry, or a report published again, keeps the first publication's time.
      const before = await getJson<{ publishedAt?: string }>(store, `${code}/${year}/report.json`);
      const publishedAt = before?.publishedAt ?? new Date().toISOString();
      const folder = await write(`${code}/${year}`, {
        'report.json': { ...header, ...report, publishedAt },
        'indicator-framework.json': { ...header, ...indicatorFramework },
      });
      return { location: store.locationOf(folder) };
    },
    async publishProfile(profile) {
      const folder = await write(checkedCode(profile.code), { 'profile.json': profile });
      return { location: store.locationOf(`${folder}/profile.json`) };
    },
    async publishWgReport(report) {
      const key = `wg-reports/${checkedYear(report.year)}.json`;
      await store.put(key, json(report), 'application/json');
      return { location: store.locationOf(key) };
    },
  };
}
