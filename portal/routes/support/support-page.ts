import type { SupportRunState } from '../../../domain/support/support';
import { html } from '../../html';
import { page, type PageContext } from '../../views/layout';
import { country, day, labelled, titled } from '../../views/say';
import { formErrorsView, type FormErrors } from '../../views/form-errors';

// A support sub-group's page (R21): the support so far, and its members' check-in, in the reader's language.

export function supportPage(
  ctx: PageContext,
  support: SupportRunState,
  recorded?: string,
  failed?: { errors: FormErrors; values: { note: string; ready: boolean; end: boolean } },
) {
  const { w } = ctx;
  const s = w.support;
  const { code } = support.country;
  const checkIns = support.checkIns.map(
    (c) =>
      html`<li>${labelled(ctx, `${day(ctx, c.at)}, ${c.by}`)} ${c.note}${c.readyToResume ? ` (${s.readyToResume})` : c.endsSupport ? ` (${s.endedNotReady})` : ''}</li>`,
  );
  const e = formErrorsView(ctx, failed?.errors, 'check-in');
  const body = html`${recorded ? html`<p class="notice" role="status">${s.recorded}</p>` : ''}
<h2>${s.mechanisms}</h2><ul>${support.mechanisms.map((m) => html`<li>${m}${w.terms.colon} ${w.terms.mechanism[m]}</li>`)}</ul>
<h2>${s.members}</h2><ul>${support.members.map((m) => html`<li>${m.name}</li>`)}</ul>
<p>${s.every(support.checkInEveryDays)}</p>
<h2>${s.checkIns}</h2>${checkIns.length ? html`<ul>${checkIns}</ul>` : html`<p>${s.none}</p>`}
${
  support.endedAt
    ? html`<p>${s.ended}</p>`
    : html`<section><h2>${s.checkIn}</h2>${e.summary}<form method="post" action="/support/${code}/${support.year}"><input type="hidden" name="_csrf" value="${ctx.csrf}">
<label for="note">${s.note}</label>${e.at('note')}<textarea id="note" name="note" maxlength="20000" required${e.attrs('note')}>${failed?.values.note ?? ''}</textarea>
<label><input type="checkbox" name="ready" value="yes"${failed?.values.ready ? html` checked` : ''}> ${s.ready}</label>
${
  // Only a sub-group formed by the GCM's decision (since 1.1) ends its support by a final check-in.
  support.mandateEndsAt
    ? html`<label><input type="checkbox" name="end" value="yes"${failed?.values.end ? html` checked` : ''}> ${s.end}</label>`
    : ''
}
<button type="submit">${s.record}</button></form></section>`
}`;
  return page(ctx, titled(ctx, s.title, `${country(ctx, support.country)} ${support.year}`), body);
}
