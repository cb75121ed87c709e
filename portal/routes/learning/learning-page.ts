import type { LearningView } from '../../../app/learning';
import type { IntroductionState } from '../../../domain/learning/introduction';
import type { Suggestion } from '../../../domain/learning/suggestions';
import { html } from '../../html';
import { formErrorsView, type FormErrors } from '../../views/form-errors';
import { page, type PageContext } from '../../views/layout';
import { country, day } from '../../views/say';

// The secretariat's peer-learning page (S3): today's suggestions, each with why (the words matched, the
// progress, roadmap areas and evidence they were found in), to accept or dismiss; then the answers given.
// What countries typed (interests, progress, evidence) is shown as typed.

export interface LearningPageOptions {
  /** What the last answer did, in the reader's words. */
  said?: string;
  /** A refused answer: the suggestion it was about, and its errors. */
  failed?: { id: string; errors: FormErrors };
}

export const pairOf = (ctx: PageContext, s: Suggestion) => ctx.w.learning.pair(country(ctx, s.learner), country(ctx, s.peer));

function suggestionView(ctx: PageContext, s: Suggestion, n: number, o: LearningPageOptions) {
  const w = ctx.w.learning;
  const peer = country(ctx, s.peer);
  const failed = o.failed?.id === s.id ? o.failed : undefined;
  const e = formErrorsView(ctx, failed?.errors, `suggestion-${n}`);
  const list = (heading: string, items: string[]) =>
    items.length ? html`<h4>${heading}</h4><ul>${items.map((i) => html`<li>${i}</li>`)}</ul>` : '';
  const evidence = s.why.evidence.map((x) => `${ctx.w.terms.evidenceKind[x.kind]}${ctx.w.terms.colon} ${x.description}`);
  return html`<section aria-labelledby="suggestion-${n}-title"><h3 id="suggestion-${n}-title">${pairOf(ctx, s)}</h3>
<p><strong>${s.kind === 'candidate' ? w.priority(country(ctx, s.learner)) : w.interest(country(ctx, s.learner))}${ctx.w.terms.colon}</strong> ${s.area}</p>
<p>${w.matched(s.why.matched.join(', '))}</p>
${list(w.progress(peer, s.why.year), s.why.progress)}${list(w.priorityAreas(peer), s.why.priorityAreas)}${
    evidence.length ? list(w.evidence, evidence) : s.why.year === undefined ? html`<p>${w.noReport}</p>` : ''
  }
${e.summary}<form method="post" action="/learning/answer"><input type="hidden" name="_csrf" value="${ctx.csrf}"><input type="hidden" name="id" value="${s.id}">
<button type="submit" name="decision" value="accept">${w.accept}</button> <button type="submit" name="decision" value="dismiss">${w.dismiss}</button></form></section>`;
}

function answerOf(ctx: PageContext, a: IntroductionState) {
  const said = ctx.w.learning.answers;
  const sent = a.told.reduce((n, side) => n + side.emails.length, 0);
  return a.stage === 'dismissed' ? said.dismissed : a.stage === 'sending' ? said.sending(sent) : said.introduced(sent);
}

function answeredView(ctx: PageContext, answered: IntroductionState[]) {
  const w = ctx.w.learning;
  if (!answered.length) return html`<p>${w.noneAnswered}</p>`;
  const rows = answered.map(
    (a) =>
      html`<tr><td data-label="${w.when}">${day(ctx, a.at)}</td><td data-label="${w.countries}">${pairOf(ctx, a.suggestion)}</td><td data-label="${w.area}">${a.suggestion.area}</td><td data-label="${w.answer}">${answerOf(ctx, a)}</td><td data-label="${w.by}">${a.by}</td></tr>`,
  );
  return html`<table><thead><tr><th scope="col">${w.when}</th><th scope="col">${w.countries}</th><th scope="col">${w.area}</th><th scope="col">${w.answer}</th><th scope="col">${w.by}</th></tr></thead><tbody>${rows}</tbody></table>`;
}

export function learningPage(ctx: PageContext, view: Pick<LearningView, 'open' | 'answered'>, o: LearningPageOptions = {}) {
  const w = ctx.w.learning;
  // A refusal about no suggestion on the page is said above them all.
  const elsewhere =
    o.failed && !view.open.some((s) => s.id === o.failed!.id) ? formErrorsView(ctx, o.failed.errors, 'learning').summary : '';
  const suggestions = view.open.length ? view.open.map((s, n) => suggestionView(ctx, s, n + 1, o)) : html`<p>${w.none}</p>`;
  return page(
    ctx,
    w.title,
    html`${o.said ? html`<p class="notice" role="status">${o.said}</p>` : ''}${elsewhere}<p>${w.intro}</p>
<h2>${w.suggestions}</h2>${suggestions}
<h2>${w.answered}</h2>${answeredView(ctx, view.answered)}`,
  );
}
