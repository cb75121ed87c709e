import type { CycleState } from '../../../domain/cycle/state';
import { html } from '../../html';
import { changedParts, reportDocument } from '../../views/report';
import { page, type PageContext } from '../../views/layout';
import { dueLine } from '../../views/due';
import { capital, country, day, labelled, titled } from '../../views/say';
import { formErrorsView, type FormErrors } from '../../views/form-errors';

/** What the reviewer typed, kept when the form comes back with what is wrong. */
export type ReviewValues = Partial<Record<'decision' | 'comments' | 'guidance.evidence' | 'guidance.participation', string>>;

export function reviewPage(
  ctx: PageContext,
  s: CycleState,
  action: string,
  zone: string,
  failed?: { errors: FormErrors; values: ReviewValues },
) {
  const { w } = ctx;
  const t = w.terms;
  const [latest, previous] = [s.submissions.at(-1)!, s.submissions.at(-2)];
  const changed = previous ? changedParts(w, previous.report, latest.report) : [];
  const about = `${country(ctx, s.country)} ${s.year}`;
  const e = formErrorsView(ctx, failed?.errors, 'review');
  const typed = failed?.values ?? {};
  const decision = (value: 'accept' | 'revise', label: string) =>
    html`<label><input type="radio" name="decision" value="${value}"${value === 'accept' ? html` required` : ''}${typed.decision === value ? html` checked` : ''}> ${label}</label>`;
  const area = (name: 'comments' | 'guidance.evidence' | 'guidance.participation', label: string, max: number) =>
    html`<label for="${name}">${label}</label>${e.at(name)}<textarea id="${name}" name="${name}" maxlength="${max}"${e.attrs(name)}>${typed[name] ?? ''}</textarea>`;
  const body = html`<p>${about}, ${w.round} ${s.round}. ${w.submittedOn(latest.by, day(ctx, latest.at))}</p>
<p class="notice">${dueLine(ctx, s.windowEndsAt ?? s.deadline, zone)}</p>
${previous ? html`<section><h2>${w.changedSinceLast}</h2>${changed.length ? html`<ul>${changed.map((c) => html`<li>${c}</li>`)}</ul>` : html`<p>${w.nothingChanged}</p>`}</section>` : ''}
${reportDocument(ctx, latest.report, (sha) => `/documents/${sha}?cycle=${encodeURIComponent(s.cycleId)}`)}
${s.reviews.length ? html`<section><h2>${w.earlierRounds}</h2>${s.reviews.map((r) => html`<h3>${labelled(ctx, `${capital(w.round)} ${r.round}`)} ${t.decision[r.decision]}</h3><p class="pre">${r.comments}</p>`)}</section>` : ''}
${e.summary}
<form method="post" action="${action}"><input type="hidden" name="_csrf" value="${ctx.csrf}">
<fieldset id="decision"${e.attrs('decision')}><legend>${w.decision}</legend>${e.at('decision')}
${decision('accept', w.accept)}
${decision('revise', w.revise)}</fieldset>
${area('comments', w.comments, 20000)}
${area('guidance.evidence', t.guidanceEvidence, 2000)}
${area('guidance.participation', t.guidanceParticipation, 2000)}
<button type="submit">${w.submitReview}</button></form>`;
  return page(ctx, titled(ctx, w.reviewTitle, about), body);
}
