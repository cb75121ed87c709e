import type { PathfinderStatus } from '../shared/country';
import type { Report } from '../cycle/report';
import type { AssistanceGivenRow } from '../assistance/assistance';
import type { RoadmapChange, RoadmapDocument } from '../roadmap/document';

// The public site's read model (DESIGN.md §9). The worker's `publicSite` workflow is its only writer: after
// each publication it rebuilds the files of the country concerned, then the index and the year, so that every
// page and API answer reads one file, whatever the number of countries and years.
//
//   site/index.json              SiteIndex: every country with a published profile
//   site/countries/<ISO3>.json   SiteCountry: a country's profile, reports and indicator frameworks over the years
//   site/years/<YEAR>.json       SiteYear: the year's published reports across countries
//   site/hlpf/<YEAR>.json        HlpfCompilation: what the secretariat published for the HLPF meeting
//
// Published documents (the files uploaded with a report) are at `<ISO3>/<YEAR>/documents/<sha256>` in the
// published store, served at /countries/<ISO3>/reports/<YEAR>/documents/<sha256>.

/** A file published with a report; its bytes hash to `sha256`. */
export interface SiteDocument {
  name: string;
  type: string;
  size: number;
  sha256: string;
}

/** What a year's report shows at a glance, counted from the report itself. */
export interface ReportFigures {
  frameworkUpdated: boolean;
  indicators: number;
  /** Indicators with a latest value reported. */
  indicatorsWithValue: number;
  evidence: number;
  collaboration: number;
  /** Whether both workers' and employers' organisations took part (S1). */
  socialPartners: boolean;
  stakeholderGroups: number;
}

/** A published final report as the site lists it. */
export interface SiteReport {
  year: number;
  /** When the worker published it (ISO timestamp); the same on every rebuild. */
  publishedAt: string;
  figures: ReportFigures;
  /** The report's progress, one line per roadmap objective, each summary cut to 280 characters. */
  highlights: { objective: string; summary: string }[];
  documents: SiteDocument[];
}

/** A country in the index. */
export interface SiteIndexEntry {
  code: string;
  name: string;
  status: PathfinderStatus;
  statusSince: string;
  /** False while the country is inactive and the policy does not promote inactive countries (R2). */
  promoted: boolean;
  /** Its published reports, oldest first: the year and when it was published. */
  reports: { year: number; publishedAt: string }[];
  /** Its roadmap versions: number and date. */
  roadmaps: { version: number; at: string }[];
  /** When this entry last changed (ISO timestamp). */
  updatedAt: string;
}

export interface SiteIndex {
  builtAt: string;
  countries: SiteIndexEntry[];
}

/** A country's page and API answer. */
export interface SiteCountry {
  code: string;
  name: string;
  status: PathfinderStatus;
  statusSince: string;
  promoted: boolean;
  roadmap?: RoadmapDocument;
  /** Each version; `changes` (optional, as the profile has them since 1.1) lets a page say them in its reader's language. */
  roadmaps: { version: number; at: string; summary: string; changes?: RoadmapChange[] }[];
  /** The assistance given to the country, latest first (DESIGN.md §8), as on its profile (optional). */
  assistanceGiven?: AssistanceGivenRow[];
  reports: SiteReport[];
  /** Each year's indicator framework, oldest first. */
  frameworks: { year: number; updated: boolean; indicators: Report['indicatorFramework']['indicators'] }[];
  updatedAt: string;
}

/** The year across countries: every published report of the year, promoted or not. */
export interface SiteYear {
  year: number;
  builtAt: string;
  countries: { code: string; name: string; status: PathfinderStatus; promoted: boolean; report: SiteReport }[];
}

/** The compilation for the annual meeting on the margins of the HLPF, as the secretariat published it. */
export interface HlpfCompilation {
  year: number;
  publishedAt: string;
  publishedBy: string;
  /** The promoted countries' reports of the year that were published by then. */
  countries: SiteYear['countries'];
}

export const siteKeys = {
  index: 'site/index.json',
  country: (code: string) => `site/countries/${code}.json`,
  year: (year: number) => `site/years/${year}.json`,
  hlpf: (year: number) => `site/hlpf/${year}.json`,
  document: (code: string, year: number, sha256: string) => `${code}/${year}/documents/${sha256}`,
};
