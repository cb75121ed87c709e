import type { SupportState } from '../../domain/escalation/gcm-escalation';
import { html, type Html } from '../html';
import type { FormErrorsView } from './form-errors';
import type { PageContext } from './layout';
import { day } from './say';

// The pieces of the pages of those who steer (the GCM's escalation, the secretariat's verification): what
// was recorded, a refusal, and the forms' fields, in the reader's language.

export const notices = (ctx: PageContext, recorded?: string, problem?: string) =>
  html`${recorded ? html`<p class="notice" role="status">${ctx.w.staff.recorded}${ctx.w.terms.colon} ${recorded}.</p>` : ''}${problem ? html`<p class="error" role="alert" tabindex="-1" autofocus>${problem}</p>` : ''}`;
/** A form that came back: what was typed, each field's values, and what is wrong (form-errors.ts). */
export interface Typed {
  values: Record<string, string[]>;
  errors: FormErrorsView;
}
const typedValue = (typed: Typed | undefined, name: string) => typed?.values[name]?.[0] ?? '';
const ticked = (typed: Typed | undefined, name: string, value: string) => (typed?.values[name]?.includes(value) ? html` checked` : '');

/** A form in its section; `typed`, when it comes back, puts the list of what to correct above it. */
export const form = (ctx: PageContext, action: string, title: string, fields: Html, button: string, typed?: Typed) =>
  html`<section><h2>${title}</h2>${typed?.errors.summary}<form method="post" action="${action}"><input type="hidden" name="_csrf" value="${ctx.csrf}">${fields}<button type="submit">${button}</button></form></section>`;
export const area = (name: string, label: string, required = true, typed?: Typed) =>
  html`<label for="${name}">${label}</label>${typed?.errors.at(name)}<textarea id="${name}" name="${name}" maxlength="20000"${required ? html` required` : ''}${typed?.errors.attrs(name)}>${typedValue(typed, name)}</textarea>`;
/** A single required field: a date, or text of at most `maxlength` characters. */
export const input = (name: string, label: string, type: 'date' | 'text', typed?: Typed, maxlength = 500) =>
  html`<label for="${name}">${label}</label>${typed?.errors.at(name)}<input id="${name}" name="${name}" type="${type}" required${type === 'text' ? html` maxlength="${maxlength}"` : ''} value="${typedValue(typed, name)}"${typed?.errors.attrs(name)}>`;
export const check = (name: string, value: string, label: string, typed?: Typed) =>
  html`<label><input type="checkbox" name="${name}" value="${value}"${ticked(typed, name, value)}> ${label}</label>`;
export const radio = (name: string, value: string, label: string, typed?: Typed) =>
  html`<label><input type="radio" name="${name}" value="${value}" required${ticked(typed, name, value)}> ${label}</label>`;
/** A group of checkboxes or radio buttons, `id` its id: marked and described as one field when it is wrong. */
export const group = (id: string, legend: string, choices: unknown, typed?: Typed) =>
  html`<fieldset id="${id}"${typed?.errors.attrs(id)}><legend>${legend}</legend>${typed?.errors.at(id)}${choices}</fieldset>`;

export const supportSummary = (ctx: PageContext, support: SupportState) => {
  const { w } = ctx;
  const mechanisms = support.mechanisms.map((m) => `${m} (${w.terms.mechanism[m]})`).join(', ');
  return html`<h2>${w.staff.support}</h2><p>${w.steering.support(mechanisms, support.members.map((m) => m.name).join(', '), support.checkInEveryDays)}</p>
<ul>${support.checkIns.map((c) => html`<li>${day(ctx, c.at)}, ${c.by}${w.terms.colon} ${c.note}${c.readyToResume ? w.steering.readyToResume : ''}</li>`)}</ul>`;
};
