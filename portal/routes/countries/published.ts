import type { FastifyInstance } from 'fastify';
import type { CountryProfile, WgReport } from '../../../activities/publisher';
import { sendPage, signedInAs, steers } from '../../access';
import { wgReportPdfUnavailablePage, wgReportPage, wgReportPrintDocument } from '../wg-reports/wg-report-page';
import { PdfUnavailable, wgReportPdfPrinter } from '../wg-reports/wg-report-pdf';
import type { Report } from '../../../domain/report';
import type { Portal } from '../../server';
import { getJson } from '../../../store/object-store';
import { message } from '../../views/layout';
import { profilePage, publishedReportPage } from './published-page';

// What the worker publishes, as pages: the country profiles and final reports for everyone (R11, R12, R17),
// the Working Group's report for the GCM and the secretariat (R18). What was published, and nothing else.

export function registerPublicRoutes(app: FastifyInstance, portal: Portal): void {
  const published = portal.settings.stores.published;
  const valid = (code: string) => /^[A-Z]{3}$/.test(code);

  // The Working Group's report is for the GCM and the secretariat, not the public; as a page and as a PDF.
  const wgReport = async (year: string) => {
    const key = `wg-reports/${year}.json`;
    const content = /^\d{4}$/.test(year) ? await published.get(key) : undefined;
    return content && { report: JSON.parse(content.toString('utf8')) as WgReport, source: { key, content } };
  };
  app.get<{ Params: { year: string } }>('/wg-reports/:year', async (request, reply) => {
    const access = await signedInAs(portal, request, reply, steers);
    if (!access) return reply;
    const { ctx } = access;
    const found = await wgReport(request.params.year);
    if (!found)
      return reply
        .code(404)
        .type('text/html')
        .send(String(message(ctx, ctx.w.notFound, ctx.w.notFound)));
    return reply.type('text/html').send(String(wgReportPage(ctx, found.report)));
  });

  // Printing starts a browser: a few per minute per reader are plenty, as each year is printed only once.
  const printer = wgReportPdfPrinter();
  app.get<{ Params: { year: string } }>(
    '/wg-reports/:year.pdf',
    { config: { rateLimit: { max: 10, timeWindow: '1 minute' } } },
    async (request, reply) => {
      const access = await signedInAs(portal, request, reply, steers);
      if (!access) return reply;
      const { ctx } = access;
      const year = request.params.year;
      const found = await wgReport(year);
      if (!found)
        return reply
          .code(404)
          .type('text/html')
          .send(String(message(ctx, ctx.w.notFound, ctx.w.notFound)));
      const printed = await printer
        .pdf(published, found.source, () => String(wgReportPrintDocument(found.report)))
        .catch((error: unknown) => {
          if (!(error instanceof PdfUnavailable)) throw error;
          request.log.error(error.message);
          return undefined;
        });
      if (!printed) return sendPage(reply, 503, wgReportPdfUnavailablePage(ctx, Number(year)));
      return reply.type('application/pdf').header('content-disposition', `inline; filename="wg-report-${year}.pdf"`).send(printed);
    },
  );

  app.get<{ Params: { code: string } }>('/countries/:code', async (request, reply) => {
    const { ctx } = await portal.visit(request, reply);
    const code = request.params.code.toUpperCase();
    const profile = valid(code) ? await getJson<CountryProfile>(published, `${code}/profile.json`) : undefined;
    if (!profile)
      return reply
        .code(404)
        .type('text/html')
        .send(String(message(ctx, ctx.w.notFound, ctx.w.notFound)));
    const years = (await published.list(`${code}/`))
      .filter((y) => /^\d{4}$/.test(y))
      .map(Number)
      .sort();
    return reply.type('text/html').send(String(profilePage(ctx, profile, years)));
  });

  app.get<{ Params: { code: string; year: string } }>('/countries/:code/reports/:year', async (request, reply) => {
    const { ctx } = await portal.visit(request, reply);
    const [code, year] = [request.params.code.toUpperCase(), request.params.year];
    const ok = valid(code) && /^\d{4}$/.test(year);
    const [document, framework] = ok
      ? await Promise.all([
          getJson<Report & { countryName: string }>(published, `${code}/${year}/report.json`),
          getJson<Report['indicatorFramework']>(published, `${code}/${year}/indicator-framework.json`),
        ])
      : [];
    if (!document || !framework)
      return reply
        .code(404)
        .type('text/html')
        .send(String(message(ctx, ctx.w.notFound, ctx.w.notFound)));
    const report: Report = {
      ...document,
      attachments: document.attachments ?? [],
      indicatorFramework: { updated: framework.updated, indicators: framework.indicators },
    };
    return reply.type('text/html').send(String(publishedReportPage(ctx, document.countryName, Number(year), report)));
  });
}
