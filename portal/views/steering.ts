import type { SupportState } from '../../domain/escalation/gcm-escalation';
import { html, type Html } from '../html';
import type { PageContext } from './layout';
import { day } from './say';

// The pieces of the pages of those who steer (the GCM's escalation, the secretariat's verification): what
// was recorded, a refusal, and the forms' fields, in the reader's language.

export const notices = (ctx: PageContext, recorded?: string, problem?: string) =>
  html`${recorded ? html`<p class="notice" role="status">${ctx.w.staff.recorded}${ctx.w.terms.colon} ${recorded}.</p>` : ''}${problem ? html`<p class="error" role="alert" tabindex="-1" autofocus>${problem}</p>` : ''}`;
export const form = (ctx: PageContext, action: string, title: string, fields: Html, button: string) =>
  html`<section><h2>${title}</h2><form method="post" action="${action}"><input type="hidden" name="_csrf" value="${ctx.csrf}">${fields}<button type="submit">${button}</button></form></section>`;
export const area = (name: string, label: string, required = true) =>
  html`<label for="${name}">${label}</label><textarea id="${name}" name="${name}" maxlength="20000"${required ? html` required` : ''}></textarea>`;
export const check = (name: string, value: string, label: string) =>
  html`<label><input type="checkbox" name="${name}" value="${value}"> ${label}</label>`;
export const radio = (name: string, value: string, label: string) =>
  html`<label><input type="radio" name="${name}" value="${value}" required> ${label}</label>`;

export const supportSummary = (ctx: PageContext, support: SupportState) => {
  const { w } = ctx;
  const mechanisms = support.mechanisms.map((m) => `${m} (${w.terms.mechanism[m]})`).join(', ');
  return html`<h2>${w.staff.support}</h2><p>${w.steering.support(mechanisms, support.members.map((m) => m.name).join(', '), support.checkInEveryDays)}</p>
<ul>${support.checkIns.map((c) => html`<li>${day(ctx, c.at)}, ${c.by}${w.terms.colon} ${c.note}${c.readyToResume ? w.steering.readyToResume : ''}</li>`)}</ul>`;
};
