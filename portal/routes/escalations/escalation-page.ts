import type { EscalationState } from '../../../domain/escalation/gcm-escalation';
import { supportMechanisms } from '../../../domain/escalation/args';
import { html } from '../../html';
import { page, type PageContext } from '../../views/layout';
import { capital, country, day } from '../../views/say';
import { area, check, form, notices, radio, supportSummary } from '../../views/steering';

// The GCM's page on a flagged country (R20–R22), in the reader's language: the flags, the dialogue, the
// support, the decision, and the forms of what the GCM may record now.

/** The forms of what the GCM records while the escalation is open. */
function forms(ctx: PageContext, s: EscalationState) {
  const { steering, terms } = ctx.w;
  const e = steering.escalation;
  const base = `/escalations/${s.country.code}/${s.year}`;
  const mechanisms = Object.keys(supportMechanisms) as (keyof typeof supportMechanisms)[];
  const dialogue = form(
    ctx,
    `${base}/dialogue`,
    e.recordDialogue,
    html`<fieldset><legend>${e.topics}</legend>${check('topics', 'compliance', e.compliance)}${check('topics', 'progress', e.roadmapProgress)}</fieldset>
${area('circumstances', e.circumstances)}${area('unreportedProgress', e.unreportedProgress, false)}${area('wayForward', e.wayForwardLabel)}
${check('supportNeeded', 'yes', e.supportNeeded)}${check('roadmapUpdate', 'yes', e.roadmapUpdate)}`,
    e.dialogueButton,
  );
  const support =
    s.stage === 'dialogue'
      ? form(
          ctx,
          `${base}/support`,
          e.formSupport,
          html`<fieldset><legend>${e.mechanisms}</legend>${mechanisms.map((k) => check('mechanisms', k, `${k}${terms.colon} ${terms.mechanism[k]}`))}</fieldset>
${area('members', e.members)}<label for="checkInEveryDays">${e.checkInDays}</label><input type="number" id="checkInEveryDays" name="checkInEveryDays" value="30" min="1" max="365">`,
          e.supportButton,
        )
      : '';
  const decide = form(
    ctx,
    `${base}/decide`,
    e.decide,
    html`<fieldset><legend>${e.decision}</legend>${radio('decision', 'resumed', e.resumes)}${s.support ? radio('decision', 'inactive', e.inactive) : html`<p>${e.supportFirst}</p>`}</fieldset>${area('reason', e.reasonTold)}<fieldset><legend>${e.takenLegend}</legend>${radio('how', 'meeting', e.atMeeting)}${radio('how', 'written-procedure', e.byWritten)}</fieldset><label for="on">${e.on}</label><input id="on" name="on" type="date" required><label for="reference">${e.reference}</label><input id="reference" name="reference" type="text" required maxlength="500">`,
    e.decideButton,
  );
  return html`${dialogue}
${support}
${decide}`;
}

export function escalationPage(ctx: PageContext, s: EscalationState, canAct: boolean, recorded?: string, problem?: string) {
  const { staff, steering, terms } = ctx.w;
  const e = steering.escalation;
  const colon = terms.colon;
  const open = s.stage === 'dialogue' || s.stage === 'support';
  const decision = s.decision;
  const taken = decision?.takenAt && e.taken(e.how[decision.takenAt.how], day(ctx, decision.takenAt.on), decision.takenAt.reference);
  const dialogue = s.dialogue.map(
    (d) =>
      html`<li>${day(ctx, d.at)} (${d.topics.map((t) => (t === 'compliance' ? e.compliance : t === 'progress' ? e.roadmapProgress : t)).join(', ')})${colon} ${d.circumstances}${d.unreportedProgress ? html` — ${e.unreported} ${d.unreportedProgress}` : ''} — ${e.wayForward} ${d.wayForward.summary}</li>`,
  );
  const body = html`${notices(ctx, recorded && (e.recorded[recorded] ?? recorded), problem)}
<p>${e.flaggedAfter(staff.escalationStage[s.stage], s.year - 1, s.year)}</p><ul>${s.criteria.map((c) => html`<li>${terms.criterion[c]}</li>`)}</ul>
<h2>${e.dialogue}</h2>${dialogue.length ? html`<ul>${dialogue}</ul>` : html`<p>${e.noneYet}</p>`}
${s.support ? supportSummary(ctx, s.support) : ''}
${decision ? html`<h2>${e.decision}</h2><p>${capital(e.decided[decision.decision])}, ${day(ctx, decision.at)}${colon} ${decision.reason}${taken ? html`. ${taken}` : ''}</p>` : ''}
${canAct && open ? forms(ctx, s) : ''}`;
  return page(ctx, e.title(country(ctx, s.country), s.year), body);
}
