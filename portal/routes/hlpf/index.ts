import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { DateTime } from 'luxon';
import { isRefusal } from '../../../app/errors';
import { hlpfOpensOn, publishHlpf } from '../../../app/site';
import { siteKeys, type HlpfCompilation, type SiteYear } from '../../../domain/publication/site';
import { getJson } from '../../../store/object-store';
import { notFound, sendPage, signedInAs } from '../../access';
import { actorOf } from '../../auth';
import { formLimits } from '../../body-limits';
import type { Portal } from '../../context';
import { takeLanguageChoice } from '../../language';
import { refusalText } from '../../refusals';
import { secretariatZone } from '../../tasks';
import type { PageContext } from '../../views/layout';
import { PdfUnavailable, wgReportPdfPrinter } from '../wg-reports/wg-report-pdf';
import { hlpfNotYetPage, hlpfPage, hlpfPdfUnavailablePage, hlpfPrintDocument } from './compilation-page';
import { hlpfDraftPage, type HlpfDraft } from './draft-page';

/**
 * /hlpf/<YEAR> (and .pdf): the compilation of the year's progress the secretariat published for the annual
 * meeting on the margins of the HLPF (DESIGN.md §9), for everyone, read from its one site file.
 * /hlpf/<YEAR>/draft: for the secretariat, what a publication now would hold and what changed since the last
 * one, with the form that publishes it (the same Update as the CLI's).
 */
export function hlpfRoutes(app: FastifyInstance, portal: Portal): void {
  const published = portal.settings.stores.published;
  const secure = portal.settings.url.startsWith('https:');
  const isYear = (year: string) => /^\d{4}$/.test(year);
  const compilationOf = async (year: string) => {
    const content = isYear(year) ? await published.get(siteKeys.hlpf(Number(year))) : undefined;
    return content && { compilation: JSON.parse(content.toString('utf8')) as HlpfCompilation, content };
  };
  type Year = { Params: { year: string } };

  app.get<Year & { Querystring: { lang?: string } }>('/:year', async (request, reply) => {
    const chosen = takeLanguageChoice(request, reply, secure);
    if (chosen) return chosen;
    const { ctx } = await portal.visit(request, reply, true);
    const found = await compilationOf(request.params.year);
    if (!found) {
      if (!isYear(request.params.year)) throw notFound();
      return sendPage(reply, 404, hlpfNotYetPage(ctx, Number(request.params.year)));
    }
    return sendPage(reply, 200, await hlpfPage(ctx, found.compilation));
  });

  // Printing starts a browser: a few per minute per reader are plenty, as each version is printed only once.
  const printer = wgReportPdfPrinter();
  app.get<Year>('/:year.pdf', { config: { rateLimit: { max: 10, timeWindow: '1 minute' } } }, async (request, reply) => {
    const { ctx } = await portal.visit(request, reply);
    const year = request.params.year;
    const found = await compilationOf(year);
    if (!found) throw notFound();
    // Kept in the published store beside the portal's other prints, outside site/ (the public site's writer owns it),
    // one per language and per published version (the name carries the hash of the site file).
    const source = { key: ctx.lang === 'en' ? `hlpf/${year}.json` : `hlpf/${year}.${ctx.lang}.json`, content: found.content };
    const printed = await printer
      .pdf(published, source, () => hlpfPrintDocument(ctx, found.compilation))
      .catch((error: unknown) => {
        if (!(error instanceof PdfUnavailable)) throw error;
        request.log.error(error.message);
        return undefined;
      });
    if (!printed) return sendPage(reply, 503, hlpfPdfUnavailablePage(ctx, Number(year)));
    return reply.type('application/pdf').header('content-disposition', `inline; filename="hlpf-${year}.pdf"`).send(printed);
  });

  const secretariat = (request: FastifyRequest, reply: FastifyReply) => signedInAs(portal, request, reply, (m) => m.secretariat);

  /** The draft of `year` as the secretariat reads it, with what its last publication did. */
  const showDraft = async (reply: FastifyReply, ctx: PageContext, year: string, outcome?: HlpfDraft['outcome']) => {
    if (!isYear(year)) throw notFound();
    const [file, found, opensOn] = await Promise.all([
      getJson<SiteYear>(published, siteKeys.year(Number(year))),
      compilationOf(year),
      hlpfOpensOn(portal.client, Number(year)),
    ]);
    const open = DateTime.now().setZone(secretariatZone).toISODate()! >= opensOn;
    const draft: HlpfDraft = {
      year: Number(year),
      countries: (file?.countries ?? []).filter((c) => c.promoted),
      last: found?.compilation,
      opensOn,
      open,
      outcome,
    };
    return sendPage(reply, outcome?.ok === false ? 422 : 200, hlpfDraftPage(ctx, draft));
  };

  // The secretariat's page links here: this year's draft, the year read in the secretariat's zone.
  app.get('/draft', async (request, reply) => {
    await secretariat(request, reply);
    return reply.redirect(`/hlpf/${DateTime.now().setZone(secretariatZone).year}/draft`, 302);
  });

  app.get<Year & { Querystring: { published?: string } }>('/:year/draft', async (request, reply) => {
    const { ctx } = await secretariat(request, reply);
    return showDraft(reply, ctx, request.params.year, request.query.published === '1' ? { ok: true } : undefined);
  });

  app.post<Year>('/:year/publish', { preHandler: app.csrfProtection.bind(app), bodyLimit: formLimits.short }, async (request, reply) => {
    const { ctx, session } = await secretariat(request, reply);
    const year = request.params.year;
    if (!isYear(year)) throw notFound();
    try {
      await publishHlpf(portal.client, { year: Number(year), actor: actorOf(session) });
    } catch (error) {
      if (!isRefusal(error)) throw error;
      return showDraft(reply, ctx, year, { ok: false, text: refusalText(ctx, error) });
    }
    return reply.redirect(`/hlpf/${year}/draft?published=1`, 303);
  });
}
