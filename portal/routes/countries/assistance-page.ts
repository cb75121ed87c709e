import type { CountryState } from '../../../domain/record/country-record';
import type { AssistanceGivenRow, AssistanceRequest } from '../../../domain/assistance/assistance';
import { assistanceGiven } from '../../../domain/assistance/assistance';
import { assistanceNeedsOf } from '../../../domain/roadmap/document';
import type { SupportMechanism } from '../../../domain/escalation/args';
import { html } from '../../html';
import { formErrorsView, type FormErrors } from '../../views/form-errors';
import { page, type PageContext } from '../../views/layout';
import { country, day, labelled, titled } from '../../views/say';

// A country's assistance in the reader's language (DESIGN.md §8): its open requests with their offers, what
// was given, and the forms of whoever acts: the focal points ask, partners offer, the secretariat matches,
// records what was given, and offers an inactive country support to reactivate. What people typed stays as typed.

export const mechanisms: SupportMechanism[] = ['I', 'II', 'III', 'IV'];

/** Who reads the page, and what they may do on it (the record has the last word). */
export interface AssistanceRoles {
  own: boolean;
  partner: boolean;
  secretariat: boolean;
}

/** A form that came back: which one, what was typed, and what was wrong. */
export interface FormBack {
  form: string;
  typed: Record<string, string>;
  errors: FormErrors;
}

export interface AssistanceView {
  roles: AssistanceRoles;
  back?: FormBack;
  /** What was just done, said above the page. */
  done?: string;
}

/** The roadmap's technical-assistance needs a request may be made against, by their place in the list. */
export const roadmapNeeds = (r: CountryState) => assistanceNeedsOf(r.roadmaps.filter((v) => v.document).at(-1)?.document);

export const mechanismName = (ctx: PageContext, m: SupportMechanism) => `${m} (${ctx.w.terms.mechanism[m]})`;

function mechanismSelect(
  ctx: PageContext,
  id: string,
  chosen: string | undefined,
  attrs: ReturnType<ReturnType<typeof formErrorsView>['attrs']>,
) {
  return html`<select id="${id}" name="${id}"${attrs}>${mechanisms.map(
    (m) => html`<option value="${m}"${chosen === m ? html` selected` : ''}>${mechanismName(ctx, m)}</option>`,
  )}</select>`;
}

/** The focal points' form: a need of the roadmap or a new one, its mechanism, details, and whether it is to reactivate. */
function askForm(ctx: PageContext, r: CountryState, back?: FormBack) {
  const said = ctx.w.assistance;
  const typed = back?.form === 'ask' ? back.typed : {};
  const e = formErrorsView(ctx, back?.form === 'ask' ? back.errors : undefined, 'ask');
  const needs = roadmapNeeds(r);
  const choice = needs.length
    ? html`<label for="need-choice">${said.form.needFromRoadmap}</label><select id="need-choice" name="need-choice" aria-describedby="need-hint">
<option value="">${said.form.noNeed}</option>${needs.map(
        (n, i) =>
          html`<option value="${i}"${typed['need-choice'] === String(i) ? html` selected` : ''}>${n.area ? `${n.area} — ` : ''}${n.need}</option>`,
      )}</select>`
    : '';
  return html`<h2 id="ask">${said.form.askTitle}</h2>${e.summary}
<form method="post"><input type="hidden" name="_csrf" value="${ctx.csrf}"><input type="hidden" name="action" value="ask">
<p id="need-hint">${said.form.needHint}</p>
${choice}
<label for="need">${needs.length ? said.form.newNeed : said.need}</label>${e.at('need')}<textarea id="need" name="need" rows="3" maxlength="1000"${e.attrs('need')}>${typed.need ?? ''}</textarea>
<label for="mechanism">${said.form.mechanism}</label>${e.at('mechanism')}${mechanismSelect(ctx, 'mechanism', typed.mechanism, e.attrs('mechanism'))}
<label for="details">${said.form.details}</label>${e.at('details')}<textarea id="details" name="details" rows="3" maxlength="2000"${e.attrs('details')}>${typed.details ?? ''}</textarea>
<label><input type="checkbox" name="reactivation" value="yes"${typed.reactivation === 'yes' || (!back && r.status === 'inactive') ? html` checked` : ''}> ${said.form.reactivation}</label>
<button type="submit">${said.form.ask}</button></form>`;
}

