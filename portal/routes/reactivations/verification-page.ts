import type { ReactivationState } from '../../../domain/reactivation/reactivation';
import { html } from '../../html';
import { area, form, notices, radio } from '../../views/steering';
import { page, type PageContext } from '../../views/layout';

// The secretariat's verification of a reactivation request (R23), in the reader's language: what the
// country sent, and the verdict.

export function verificationPage(ctx: PageContext, code: string, r: ReactivationState, problem?: string) {
  const { steering, terms } = ctx.w;
  const v = steering.reactivation;
  const q = r.request;
  const evidence = terms.reactivationEvidence;
  // The usual addressee has its name in every language; another is named as the country wrote it.
  const letter = q.letter.to === 'Alliance 8.7 Chair' ? ctx.w.letterSummary : v.letterTo(q.letter.to);
  const body = html`${notices(ctx, undefined, problem)}<p>${v.filed(r.by, v.stage[r.stage])}</p>
<dl><dt>${evidence.progressReport}</dt><dd>${q.progressReport}</dd><dt>${evidence.indicatorFramework}</dt><dd>${q.indicatorFramework}</dd>
<dt>${evidence.evidenceOfProgress}</dt><dd>${q.evidenceOfProgress}</dd><dt>${evidence.evidenceOfCollaboration}</dt><dd>${q.evidenceOfCollaboration}</dd>
<dt>${letter}</dt><dd>${q.letter.summary}</dd>${q.letter.roadmapChanges ? html`<dt>${v.roadmapChanges}</dt><dd>${q.letter.roadmapChanges}</dd>` : ''}</dl>
${r.stage === 'awaiting-verification' ? form(ctx, `/reactivations/${code}`, v.verify, html`<fieldset><legend>${v.verification}</legend>${radio('verified', 'yes', v.holds)}${radio('verified', 'no', v.doesNotHold)}</fieldset>${area('note', v.checked)}`, v.button) : ''}`;
  return page(ctx, v.title(code), body);
}
