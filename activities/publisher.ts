import type { AssistanceGivenRow } from '../domain/assistance/assistance';
import type { RoadmapChange, RoadmapDocument } from '../domain/roadmap/document';
import { ApplicationFailure } from '@temporalio/common';
import type { WgReportState } from '../domain/cycle/wg-report-draft';
import type { WgReportRow } from '../domain/cycle/wg-report-row';
import type { Report } from '../domain/cycle/report';
import type { ObjectStore } from '../store/object-store';

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

const json = (value: unknown) => JSON.stringify(value, null, 2) + '\n';

/** What becomes a key is checked again here: activities do not trust their input to be a path. */
function checkedCode(code: unknown): string {
  if (typeof code !== 'string' || !/^[A-Z]{3}$/.test(code))
    throw ApplicationFailure.nonRetryable(`country code ${JSON.stringify(code)} is not ISO 3166-1 alpha-3`, 'InvalidInput');
  return code;
}
function checkedYear(year: unknown): string {
  if (typeof year !== 'number' || !Number.isInteger(year) || year < 2000 || year > 2200)
    throw ApplicationFailure.nonRetryable(`year ${JSON.stringify(year)} is not a year`, 'InvalidInput');
  return String(year);
}

/**
 * JSON documents in the store: `<ISO3>/<YEAR>/{report.json,indicator-framework.json}`, `<ISO3>/profile.json`
 * and `wg-reports/<YEAR>.json`. Writing the same document twice is harmless.
 */
export function storePublisher(store: ObjectStore): Publisher {
  const write = async (folder: string, files: Record<string, unknown>) => {
    for (const [name, value] of Object.entries(files)) await store.put(`${folder}/${name}`, json(value), 'application/json');
    return folder;
  };
  return {
    async publishFinalReport(final) {
      // Public: the report and the framework only. The review record (reviewers, internal comments) stays in the cycle.
      const { indicatorFramework, ...report } = final.report;
      const header = { country: final.country, countryName: final.countryName, year: final.year };
      const folder = await write(`${checkedCode(final.country)}/${checkedYear(final.year)}`, {
        'report.json': { ...header, ...report },
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
