import type { FastifyInstance } from 'fastify';
import type { CountryProfile } from '../../../activities/publisher';
import type { Report } from '../../../domain/cycle/report';
import { getJson } from '../../../store/object-store';
import type { Portal } from '../../context';
import { notFound, sendPage } from '../../access';
import { profilePage, publishedReportPage } from './published-page';
import { takeLanguageChoice } from '../../language';

/**
 * /countries/<CODE> and /countries/<CODE>/reports/<YEAR>: what the worker published, for everyone: the
 * country profiles and final reports (R11, R12, R17). What was published, and nothing else.
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
    const profile = valid(code) ? await getJson<CountryProfile>(published, `${code}/profile.json`) : undefined;
    if (!profile) throw notFound();
    const years = (await published.list(`${code}/`))
      .filter((y) => /^\d{4}$/.test(y))
      .map(Number)
      .sort();
    return sendPage(reply, 200, profilePage(ctx, profile, years));
  });

  app.get<{ Params: { code: string; year: string } } & Lang>('/:code/reports/:year', async (request, reply) => {
    const chosen = takeLanguageChoice(request, reply, secure);
    if (chosen) return chosen;
    const { ctx } = await portal.visit(request, reply, true);
    const [code, year] = [request.params.code.toUpperCase(), request.params.year];
    const ok = valid(code) && /^\d{4}$/.test(year);
    const [document, framework] = ok
      ? await Promise.all([
          getJson<Report & { countryName: string }>(published, `${code}/${year}/report.json`),
          getJson<Report['indicatorFramework']>(published, `${code}/${year}/indicator-framework.json`),
        ])
      : [];
    if (!document || !framework) throw notFound();
    const report: Report = {
      ...document,
      attachments: document.attachments ?? [],
      indicatorFramework: { updated: framework.updated, indicators: framework.indicators },
    };
    return sendPage(reply, 200, publishedReportPage(ctx, code, document.countryName, Number(year), report));
  });
}
