import { html, type Html } from '../../html';
import { page, type PageContext } from '../../views/layout';

// The secretariat's actions in the browser: the same tasks as its operator's commands. In English for now.

const form = (ctx: PageContext, action: string, title: string, fields: Html, button: string, multipart = false) =>
  html`<section><h2>${title}</h2><form method="post" action="${action}"${multipart ? html` enctype="multipart/form-data"` : ''}><input type="hidden" name="_csrf" value="${ctx.csrf}">${fields}<button type="submit">${button}</button></form></section>`;
// Ids carry the form's name: the same field (country, year) appears in several forms of the page.
const input = (form: string, name: string, label: string, type = 'text', required = true) =>
  html`<label for="${form}-${name}">${label}</label><input type="${type}" id="${form}-${name}" name="${name}"${required ? html` required` : ''} maxlength="2000">`;
const area = (form: string, name: string, label: string) =>
  html`<label for="${form}-${name}">${label}</label><textarea id="${form}-${name}" name="${name}" required maxlength="20000"></textarea>`;

export function secretariatPage(ctx: PageContext, outcome?: { ok: boolean; text: string }) {
  const body = html`${outcome ? html`<p class="${outcome.ok ? 'notice' : 'error'}" role="${outcome.ok ? 'status' : 'alert'}">${outcome.text}</p>` : ''}
${form(ctx, '/secretariat/open-year', 'Open a year (R13)', html`${input('open', 'year', 'Year', 'number')}${input('open', 'countries', 'Only these countries (ISO3, comma-separated; empty for every eligible one)', 'text', false)}`, 'Open the year')}
${form(ctx, '/secretariat/extend', 'Extend a report deadline', html`${input('extend', 'country', 'Country (ISO3)')}${input('extend', 'year', 'Year', 'number')}${input('extend', 'until', 'New deadline (ISO with offset, e.g. 2027-05-31T23:59:59+02:00)')}${area('extend', 'reason', 'Reason (recorded, and the focal points are told)')}`, 'Extend the deadline')}
${form(ctx, '/secretariat/reviewers', 'Replace the Working Group reviewers of a cycle', html`${input('reviewers', 'country', 'Country (ISO3)')}${input('reviewers', 'year', 'Year', 'number')}${area('reviewers', 'reviewers', 'Reviewers, one a line: name: e-mail')}`, 'Replace the reviewers')}
${form(
  ctx,
  '/secretariat/focal-points',
  'Replace a focal point or deputy',
  html`${input('people', 'country', 'Country (ISO3)')}<label for="people-role">Who</label><select id="people-role" name="role"><option value="focalPoint">Focal point</option><option value="deputy">Deputy</option></select>${input('people', 'name', 'Name')}${input('people', 'email', 'E-mail', 'email')}<label for="people-language">Language of their e-mails</label><select id="people-language" name="language"><option value="en">English</option><option value="fr">French</option><option value="es">Spanish</option></select>${input('people', 'zone', 'Time zone (IANA, e.g. America/Lima)')}`,
  'Replace',
)}
${form(ctx, '/secretariat/sessions', 'End a person’s portal sessions', input('sessions', 'email', 'E-mail address (every browser signed in with it is signed out)', 'email'), 'End their sessions')}
${form(ctx, '/secretariat/registry', 'Import the country registry', html`<label for="registry">Registry file (JSON, as examples/countries.json)</label><input type="file" id="registry" name="registry" accept=".json,application/json" required>`, 'Import', true)}`;
  return page(ctx, 'Secretariat', body);
}
