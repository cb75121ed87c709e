import type { SupportState } from '../../domain/escalation/gcm-escalation';
import { html, type Html } from '../html';
import type { PageContext } from './layout';

// The pieces of the pages of those who steer (the GCM's escalation, the secretariat's verification): what
// was recorded, a refusal, and the forms' fields. In English, as their notices are.

export const notices = (recorded?: string, problem?: string) =>
  html`${recorded ? html`<p class="notice" role="status">Recorded: ${recorded}.</p>` : ''}${problem ? html`<p class="error" role="alert" tabindex="-1" autofocus>${problem}</p>` : ''}`;
export const form = (ctx: PageContext, action: string, title: string, fields: Html, button: string) =>
  html`<section><h2>${title}</h2><form method="post" action="${action}"><input type="hidden" name="_csrf" value="${ctx.csrf}">${fields}<button type="submit">${button}</button></form></section>`;
export const area = (name: string, label: string, required = true) =>
  html`<label for="${name}">${label}</label><textarea id="${name}" name="${name}" maxlength="20000"${required ? html` required` : ''}></textarea>`;
export const check = (name: string, value: string, label: string) =>
  html`<label><input type="checkbox" name="${name}" value="${value}"> ${label}</label>`;
export const radio = (name: string, value: string, label: string) =>
  html`<label><input type="radio" name="${name}" value="${value}" required> ${label}</label>`;

export const supportSummary = (support: SupportState) =>
  html`<h2>Support</h2><p>Mechanisms ${support.mechanisms.join(', ')}; members ${support.members.map((m) => m.name).join(', ')}; a check-in every ${support.checkInEveryDays} days.</p>
<ul>${support.checkIns.map((c) => html`<li>${c.at.slice(0, 10)} ${c.by}: ${c.note}${c.readyToResume ? ' (ready to resume)' : ''}</li>`)}</ul>`;
