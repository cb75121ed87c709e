import type { CountryProfile } from '../../../activities/publisher';
import type { Report } from '../../../domain/cycle/report';
import { html } from '../../html';
import { reportDocument } from '../../views/report';
import { page, type PageContext } from '../../views/layout';

export function profilePage(ctx: PageContext, profile: CountryProfile, years: number[]) {
  const { w } = ctx;
  return page(
    ctx,
    `${profile.name}: ${w.profile}`,
    html`<p>${w.status}: ${profile.status} (${profile.statusSince.slice(0, 10)})</p>
<h2>${w.roadmaps}</h2><ul>${profile.roadmaps.map((r) => html`<li>v${r.version} (${r.at.slice(0, 10)}): ${r.summary}</li>`)}</ul>
<h2>${w.finalReport}</h2><ul>${years.map((y) => html`<li><a href="/countries/${profile.code}/reports/${y}">${y}</a></li>`)}</ul>`,
  );
}

export const publishedReportPage = (ctx: PageContext, countryName: string, year: number, report: Report) =>
  page(ctx, `${countryName}: ${ctx.w.finalReport} ${year}`, reportDocument(ctx.w, report));