/** A form about one request: hidden action and request number, its fields, its button. */
function requestForm(
  ctx: PageContext,
  action: string,
  id: number,
  back: FormBack | undefined,
  title: string,
  fields: (e: ReturnType<typeof formErrorsView>, typed: Record<string, string>) => unknown,
  button: string,
) {
  const form = `${action}-${id}`;
  const mine = back?.form === form;
  const e = formErrorsView(ctx, mine ? back.errors : undefined, form);
  return html`<h4>${title}</h4>${e.summary}<form method="post"><input type="hidden" name="_csrf" value="${ctx.csrf}"><input type="hidden" name="action" value="${action}"><input type="hidden" name="request" value="${id}">
${fields(e, mine ? back.typed : {})}
<button type="submit">${button}</button></form>`;
}

function requestView(ctx: PageContext, r: CountryState, req: AssistanceRequest, view: AssistanceView) {
  const said = ctx.w.assistance;
  const { roles, back } = view;
  const by = [r.country.focalPoint, r.country.deputy].find((p) => p.email === req.by);
  const offers = req.offers.length
    ? html`<ul>${req.offers.map(
        (o) =>
          html`<li>${labelled(ctx, said.offerBy(o.partner, o.by, day(ctx, o.at)))} ${o.offer}${req.matched === o.id ? html` <strong>(${said.matched})</strong>` : ''}</li>`,
      )}</ul>`
    : html`<p>${said.noOffers}</p>`;
  const given = req.given.length
    ? html`<h4>${said.given}</h4><ul>${req.given.map((g) => html`<li>${labelled(ctx, said.givenOn(day(ctx, g.on)))} ${g.given}</li>`)}</ul>`
    : '';
  const offerForm =
    roles.partner || roles.secretariat
      ? requestForm(
          ctx,
          'offer',
          req.id,
          back,
          said.form.offerTitle,
          (e, typed) =>
            html`<label for="offer-${req.id}">${said.form.offer}</label>${e.at(`offer-${req.id}`)}<textarea id="offer-${req.id}" name="offer-${req.id}" rows="3" maxlength="2000"${e.attrs(`offer-${req.id}`)}>${typed[`offer-${req.id}`] ?? ''}</textarea>`,
          said.form.send,
        )
      : '';
  const matchForm =
    roles.secretariat && req.offers.length && req.matched === undefined
      ? requestForm(
          ctx,
          'match',
          req.id,
          back,
          said.form.matchTitle,
          (e) =>
            html`<label for="match-${req.id}">${said.form.offerChoice}</label>${e.at(`match-${req.id}`)}<select id="match-${req.id}" name="match-${req.id}"${e.attrs(`match-${req.id}`)}>${req.offers.map((o) => html`<option value="${o.id}">${o.id}. ${o.partner}</option>`)}</select>`,
          said.form.match,
        )
      : '';
  const givenForm =
    roles.secretariat && req.matched !== undefined
      ? requestForm(
          ctx,
          'given',
          req.id,
          back,
          said.form.givenTitle,
          (
            e,
            typed,
          ) => html`<label for="on-${req.id}">${said.form.on}</label>${e.at(`on-${req.id}`)}<input type="text" id="on-${req.id}" name="on-${req.id}" value="${typed[`on-${req.id}`] ?? ''}"${e.attrs(`on-${req.id}`)}>
<label for="given-${req.id}">${said.form.what}</label>${e.at(`given-${req.id}`)}<textarea id="given-${req.id}" name="given-${req.id}" rows="3" maxlength="2000"${e.attrs(`given-${req.id}`)}>${typed[`given-${req.id}`] ?? ''}</textarea>
<label><input type="checkbox" name="close-${req.id}" value="yes"${typed[`on-${req.id}`] === undefined || typed[`close-${req.id}`] === 'yes' ? html` checked` : ''}> ${said.form.close}</label>`,
          said.form.record,
        )
      : '';
  return html`<section><h3>${said.request(req.id)}</h3>
<ul><li>${labelled(ctx, said.need)} ${req.need}</li>${req.area ? html`<li>${labelled(ctx, said.area)} ${req.area}</li>` : ''}
<li>${labelled(ctx, said.mechanism)} ${mechanismName(ctx, req.mechanism)}</li>${req.details ? html`<li>${labelled(ctx, said.details)} ${req.details}</li>` : ''}
${req.reactivation ? html`<li><strong>${said.reactivation}</strong></li>` : ''}<li>${said.asked(day(ctx, req.at), by ? by.name : req.by)}</li></ul>
<h4>${said.offers}</h4>${offers}${given}${offerForm}${matchForm}${givenForm}</section>`;
}

