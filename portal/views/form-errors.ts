import type { z } from 'zod';
import { html, type Html } from '../html';
import { issuesOf, issueText, type Issue } from '../issues';
import type { PageContext } from './layout';
import { labelled } from './say';

// How every form of the portal says what came back wrong, so that a screen reader hears it: the list of
// what to correct at the top of the form, which takes the focus when the page opens (autofocus: no script
// needed), each mistake also shown at its field, which is marked aria-invalid and described by it. A
// refusal that names no field (the stage, the sender) is the list's one line; one that names a field (a
// workflow's "reason: is required…") marks that field too, described by the list itself.

/** A mistake on one field: the field's id, its label as the list names it, and what is wrong, in the reader's words. */
export interface FieldError {
  id: string;
  label: string;
  text: string;
}

/** What a form comes back with. */
export interface FormErrors {
  /** Each mistake on its field, in the order of the form. */
  fields: FieldError[];
  /** What belongs to no one field's check: a refusal, as the page words it. */
  problems?: string[];
  /** The ids of the fields that the problems are about, when they name them. */
  about?: string[];
}

/** Where an issue of a task's arguments belongs: a field of the form (its id), and how the list names it. */
export interface FieldCheck {
  schema: z.ZodType;
  args: unknown;
  field: (path: Issue['path']) => { id?: string; label: string };
  /** What an issue the shared words say too vaguely means on this form (a refinement's rule), if the page knows better. */
  say?: (issue: Issue) => string | undefined;
}

/** The issues of a task's arguments under the domain's own schema, each on its field in the reader's words; none when they hold. */
export function fieldErrorsOf(ctx: PageContext, check: FieldCheck): FormErrors | undefined {
  const issues = issuesOf(check.schema, check.args);
  if (!issues.length) return undefined;
  const fields: FieldError[] = [];
  const loose: string[] = [];
  for (const issue of issues) {
    const { id, label } = check.field(issue.path);
    const text = check.say?.(issue) ?? issueText(ctx.w, issue);
    const same = id === undefined ? undefined : fields.find((f) => f.id === id);
    if (same) same.text = `${same.text}${ctx.w.terms.separator}${text}`;
    else if (id !== undefined) fields.push({ id, label, text });
    else loose.push(`${labelled(ctx, label)} ${text}`);
  }
  return loose.length ? { fields, problems: loose } : { fields };
}

/**
 * A task checked first with its schema, each issue on its field; then sent, and its refusal, if any, as
 * `refused` words it. Undefined once the task is taken.
 */
export async function checkedForm(
  ctx: PageContext,
  check: FieldCheck,
  refused: () => Promise<string | undefined>,
  fieldsByPath: Record<string, string> = {},
): Promise<FormErrors | undefined> {
  return fieldErrorsOf(ctx, check) ?? refusalErrors(await refused(), fieldsByPath);
}

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A refusal, and the fields it is about: those whose argument path it names as a problem does
 * (`members.0.email: is not…`, `takenAt.reference: is required`), by `fieldsByPath` (a path to a field's id;
 * a line of a list, `members.0…`, is the list's field). `named` is where to look for them when the problem
 * is said from its reasons in the reader's words: the refusal's English message, which names the fields.
 */
export function refusalErrors(
  problem: string | undefined,
  fieldsByPath: Record<string, string> = {},
  named = problem,
): FormErrors | undefined {
  if (problem === undefined) return undefined;
  const about = Object.entries(fieldsByPath)
    .filter(([path]) => new RegExp(`(?:^|[\\s:;(])${escaped(path)}(?:\\.\\d+(?:\\.[\\w.]+)?)?:`).test(named ?? problem))
    .map(([, id]) => id);
  return about.length ? { fields: [], problems: [problem], about: [...new Set(about)] } : { fields: [], problems: [problem] };
}

/** What a form sent, each field's values (a checkbox's or a repeated field's every value): kept when it comes back. */
export function typedValues(body: unknown): Record<string, string[]> {
  const fields = body && typeof body === 'object' ? (body as Record<string, unknown>) : {};
  return Object.fromEntries(
    Object.entries(fields)
      .filter(([name]) => name !== '_csrf')
      .map(([name, value]) => [name, [value].flat().filter((v): v is string => typeof v === 'string')]),
  );
}

/** The pieces of one form that show its errors; `form` names the form, for ids unique on a page of several forms. */
export interface FormErrorsView {
  /** The list of what to correct, above the form: focused when the page opens. */
  summary: Html;
  /** The attributes of the field `id`: aria-invalid and aria-describedby when it is wrong. */
  attrs: (id: string) => Html;
  /** The mistake shown at the field `id` (after its label), with the id the field is described by. */
  at: (id: string) => Html;
  /** Whether the field `id` is wrong. */
  wrong: (id: string) => boolean;
}

/**
 * `intro`, the sentence above the list, says what did not happen (the shared words by default); a lone
 * problem without it is the summary's one sentence.
 */
export function formErrorsView(ctx: PageContext, errors: FormErrors | undefined, form: string, intro?: string): FormErrorsView {
  const summaryId = `${form}-errors`;
  const fieldError = (id: string) => errors?.fields.find((f) => f.id === id);
  const about = (id: string) => !!errors?.about?.includes(id);
  const { w } = ctx;
  const problems = errors?.problems ?? [];
  const summary =
    !errors || (!errors.fields.length && !problems.length)
      ? html``
      : errors.fields.length || problems.length > 1 || intro
        ? html`<div class="error" role="alert" tabindex="-1" autofocus id="${summaryId}"><p>${intro ?? w.formErrors}</p><ul>${problems.map((p) => html`<li>${p}</li>`)}${errors.fields.map(
            (f) => html`<li><a href="#${f.id}">${f.label}</a>${w.terms.colon} ${f.text}</li>`,
          )}</ul></div>`
        : html`<p class="error" role="alert" tabindex="-1" autofocus id="${summaryId}">${problems[0]}</p>`;
  return {
    summary,
    attrs: (id) =>
      fieldError(id)
        ? html` aria-invalid="true" aria-describedby="${id}-error"`
        : about(id)
          ? html` aria-invalid="true" aria-describedby="${summaryId}"`
          : html``,
    at: (id) => {
      const e = fieldError(id);
      return e ? html`<span class="error" id="${id}-error">${e.text}</span>` : html``;
    },
    wrong: (id) => !!fieldError(id) || about(id),
  };
}
