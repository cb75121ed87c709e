import type { z } from 'zod';
import { problemOf } from './access';
import type { Words } from './i18n';
import type { PageContext } from './views/layout';
import { labelled } from './views/say';

// What a form's value breaks, in the reader's words. A page checks a task's arguments with the domain's own
// schema before sending them, and says each issue from its code and limits; the schema's English messages
// are for the terminal and the workflow.

export type Issue = z.core.$ZodIssue;

/** The issues of `value` under `schema`: none when it holds. */
export function issuesOf(schema: z.ZodType, value: unknown): Issue[] {
  const checked = schema.safeParse(value);
  return checked.success ? [] : checked.error.issues;
}

/** A value the schema names (an evidence kind, what a plan covers…) as the vocabulary calls it. */
function termOf(w: Words, value: unknown): string {
  const key = String(value);
  const { covered, evidenceKind, stakeholder } = w.terms;
  const named: Record<string, string> = { ...covered, ...evidenceKind, ...stakeholder };
  return named[key] ?? key;
}

/** A refinement says nothing but its message: which one it is, the field tells. */
function refinementText(w: Words, issue: Issue): string {
  if ((issue as { params?: { reason?: string } }).params?.reason === 'pastDay') return w.invalid.pastDay;
  const field = String(issue.path.at(-1));
  if (field === 'comments') return w.invalid.revisionComments;
  if (field === 'due' || field === 'heldOn') return w.invalid.date;
  return w.invalid.other;
}

/** One issue, without its field: "must be at most 2000 characters". */
export function issueText(w: Words, issue: Issue): string {
  const said = w.invalid;
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'array' || issue.origin === 'set') return said.atLeastItems(Number(issue.minimum));
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? said.required : said.other;
      return said.atLeast(Number(issue.minimum));
    case 'too_big':
      if (issue.origin === 'array' || issue.origin === 'set') return said.atMostItems(Number(issue.maximum));
      if (issue.origin === 'string') return said.atMostCharacters(Number(issue.maximum));
      return said.atMost(Number(issue.maximum));
    case 'invalid_type':
      // A form sends text, so a value of another type is one that is missing, or a number that is not one.
      if (issue.expected === 'int') return said.wholeNumber;
      if (issue.expected === 'number') return said.number;
      return said.required;
    case 'invalid_format':
      return issue.format === 'email' ? said.email : said.other;
    case 'invalid_value':
      return said.oneOf(issue.values.map((v) => termOf(w, v)).join(', '));
    case 'custom':
      return refinementText(w, issue);
    default:
      return said.other;
  }
}

/** What a page checks before it sends a task: the arguments, their schema, and the label of the field at a path. */
export interface Check {
  schema: z.ZodType;
  args: unknown;
  label: (path: Issue['path']) => string;
}

/**
 * Why a task is not taken, in the reader's words, or undefined once it is: its arguments are checked here
 * first, each issue after its field's label; a refusal of the workflow itself (the stage, the sender) comes
 * after a sentence of the reader's, its reasons in the reader's words too (refusals.ts).
 */
export async function problemOfChecked(ctx: PageContext, check: Check, task: () => Promise<unknown>): Promise<string | undefined> {
  const issues = issuesOf(check.schema, check.args);
  if (issues.length) return issues.map((i) => `${labelled(ctx, check.label(i.path))} ${issueText(ctx.w, i)}`).join(ctx.w.terms.separator);
  const refusal = await problemOf(ctx, task);
  return refusal && `${ctx.w.refused} ${refusal}`;
}
