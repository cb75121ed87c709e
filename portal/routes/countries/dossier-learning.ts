import type { IntroductionState } from '../../../domain/learning/introduction';
import { html } from '../../html';
import type { PageContext } from '../../views/layout';
import { country, day } from '../../views/say';

// A dossier's section on peer learning (S3): each introduction the secretariat made between this country and
// another (the other named), the latest first, with the area it was about. Dismissed suggestions are the secretariat's own
// business and stay on /learning.

export function dossierLearning(ctx: PageContext, code: string, introductions: IntroductionState[]) {
  const said = ctx.w.learning.dossier;
  const lines = introductions
    .filter((i) => i.decision === 'accept')
    .flatMap(({ suggestion: s, at }) => {
      const other = s.learner.code === code ? s.peer : s.peer.code === code ? s.learner : undefined;
      return other ? [html`<li>${day(ctx, at)}${ctx.w.terms.colon} ${country(ctx, other)} (${s.area})</li>`] : [];
    });
  return html`<h2>${said.title}</h2>${lines.length ? html`<ul>${lines}</ul>` : html`<p>—</p>`}`;
}
