import type { ParsedArgs } from '../../../domain/candidacy/args';
import type { CandidacyState } from '../../../domain/candidacy/state';
import { html, type Html } from '../../html';
import { pendingFeedbackOf, type GcmCandidacyStep } from '../../../domain/candidacy/candidacy';
import { page, type PageContext } from '../../views/layout';
import { capital, country, day } from '../../views/say';
import { stakeholderName } from '../../views/stakeholders';
import { formErrorsView, type FormErrors } from '../../views/form-errors';

// The GCM's page on a candidacy (R10, R11): what the candidate filed and presented, each round with the
// GCM, and the form of the step open now for the member who reads it, in the reader's language.

/** The fields of the GCM's forms and the most characters each takes; the route refuses longer text. */
export const gcmFieldLimits = {
  feedback: 20_000,
  ceacrConclusions: 5_000,
  durbanCallToAction: 5_000,
  position: 10,
  reason: 5_000,
} as const;
export type GcmField = keyof typeof gcmFieldLimits;
export type GcmValues = Partial<Record<GcmField, string>>;

export interface GcmCandidacyView {
  state: CandidacyState;
  /** The steps the reader may take now: the secretariat drafts the GCM's feedback where the GCM decides it as a body. */
  steps: GcmCandidacyStep[];
  recorded?: string;
  /** The step whose form comes back with what is wrong and what was typed. */
  failed?: { step: GcmCandidacyStep; errors: FormErrors; values: GcmValues };
}

type Said = PageContext['w']['steering']['candidacy'];

const list = (c: Said, items: string[]) =>
  items.length ? html`<ul>${items.map((i) => html`<li>${i}</li>`)}</ul>` : html`<p>${c.noneGiven}</p>`;
const entry = (term: string, detail: unknown) => html`<dt>${term}</dt><dd>${detail}</dd>`;

/** What the candidacy waits for, in a sentence. */
function awaiting(ctx: PageContext, s: CandidacyState): string {
  const c = ctx.w.steering.candidacy;
  const round = s.gcmRounds.at(-1);
  switch (s.stage) {
    case 'expression-of-interest':
      return c.unacknowledged;
    case 'planning':
      return round ? c.notGranted(round.attempt) : c.planning;
    case 'gcm-review':
      if (!round?.feedback) return pendingFeedbackOf(s) ? '' : c.awaitingFeedback;
      if (!round.followUp) return c.awaitingFollowUp;
      if (round.decision) return ctx.w.decisions.candidacy.decidedAsBody;
      return c.awaitingPositions;
    case 'granted':
      return c.granted(s.grantedOn ? day(ctx, s.grantedOn) : '');
    case 'withdrawn':
      return c.withdrawn;
  }
}

/** While the GCM decides the grant as a body, the link to its decision. */
function decisionLink(ctx: PageContext, s: CandidacyState): Html | '' {
  const id = s.stage === 'gcm-review' ? s.gcmRounds.at(-1)?.decision : undefined;
  return id ? html` <a href="/decisions/${id}">${ctx.w.decisions.candidacy.open}</a>` : '';
}

/** The feedback draft before the GCM (R10): what it says, who drafted it, and the link to its decision. */
function pendingDraft(ctx: PageContext, s: CandidacyState): Html | '' {
  const pending = pendingFeedbackOf(s);
  if (s.stage !== 'gcm-review' || !pending) return '';
  const c = ctx.w.steering.candidacy;
  const d = pending.draft;
  return html`<section><h2>${c.draftTitle}</h2>
<p>${ctx.w.decisions.candidacy.feedbackAsBody(d.as, day(ctx, pending.at))} <a href="/decisions/${pending.decision}">${ctx.w.decisions.candidacy.open}</a></p>
<dl>${entry(c.feedbackTo, html`<span class="pre">${d.feedback}</span>`)}${d.ceacrConclusions ? entry(c.ceacr, d.ceacrConclusions) : ''}${d.durbanCallToAction ? entry(c.durban, d.durbanCallToAction) : ''}</dl></section>`;
}

function plan(ctx: PageContext, roadmap: ParsedArgs<'roadmap'> | undefined): Html {
  const { terms } = ctx.w;
  const c = ctx.w.steering.candidacy;
  if (!roadmap) return html`<p>${c.notSubmitted}</p>`;
  const p = roadmap.plan;
  if (p.kind === 'national-action-plans') {
    return html`<p>${c.plans}</p><ul>${p.plans.map((n) => html`<li>${n.title} (${n.covers.map((k) => terms.covered[k]).join(', ')})${terms.colon} ${n.criteriaAndIndicators}</li>`)}</ul>`;
  }
  return html`<dl>${entry(c.priorityAreas, list(c, p.priorityAreas))}${entry(c.immediate, list(c, p.immediateActions))}${entry(c.actions, list(c, p.actions))}
${entry(c.assistance, list(c, p.technicalAssistanceNeeds))}${entry(c.timeline, p.timeline)}${entry(c.indicators, list(c, p.indicators))}${entry(c.budget, p.budget || c.noneGiven)}</dl>`;
}

function planning(ctx: PageContext, filed: CandidacyState['filed']): Html {
  const c = ctx.w.steering.candidacy;
  const colon = ctx.w.terms.colon;
  return html`<dl>${entry(c.coordination, list(c, filed.stakeholders?.coordinationBodies ?? []))}
${entry(
  c.stakeholders,
  list(
    c,
    (filed.stakeholders?.stakeholders ?? []).map((g) => `${capital(stakeholderName(ctx, g.group))}${colon} ${g.names.join(', ')}`),
  ),
)}
${entry(c.gaps, list(c, filed.situation?.gaps ?? []))}
${entry(
  c.workshops,
  list(
    c,
    filed.workshops.map((w) => `${day(ctx, w.heldOn)}${colon} ${w.stockTake}`),
  ),
)}</dl>`;
}

