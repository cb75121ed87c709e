import { describe, expect, it } from 'vitest';
import { submitReviewArgs } from '../../../domain/cycle/args';
import { words } from '../../../portal/i18n';
import { checkedForm, fieldErrorsOf, formErrorsView, refusalErrors, typedValues } from '../../../portal/views/form-errors';
import type { PageContext } from '../../../portal/views/layout';

// What every form of the portal does with what comes back wrong: each mistake at its field, which is marked
// aria-invalid and described by it, and the list of what to correct above the form, focused on opening.

const ctx = (lang: 'en' | 'fr'): PageContext => ({ lang, w: words[lang], zone: 'Europe/Zurich', csrf: '' });
const labels: Record<string, string> = { comments: 'Comments', evidence: 'Evidence' };
const review = (args: object) => ({
  schema: submitReviewArgs(),
  args: { as: 'amina.diallo@example.org', ...args },
  field: (path: PropertyKey[]) => ({ id: String(path.at(-1)), label: labels[String(path.at(-1))] ?? 'Decision' }),
});

describe('a form that comes back with its mistakes', () => {
  it('puts each issue of the schema at its field, in the reader’s words', () => {
    const errors = fieldErrorsOf(ctx('fr'), review({ decision: 'revise', comments: '' }));
    expect(errors).toEqual({ fields: [{ id: 'comments', label: 'Comments', text: 'sont requis pour demander une révision' }] });
    expect(fieldErrorsOf(ctx('fr'), review({ decision: 'accept', comments: '' }))).toBeUndefined();
  });

  it('sends the task only once the schema holds, and keeps its refusal as the one problem', async () => {
    let sent = 0;
    const refused = () => (sent++, Promise.resolve('stage: the review window has closed'));
    await expect(checkedForm(ctx('en'), review({ decision: 'revise', comments: '' }), refused)).resolves.toMatchObject({
      fields: [{ id: 'comments' }],
    });
    expect(sent).toBe(0);
    await expect(checkedForm(ctx('en'), review({ decision: 'accept', comments: '' }), refused)).resolves.toEqual({
      fields: [],
      problems: ['stage: the review window has closed'],
    });
    expect(sent).toBe(1);
  });

  it('marks the fields a refusal names by their argument path, a line of a list as the list', () => {
    const fields = { members: 'members', 'takenAt.reference': 'reference', reason: 'reason' };
    expect(refusalErrors('invalid support: members.0.email: is not an e-mail address', fields)?.about).toEqual(['members']);
    expect(refusalErrors('invalid GCM decision: takenAt.reference: is required', fields)?.about).toEqual(['reference']);
    expect(refusalErrors('The reason given: the stage has moved on', fields)?.about).toBeUndefined();
    expect(refusalErrors(undefined, fields)).toBeUndefined();
    // A refusal said in the reader's words from its reasons marks the fields its English message names.
    const said = refusalErrors(
      'La nouvelle date limite est déjà passée.',
      { until: 'until' },
      'invalid deadline extension: until: is already past',
    );
    expect(said).toEqual({ fields: [], problems: ['La nouvelle date limite est déjà passée.'], about: ['until'] });
  });

  it('ties a field to its error and focuses the list of what to correct', () => {
    const e = formErrorsView(ctx('en'), { fields: [{ id: 'comments', label: 'Comments', text: 'are required' }] }, 'review');
    expect(String(e.attrs('comments'))).toBe(' aria-invalid="true" aria-describedby="comments-error"');
    expect(String(e.at('comments'))).toBe('<span class="error" id="comments-error">are required</span>');
    expect(String(e.attrs('evidence'))).toBe('');
    expect(String(e.summary)).toContain('role="alert" tabindex="-1" autofocus id="review-errors"');
    expect(String(e.summary)).toContain('<a href="#comments">Comments</a>: are required');
  });

  it('describes a field a refusal names by the refusal itself, said as the one sentence above the form', () => {
    const e = formErrorsView(ctx('en'), refusalErrors('invalid feedback: reason: is required', { reason: 'reason' }), 'position');
    expect(String(e.summary)).toBe(
      '<p class="error" role="alert" tabindex="-1" autofocus id="position-errors">invalid feedback: reason: is required</p>',
    );
    expect(String(e.attrs('reason'))).toBe(' aria-invalid="true" aria-describedby="position-errors"');
    expect(String(e.at('reason'))).toBe('');
  });

  it('keeps what was typed, every value of a repeated field', () => {
    expect(typedValues({ _csrf: 'x', topics: ['compliance', 'progress'], reason: 'Elections' })).toEqual({
      topics: ['compliance', 'progress'],
      reason: ['Elections'],
    });
  });
});
