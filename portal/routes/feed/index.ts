import cors from '@fastify/cors';
import type { FastifyInstance } from 'fastify';
import { siteKeys, type SiteIndex } from '../../../domain/publication/site';
import { languages, type Language } from '../../../domain/shared/country';
import { getJson } from '../../../store/object-store';
import type { Portal } from '../../context';
import { words } from '../../i18n';
import { publicUrls } from '../api/answers';
import { sendCached } from '../api/cached';
import { publicCors } from '../api/cors';
import { sendError } from '../api/errors';
import { atomFeed } from './atom';

/**
 * /feed: an Atom feed of what the site publishes (final reports, roadmap versions, status changes), for the
 * Alliance's website and feed readers; `?lang=fr` or `?lang=es` for its titles in French or Spanish.
 */
export function feedRoutes(app: FastifyInstance, portal: Portal): void {
  const published = portal.settings.stores.published;
  const urls = publicUrls(portal.settings.url);
  const isLanguage = (lang: unknown): lang is Language => (languages as readonly unknown[]).includes(lang);

  void app.register(async (feed) => {
    await feed.register(cors, publicCors(portal.settings));
    feed.get<{ Querystring: { lang?: string } }>('/', async (request, reply) => {
      const lang = isLanguage(request.query.lang) ? request.query.lang : 'en';
      const index = await getJson<SiteIndex>(published, siteKeys.index);
      if (!index) return sendError(reply, 404, 'not-found', 'Nothing is published yet: the public site has no index of countries.');
      return sendCached(request, reply, await atomFeed(index, words[lang], lang, urls), 'application/atom+xml; charset=utf-8');
    });
  });
}
