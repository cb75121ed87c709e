import { takenText, type EscalationState, type SupportState } from '../../../domain/gcm-escalation';
import type { ReactivationState } from '../../../domain/reactivation';
import { supportMechanisms } from '../../../domain/governance';
import { html, type Html } from '../../html';
import { criterionLabel } from '../../views/criteria';
import { page, type PageContext } from '../../views/layout';

// The pages of the people who steer: the GCM's escalation (R20–R22), a support sub-group's check-ins (R21)
// and the secretariat's verification of a reactivation request (R23). In English, as their notices are.

const notices = (recorded?: string, problem?: string) =>
  html`${recorded ? html`<p class="notice" role="status">Recorded: ${recorded}.</p>` : ''}${problem ? html`<p class="error" role="alert">${problem}</p>` : ''}`;
const form = (ctx: PageContext, action: string, title: string, fields: Html, button: string) =>
  html`<section><h2>${title}</h2><form method="post" action="${action}"><input type="hidden" name="_csrf" value="${ctx.csrf}">${fields}<button type="submit">${button}</button></form></section>`;
const area = (name: string, label: string, required = true) =>
  html`<label for="${name}">${label}</label><textarea id="${name}" name="${name}" maxlength="20000"${required ? html` required` : ''}></textarea>`;
const check = (name: string, value: string, label: string) =>
  html`<label><input type="checkbox" name="${name}" value="${value}"> ${label}</label>`;
const radio = (name: string, value: string, label: string) =>
  html`<label><input type="radio" name="${name}" value="${value}" required> ${label}</label>`;

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

const supportSummary = (support: SupportState) =>
  html`<h2>Support</h2><p>Mechanisms ${support.mechanisms.join(', ')}; members ${support.members.map((m) => m.name).join(', ')}; a check-in every ${support.checkInEveryDays} days.</p>
<ul>${support.checkIns.map((c) => html`<li>${c.at.slice(0, 10)} ${c.by}: ${c.note}${c.readyToResume ? ' (ready to resume)' : ''}</li>`)}</ul>`;

export function supportPage(ctx: PageContext, code: string, year: number, support: SupportState, recorded?: string, problem?: string) {
  const body = html`${notices(recorded, problem)}${supportSummary(support)}
${support.endedAt ? '' : form(ctx, `/support/${code}/${year}`, 'Check in (R21)', html`${area('note', 'What happened since the last check-in')}${check('ready', 'yes', 'The country is ready to resume')}`, 'Record the check-in')}`;
  return page(ctx, `Support to ${code} (${year})`, body);
}

export function verificationPage(ctx: PageContext, code: string, r: ReactivationState, problem?: string) {
  const q = r.request;
  const body = html`${notices(undefined, problem)}<p>Filed by ${r.by}. Stage: ${r.stage}.</p>
<dl><dt>(I) Progress report</dt><dd>${q.progressReport}</dd><dt>(II) Indicator framework</dt><dd>${q.indicatorFramework}</dd>
<dt>(III) Evidence of progress</dt><dd>${q.evidenceOfProgress}</dd><dt>(IV) Evidence of collaboration</dt><dd>${q.evidenceOfCollaboration}</dd>
<dt>Letter to the ${q.letter.to}</dt><dd>${q.letter.summary}</dd>${q.letter.roadmapChanges ? html`<dt>Roadmap changes</dt><dd>${q.letter.roadmapChanges}</dd>` : ''}</dl>
${r.stage === 'awaiting-verification' ? form(ctx, `/reactivations/${code}`, 'Verify (R23)', html`<fieldset><legend>Verification</legend>${radio('verified', 'yes', 'The evidence holds: the country is active again')}${radio('verified', 'no', 'The evidence does not hold')}</fieldset>${area('note', 'What was checked (the country and the GCM are told)')}`, 'Record the verification') : ''}`;
  return page(ctx, `Reactivation request: ${code}`, body);
}
