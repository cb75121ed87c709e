import type { ReactivationState } from '../../../domain/reactivation/reactivation';
import { html } from '../../html';
import { area, form, notices, radio } from '../../views/steering';
import { page, type PageContext } from '../../views/layout';

// The secretariat's verification of a reactivation request (R23): what the country sent, and the verdict.

export function verificationPage(ctx: PageContext, code: string, r: ReactivationState, problem?: string) {
  const q = r.request;
  const body = html`${notices(undefined, problem)}<p>Filed by ${r.by}. Stage: ${r.stage}.</p>
<dl><dt>(I) Progress report</dt><dd>${q.progressReport}</dd><dt>(II) Indicator framework</dt><dd>${q.indicatorFramework}</dd>
<dt>(III) Evidence of progress</dt><dd>${q.evidenceOfProgress}</dd><dt>(IV) Evidence of collaboration</dt><dd>${q.evidenceOfCollaboration}</dd>
<dt>Letter to the ${q.letter.to}</dt><dd>${q.letter.summary}</dd>${q.letter.roadmapChanges ? html`<dt>Roadmap changes</dt><dd>${q.letter.roadmapChanges}</dd>` : ''}</dl>
${r.stage === 'awaiting-verification' ? form(ctx, `/reactivations/${code}`, 'Verify (R23)', html`<fieldset><legend>Verification</legend>${radio('verified', 'yes', 'The evidence holds: the country is active again')}${radio('verified', 'no', 'The evidence does not hold')}</fieldset>${area('note', 'What was checked (the country and the GCM are told)')}`, 'Record the verification') : ''}`;
  return page(ctx, `Reactivation request: ${code}`, body);
}
