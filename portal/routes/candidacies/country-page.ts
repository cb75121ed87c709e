import type { CandidacyState } from '../../../domain/candidacy/state';
import { timelineSteps } from '../../../domain/candidacy/args';
import type { CandidateStep, FormValues } from './country-form';
import { html } from '../../html';
import { page, type PageContext } from '../../views/layout';

export interface CandidacyView {
  state: CandidacyState;
  steps: CandidateStep[];
  /** The step just filed, or the step whose form comes back with its problem and what was typed. */
  recorded?: string;
  failed?: { step: CandidateStep; problem: string; values: FormValues };
}

export function candidacyPage(ctx: PageContext, v: CandidacyView) {
  const { w } = ctx;
  const { state: s } = v;
  const valueOf = (step: CandidateStep, name: string) => (v.failed?.step === step ? (v.failed.values[name] ?? '') : '');
  const area = (step: CandidateStep, name: keyof typeof w.field, required = true) =>
    html`<label for="${step}-${name}">${w.field[name]}</label><textarea id="${step}-${name}" name="${name}"${required ? html` required` : ''} maxlength="20000">${valueOf(step, name)}</textarea>`;
  const fields: Record<CandidateStep, () => unknown> = {
    timeline: () =>
      timelineSteps.map(
        (t) =>
          html`<label for="due.${t}">${w.field.dueOf(t)}</label><input type="date" id="due.${t}" name="due.${t}" value="${valueOf('timeline', `due.${t}`)}">`,
      ),
    stakeholders: () => html`${area('stakeholders', 'stakeholders')}${area('stakeholders', 'coordinationBodies')}`,
    situation: () =>
      html`${area('situation', 'studies')}${area('situation', 'legalFramework')}${area('situation', 'gaps')}${area('situation', 'informationSources')}`,
    workshop: () =>
      html`<label for="workshop-heldOn">${w.field.heldOn}</label><input type="date" id="workshop-heldOn" name="heldOn" required value="${valueOf('workshop', 'heldOn')}">${area('workshop', 'participants')}${area('workshop', 'stockTake')}`,
    roadmap: () => html`<fieldset><legend>${w.field.kind}</legend>
<label><input type="radio" name="kind" value="roadmap"${valueOf('roadmap', 'kind') !== 'national-action-plans' ? html` checked` : ''}> ${w.field.roadmapKind}</label>
<label><input type="radio" name="kind" value="national-action-plans"${valueOf('roadmap', 'kind') === 'national-action-plans' ? html` checked` : ''}> ${w.field.napKind}</label></fieldset>
${(['priorityAreas', 'immediateActions', 'actions', 'technicalAssistanceNeeds', 'timeline', 'indicators', 'budget', 'plans'] as const).map((f) => area('roadmap', f, false))}`,
    followUp: () => area('followUp', 'response'),
  };
  const forms = v.steps.map(
    (
      step,
    ) => html`<section><h2>${w.step[step]}</h2>${v.failed?.step === step ? html`<p class="error" role="alert" tabindex="-1" autofocus>${v.failed.problem}</p>` : ''}
<form method="post" action="/candidacies/${s.code}/${step}"><input type="hidden" name="_csrf" value="${ctx.csrf}">${fields[step]()}<button type="submit">${w.submitStep}</button></form></section>`,
  );
  const body = html`${v.recorded ? html`<p class="notice" role="status">${w.recorded}</p>` : ''}
<p>${w.stage}: ${s.stage}</p>
${s.timeline.length ? html`<ul>${s.timeline.map((t) => html`<li>${t.step}: ${t.due}${s.done[t.step] ? html` ✓ ${s.done[t.step]!.slice(0, 10)}` : ''}</li>`)}</ul>` : ''}
${v.steps.length ? forms : html`<p>${w.notNow}</p>`}`;
  return page(ctx, `${w.candidacyTitle}: ${s.name}`, body);
}
