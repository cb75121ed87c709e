import type { FastifyInstance } from 'fastify';
import type { Report } from '../../../domain/cycle/report';
import { siteKeys, type SiteCountry } from '../../../domain/publication/site';
import { getJson } from '../../../store/object-store';
import type { Portal } from '../../context';
import { notFound, sendPage } from '../../access';
import { profilePage, publishedReportPage } from './published-page';
import { takeLanguageChoice } from '../../language';

/**
 * /countries/<CODE> and /countries/<CODE>/reports/<YEAR>: what the worker published, for everyone: the
 * country profiles and final reports with their documents (R11, R12, R17). What was published, and nothing else.
 */
export function publishedRoutes(app: FastifyInstance, portal: Portal): void {
  const published = portal.settings.stores.published;
  const valid = (code: string) => /^[A-Z]{3}$/.test(code);
  const secure = portal.settings.url.startsWith('https:');
  type Lang = { Querystring: { lang?: string } };

  // Everyone may read these pages, so they offer the choice of language (language.ts).
  app.get<{ Params: { code: string } } & Lang>('/:code', async (request, reply) => {
    const chosen = takeLanguageChoice(request, reply, secure);
    if (chosen) return chosen;
    const { ctx } = await portal.visit(request, reply, true);
    const code = request.params.code.toUpperCase();
    // The country's site file alone (DESIGN.md §9): its profile, reports, documents and frameworks.
    const site = valid(code) ? await getJson<SiteCountry>(published, siteKeys.country(code)) : undefined;
    if (!site) throw notFound();
    return sendPage(reply, 200, await profilePage(ctx, site));
  });

  app.get<{ Params: { code: string; year: string } } & Lang>('/:code/reports/:year', async (request, reply) => {
    const chosen = takeLanguageChoice(request, reply, secure);
    if (chosen) return chosen;
    const { ctx } = await portal.visit(request, reply, true);
    const [code, year] = [request.params.code.toUpperCase(), request.params.year];
    const ok = valid(code) && /^\d{4}$/.test(year);
    const [document, framework, site] = ok
      ? await Promise.all([
          getJson<Report & { countryName: string }>(published, `${code}/${year}/report.json`),
          getJson<Report['indicatorFramework']>(published, `${code}/${year}/indicator-framework.json`),
          getJson<SiteCountry>(published, siteKeys.country(code)),
        ])
      : [];
    if (!document || !framework) throw notFound();
    const report: Report = {
      ...document,
      attachments: document.attachments ?? [],
      indicatorFramework: { updated: framework.updated, indicators: framework.indicators },
    };
    // The documents published with it, as the site lists them (none before the site was built).
    const documents = site?.reports.find((r) => r.year === Number(year))?.documents ?? [];
    return sendPage(reply, 200, publishedReportPage(ctx, code, document.countryName, Number(year), report, documents));
  });
}
