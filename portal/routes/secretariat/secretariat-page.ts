import { html, type Html } from '../../html';
import { page, type PageContext } from '../../views/layout';

// The secretariat's actions in the browser: the same tasks as its operator's commands, in the reader's language.

const form = (ctx: PageContext, action: string, title: string, fields: Html, button: string, multipart = false) =>
  html`<section><h2>${title}</h2><form method="post" action="${action}"${multipart ? html` enctype="multipart/form-data"` : ''}><input type="hidden" name="_csrf" value="${ctx.csrf}">${fields}<button type="submit">${button}</button></form></section>`;
// Ids carry the form's name: the same field (country, year) appears in several forms of the page.
const input = (form: string, name: string, label: string, type = 'text', required = true) =>
  html`<label for="${form}-${name}">${label}</label><input type="${type}" id="${form}-${name}" name="${name}"${required ? html` required` : ''} maxlength="2000">`;
const area = (form: string, name: string, label: string) =>
  html`<label for="${form}-${name}">${label}</label><textarea id="${form}-${name}" name="${name}" required maxlength="20000"></textarea>`;

export function secretariatPage(ctx: PageContext, outcome?: { ok: boolean; text: string }) {
  const { staff } = ctx.w;
  const s = staff.secretariat;
  const languages = (['en', 'fr', 'es'] as const).map((l) => html`<option value="${l}">${s.languages[l]}</option>`);
  const body = html`${outcome ? html`<p class="${outcome.ok ? 'notice' : 'error'}" role="${outcome.ok ? 'status' : 'alert'}">${outcome.text}</p>` : ''}
${form(ctx, '/secretariat/open-year', s.openYear, html`${input('open', 'year', staff.year, 'number')}${input('open', 'countries', s.onlyThese, 'text', false)}`, s.openButton)}
${form(ctx, '/secretariat/extend', s.extend, html`${input('extend', 'country', s.countryCode)}${input('extend', 'year', staff.year, 'number')}${input('extend', 'until', s.newDeadline)}${area('extend', 'reason', s.extendReason)}`, s.extendButton)}
${form(ctx, '/secretariat/reviewers', s.reviewers, html`${input('reviewers', 'country', s.countryCode)}${input('reviewers', 'year', staff.year, 'number')}${area('reviewers', 'reviewers', s.reviewerLines)}`, s.reviewersButton)}
${form(
  ctx,
  '/secretariat/focal-points',
  s.people,
  html`${input('people', 'country', s.countryCode)}<label for="people-role">${s.who}</label><select id="people-role" name="role"><option value="focalPoint">${s.focalPoint}</option><option value="deputy">${s.deputy}</option></select>${input('people', 'name', s.name)}${input('people', 'email', s.email, 'email')}<label for="people-language">${s.mailLanguage}</label><select id="people-language" name="language">${languages}</select>${input('people', 'zone', s.zone)}`,
  s.peopleButton,
)}
${form(ctx, '/secretariat/sessions', s.sessions, input('sessions', 'email', s.sessionsEmail, 'email'), s.sessionsButton)}
${form(ctx, '/secretariat/registry', s.registry, html`<label for="registry">${s.registryFile}</label><input type="file" id="registry" name="registry" accept=".json,application/json" required>`, s.registryButton, true)}`;
  return page(ctx, s.title, body);
}
