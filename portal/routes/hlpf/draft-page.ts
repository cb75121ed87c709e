import type { HlpfCompilation, SiteYear } from '../../../domain/publication/site';
import { html } from '../../html';
import { page, type PageContext } from '../../views/layout';
import { country, day, dayAndHour } from '../../views/say';
import { countrySections } from './compilation-page';

// The secretariat's view of the year's compilation before it publishes it: what a publication now would hold
// (the promoted countries' final reports of the year published so far), what changed since the last one, and
// the form that publishes it; before the policy's day, when it may be published.

type Countries = SiteYear['countries'];

export interface HlpfDraft {
  year: number;
  /** What a publication now would hold. */
  countries: Countries;
  last?: HlpfCompilation;
  /** The day (ISO date) from which the year's compilation may be published. */
  opensOn: string;
  open: boolean;
  /** What the last publication did: published, or refused with the reason in the reader's words. */
  outcome?: { ok: true } | { ok: false; text: string };
}

/** What changed since `last`: the reports published after it, and the countries it held that would be left out now. */
export function changesSince(last: HlpfCompilation, countries: Countries) {
  const before = new Map(last.countries.map((c) => [c.code, c.report.publishedAt]));
  const now = new Set(countries.map((c) => c.code));
  return {
    finalisedSince: countries.filter((c) => before.get(c.code) !== c.report.publishedAt),
    leftOut: last.countries.filter((c) => !now.has(c.code)),
  };
}

export function hlpfDraftPage(ctx: PageContext, draft: HlpfDraft) {
  const d = ctx.w.hlpf.draft;
  const { year, last } = draft;
  const names = (countries: Countries) =>
    html`<ul>${countries.map((c) => html`<li><a href="#${c.code}">${country(ctx, c)}</a></li>`)}</ul>`;
  const changes = last ? changesSince(last, draft.countries) : { finalisedSince: [], leftOut: [] };
  const changed = changes.finalisedSince.length > 0 || changes.leftOut.length > 0;
  const outcome = draft.outcome?.ok
    ? html`<p class="notice" role="status">${d.published}</p>`
    : draft.outcome && html`<p class="error" role="alert">${d.refused} ${draft.outcome.text}</p>`;
  const finalisedSince = changes.finalisedSince.length ? html`<h3>${d.finalisedSince}</h3>${names(changes.finalisedSince)}` : '';
  const leftOut = changes.leftOut.length
    ? html`<h3>${d.leftOut}</h3><ul>${changes.leftOut.map((c) => html`<li>${country(ctx, c)}</li>`)}</ul>`
    : '';
  const published = last
    ? html`<p>${d.lastPublished(dayAndHour(ctx, last.publishedAt), last.publishedBy)} <a href="/hlpf/${year}">${d.publicPage}</a></p>
<h2>${d.changes}</h2>${changed ? html`${finalisedSince}${leftOut}` : html`<p>${d.noChanges}</p>`}`
    : html`<p>${d.neverPublished}</p>`;
  const form = draft.open
    ? html`<form method="post" action="/hlpf/${year}/publish"><input type="hidden" name="_csrf" value="${ctx.csrf}"><button type="submit">${
        !last ? d.publish : changed ? d.republish : d.publishAgain
      }</button></form>`
    : html`<p class="notice">${d.opensOn(day(ctx, draft.opensOn))}</p>`;
  return page(
    ctx,
    d.title(year),
    html`${outcome}<p>${d.intro}</p>${published}
<h2>${d.included(draft.countries.length)}</h2>${form}
${countrySections(ctx, year, draft.countries)}`,
  );
}
