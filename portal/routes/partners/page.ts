import type { AssistanceRequest } from '../../../domain/assistance/assistance';
import type { Partner } from '../../../domain/record/registry';
import { html } from '../../html';
import { page, type PageContext } from '../../views/layout';
import { country, day } from '../../views/say';

/** A request open for offers, with its country. */
export interface OpenRequest {
  code: string;
  countryName: string;
  request: AssistanceRequest;
}

/** A partner's open requests (DESIGN.md §8): each links to its country's assistance page, where the offer is made. */
export function partnersPage(ctx: PageContext, partners: Partner[], open: OpenRequest[]) {
  const said = ctx.w.assistance;
  const intro = partners.map((p) => html`<p>${said.partnersIntro(p.name, p.mechanisms.join(', '))}</p>`);
  const c = said.columns;
  const columns = [c.request, c.need, c.mechanism, said.offers];
  const cell = (i: number, value: unknown) => html`<td data-label="${columns[i]}">${value}</td>`;
  const rows = open.map(
    ({ code, countryName, request: r }) =>
      html`<tr>${cell(0, html`<a href="/countries/${code}/assistance">${said.requestOf(country(ctx, { code, name: countryName }), r.id)}</a>`)}${cell(
        1,
        html`${r.need}${r.reactivation ? html` <strong>(${said.reactivation})</strong>` : ''}<br>${day(ctx, r.at)}`,
      )}${cell(2, `${r.mechanism} (${ctx.w.terms.mechanism[r.mechanism]})`)}${cell(3, r.offers.length)}</tr>`,
  );
  const body = open.length
    ? html`<table><thead><tr>${columns.map((h) => html`<th>${h}</th>`)}</tr></thead><tbody>${rows}</tbody></table>`
    : html`<p>${said.noneOpen}</p>`;
  return page(ctx, said.partners, html`${intro}<p>${said.intro}</p>${body}`);
}
