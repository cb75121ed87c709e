import type { SiteIndex, SiteIndexEntry, SiteYear } from '../../../domain/publication/site';
import { html, type Html } from '../../html';
import { page, type PageContext } from '../../views/layout';
import { worldMap } from '../../views/map';
import { capital, country, day, labelled } from '../../views/say';
import { reportsPerYearChart, yearFiguresChart } from '../../views/year-figures';

// The index of pathfinder countries (DESIGN.md §9): where they are, each with its status and latest report,
// the latest reports of the countries promoted (R2), and the year's figures across countries as charts.

function listView(ctx: PageContext, entries: SiteIndexEntry[]) {
  const said = ctx.w.publicSite;
  const columns = [said.country, said.status, said.since, said.latestReport];
  const cell = (i: number, value: unknown) => html`<td data-label="${columns[i]}">${value}</td>`;
  const latest = (e: SiteIndexEntry) => {
    const last = e.reports.at(-1);
    return last ? html`<a href="/countries/${e.code}/reports/${last.year}">${last.year}</a>` : said.noReport;
  };
  return html`<h2>${said.list}</h2><table><thead><tr>${columns.map((c) => html`<th>${c}</th>`)}</tr></thead>
<tbody>${entries.map(
    (e) =>
      html`<tr>${cell(0, html`<a href="/countries/${e.code}">${country(ctx, e)}</a>`)}${cell(1, capital(ctx.w.terms.status[e.status]))}${cell(
        2,
        day(ctx, e.statusSince),
      )}${cell(3, latest(e))}</tr>`,
  )}</tbody></table>`;
}

/** The year's reports of the countries promoted, latest published first, each with its progress at a glance. */
function highlightsView(ctx: PageContext, year: SiteYear) {
  const said = ctx.w.publicSite;
  const promoted = year.countries.filter((c) => c.promoted).sort((a, b) => b.report.publishedAt.localeCompare(a.report.publishedAt));
  if (!promoted.length) return '';
  return html`<h2>${said.highlights(year.year)}</h2>${promoted.map(
    (c) => html`<section><h3>${country(ctx, c)}</h3><p>${said.publishedOn(day(ctx, c.report.publishedAt))}</p>
<ul>${c.report.highlights.map((h) => html`<li><strong>${labelled(ctx, h.objective)}</strong> ${h.summary}</li>`)}</ul>
<p><a href="/countries/${c.code}/reports/${year.year}">${said.readReport}${ctx.w.terms.colon} ${country(ctx, c)} ${year.year}</a></p></section>`,
  )}`;
}

export async function publicIndexPage(ctx: PageContext, index: SiteIndex | undefined, year: SiteYear | undefined): Promise<Html> {
  const said = ctx.w.publicSite;
  const byName = (a: SiteIndexEntry, b: SiteIndexEntry) => country(ctx, a).localeCompare(country(ctx, b), ctx.lang);
  const entries = [...(index?.countries ?? [])].sort(byName);
  if (!entries.length) return page(ctx, said.title, html`<p>${said.intro}</p><p>${said.nothingYet}</p>`);
  const [map, charts] = await Promise.all([
    worldMap(
      ctx,
      entries.map((e) => ({ code: e.code, name: e.name, status: e.status })),
    ),
    Promise.all([
      ...(year?.countries.length
        ? [
            yearFiguresChart(
              ctx,
              year.year,
              year.countries.filter((c) => c.promoted).map((c) => c.report),
            ),
          ]
        : []),
      ...(entries.some((e) => e.reports.length) ? [reportsPerYearChart(ctx, index!)] : []),
    ]),
  ]);
  return page(
    ctx,
    said.title,
    html`<p>${said.intro}</p>
${map}
${listView(ctx, entries)}
${year ? highlightsView(ctx, year) : ''}
${charts.length && year ? html`<h2>${said.figures(year.year)}</h2><p>${said.figuresIntro}</p>${charts}` : ''}`,
  );
}
