import type { ParsedArgs } from '../../../domain/candidacy/args';
import type { CandidacyState } from '../../../domain/candidacy/state';
import { html, type Html } from '../../html';
import type { GcmCandidacyStep } from '../../../domain/candidacy/candidacy';
import { page, type PageContext } from '../../views/layout';

// The GCM's page on a candidacy (R10, R11): what the candidate filed and presented, each round with the
// GCM, and the form of the step open now for the member who reads it. In English, as the GCM's notices are.

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
  /** The steps the reader may take now: none for the secretariat, who reads only. */
  steps: GcmCandidacyStep[];
  recorded?: string;
  /** The step whose form comes back with its problem and what was typed. */
  failed?: { step: GcmCandidacyStep; problem: string; values: GcmValues };
}

const list = (items: string[]) => (items.length ? html`<ul>${items.map((i) => html`<li>${i}</li>`)}</ul>` : html`<p>None given.</p>`);
const entry = (term: string, detail: unknown) => html`<dt>${term}</dt><dd>${detail}</dd>`;

/** What the candidacy waits for, in a sentence. */
function awaiting(s: CandidacyState): string {
  const round = s.gcmRounds.at(-1);
  switch (s.stage) {
    case 'expression-of-interest':
      return 'The secretariat has yet to acknowledge the expression of interest.';
    case 'planning':
      return round
        ? `Not granted after round ${round.attempt}: the candidate keeps what it filed and may present again.`
        : 'The candidate is planning; it presents to the GCM when its roadmap is ready.';
    case 'gcm-review':
      if (!round?.feedback) return "Awaiting the GCM's feedback on the presentation.";
      if (!round.followUp) return "Awaiting the candidate's follow-up to the GCM's feedback.";
      return "Awaiting the GCM members' positions: status is granted by consensus, and one objection blocks.";
    case 'granted':
      return `Pathfinder status granted on ${s.grantedOn}.`;
    case 'withdrawn':
      return 'The candidate has withdrawn.';
  }
}

function plan(roadmap: ParsedArgs<'roadmap'> | undefined): Html {
  if (!roadmap) return html`<p>Not submitted yet.</p>`;
  const p = roadmap.plan;
  if (p.kind === 'national-action-plans') {
    return html`<p>National action plans instead of a roadmap:</p><ul>${p.plans.map((n) => html`<li>${n.title} (${n.covers.join(', ')}): ${n.criteriaAndIndicators}</li>`)}</ul>`;
  }
  return html`<dl>${entry('Priority action areas', list(p.priorityAreas))}${entry('Immediate measures before the end of the year', list(p.immediateActions))}${entry('Actions', list(p.actions))}
${entry('Technical assistance needs', list(p.technicalAssistanceNeeds))}${entry('Preliminary timeline', p.timeline)}${entry('Criteria and indicators', list(p.indicators))}${entry('Budget', p.budget || 'None given.')}</dl>`;
}

function planning(filed: CandidacyState['filed']): Html {
  return html`<dl>${entry('Coordination bodies', list(filed.stakeholders?.coordinationBodies ?? []))}
${entry('Stakeholders', list((filed.stakeholders?.stakeholders ?? []).map((g) => `${g.group}: ${g.names.join(', ')}`)))}
${entry('Gaps in the SDG 8.7 situation', list(filed.situation?.gaps ?? []))}
${entry('Planning workshops', list(filed.workshops.map((w) => `${w.heldOn}: ${w.stockTake}`)))}</dl>`;
}

function round(r: CandidacyState['gcmRounds'][number]): Html {
  const f = r.feedback;
  return html`<h3>Round ${r.attempt}: presented on ${r.presentation.meetingOn}${r.outcome ? ` (${r.outcome})` : ''}</h3>
<dl>${entry('Priorities', list(r.presentation.priorities))}${entry('Consultation process', r.presentation.consultationProcess)}
${entry("GCM's feedback", f ? html`<span class="pre">${f.feedback}</span> (${f.as})` : 'Not given yet.')}
${f?.ceacrConclusions ? entry('CEACR conclusions', f.ceacrConclusions) : ''}${f?.durbanCallToAction ? entry('Durban Call to Action', f.durbanCallToAction) : ''}
${entry("Candidate's follow-up", r.followUp ? html`<span class="pre">${r.followUp.response}</span>` : 'Not given yet.')}
${entry('Positions', list(r.positions.map((p) => `${p.as}: ${p.position}${p.reason ? ` (${p.reason})` : ''}`)))}</dl>`;
}

export function gcmCandidacyPage(ctx: PageContext, v: GcmCandidacyView) {
  const { state: s, failed } = v;
  const typed = (step: GcmCandidacyStep, name: GcmField) => (failed?.step === step ? (failed.values[name] ?? '') : '');
  const area = (step: GcmCandidacyStep, name: GcmField, label: string, required = false) =>
    html`<label for="${step}-${name}">${label}</label><textarea id="${step}-${name}" name="${name}" maxlength="${gcmFieldLimits[name]}"${required ? html` required` : ''}>${typed(step, name)}</textarea>`;
  const choice = (value: 'support' | 'object', label: string) =>
    html`<label><input type="radio" name="position" value="${value}" required${typed('position', 'position') === value ? html` checked` : ''}> ${label}</label>`;
  const fields: Record<GcmCandidacyStep, [string, Html, string]> = {
    feedback: [
      "The GCM's feedback on the presentation (R10)",
      html`${area('feedback', 'feedback', 'Feedback to the candidate', true)}${area('feedback', 'ceacrConclusions', 'Links to the CEACR conclusions (optional)')}${area('feedback', 'durbanCallToAction', 'Links to the Durban Call to Action (optional)')}`,
      'Send the feedback',
    ],
    position: [
      'Your position on granting pathfinder status (R11)',
      html`<fieldset><legend>Position</legend>${choice('support', 'I support granting the status')}${choice('object', 'I object')}</fieldset>${area('position', 'reason', 'Reason: required with an objection, say what is missing (the candidate is told)')}`,
      'Record my position',
    ],
  };
  const forms = v.steps.map((step) => {
    const [title, inputs, button] = fields[step];
    return html`<section><h2>${title}</h2>${failed?.step === step ? html`<p class="error" role="alert" tabindex="-1" autofocus>${failed.problem}</p>` : ''}
<form method="post" action="/candidacies/${s.code}/gcm/${step}"><input type="hidden" name="_csrf" value="${ctx.csrf}">${inputs}<button type="submit">${button}</button></form></section>`;
  });
  const body = html`${v.recorded ? html`<p class="notice" role="status">Recorded: ${v.recorded}.</p>` : ''}
<p>Stage: ${s.stage} (attempt ${s.attempt}). ${awaiting(s)}</p>
${forms}
<h2>Roadmap (R9)</h2>${plan(s.filed.roadmap)}
<h2>Planning (R6–R8)</h2>${planning(s.filed)}
<h2>With the GCM (R10, R11)</h2>${s.gcmRounds.length ? s.gcmRounds.map(round) : html`<p>Not presented yet.</p>`}`;
  return page(ctx, `GCM candidacy: ${s.name}`, body);
}
