import { startsAt, type EventState } from '../../../domain/event/event';
import { html } from '../../html';
import { formErrorsView, type FormErrors } from '../../views/form-errors';
import { page, type PageContext } from '../../views/layout';
import { country, day, dayAndHour, titled } from '../../views/say';
import { eventDay } from './events-page';

// /events/<id>: one event for the secretariat: what it is, who was invited and who was left out and why
// (R2), and the forms that draw the list again or cancel it while it is open.

export type EventDone = 'created' | 'redrawn' | 'cancelled';

/** When it starts: its hour in its own zone and, if the reader's differs, in theirs; or its day. */
function when(ctx: PageContext, s: EventState) {
  const said = ctx.w.events;
  const e = s.event;
  const at = startsAt(e);
  if (!at || !e.zone) return said.wholeDay(eventDay(ctx, e.date));
  const own = said.localTime(dayAndHour(ctx, at, e.zone), e.zone);
  return e.zone === ctx.zone ? own : html`${own}<br>${said.localTime(dayAndHour(ctx, at, ctx.zone), ctx.zone)}`;
}

function invitedTable(ctx: PageContext, s: EventState) {
  const said = ctx.w.events;
  const invited = s.countries.filter((c) => c.invited);
  if (!invited.length) return html`<p>${said.nobody}</p>`;
  const columns = [said.country, said.people, said.invitedOn];
  const cell = (i: number, value: unknown) => html`<td data-label="${columns[i]}">${value}</td>`;
  return html`<table><thead><tr>${columns.map((x) => html`<th>${x}</th>`)}</tr></thead><tbody>${invited.map(
    (c) =>
      html`<tr>${cell(0, `${country(ctx, c)} (${c.code})`)}${cell(1, html`${(c.invitees ?? []).map((p, i) => html`${i ? html`<br>` : ''}${p.name} &lt;${p.email}&gt;`)}`)}${cell(2, c.invitedAt ? day(ctx, c.invitedAt) : '—')}</tr>`,
  )}</tbody></table>`;
}

function leftOutTable(ctx: PageContext, s: EventState) {
  const said = ctx.w.events;
  const left = s.countries.filter((c) => !c.invited);
  if (!left.length) return html`<p>${said.nobody}</p>`;
  const columns = [said.country, said.why, said.told];
  const cell = (i: number, value: unknown) => html`<td data-label="${columns[i]}">${value}</td>`;
  return html`<table><thead><tr>${columns.map((x) => html`<th>${x}</th>`)}</tr></thead><tbody>${left.map(
    (c) =>
      html`<tr>${cell(0, `${country(ctx, c)} (${c.code})`)}${cell(1, c.status === 'active' ? '—' : said.reason[c.status])}${cell(2, c.toldAt ? said.toldOn(day(ctx, c.toldAt)) : said.notTold)}</tr>`,
  )}</tbody></table>`;
}

function actions(ctx: PageContext, s: EventState, errors?: FormErrors) {
  const said = ctx.w.events;
  const e = formErrorsView(ctx, errors, 'cancel');
  const reasonId = 'cancel-reason';
  return html`<h2>${said.redraw}</h2><p id="redraw-hint">${said.redrawHint}</p>
<form method="post" action="/events/${s.workflowId}/redraw"><input type="hidden" name="_csrf" value="${ctx.csrf}"><button type="submit" aria-describedby="redraw-hint">${said.redraw}</button></form>
<h2>${said.cancel}</h2>${e.summary}
<form method="post" action="/events/${s.workflowId}/cancel"><input type="hidden" name="_csrf" value="${ctx.csrf}">
<label for="${reasonId}">${said.cancelReason}</label>${e.at(reasonId)}<textarea id="${reasonId}" name="reason" maxlength="2000" rows="3"${e.attrs(reasonId)}></textarea>
<button type="submit">${said.cancel}</button></form>`;
}

/** `acts`: the reader is the secretariat's, who may draw the list again or cancel the event. */
export function eventPage(ctx: PageContext, s: EventState, view: { acts: boolean; done?: EventDone; cancelErrors?: FormErrors }) {
  const said = ctx.w.events;
  const e = s.event;
  const done = view.done && { created: said.created, redrawn: said.redrawn, cancelled: said.cancelledNow }[view.done];
  const colon = ctx.w.terms.colon;
  const body = html`${done ? html`<p class="notice" role="status">${done}</p>` : ''}
${view.acts ? html`<p><a href="/events">${said.back}</a></p>` : ''}
<h2>${said.details}</h2>
<dl><dt>${said.form.kind}</dt><dd>${said.kind[e.kind]}</dd><dt>${said.when}</dt><dd>${when(ctx, s)}</dd>
${e.place ? html`<dt>${said.place}</dt><dd>${e.place}</dd>` : ''}${e.link ? html`<dt>${said.online}</dt><dd><a href="${e.link}">${e.link}</a></dd>` : ''}
${e.description ? html`<dt>${said.description}</dt><dd class="pre">${e.description}</dd>` : ''}</dl>
<p>${said.createdBy(s.createdBy, day(ctx, s.createdAt))} ${s.drawnAt ? said.drawnOn(day(ctx, s.drawnAt), s.draws) : ''}</p>
${s.cancelled ? html`<p class="notice">${said.cancelled(s.cancelled.by, day(ctx, s.cancelled.at), s.cancelled.reason)}</p>` : html`<p>${ctx.w.events.columns.stage}${colon} ${said.stage[s.stage]}</p>`}
<h2>${said.invited}</h2>${invitedTable(ctx, s)}
<h2>${said.leftOut}</h2>${leftOutTable(ctx, s)}
${s.stage === 'open' && view.acts ? actions(ctx, s, view.cancelErrors) : ''}`;
  return page(ctx, titled(ctx, said.kind[e.kind], e.title), body);
}
