import type { PathfinderStatus } from '../../../domain/shared/country';
import type { Report } from '../../../domain/cycle/report';
import type { SiteCountry, SiteDocument, SiteReport } from '../../../domain/publication/site';
import { html, type Html } from '../../html';
import { reportDocument } from '../../views/report';
import { page, type PageContext } from '../../views/layout';
import { country, day, labelled, titled } from '../../views/say';
import { documentView } from './roadmap-page';
import { versionChanges } from './roadmap-changes';
import { givenTable } from './assistance-page';
import { frameworkChart } from './public-charts';

// A country's public pages (DESIGN.md §9): its profile from its site file, and each final report with the
// documents published with it.

/** A SHA-256 that may break every 16 digits, so that it wraps on a phone and copies whole. */
const breakable = (sha256: string) =>
  html`<code>${(sha256.match(/.{1,16}/g) ?? []).map((part, i) => html`${i ? html`<wbr>` : ''}${part}`)}</code>`;

/** The documents published with a report: each downloadable, with its size and the SHA-256 its bytes hash to. */
export function documentsView(ctx: PageContext, code: string, year: number, documents: SiteDocument[], heading: 'h2' | 'h3') {
  const said = ctx.w.publicSite;
  const title = heading === 'h2' ? html`<h2>${said.documents}</h2>` : html`<h3>${said.documents} ${year}</h3>`;
  if (!documents.length) return html`${title}<p>${said.noDocuments}</p>`;
  return html`${title}<ul>${documents.map(
    (d) =>
      html`<li><a href="/countries/${code}/reports/${year}/documents/${d.sha256}" download="${d.name}">${d.name}</a> (${d.type}, ${ctx.w.kilobytes(
        Math.ceil(d.size / 1024),
      )})<br>SHA-256${ctx.w.terms.colon} ${breakable(d.sha256)}</li>`,
  )}</ul>`;
}

function reportsView(ctx: PageContext, site: SiteCountry) {
  const said = ctx.w.publicSite;
  if (!site.reports.length) return html`<h2>${said.reports}</h2><p>${said.noReports}</p>`;
  const one = (
    r: SiteReport,
  ) => html`<section><h3><a href="/countries/${site.code}/reports/${r.year}">${ctx.w.finalReport} ${r.year}</a></h3>
<p>${said.publishedOn(day(ctx, r.publishedAt))}${site.promoted ? '' : html` · ${said.kept}`}</p>
${documentsView(ctx, site.code, r.year, r.documents, 'h3')}</section>`;
  return html`<h2>${said.reports}</h2>${[...site.reports].reverse().map(one)}`;
}

/** The latest framework as a table: the chart's figures in words, for those who do not see it. */
function frameworkTable(ctx: PageContext, site: SiteCountry) {
  const { w } = ctx;
  const latest = site.frameworks.at(-1);
  if (!latest) return '';
  const columns = [w.code, w.name, w.baseline, w.target, w.latestValue, w.year];
  const cell = (i: number, value: unknown) => html`<td data-label="${columns[i]}">${value ?? '—'}</td>`;
  return html`<table><caption>${w.framework} ${latest.year}</caption><thead><tr>${columns.map((c) => html`<th>${c}</th>`)}</tr></thead>
<tbody>${latest.indicators.map(
    (i) =>
      html`<tr>${cell(0, i.code)}${cell(1, i.name)}${cell(2, i.baseline)}${cell(3, i.target)}${cell(4, i.latestValue)}${cell(5, i.year)}</tr>`,
  )}</tbody></table>`;
}

function versionsList(ctx: PageContext, site: SiteCountry) {
  const { w } = ctx;
  if (!site.roadmaps.length) return html`<p>${w.roadmap.nothingYet}</p>`;
  return html`<ul>${site.roadmaps.map((r) => html`<li>${labelled(ctx, `${w.version(r.version)}, ${day(ctx, r.at)}`)} ${versionChanges(ctx, r)}</li>`)}</ul>`;
}

export async function profilePage(ctx: PageContext, site: SiteCountry): Promise<Html> {
  const { w } = ctx;
  const said = w.publicSite;
  const statuses: Record<string, string> = w.terms.status satisfies Record<PathfinderStatus, string>;
  const status = statuses[site.status] ?? site.status;
  const chart = await frameworkChart(ctx, site);
  return page(
    ctx,
    titled(ctx, country(ctx, site), w.profile),
    html`<p>${labelled(ctx, w.status)} ${status} (${w.since(day(ctx, site.statusSince))})</p>
${site.status === 'inactive' ? html`<p class="notice" role="note">${said.inactive}</p>` : ''}
${site.roadmap ? html`<h2>${said.roadmap}</h2>${documentView(ctx, site.roadmap)}` : ''}
${reportsView(ctx, site)}
${site.frameworks.length ? html`<h2>${said.frameworkTitle}</h2>${chart ? html`<p>${said.frameworkChart}.</p>${chart}` : html`<p>${said.noValues}</p>`}${frameworkTable(ctx, site)}` : ''}
${site.assistanceGiven ? html`<h2>${w.assistance.givenTitle}</h2>${givenTable(ctx, site.assistanceGiven)}` : ''}
<h2>${w.roadmaps}</h2>${versionsList(ctx, site)}
<p><a href="/countries">${said.allCountries}</a></p>`,
  );
}

export const publishedReportPage = (
  ctx: PageContext,
  code: string,
  countryName: string,
  year: number,
  report: Report,
  documents: SiteDocument[],
) =>
  page(
    ctx,
    titled(ctx, country(ctx, { code, name: countryName }), `${ctx.w.finalReport} ${year}`),
    html`${reportDocument(ctx, report)}${documentsView(ctx, code, year, documents, 'h2')}`,
  );
