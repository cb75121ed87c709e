import type { SiteCountry, SiteIndex, SiteReport, SiteYear } from '../../../domain/publication/site';
import type { PathfinderStatus } from '../../../domain/shared/country';
import type { CountryAnswer, CountryListAnswer, FrameworksAnswer, ReportAnswer, YearAnswer } from './schemas';

// The API's answers, each made from one site file (domain/publication/site.ts) and the portal's public
// address: what the site holds, with the absolute URLs of the API and of the public pages beside it.

/** The URLs of the API (under /api/v1) and of the public pages, from the portal's address (PORTAL_URL). */
export function publicUrls(base: string) {
  const at = (path: string) => `${base.replace(/\/+$/, '')}${path}`;
  return {
    api: {
      countries: () => at('/api/v1/countries'),
      country: (code: string) => at(`/api/v1/countries/${code}`),
      frameworks: (code: string) => at(`/api/v1/countries/${code}/frameworks`),
      report: (code: string, year: number) => at(`/api/v1/countries/${code}/reports/${year}`),
      year: (year: number) => at(`/api/v1/years/${year}`),
    },
    page: {
      countries: () => at('/countries'),
      country: (code: string) => at(`/countries/${code}`),
      report: (code: string, year: number) => at(`/countries/${code}/reports/${year}`),
      document: (code: string, year: number, sha256: string) => at(`/countries/${code}/reports/${year}/documents/${sha256}`),
    },
    feed: () => at('/feed'),
  };
}
export type PublicUrls = ReturnType<typeof publicUrls>;

type CountryFacts = { code: string; name: string; status: PathfinderStatus; promoted: boolean };

const countryOf = (urls: PublicUrls, c: CountryFacts) => ({
  code: c.code,
  name: c.name,
  status: c.status,
  promoted: c.promoted,
  url: urls.api.country(c.code),
  page: urls.page.country(c.code),
});
const countryFactsOf = (urls: PublicUrls, c: CountryFacts & { statusSince: string }) => ({
  ...countryOf(urls, c),
  statusSince: c.statusSince,
});

const reportLinksOf = (urls: PublicUrls, code: string, r: { year: number; publishedAt: string }) => ({
  year: r.year,
  publishedAt: r.publishedAt,
  url: urls.api.report(code, r.year),
  page: urls.page.report(code, r.year),
});

const reportSummaryOf = (urls: PublicUrls, code: string, r: SiteReport) => ({
  ...reportLinksOf(urls, code, r),
  figures: r.figures,
  highlights: r.highlights,
  documents: r.documents.map((d) => ({ ...d, url: urls.page.document(code, r.year, d.sha256) })),
});

export function countryListAnswer(urls: PublicUrls, index: SiteIndex): CountryListAnswer {
  return {
    builtAt: index.builtAt,
    countries: index.countries.map((c) => ({
      ...countryFactsOf(urls, c),
      updatedAt: c.updatedAt,
      reports: c.reports.map((r) => reportLinksOf(urls, c.code, r)),
      roadmaps: c.roadmaps,
    })),
  };
}

export function countryAnswer(urls: PublicUrls, country: SiteCountry): CountryAnswer {
  // The roadmap's public part: its documents are the country's files in the portal's store, not published.
  const roadmap = country.roadmap && {
    priorityAreas: country.roadmap.priorityAreas,
    budget: country.roadmap.budget,
    coordinationBody: country.roadmap.coordinationBody,
  };
  return {
    ...countryFactsOf(urls, country),
    updatedAt: country.updatedAt,
    frameworks: urls.api.frameworks(country.code),
    ...(roadmap && { roadmap }),
    roadmaps: country.roadmaps.map(({ version, at, summary }) => ({ version, at, summary })),
    reports: country.reports.map((r) => reportSummaryOf(urls, country.code, r)),
  };
}

/** A year's report, or undefined when the site has none: `text` is the published report.json, read through its schema. */
export function reportAnswer(urls: PublicUrls, country: SiteCountry, year: number, text: ReportAnswer['report']): ReportAnswer | undefined {
  const report = country.reports.find((r) => r.year === year);
  const framework = country.frameworks.find((f) => f.year === year);
  if (!report || !framework) return undefined;
  return {
    ...reportSummaryOf(urls, country.code, report),
    country: countryFactsOf(urls, country),
    report: text,
    indicatorFramework: { updated: framework.updated, indicators: framework.indicators },
  };
}

export function frameworksAnswer(urls: PublicUrls, country: SiteCountry): FrameworksAnswer {
  return {
    country: countryFactsOf(urls, country),
    frameworks: country.frameworks.map((f) => ({ ...f, report: urls.api.report(country.code, f.year) })),
  };
}

/** The year across countries: the promoted ones only, unless `all` (R2: an inactive country is not put forward). */
export function yearAnswer(urls: PublicUrls, year: SiteYear, all: boolean): YearAnswer {
  return {
    year: year.year,
    builtAt: year.builtAt,
    all,
    countries: year.countries
      .filter((c) => all || c.promoted)
      .map((c) => ({
        ...countryOf(urls, c),
        report: reportSummaryOf(urls, c.code, c.report),
      })),
  };
}
