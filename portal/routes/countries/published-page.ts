import type { CountryProfile } from '../../../activities/publisher';
import type { PathfinderStatus } from '../../../domain/shared/country';
import type { Report } from '../../../domain/cycle/report';
import { html } from '../../html';
import { reportDocument } from '../../views/report';
import { page, type PageContext } from '../../views/layout';
import { country, day, labelled, titled } from '../../views/say';
import { documentView } from './roadmap-page';
import { versionChanges } from './roadmap-changes';
import { givenTable } from './assistance-page';

export function profilePage(ctx: PageContext, profile: CountryProfile, years: number[]) {
  const { w } = ctx;
  const statuses: Record<string, string> = w.terms.status satisfies Record<PathfinderStatus, string>;
  const status = statuses[profile.status] ?? profile.status;
  return page(
    ctx,
    titled(ctx, country(ctx, profile), w.profile),
    html`<p>${labelled(ctx, w.status)} ${status} (${w.since(day(ctx, profile.statusSince))})</p>
${profile.roadmap ? documentView(ctx, profile.roadmap) : ''}
${profile.assistanceGiven ? html`<h2>${w.assistance.givenTitle}</h2>${givenTable(ctx, profile.assistanceGiven)}` : ''}
<h2>${w.roadmaps}</h2><ul>${profile.roadmaps.map((r) => html`<li>${labelled(ctx, `${w.version(r.version)}, ${day(ctx, r.at)}`)} ${versionChanges(ctx, r)}</li>`)}</ul>
<h2>${w.finalReport}</h2><ul>${years.map((y) => html`<li><a href="/countries/${profile.code}/reports/${y}">${y}</a></li>`)}</ul>`,
  );
}

export const publishedReportPage = (ctx: PageContext, code: string, countryName: string, year: number, report: Report) =>
  page(ctx, titled(ctx, country(ctx, { code, name: countryName }), `${ctx.w.finalReport} ${year}`), reportDocument(ctx, report));
