import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { CountryProfile, WgReport } from '../../activities/publisher';
import { sendPage, signedInAs, steers } from './access';
import { wgReportPdfUnavailablePage, wgReportPage, wgReportPrintDocument } from '../views/wg-report';
import { PdfUnavailable, wgReportPdfPrinter } from '../wg-report-pdf';
import type { Report } from '../../domain/report';
import type { Portal } from '../server';
import { message } from '../views/layout';
import { profilePage, publishedReportPage } from '../views/public';

// What the worker publishes, as pages: the country profiles and final reports for everyone (R11, R12, R17),
// the Working Group's report for the GCM and the secretariat (R18). What was published, and nothing else.

const readJson = async <T>(path: string): Promise<T | undefined> => (JSON.parse(await readFile(path, 'utf8').catch(() => 'null')) as T | null) ?? undefined;

export function registerPublicRoutes(app: FastifyInstance, portal: Portal): void {
  const dir = portal.settings.publishDir;
  const valid = (code: string) => /^[A-Z]{3}$/.test(code);

  // The Working Group's report is for the GCM and the secretariat, not the public; as a page and as a PDF.
  const wgReport = async (year: string) => {
    const source = join(dir, 'wg-reports', `${year}.json`);
    const report = /^\d{4}$/.test(year) ? await readJson<WgReport>(source) : undefined;
    return report && { report, source };
  };
  app.get<{ Params: { year: string } }>('/wg-reports/:year', async (request, reply) => {
    const access = await signedInAs(portal, request, reply, steers);
    if (!access) return reply;
    const { ctx } = access;
    const found = await wgReport(request.params.year);
    if (!found) return reply.code(404).type('text/html').send(String(message(ctx, ctx.w.notFound, ctx.w.notFound)));
    return reply.type('text/html').send(String(wgReportPage(ctx, found.report)));
  });

  // Printing starts a browser: a few per minute per reader are plenty, as each year is printed only once.
  const printer = wgReportPdfPrinter();
  app.get<{ Params: { year: string } }>('/wg-reports/:year.pdf', { config: { rateLimit: { max: 10, timeWindow: '1 minute' } } }, async (request, reply) => {
    const access = await signedInAs(portal, request, reply, steers);
    if (!access) return reply;
    const { ctx } = access;
    const year = request.params.year;
    const found = await wgReport(year);
    if (!found) return reply.code(404).type('text/html').send(String(message(ctx, ctx.w.notFound, ctx.w.notFound)));
    const printed = await printer.pdf(found.source, join(dir, 'wg-reports', `${year}.pdf`), () => String(wgReportPrintDocument(found.report))).catch((error: unknown) => {
      if (!(error instanceof PdfUnavailable)) throw error;
      request.log.error(error.message);
      return undefined;
    });
    if (!printed) return sendPage(reply, 503, wgReportPdfUnavailablePage(ctx, Number(year)));
    return reply
      .type('application/pdf')
      .header('content-disposition', `inline; filename="wg-report-${year}.pdf"`)
      .send(await readFile(printed));
  });

  app.get<{ Params: { code: string } }>('/countries/:code', async (request, reply) => {
    const { ctx } = await portal.visit(request, reply);
    const code = request.params.code.toUpperCase();
    const profile = valid(code) ? await readJson<CountryProfile>(join(dir, code, 'profile.json')) : undefined;
    if (!profile) return reply.code(404).type('text/html').send(String(message(ctx, ctx.w.notFound, ctx.w.notFound)));
    const years = (await readdir(join(dir, code)).catch(() => [])).filter((y) => /^\d{4}$/.test(y)).map(Number).sort();
    return reply.type('text/html').send(String(profilePage(ctx, profile, years)));
  });

  app.get<{ Params: { code: string; year: string } }>('/countries/:code/reports/:year', async (request, reply) => {
    const { ctx } = await portal.visit(request, reply);
    const [code, year] = [request.params.code.toUpperCase(), request.params.year];
    const folder = join(dir, code, year);
    const ok = valid(code) && /^\d{4}$/.test(year);
    const published = ok ? await readJson<Report & { countryName: string }>(join(folder, 'report.json')) : undefined;
    const framework = ok ? await readJson<Report['indicatorFramework']>(join(folder, 'indicator-framework.json')) : undefined;
    if (!published || !framework) return reply.code(404).type('text/html').send(String(message(ctx, ctx.w.notFound, ctx.w.notFound)));
    const report: Report = { ...published, attachments: published.attachments ?? [], indicatorFramework: { updated: framework.updated, indicators: framework.indicators } };
    return reply.type('text/html').send(String(publishedReportPage(ctx, published.countryName, Number(year), report)));
  });
}
