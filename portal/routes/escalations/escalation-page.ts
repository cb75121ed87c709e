import type { EscalationState } from '../../../domain/escalation/gcm-escalation';
import { supportMechanisms } from '../../../domain/escalation/args';
import { html } from '../../html';
import { page, type PageContext } from '../../views/layout';
import { capital, country, day } from '../../views/say';
import { area, check, form, group, input, notices, radio, supportSummary, type Typed } from '../../views/steering';
import { formErrorsView, type FormErrors } from '../../views/form-errors';

/** The GCM's forms on a flagged country, by the action each posts to. */
export type EscalationAction = 'dialogue' | 'support' | 'decide';

/** A form that comes back: which, what was typed, and what is wrong. */
export interface EscalationFailed {
  action: string;
  values: Record<string, string[]>;
  errors: FormErrors;
}

/** Each form's fields by the path of the argument the workflow names in a refusal (`members.0.email`), for the field it is about. */
export const escalationFieldsByPath: Record<EscalationAction, Record<string, string>> = {
  dialogue: {
    topics: 'dialogue-topics',
    circumstances: 'circumstances',
    unreportedProgress: 'unreportedProgress',
    wayForward: 'wayForward',
    'wayForward.summary': 'wayForward',
  },
  support: { mechanisms: 'support-mechanisms', members: 'members', checkInEveryDays: 'checkInEveryDays' },
  decide: {
    decision: 'decide-decision',
    reason: 'reason',
    takenAt: 'decide-how',
    'takenAt.how': 'decide-how',
    'takenAt.on': 'on',
    'takenAt.reference': 'reference',
  },
};

// The GCM's page on a flagged country (R20–R22), in the reader's language: the flags, the dialogue, the
// support, the decision, and the forms of what the GCM may record now.

/** The forms of what the GCM records while the escalation is open. */
function forms(ctx: PageContext, s: EscalationState, failed?: EscalationFailed) {
  const { steering, terms } = ctx.w;
  const e = steering.escalation;
  const base = `/escalations/${s.country.code}/${s.year}`;
  const mechanisms = Object.keys(supportMechanisms) as (keyof typeof supportMechanisms)[];
  const typedIn = (action: EscalationAction): Typed | undefined =>
    failed?.action === action ? { values: failed.values, errors: formErrorsView(ctx, failed.errors, action) } : undefined;
  const [d, sup, dec] = [typedIn('dialogue'), typedIn('support'), typedIn('decide')];
  const dialogue = form(
    ctx,
    `${base}/dialogue`,
    e.recordDialogue,
    html`${group('dialogue-topics', e.topics, html`${check('topics', 'compliance', e.compliance, d)}${check('topics', 'progress', e.roadmapProgress, d)}`, d)}
${area('circumstances', e.circumstances, true, d)}${area('unreportedProgress', e.unreportedProgress, false, d)}${area('wayForward', e.wayForwardLabel, true, d)}
${check('supportNeeded', 'yes', e.supportNeeded, d)}${check('roadmapUpdate', 'yes', e.roadmapUpdate, d)}`,
    e.dialogueButton,
    d,
  );
  const support =
    s.stage === 'dialogue'
      ? form(
          ctx,
          `${base}/support`,
          e.formSupport,
          html`${group(
            'support-mechanisms',
            e.mechanisms,
            mechanisms.map((k) => check('mechanisms', k, `${k}${terms.colon} ${terms.mechanism[k]}`, sup)),
            sup,
          )}
${area('members', e.members, true, sup)}<label for="checkInEveryDays">${e.checkInDays}</label>${sup?.errors.at('checkInEveryDays')}<input type="number" id="checkInEveryDays" name="checkInEveryDays" value="${sup?.values.checkInEveryDays?.[0] ?? '30'}" min="1" max="365"${sup?.errors.attrs('checkInEveryDays')}>`,
          e.supportButton,
          sup,
        )
      : '';
  const decide = form(
    ctx,
    `${base}/decide`,
    e.decide,
    html`${group(
      'decide-decision',
      e.decision,
      html`${radio('decision', 'resumed', e.resumes, dec)}${s.support ? radio('decision', 'inactive', e.inactive, dec) : html`<p>${e.supportFirst}</p>`}`,
      dec,
    )}${area('reason', e.reasonTold, true, dec)}${group('decide-how', e.takenLegend, html`${radio('how', 'meeting', e.atMeeting, dec)}${radio('how', 'written-procedure', e.byWritten, dec)}`, dec)}${input('on', e.on, 'date', dec)}${input('reference', e.reference, 'text', dec)}`,
    e.decideButton,
    dec,
  );
  return html`${dialogue}
${support}
${decide}`;
}

/** `failed`: the form that comes back, with what was typed and what is wrong. */
export function escalationPage(ctx: PageContext, s: EscalationState, canAct: boolean, recorded?: string, failed?: EscalationFailed) {
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
  // A form that comes back shows what is wrong above itself; one no longer offered (the stage moved on), at the top.
  const shown = (action: string) =>
    canAct && open && Object.hasOwn(escalationFieldsByPath, action) && (action !== 'support' || s.stage === 'dialogue');
  const atTop = failed && !shown(failed.action) ? failed.errors.problems?.join(terms.separator) : undefined;
  const body = html`${notices(ctx, recorded && (e.recorded[recorded] ?? recorded), atTop)}
<p>${e.flaggedAfter(staff.escalationStage[s.stage], s.year - 1, s.year)}</p><ul>${s.criteria.map((c) => html`<li>${terms.criterion[c]}</li>`)}</ul>
<h2>${e.dialogue}</h2>${dialogue.length ? html`<ul>${dialogue}</ul>` : html`<p>${e.noneYet}</p>`}
${s.support ? supportSummary(ctx, s.support) : ''}
${decision ? html`<h2>${e.decision}</h2><p>${capital(e.decided[decision.decision])}, ${day(ctx, decision.at)}${colon} ${decision.reason}${taken ? html`. ${taken}` : ''}</p>` : ''}
${canAct && open ? forms(ctx, s, failed) : ''}`;
  return page(ctx, e.title(country(ctx, s.country), s.year), body);
}