function round(ctx: PageContext, r: CandidacyState['gcmRounds'][number]): Html {
  const c = ctx.w.steering.candidacy;
  const colon = ctx.w.terms.colon;
  const f = r.feedback;
  // Drafts the GCM did not adopt stay on the page, each with its decision.
  const notAdopted = (r.feedbackDrafts ?? []).filter((d) => d.outcome === 'not-adopted');
  const given = f && (r.feedbackOn ? c.adoptedOn(f.as, day(ctx, r.feedbackOn)) : f.as);
  const positions = r.positions.map((p) => `${p.as}${colon} ${c.position[p.position] ?? p.position}${p.reason ? ` (${p.reason})` : ''}`);
  return html`<h3>${c.round(r.attempt, day(ctx, r.presentation.meetingOn))}${r.outcome ? ` (${c.outcome[r.outcome]})` : ''}</h3>
<dl>${entry(c.priorities, list(c, r.presentation.priorities))}${entry(c.consultation, r.presentation.consultationProcess)}
${entry(c.feedback, f ? html`<span class="pre">${f.feedback}</span> (${given})` : c.notYet)}
${notAdopted.length ? entry(c.draftsNotAdopted, html`<ul>${notAdopted.map((d) => html`<li><span class="pre">${d.draft.feedback}</span> (${d.draft.as}, ${day(ctx, d.at)}${ctx.w.terms.colon} ${ctx.w.decisions.candidacy.draftNotAdopted}) <a href="/decisions/${d.decision}">${ctx.w.decisions.candidacy.open}</a></li>`)}</ul>`) : ''}
${f?.ceacrConclusions ? entry(c.ceacr, f.ceacrConclusions) : ''}${f?.durbanCallToAction ? entry(c.durban, f.durbanCallToAction) : ''}
${entry(c.followUp, r.followUp ? html`<span class="pre">${r.followUp.response}</span>` : c.notYet)}
${entry(c.positions, list(c, positions))}</dl>`;
}

export function gcmCandidacyPage(ctx: PageContext, v: GcmCandidacyView) {
  const { state: s, failed } = v;
  const { terms } = ctx.w;
  const c = ctx.w.steering.candidacy;
  const typed = (step: GcmCandidacyStep, name: GcmField) => (failed?.step === step ? (failed.values[name] ?? '') : '');
  const errorsOf = (step: GcmCandidacyStep) => formErrorsView(ctx, failed?.step === step ? failed.errors : undefined, step);
  const area = (step: GcmCandidacyStep, name: GcmField, label: string, required = false) => {
    const e = errorsOf(step);
    const id = `${step}-${name}`;
    return html`<label for="${id}">${label}</label>${e.at(id)}<textarea id="${id}" name="${name}" maxlength="${gcmFieldLimits[name]}"${required ? html` required` : ''}${e.attrs(id)}>${typed(step, name)}</textarea>`;
  };
  const choice = (value: 'support' | 'object', label: string) =>
    html`<label><input type="radio" name="position" value="${value}" required${typed('position', 'position') === value ? html` checked` : ''}> ${label}</label>`;
  const fields: Record<GcmCandidacyStep, [string, Html, string]> = {
    feedback: [
      s.feedbackByBody ? c.draftFormTitle : c.feedbackTitle,
      html`${area('feedback', 'feedback', c.feedbackTo, true)}${area('feedback', 'ceacrConclusions', c.ceacrLinks)}${area('feedback', 'durbanCallToAction', c.durbanLinks)}`,
      s.feedbackByBody ? c.draftButton : c.feedbackButton,
    ],
    position: [
      c.positionTitle,
      html`<fieldset id="position-position"${errorsOf('position').attrs('position-position')}><legend>${c.positionLegend}</legend>${errorsOf('position').at('position-position')}${choice('support', c.supportIt)}${choice('object', c.objectIt)}</fieldset>${area('position', 'reason', c.objection)}`,
      c.positionButton,
    ],
  };
  const forms = v.steps.map((step) => {
    const [title, inputs, button] = fields[step];
    return html`<section><h2>${title}</h2>${errorsOf(step).summary}
<form method="post" action="/candidacies/${s.code}/gcm/${step}"><input type="hidden" name="_csrf" value="${ctx.csrf}">${inputs}<button type="submit">${button}</button></form></section>`;
  });
  const recorded = v.recorded && (c.recorded[v.recorded] ?? v.recorded);
  const body = html`${recorded ? html`<p class="notice" role="status">${ctx.w.staff.recorded}${terms.colon} ${recorded}.</p>` : ''}
<p>${c.stage(terms.candidacyStage[s.stage], s.attempt)} ${awaiting(ctx, s)}${decisionLink(ctx, s)}</p>
${pendingDraft(ctx, s)}${forms}
<h2>${c.roadmap}</h2>${plan(ctx, s.filed.roadmap)}
<h2>${c.planningTitle}</h2>${planning(ctx, s.filed)}
<h2>${c.withGcm}</h2>${s.gcmRounds.length ? s.gcmRounds.map((r) => round(ctx, r)) : html`<p>${c.notPresented}</p>`}`;
  return page(ctx, c.title(country(ctx, { code: s.code, name: s.name })), body);
}
