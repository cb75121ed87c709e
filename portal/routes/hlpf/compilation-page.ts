import type { HlpfCompilation } from '../../../domain/publication/site';
import { html, Html } from '../../html';
import { message, page, stylesheet, type PageContext } from '../../views/layout';
import { worldMap } from '../../views/map';
import { country, day, labelled } from '../../views/say';
import { yearFiguresChart } from '../../views/year-figures';

// The compilation for the annual meeting on the margins of the HLPF, as the secretariat published it: the year's
// figures as charts, the map of the countries, then each country's highlights and figures. The same body is
// printed to PDF, and its country sections show the secretariat what a publication now would hold.

type Countries = HlpfCompilation['countries'];

const figureLines = (ctx: PageContext, figures: Countries[number]['report']['figures']) => {
  const f = ctx.w.hlpf.figures;
  const yesNo = (yes: boolean) => (yes ? ctx.w.terms.answer.yes : ctx.w.terms.answer.no);
  const lines: [string, string | number][] = [
    [f.indicators, figures.indicators],
    [f.indicatorsWithValue, figures.indicatorsWithValue],
    [f.frameworkUpdated, yesNo(figures.frameworkUpdated)],
    [f.evidence, figures.evidence],
    [f.collaboration, figures.collaboration],
    [f.stakeholderGroups, figures.stakeholderGroups],
    [f.socialPartners, yesNo(figures.socialPartners)],
  ];
  return html`<ul class="figures">${lines.map(([label, value]) => html`<li>${labelled(ctx, label)} ${value}</li>`)}</ul>`;
};

/** One section per country: when its report was published, its figures and its highlights, and a link to the report. */
export function countrySections(ctx: PageContext, year: number, countries: Countries): Html {
  const w = ctx.w.hlpf;
  return html`${countries.map((c) => {
    const { report } = c;
    return html`<section id="${c.code}"><h3>${country(ctx, c)}</h3>
<p>${w.reportPublished(day(ctx, report.publishedAt))}</p>
${figureLines(ctx, report.figures)}
<h4>${w.highlights}</h4>${
      report.highlights.length
        ? html`<ul>${report.highlights.map((h) => html`<li><strong>${labelled(ctx, h.objective)}</strong> ${h.summary}</li>`)}</ul>`
        : html`<p>${w.noHighlights}</p>`
    }
<p><a href="/countries/${c.code}/reports/${year}">${w.readReport(country(ctx, c))}</a></p></section>`;
  })}`;
}

async function compilationBody(ctx: PageContext, compilation: HlpfCompilation): Promise<Html> {
  const w = ctx.w.hlpf;
  const { year, countries } = compilation;
  const intro = html`<p>${w.intro(year)}</p><p>${w.publishedOn(day(ctx, compilation.publishedAt))}</p>`;
  if (!countries.length) return html`${intro}<p>${w.noCountries}</p>`;
  const [chart, map] = await Promise.all([
    yearFiguresChart(
      ctx,
      year,
      countries.map((c) => c.report),
    ),
    worldMap(ctx, countries),
  ]);
  return html`${intro}
<section class="figures"><h2>${w.inFigures}</h2>${chart}</section>
<section class="where"><h2>${w.map}</h2>${map}</section>
<section class="countries"><h2>${w.countries}</h2>${countrySections(ctx, year, countries)}</section>`;
}

export async function hlpfPage(ctx: PageContext, compilation: HlpfCompilation): Promise<Html> {
  const w = ctx.w.hlpf;
  const pdf = html`<p class="no-print"><a href="/hlpf/${compilation.year}.pdf">${w.pdf}</a></p>`;
  return page(ctx, w.title(compilation.year), html`${pdf}${await compilationBody(ctx, compilation)}`);
}

/** The page as Chromium prints it: its styles inline, no portal header, nothing to load. */
export async function hlpfPrintDocument(ctx: PageContext, compilation: HlpfCompilation): Promise<string> {
  const title = ctx.w.hlpf.title(compilation.year);
  return String(html`<!doctype html>
<html lang="${ctx.lang}"><head><meta charset="utf-8"><title>${title}</title><style>${new Html(stylesheet)}</style></head>
<body><main><h1>${title}</h1>${await compilationBody(ctx, compilation)}</main></body></html>`);
}

export const hlpfNotYetPage = (ctx: PageContext, year: number) => message(ctx, ctx.w.hlpf.title(year), ctx.w.hlpf.notYet(year));

export function hlpfPdfUnavailablePage(ctx: PageContext, year: number): Html {
  const w = ctx.w.hlpf;
  return page(
    ctx,
    w.title(year),
    html`<p class="notice" role="status">${w.pdfUnavailable} <a href="/hlpf/${year}">${w.itsPage}</a>${w.printable}</p>`,
  );
}
