import type { FastifyInstance } from 'fastify';
import type { WgReport } from '../../../activities/publisher';
import type { Portal } from '../../context';
import { notFound, sendPage, signedInAs, steers } from '../../access';
import { wgReportPdfUnavailablePage, wgReportPage, wgReportPrintDocument } from './wg-report-page';
import { PdfUnavailable, wgReportPdfPrinter } from './wg-report-pdf';

/** /wg-reports/<YEAR> (and .pdf): the Working Group's report (R18), for the GCM and the secretariat, not the public. */
export function wgReportRoutes(app: FastifyInstance, portal: Portal): void {
  const published = portal.settings.stores.published;
  const wgReport = async (year: string) => {
    const key = `wg-reports/${year}.json`;
    const content = /^\d{4}$/.test(year) ? await published.get(key) : undefined;
    if (!content) throw notFound();
    return { report: JSON.parse(content.toString('utf8')) as WgReport, source: { key, content } };
  };

  app.get<{ Params: { year: string } }>('/:year', async (request, reply) => {
    const { ctx } = await signedInAs(portal, request, reply, steers);
    const { report } = await wgReport(request.params.year);
    return sendPage(reply, 200, wgReportPage(ctx, report));
  });

  // Printing starts a browser: a few per minute per reader are plenty, as each year is printed only once.
  const printer = wgReportPdfPrinter();
  app.get<{ Params: { year: string } }>(
    '/:year.pdf',
    { config: { rateLimit: { max: 10, timeWindow: '1 minute' } } },
    async (request, reply) => {
      const { ctx } = await signedInAs(portal, request, reply, steers);
      const year = request.params.year;
      const found = await wgReport(year);
      // Each language's PDF is printed and kept apart: the English one keeps the name it always had.
      const source = ctx.lang === 'en' ? found.source : { ...found.source, key: found.source.key.replace(/\.json$/, `.${ctx.lang}.json`) };
      const printed = await printer
        .pdf(published, source, () => String(wgReportPrintDocument(ctx, found.report)))
        .catch((error: unknown) => {
          if (!(error instanceof PdfUnavailable)) throw error;
          request.log.error(error.message);
          return undefined;
        });
      if (!printed) return sendPage(reply, 503, wgReportPdfUnavailablePage(ctx, Number(year)));
      return reply.type('application/pdf').header('content-disposition', `inline; filename="wg-report-${year}.pdf"`).send(printed);
    },
  );
}
