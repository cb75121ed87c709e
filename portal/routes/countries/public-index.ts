import type { FastifyInstance } from 'fastify';
import { siteKeys, type SiteIndex, type SiteYear } from '../../../domain/publication/site';
import { getJson } from '../../../store/object-store';
import { sendPage } from '../../access';
import type { Portal } from '../../context';
import { takeLanguageChoice } from '../../language';
import { publicIndexPage } from './public-index-page';

/**
 * GET /countries: the index of pathfinder countries, for everyone. It reads the site's index, then the file of
 * the latest year it names: two reads whatever the number of countries and years (DESIGN.md §9).
 */
export function publicIndexRoutes(app: FastifyInstance, portal: Portal): void {
  const published = portal.settings.stores.published;
  const secure = portal.settings.url.startsWith('https:');

  app.get<{ Querystring: { lang?: string } }>('/', async (request, reply) => {
    const chosen = takeLanguageChoice(request, reply, secure);
    if (chosen) return chosen;
    const { ctx } = await portal.visit(request, reply, true);
    const index = await getJson<SiteIndex>(published, siteKeys.index);
    const latest = Math.max(0, ...(index?.countries ?? []).flatMap((c) => c.reports.map((r) => r.year)));
    const year = latest ? await getJson<SiteYear>(published, siteKeys.year(latest)) : undefined;
    return sendPage(reply, 200, await publicIndexPage(ctx, index, year));
  });
}
