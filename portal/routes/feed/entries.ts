import type { SiteIndex } from '../../../domain/publication/site';
import type { Words } from '../../i18n';
import type { PublicUrls } from '../api/answers';

// The feed's entries, from the site's index alone: a final report published, a roadmap version, a status
// since its date; of the promoted countries only (R2: an inactive country is not put forward), newest first.

export interface FeedEntry {
  id: string;
  title: string;
  link: string;
  date: Date;
}

/** A feed reader needs the latest publications, not the whole history: the site has it all (the API). */
export const feedLimit = 100;

/**
 * Ids that never change (RFC 4151 tag URIs): the portal's host name, the year the feed began, and what the
 * entry is; the same in every language, so a reader that switches language meets no new entries.
 */
const tagger = (host: string) => (what: string) => `tag:${host},2026:${what}`;

export function feedEntries(index: SiteIndex, w: Words, urls: PublicUrls, host: string): FeedEntry[] {
  const tag = tagger(host);
  // Every publication first, titled only once the newest are chosen: with 200 countries and 20 years, thousands.
  type Publication = Omit<FeedEntry, 'title'> & { title: (name: string) => string; country: { code: string; name: string } };
  const publications = index.countries
    .filter((c) => c.promoted)
    .flatMap((c): Publication[] => [
      ...c.reports.map((r) => ({
        country: c,
        id: tag(`${c.code}/reports/${r.year}`),
        title: (name: string) => w.feed.report(name, r.year),
        link: urls.page.report(c.code, r.year),
        date: new Date(r.publishedAt),
      })),
      ...c.roadmaps.map((r) => ({
        country: c,
        id: tag(`${c.code}/roadmaps/${r.version}`),
        title: (name: string) => w.feed.roadmap(name, r.version),
        link: urls.page.country(c.code),
        date: new Date(r.at),
      })),
      {
        country: c,
        id: tag(`${c.code}/status/${c.status}/${c.statusSince.slice(0, 10)}`),
        title: (name: string) => w.feed.status(name, w.terms.status[c.status]),
        link: urls.page.country(c.code),
        date: new Date(c.statusSince),
      },
    ]);
  // Ties broken by id, so that the same index always gives the same feed (and the same ETag).
  const newestFirst = (a: Publication, b: Publication) => b.date.getTime() - a.date.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return publications
    .sort(newestFirst)
    .slice(0, feedLimit)
    .map(({ country, id, title, link, date }) => ({ id, title: title(w.terms.countryName(country.code, country.name)), link, date }));
}
