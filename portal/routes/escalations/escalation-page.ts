import type { EscalationState, Proposal } from '../../../domain/escalation/gcm-escalation';
import { defaultPolicy } from '../../../domain/cycle/policy';
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
  support: { mechanisms: 'support-mechanisms', members: 'members', checkInEveryDays: 'checkInEveryDays', mandateMonths: 'mandateMonths' },
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

/** Who may do what on an open escalation: record a dialogue (GCM members), propose to the GCM (members and the secretariat). */
export interface EscalationRights {
  dialogue: boolean;
  propose: boolean;
}

/** The forms of what the GCM records, or proposes, while the escalation is open. */
function forms(ctx: PageContext, s: EscalationState, rights: EscalationRights, failed?: EscalationFailed) {
  const { steering, terms } = ctx.w;
  const e = steering.escalation;
  const base = `/escalations/${s.country.code}/${s.year}`;
  const mechanisms = Object.keys(supportMechanisms) as (keyof typeof supportMechanisms)[];
  const typedIn = (action: EscalationAction): Typed | undefined =>
    failed?.action === action ? { values: failed.values, errors: formErrorsView(ctx, failed.errors, action) } : undefined;
  const [d, sup, dec] = [typedIn('dialogue'), typedIn('support'), typedIn('decide')];
  // Since `gcm-decides-support-and-end` the sub-group and the end are proposals the GCM decides, one at a time.
  const proposing = s.proposals !== undefined;
  const pending = s.proposals?.some((p) => !p.outcome);
  const mandate = proposing
    ? html`<label for="mandateMonths">${e.mandateMonths}</label>${sup?.errors.at('mandateMonths')}<input type="number" id="mandateMonths" name="mandateMonths" value="${sup?.values.mandateMonths?.[0] ?? String(defaultPolicy().bodies.supportMandateMonths)}" min="1" max="60"${sup?.errors.attrs('mandateMonths')}>`
    : '';
  const supportEnded = s.support?.endedBecause === 'not-ready' || s.support?.endedBecause === 'mandate';
  const supportTitle = proposing ? e.proposeSupport : e.formSupport;
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
  // R21 follows the dialogue (R20): until one is recorded, the workflow would refuse a sub-group, so none is offered.
  const support =
    s.stage !== 'dialogue' || pending
      ? ''
      : s.dialogue.length === 0
        ? html`<section><h2>${supportTitle}</h2><p>${e.supportAfterDialogue}</p></section>`
        : form(
            ctx,
            `${base}/support`,
            supportTitle,
            html`${group(
              'support-mechanisms',
              e.mechanisms,
              mechanisms.map((k) => check('mechanisms', k, `${k}${terms.colon} ${terms.mechanism[k]}`, sup)),
              sup,
            )}
${area('members', e.members, true, sup)}<label for="checkInEveryDays">${e.checkInDays}</label>${sup?.errors.at('checkInEveryDays')}<input type="number" id="checkInEveryDays" name="checkInEveryDays" value="${sup?.values.checkInEveryDays?.[0] ?? '30'}" min="1" max="365"${sup?.errors.attrs('checkInEveryDays')}>${mandate}`,
            proposing ? e.proposeButton : e.supportButton,
            sup,
          );
  const proposeEnd = form(
    ctx,
    `${base}/decide`,
    e.proposeEnd,
    html`${group(
      'decide-decision',
      e.decision,
      html`${radio('decision', 'resumed', e.resumes, dec)}${supportEnded ? radio('decision', 'inactive', e.inactive, dec) : html`<p>${e.inactiveAfterSupport}</p>`}`,
      dec,
    )}${area('reason', e.reasonTold, true, dec)}`,
    e.proposeButton,
    dec,
  );
  if (proposing)
    return html`${rights.dialogue ? dialogue : ''}
${rights.propose ? support : ''}
${rights.propose && !pending ? proposeEnd : ''}`;
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

/** The proposals made to the GCM: the one before it, with a link to its decision, and those it did not adopt. */
function proposalsSection(ctx: PageContext, s: EscalationState) {
  const { steering, terms } = ctx.w;
  const e = steering.escalation;
  const question = (p: Proposal) => ctx.w.decisions.question[p.kind](s.country.code, country(ctx, s.country));
  const line = (p: Proposal) => {
    const link = html` <a href="/decisions/${p.decision}">${e.theDecision}</a>`;
    const what = html`${question(p)}${p.reason ? html`${terms.colon} ${p.reason}` : ''}`;
    if (!p.outcome) return html`<li><strong>${e.pending}</strong> ${what} (${e.proposedBy(p.by, day(ctx, p.at))}).${link}</li>`;
    const result = p.outcome.result === 'adopted' ? e.adopted(day(ctx, p.outcome.decidedOn)) : e.notAdopted(day(ctx, p.outcome.decidedOn));
    const objections = p.objections?.length ? html`${terms.colon} ${p.objections.join(terms.separator)}` : '';
    return html`<li>${what} (${e.proposedBy(p.by, day(ctx, p.at))})${terms.colon} ${result}${objections}.${link}</li>`;
  };
  return s.proposals?.length ? html`<h2>${e.proposals}</h2><ul>${s.proposals.map(line)}</ul>` : '';
}

/** What ended the support sub-group and when its mandate runs out (sub-groups formed by the GCM's decision). */
function supportEnd(ctx: PageContext, s: EscalationState) {
  const e = ctx.w.steering.escalation;
  const support = s.support;
  if (!support?.mandateEndsAt) return '';
  const ended = support.endedBecause && support.endedBecause !== 'decision' ? e.supportEnded[support.endedBecause] : '';
  return html`<p>${e.mandateUntil(day(ctx, support.mandateEndsAt))}${ended ? html` ${ended}` : ''}</p>`;
}

/** `failed`: the form that comes back, with what was typed and what is wrong. */
export function escalationPage(
  ctx: PageContext,
  s: EscalationState,
  rights: EscalationRights,
  recorded?: string,
  failed?: EscalationFailed,
) {
  const canAct = rights.dialogue || rights.propose;
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
  const pending = s.proposals?.some((p) => !p.outcome);
  const shown = (action: string) =>
    canAct &&
    open &&
    Object.hasOwn(escalationFieldsByPath, action) &&
    (action !== 'support' || (s.stage === 'dialogue' && s.dialogue.length > 0)) &&
    (action === 'dialogue' || !pending);
  const atTop = failed && !shown(failed.action) ? failed.errors.problems?.join(terms.separator) : undefined;
  const body = html`${notices(ctx, recorded && (e.recorded[recorded] ?? recorded), atTop)}
<p>${e.flaggedAfter(staff.escalationStage[s.stage], s.year - 1, s.year)}</p><ul>${s.criteria.map((c) => html`<li>${terms.criterion[c]}</li>`)}</ul>
<h2>${e.dialogue}</h2>${dialogue.length ? html`<ul>${dialogue}</ul>` : html`<p>${e.noneYet}</p>`}
${s.support ? html`${supportSummary(ctx, s.support)}${supportEnd(ctx, s)}` : ''}
${proposalsSection(ctx, s)}
${decision ? html`<h2>${e.decision}</h2><p>${capital(e.decided[decision.decision])}, ${day(ctx, decision.at)}${colon} ${decision.reason}${taken ? html`. ${taken}` : ''}</p>` : ''}
${canAct && open ? forms(ctx, s, rights, failed) : ''}`;
  return page(ctx, e.title(country(ctx, s.country), s.year), body);
}
