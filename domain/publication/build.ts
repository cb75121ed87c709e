import type { CyclePolicy } from '../cycle/policy';
import type { Report } from '../cycle/report';
import { participationOf } from '../cycle/report';
import type { AssistanceGivenRow } from '../assistance/assistance';
import type { RoadmapChange, RoadmapDocument } from '../roadmap/document';
import type { PathfinderStatus } from '../shared/country';
import type { ReportFigures, SiteCountry, SiteDocument, SiteIndex, SiteIndexEntry, SiteReport, SiteYear } from './site';

// How the site's files are made from what the publisher wrote (`<ISO3>/profile.json`, `<ISO3>/<YEAR>/report.json`
// and `indicator-framework.json`). Pure, so that the activity that writes them and the tests share it.

/** `<ISO3>/profile.json` as the publisher writes it (activities/publisher.ts, CountryProfile). */
export interface PublishedProfile {
  code: string;
  name: string;
  status: PathfinderStatus;
  statusSince: string;
  roadmaps: { version: number; at: string; summary: string; changes?: RoadmapChange[] }[];
  roadmap?: RoadmapDocument;
  assistanceGiven?: AssistanceGivenRow[];
}

/** `<ISO3>/<YEAR>/report.json`: the report without its framework; `publishedAt` since the public site (1.0 files lack it). */
export type PublishedReport = Omit<Report, 'indicatorFramework'> & { country: string; year: number; publishedAt?: string };

/** `<ISO3>/<YEAR>/indicator-framework.json`. */
export type PublishedFramework = Report['indicatorFramework'] & { country: string; year: number };

/** One year of a country as published, with when (stable across rebuilds) and the documents published with it. */
export interface PublishedYear {
  report: PublishedReport;
  framework: PublishedFramework;
  publishedAt: string;
  documents: SiteDocument[];
}

const highlightLength = 280;
const cut = (text: string) => (text.length > highlightLength ? `${text.slice(0, highlightLength - 1)}…` : text);

/** What a year's report shows at a glance, counted from the report itself. */
export function figuresOf(report: PublishedReport, framework: PublishedFramework): ReportFigures {
  const { groups, socialPartners } = participationOf(report);
  return {
    frameworkUpdated: framework.updated,
    indicators: framework.indicators.length,
    indicatorsWithValue: framework.indicators.filter((i) => i.latestValue !== undefined).length,
    evidence: report.evidence.length,
    collaboration: report.collaboration.length,
    socialPartners,
    stakeholderGroups: groups.length,
  };
}

export function siteReportOf(year: PublishedYear): SiteReport {
  return {
    year: year.report.year,
    publishedAt: year.publishedAt,
    figures: figuresOf(year.report, year.framework),
    highlights: year.report.progress.map((p) => ({ objective: p.objective, summary: cut(p.summary) })),
    documents: year.documents,
  };
}

/** R2: an inactive country is promoted only if the policy says so. */
export const promotedUnder = (status: PathfinderStatus, policy: Pick<CyclePolicy, 'publication'>) =>
  status !== 'inactive' || policy.publication.promoteInactive;

/** A country's site file, from its profile and its published years (any order). */
export function siteCountryOf(profile: PublishedProfile, years: PublishedYear[], promoted: boolean, at: string): SiteCountry {
  const sorted = [...years].sort((a, b) => a.report.year - b.report.year);
  return {
    code: profile.code,
    name: profile.name,
    status: profile.status,
    statusSince: profile.statusSince,
    promoted,
    ...(profile.roadmap && { roadmap: profile.roadmap }),
    roadmaps: profile.roadmaps.map(({ version, at: on, summary, changes }) => ({ version, at: on, summary, ...(changes && { changes }) })),
    ...(profile.assistanceGiven && { assistanceGiven: profile.assistanceGiven }),
    reports: sorted.map(siteReportOf),
    frameworks: sorted.map((y) => ({ year: y.report.year, updated: y.framework.updated, indicators: y.framework.indicators })),
    updatedAt: at,
  };
}

export const indexEntryOf = (c: SiteCountry): SiteIndexEntry => ({
  code: c.code,
  name: c.name,
  status: c.status,
  statusSince: c.statusSince,
  promoted: c.promoted,
  reports: c.reports.map((r) => ({ year: r.year, publishedAt: r.publishedAt })),
  roadmaps: c.roadmaps.map(({ version, at }) => ({ version, at })),
  updatedAt: c.updatedAt,
});

const byCode = <T extends { code: string }>(a: T, b: T) => a.code.localeCompare(b.code);

/** The index with these countries' entries replaced (or added), in order of code. */
export function indexWith(index: SiteIndex | undefined, countries: SiteCountry[], at: string): SiteIndex {
  const codes = new Set(countries.map((c) => c.code));
  const kept = (index?.countries ?? []).filter((e) => !codes.has(e.code));
  return { builtAt: at, countries: [...kept, ...countries.map(indexEntryOf)].sort(byCode) };
}

/** The year's file with these countries' entries replaced: a country without a report that year leaves it. */
export function yearWith(file: SiteYear | undefined, year: number, countries: SiteCountry[], at: string): SiteYear {
  const codes = new Set(countries.map((c) => c.code));
  const kept = (file?.countries ?? []).filter((e) => !codes.has(e.code));
  const added = countries.flatMap((c) => {
    const report = c.reports.find((r) => r.year === year);
    return report ? [{ code: c.code, name: c.name, status: c.status, promoted: c.promoted, report }] : [];
  });
  return { year, builtAt: at, countries: [...kept, ...added].sort(byCode) };
}
