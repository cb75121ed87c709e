import { takenText, type EscalationState } from '../../../domain/escalation/gcm-escalation';
import { supportMechanisms } from '../../../domain/escalation/args';
import { html } from '../../html';
import { criterionLabel } from '../../views/criteria';
import { page, type PageContext } from '../../views/layout';
import { area, check, form, notices, radio, supportSummary } from '../../views/steering';

// The GCM's page on a flagged country (R20–R22): the flags, the dialogue, the support, the decision, and
// the forms of what the GCM may record now.

export function escalationPage(ctx: PageContext, s: EscalationState, canAct: boolean, recorded?: string, problem?: string) {
  const base = `/escalations/${s.country.code}/${s.year}`;
  const open = s.stage === 'dialogue' || s.stage === 'support';
  const body = html`${notices(recorded, problem)}
<p>Stage: ${s.stage}. Flagged after the ${s.year - 1} and ${s.year} cycles for:</p><ul>${s.criteria.map((c) => html`<li>${criterionLabel[c]}</li>`)}</ul>
<h2>Dialogue</h2>${s.dialogue.length ? html`<ul>${s.dialogue.map((d) => html`<li>${d.at.slice(0, 10)} (${d.topics.join(', ')}): ${d.circumstances}${d.unreportedProgress ? html` — unreported progress: ${d.unreportedProgress}` : ''} — way forward: ${d.wayForward.summary}</li>`)}</ul>` : html`<p>None recorded yet.</p>`}
${s.support ? supportSummary(s.support) : ''}
${s.decision ? html`<h2>Decision</h2><p>${s.decision.decision}, ${s.decision.at.slice(0, 10)}: ${s.decision.reason}${s.decision.takenAt ? html`. Taken ${takenText(s.decision.takenAt)}.` : ''}</p>` : ''}
${
  canAct && open
    ? html`${form(
        ctx,
        `${base}/dialogue`,
        'Record a dialogue (R20)',
        html`<fieldset><legend>Topics</legend>${check('topics', 'compliance', 'Compliance with the mechanism')}${check('topics', 'progress', 'Progress on roadmap priorities')}</fieldset>
${area('circumstances', 'Circumstances (political, economic, humanitarian)')}${area('unreportedProgress', 'Progress not yet reported', false)}${area('wayForward', 'Way forward')}
${check('supportNeeded', 'yes', 'Support is needed')}${check('roadmapUpdate', 'yes', 'The roadmap needs an update')}`,
        'Record the dialogue',
      )}
${
  s.stage === 'dialogue'
    ? form(
        ctx,
        `${base}/support`,
        'Form a support sub-group (R21)',
        html`<fieldset><legend>Mechanisms</legend>${Object.entries(supportMechanisms).map(([k, v]) => check('mechanisms', k, `${k}: ${v}`))}</fieldset>
${area('members', 'Members, one a line: name: e-mail')}<label for="checkInEveryDays">Days between check-ins</label><input type="number" id="checkInEveryDays" name="checkInEveryDays" value="30" min="1" max="365">`,
        'Form the sub-group',
      )
    : ''
}
${form(ctx, `${base}/decide`, 'Decide (R22)', html`<fieldset><legend>Decision</legend>${radio('decision', 'resumed', 'The country resumes')}${s.support ? radio('decision', 'inactive', 'The country is declared inactive') : html`<p>The country can be declared inactive only once dialogue and support have not worked: form a support sub-group first.</p>`}</fieldset>${area('reason', 'Reason (the country is told)')}<fieldset><legend>Taken</legend>${radio('how', 'meeting', 'at a GCM meeting')}${radio('how', 'written-procedure', 'by written procedure')}</fieldset><label for="on">Date of the meeting or of the written procedure</label><input id="on" name="on" type="date" required><label for="reference">Reference (minutes or note)</label><input id="reference" name="reference" type="text" required maxlength="500">`, 'Record the decision')}`
    : ''
}`;
  return page(ctx, `GCM escalation: ${s.country.name} ${s.year}`, body);
}