/** What was given, latest first: also the country's dossier and public page. */
export function givenTable(ctx: PageContext, rows: AssistanceGivenRow[]) {
  const said = ctx.w.assistance;
  if (!rows.length) return html`<p>${said.noneGiven}</p>`;
  const c = said.columns;
  const columns = [c.request, c.need, c.mechanism, c.partner, c.on, c.given];
  const cell = (i: number, value: unknown) => html`<td data-label="${columns[i]}">${value}</td>`;
  return html`<table><thead><tr>${columns.map((h) => html`<th>${h}</th>`)}</tr></thead><tbody>${rows.map(
    (g) =>
      html`<tr>${cell(0, g.request)}${cell(1, g.need)}${cell(2, mechanismName(ctx, g.mechanism))}${cell(3, g.partner ?? '—')}${cell(4, day(ctx, g.on))}${cell(5, g.given)}</tr>`,
  )}</tbody></table>`;
}

/** The secretariat's own offer of support to reactivate an inactive country (S12). */
function ownOfferForm(ctx: PageContext, back?: FormBack) {
  const said = ctx.w.assistance;
  const typed = back?.form === 'own' ? back.typed : {};
  const e = formErrorsView(ctx, back?.form === 'own' ? back.errors : undefined, 'own');
  return html`<h2>${said.form.ownOfferTitle}</h2><p>${said.form.ownOfferHint}</p>${e.summary}
<form method="post"><input type="hidden" name="_csrf" value="${ctx.csrf}"><input type="hidden" name="action" value="own">
<label for="own-mechanism">${said.form.mechanism}</label>${e.at('own-mechanism')}${mechanismSelect(ctx, 'own-mechanism', typed['own-mechanism'], e.attrs('own-mechanism'))}
<label for="own-offer">${said.form.offer}</label>${e.at('own-offer')}<textarea id="own-offer" name="own-offer" rows="3" maxlength="2000"${e.attrs('own-offer')}>${typed['own-offer'] ?? ''}</textarea>
<button type="submit">${said.form.send}</button></form>`;
}

export function assistancePage(ctx: PageContext, r: CountryState, view: AssistanceView) {
  const said = ctx.w.assistance;
  const open = r.assistance?.open ?? [];
  const { own, secretariat } = view.roles;
  const pathfinder = r.status === 'active' || r.status === 'inactive';
  const body = html`${view.done ? html`<p class="notice" role="status">${view.done}</p>` : ''}<p>${said.intro}</p>
${r.status === 'inactive' ? html`<p>${said.inactive}</p>` : pathfinder ? '' : html`<p>${said.notPathfinder}</p>`}
<h2>${said.partners}</h2>${open.length ? open.map((req) => requestView(ctx, r, req, view)) : html`<p>${said.noneOpen}</p>`}
${own && pathfinder ? askForm(ctx, r, view.back) : ''}
${secretariat && r.status === 'inactive' ? ownOfferForm(ctx, view.back) : ''}
<h2>${said.givenTitle}</h2>${givenTable(ctx, assistanceGiven(r.assistance))}`;
  return page(ctx, titled(ctx, said.title, country(ctx, r.country)), body);
}
