import type { CountryState } from '../../../domain/record/country-record';
import { html } from '../../html';
import type { PageContext } from '../../views/layout';
import { givenTable, mechanismName } from './assistance-page';
import { assistanceGiven } from '../../../domain/assistance/assistance';

/** The dossier's assistance (DESIGN.md §8): how many requests are open, what was given, and the way to the assistance page. */
export function dossierAssistance(ctx: PageContext, r: CountryState) {
  const said = ctx.w.assistance;
  const open = r.assistance?.open ?? [];
  return html`<h2>${said.title}</h2>${open.length ? html`<ul>${open.map((q) => html`<li>${said.request(q.id)}${ctx.w.terms.colon} ${q.need} (${mechanismName(ctx, q.mechanism)})</li>`)}</ul>` : html`<p>${said.noneOpen}</p>`}
<h3>${said.givenTitle}</h3>${givenTable(ctx, assistanceGiven(r.assistance))}<p><a href="/countries/${r.country.code}/assistance">${said.open}</a></p>`;
}
