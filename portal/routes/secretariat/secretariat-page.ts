import { html, type Html } from '../../html';
import { page, type PageContext } from '../../views/layout';
import { formErrorsView, refusalErrors, typedValues, type FormErrors, type FormErrorsView } from '../../views/form-errors';

// The secretariat's actions in the browser: the same tasks as its operator's commands, in the reader's language.

/** The page's forms, by the action each posts to, with the prefix of their fields' ids. */
const forms = {
  'open-year': 'open',
  extend: 'extend',
  reviewers: 'reviewers',
  'focal-points': 'people',
  sessions: 'sessions',
  registry: 'registry',
} as const;
export type SecretariatForm = keyof typeof forms;

/** Each form's fields by the path of the argument a refusal names (`focalPoint.zone: …`), for the field it is about. */
const fieldsByPath: Record<SecretariatForm, Record<string, string>> = {
  'open-year': { year: 'open-year', countries: 'open-countries' },
  extend: { country: 'extend-country', year: 'extend-year', until: 'extend-until', reason: 'extend-reason' },
  reviewers: { country: 'reviewers-country', year: 'reviewers-year', reviewers: 'reviewers-reviewers' },
  'focal-points': {
    country: 'people-country',
    ...Object.fromEntries(
      ['focalPoint', 'deputy'].flatMap((role) => [
        [`${role}.name`, 'people-name'],
        [`${role}.email`, 'people-email'],
        [`${role}.language`, 'people-language'],
        [`${role}.zone`, 'people-zone'],
      ]),
    ),
  },
  sessions: { email: 'sessions-email' },
  registry: {},
};

/** An action refused: at its form, with what was typed, the fields its refusal names marked (the registry's one field always). */
export interface SecretariatFailed {
  form: SecretariatForm;
  values: Record<string, string[]>;
  errors: FormErrors;
}

/** A refusal at its form: `problem` in the reader's words, the fields marked from the refusal's English `message`, which names them. */
export function secretariatFailed(form: SecretariatForm, problem: string, body: unknown, message = problem): SecretariatFailed {
  const errors = refusalErrors(problem, fieldsByPath[form], message)!;
  return { form, values: typedValues(body), errors: form === 'registry' ? { ...errors, about: ['registry'] } : errors };
}

export function secretariatPage(ctx: PageContext, outcome?: { ok: boolean; text: string }, failed?: SecretariatFailed) {
  const { staff } = ctx.w;
  const s = staff.secretariat;
  // The form that comes back shows what is wrong above itself and at its fields, with what was typed.
  const e: FormErrorsView | undefined = failed && formErrorsView(ctx, failed.errors, forms[failed.form]);
  const prefix = failed && `${forms[failed.form]}-`;
  const typed = (id: string) => (prefix && id.startsWith(prefix) ? failed?.values[id.slice(prefix.length)]?.[0] : undefined);
  const form = (name: SecretariatForm, title: string, fields: Html, button: string, multipart = false) =>
    html`<section><h2>${title}</h2>${failed?.form === name ? e?.summary : ''}<form method="post" action="/secretariat/${name}"${multipart ? html` enctype="multipart/form-data"` : ''}><input type="hidden" name="_csrf" value="${ctx.csrf}">${fields}<button type="submit">${button}</button></form></section>`;
  // Ids carry the form's name: the same field (country, year) appears in several forms of the page.
  const input = (form: string, name: string, label: string, type = 'text', required = true) => {
    const id = `${form}-${name}`;
    return html`<label for="${id}">${label}</label>${e?.at(id)}<input type="${type}" id="${id}" name="${name}"${required ? html` required` : ''} maxlength="2000" value="${typed(id) ?? ''}"${e?.attrs(id)}>`;
  };
  const area = (form: string, name: string, label: string) => {
    const id = `${form}-${name}`;
    return html`<label for="${id}">${label}</label>${e?.at(id)}<textarea id="${id}" name="${name}" required maxlength="20000"${e?.attrs(id)}>${typed(id) ?? ''}</textarea>`;
  };
  const select = (id: string, name: string, label: string, options: [string, string][]) =>
    html`<label for="${id}">${label}</label><select id="${id}" name="${name}"${e?.attrs(id)}>${options.map(
      ([value, text]) => html`<option value="${value}"${typed(id) === value ? html` selected` : ''}>${text}</option>`,
    )}</select>`;
  const languages = (['en', 'fr', 'es'] as const).map((l): [string, string] => [l, s.languages[l]]);
  const body = html`${outcome ? html`<p class="${outcome.ok ? 'notice' : 'error'}" role="${outcome.ok ? 'status' : 'alert'}">${outcome.text}</p>` : ''}
<p><a href="/hlpf/draft">${ctx.w.hlpf.draft.link}</a></p>
${form('open-year', s.openYear, html`${input('open', 'year', staff.year, 'number')}${input('open', 'countries', s.onlyThese, 'text', false)}`, s.openButton)}
${form('extend', s.extend, html`${input('extend', 'country', s.countryCode)}${input('extend', 'year', staff.year, 'number')}${input('extend', 'until', s.newDeadline)}${area('extend', 'reason', s.extendReason)}`, s.extendButton)}
${form('reviewers', s.reviewers, html`${input('reviewers', 'country', s.countryCode)}${input('reviewers', 'year', staff.year, 'number')}${area('reviewers', 'reviewers', s.reviewerLines)}`, s.reviewersButton)}
${form(
  'focal-points',
  s.people,
  html`${input('people', 'country', s.countryCode)}${select('people-role', 'role', s.who, [
    ['focalPoint', s.focalPoint],
    ['deputy', s.deputy],
  ])}${input('people', 'name', s.name)}${input('people', 'email', s.email, 'email')}${select('people-language', 'language', s.mailLanguage, languages)}${input('people', 'zone', s.zone)}`,
  s.peopleButton,
)}
${form('sessions', s.sessions, input('sessions', 'email', s.sessionsEmail, 'email'), s.sessionsButton)}
${form('registry', s.registry, html`<label for="registry">${s.registryFile}</label><input type="file" id="registry" name="registry" accept=".json,application/json" required${e?.attrs('registry')}>`, s.registryButton, true)}`;
  return page(ctx, s.title, body);
}
