import type { CycleState } from '../../../domain/cycle/state';
import { html } from '../../html';
import { changedParts, reportDocument } from '../../views/report';
import { page, type PageContext } from '../../views/layout';
import { dueLine } from '../../views/due';
import { capital, country, day, labelled, titled } from '../../views/say';

export function reviewPage(ctx: PageContext, s: CycleState, action: string, zone: string, problem?: string) {
  const { w } = ctx;
  const t = w.terms;
  const [latest, previous] = [s.submissions.at(-1)!, s.submissions.at(-2)];
  const changed = previous ? changedParts(w, previous.report, latest.report) : [];
  const about = `${country(ctx, s.country)} ${s.year}`;
  const body = html`${problem ? html`<p class="error" role="alert" tabindex="-1" autofocus>${problem}</p>` : ''}
<p>${about}, ${w.round} ${s.round}. ${w.submittedOn(latest.by, day(ctx, latest.at))}</p>
<p class="notice">${dueLine(ctx, s.windowEndsAt ?? s.deadline, zone)}</p>
${previous ? html`<section><h2>${w.changedSinceLast}</h2>${changed.length ? html`<ul>${changed.map((c) => html`<li>${c}</li>`)}</ul>` : html`<p>${w.nothingChanged}</p>`}</section>` : ''}
${reportDocument(ctx, latest.report, (sha) => `/documents/${sha}?cycle=${encodeURIComponent(s.cycleId)}`)}
${s.reviews.length ? html`<section><h2>${w.earlierRounds}</h2>${s.reviews.map((r) => html`<h3>${labelled(ctx, `${capital(w.round)} ${r.round}`)} ${t.decision[r.decision]}</h3><p class="pre">${r.comments}</p>`)}</section>` : ''}
<form method="post" action="${action}"><input type="hidden" name="_csrf" value="${ctx.csrf}">
<fieldset><legend>${w.decision}</legend>
<label><input type="radio" name="decision" value="accept" required> ${w.accept}</label>
<label><input type="radio" name="decision" value="revise"> ${w.revise}</label></fieldset>
<label for="comments">${w.comments}</label><textarea id="comments" name="comments" maxlength="20000"></textarea>
<label for="guidance.evidence">${t.guidanceEvidence}</label><textarea id="guidance.evidence" name="guidance.evidence" maxlength="2000"></textarea>
<label for="guidance.participation">${t.guidanceParticipation}</label><textarea id="guidance.participation" name="guidance.participation" maxlength="2000"></textarea>
<button type="submit">${w.submitReview}</button></form>`;
  return page(ctx, titled(ctx, w.reviewTitle, about), body);
}
