import type { Language } from '../../../domain/shared/country';
import type { SiteIndex } from '../../../domain/publication/site';
import type { Words } from '../../i18n';
import type { PublicUrls } from '../api/answers';
import { feedEntries } from './entries';

// The Atom document, written by the `feed` package (ESM only, hence loaded with import()).

/** Atom titles are sent as HTML (type="html"): a name with & or < stays text. */
const asHtmlText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export async function atomFeed(index: SiteIndex, w: Words, lang: Language, urls: PublicUrls): Promise<string> {
  const { Feed } = await import('feed');
  const host = new URL(urls.feed()).hostname;
  const entries = feedEntries(index, w, urls, host);
  const self = lang === 'en' ? urls.feed() : `${urls.feed()}?lang=${lang}`;
  const feed = new Feed({
    id: `tag:${host},2026:feed`,
    title: w.feed.title,
    description: w.feed.subtitle,
    link: urls.page.countries(),
    feed: self,
    language: lang,
    author: { name: w.feed.author },
    // The newest entry's date, not the time of the request: the same index gives the same document.
    updated: entries[0]?.date ?? new Date(index.builtAt),
    generator: false,
  });
  for (const entry of entries) feed.addItem({ id: entry.id, title: asHtmlText(entry.title), link: entry.link, date: entry.date });
  return feed.atom1();
}
