import type { EventState } from '../../../domain/event/event';
import { html } from '../../html';
import { formErrorsView, type FormErrors } from '../../views/form-errors';
import { page, type PageContext } from '../../views/layout';
import { day } from '../../views/say';
import { fieldId, fieldLabel, type EventField, type EventFormValues } from './form';

// /events: the Alliance's events for the secretariat, the latest first, and the form that creates one.
// What the secretariat typed (titles, places) stays as typed.

/** The day of an event, read as a calendar day whatever the reader's zone. */
export const eventDay = (ctx: PageContext, date: string) => day(ctx, date, 'UTC');

function eventsTable(ctx: PageContext, events: EventState[]) {
  const said = ctx.w.events;
  if (!events.length) return html`<p>${said.none}</p>`;
  const c = said.columns;
  const columns = [c.date, c.kind, c.event, c.stage, c.invited, c.leftOut];
  const cell = (i: number, value: unknown) => html`<td data-label="${columns[i]}">${value}</td>`;
  const rows = events.map((e) => {
    const invited = e.countries.filter((x) => x.invited).length;
    return html`<tr>${cell(0, eventDay(ctx, e.event.date))}${cell(1, said.kind[e.event.kind])}${cell(2, html`<a href="/events/${e.workflowId}">${e.event.title}</a>`)}${cell(3, said.stage[e.stage])}${cell(4, invited)}${cell(5, e.countries.length - invited)}</tr>`;
  });
  return html`<table><thead><tr>${columns.map((x) => html`<th>${x}</th>`)}</tr></thead><tbody>${rows}</tbody></table>`;
}

function createForm(ctx: PageContext, values: EventFormValues, errors?: FormErrors) {
  const said = ctx.w.events;
  const e = formErrorsView(ctx, errors, 'event');
  const hint = 'event-hint';
  const described = (id: string) => (e.wrong(id) ? e.attrs(id) : html` aria-describedby="${hint}"`);
  const input = (field: EventField, max: number, extra = html``) => {
    const id = fieldId(field);
    return html`<label for="${id}">${fieldLabel(ctx, field)}</label>${e.at(id)}<input type="text" id="${id}" name="${field}" maxlength="${max}" value="${values[field]}"${extra}${described(id)}>`;
  };
  const kindId = fieldId('kind');
  const kinds = Object.entries(said.kind).map(
    ([kind, name]) => html`<option value="${kind}"${values.kind === kind ? html` selected` : ''}>${name}</option>`,
  );
  const descriptionId = fieldId('description');
  return html`<h2 id="create">${said.form.title}</h2><p id="${hint}">${said.form.hint}</p>${e.summary}
<form method="post" action="/events"><input type="hidden" name="_csrf" value="${ctx.csrf}">
<label for="${kindId}">${said.form.kind}</label>${e.at(kindId)}<select id="${kindId}" name="kind"${e.attrs(kindId)}>${kinds}</select>
${input('title', 200)}
${input('date', 10, html` autocomplete="off"`)}
${input('time', 5, html` placeholder="14:30" autocomplete="off"`)}
${input('zone', 64, html` autocomplete="off"`)}
${input('place', 500)}
${input('link', 1000, html` inputmode="url"`)}
<label for="${descriptionId}">${said.form.description}</label>${e.at(descriptionId)}<textarea id="${descriptionId}" name="description" maxlength="5000" rows="5"${e.attrs(descriptionId)}>${values.description}</textarea>
<button type="submit">${said.form.create}</button></form>`;
}

export function eventsPage(ctx: PageContext, events: EventState[], values: EventFormValues, errors?: FormErrors) {
  const said = ctx.w.events;
  return page(ctx, said.title, html`<p>${said.intro}</p>${eventsTable(ctx, events)}${createForm(ctx, values, errors)}`);
}
