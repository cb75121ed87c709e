import type { CandidacyState } from '../../../domain/candidacy/state';
import { timelineSteps, type TimelineStep } from '../../../domain/candidacy/args';
import type { CandidateStep, FormValues } from './country-form';
import { html } from '../../html';
import { page, type PageContext } from '../../views/layout';
import { capital, country, day, labelled, titled } from '../../views/say';
import { formErrorsView, type FormErrors } from '../../views/form-errors';
import { stakeholderGroups, type StakeholderGroup } from '../../../domain/shared/stakeholders';

export interface CandidacyView {
  state: CandidacyState;
  steps: CandidateStep[];
  /** The step just filed, or the step whose form comes back with what is wrong and what was typed. */
  recorded?: string;
  failed?: { step: CandidateStep; errors: FormErrors; values: FormValues };
}

/** The fields of each step's form, by the name its arguments give them. */
const stepFields: Record<CandidateStep, readonly string[]> = {
  timeline: timelineSteps.map((s) => `due.${s}`),
  stakeholders: ['stakeholders', ...stakeholderGroups.map((g) => `stakeholders.${g}`), 'coordinationBodies'],
  situation: ['studies', 'legalFramework', 'gaps', 'informationSources'],
  workshop: ['heldOn', 'participants', 'stockTake'],
  roadmap: [
    'kind',
    'priorityAreas',
    'immediateActions',
    'actions',
    'technicalAssistanceNeeds',
    'timeline',
    'indicators',
    'budget',
    'plans',
  ],
  followUp: ['response'],
};

/** The id of a step's form field (a timeline date's is `due.<step>`), if the step's form has it. */
export const candidacyFieldId = (step: CandidateStep, field: string): string | undefined =>
  stepFields[step].includes(field) ? (step === 'timeline' ? field : `${step}-${field}`) : undefined;

type Field = keyof PageContext['w']['field'];

/** A step's form field by its name, as its label reads; the line of a list when the problem is on one. */
export function candidacyFieldLabel(ctx: PageContext, step: CandidateStep, where: { field: string; line?: number }): string {
  const { w } = ctx;
  const [name, timelineStep] = where.field.split('.');
  const label =
    name === 'stakeholders' && timelineStep
      ? capital(w.terms.stakeholder[timelineStep as StakeholderGroup] ?? timelineStep)
      : name === 'due' && timelineStep
        ? w.field.dueOf(w.terms.step[timelineStep as TimelineStep] ?? timelineStep)
        : name && name !== 'dueOf' && name in w.field
          ? String(w.field[name as Exclude<Field, 'dueOf'>])
          : w.step[step];
  return where.line ? `${label} (${w.line(where.line)})` : label;
}

export function candidacyPage(ctx: PageContext, v: CandidacyView) {
  const { w } = ctx;
  const t = w.terms;
  const { state: s } = v;
  const valueOf = (step: CandidateStep, name: string) => (v.failed?.step === step ? (v.failed.values[name] ?? '') : '');
  const errorsOf = (step: CandidateStep) => formErrorsView(ctx, v.failed?.step === step ? v.failed.errors : undefined, step);
  const area = (step: CandidateStep, name: Exclude<Field, 'dueOf'>, required = true) => {
    const e = errorsOf(step);
    const id = `${step}-${name}`;
    return html`<label for="${id}">${w.field[name]}</label>${e.at(id)}<textarea id="${id}" name="${name}"${required ? html` required` : ''} maxlength="20000"${e.attrs(id)}>${valueOf(step, name)}</textarea>`;
  };
  const fields: Record<CandidateStep, () => unknown> = {
    timeline: () =>
      timelineSteps.map((step) => {
        const e = errorsOf('timeline');
        const id = `due.${step}`;
        return html`<label for="${id}">${w.field.dueOf(t.step[step])}</label>${e.at(id)}<input type="date" id="${id}" name="${id}" value="${valueOf('timeline', id)}"${e.attrs(id)}>`;
      }),
    stakeholders: () => {
      // A fieldset of the vocabulary's groups, each with its names one a line: the error of "no group" is on the fieldset.
      const e = errorsOf('stakeholders');
      const id = 'stakeholders-stakeholders';
      const group = (g: StakeholderGroup) => {
        const gid = `stakeholders-stakeholders.${g}`;
        return html`<label for="${gid}">${capital(t.stakeholder[g])}</label>${e.at(gid)}<textarea id="${gid}" name="stakeholders.${g}" maxlength="20000"${e.attrs(gid)}>${valueOf('stakeholders', `stakeholders.${g}`)}</textarea>`;
      };
      return html`<fieldset id="${id}"${e.attrs(id)}><legend>${w.field.stakeholders}</legend>${e.at(id)}${stakeholderGroups.map(group)}</fieldset>${area('stakeholders', 'coordinationBodies')}`;
    },
    situation: () =>
      html`${area('situation', 'studies')}${area('situation', 'legalFramework')}${area('situation', 'gaps')}${area('situation', 'informationSources')}`,
    workshop: () =>
      html`<label for="workshop-heldOn">${w.field.heldOn}</label>${errorsOf('workshop').at('workshop-heldOn')}<input type="date" id="workshop-heldOn" name="heldOn" required value="${valueOf('workshop', 'heldOn')}"${errorsOf('workshop').attrs('workshop-heldOn')}>${area('workshop', 'participants')}${area('workshop', 'stockTake')}`,
    roadmap:
      () => html`<fieldset id="roadmap-kind"${errorsOf('roadmap').attrs('roadmap-kind')}><legend>${w.field.kind}</legend>${errorsOf('roadmap').at('roadmap-kind')}
<label><input type="radio" name="kind" value="roadmap"${valueOf('roadmap', 'kind') !== 'national-action-plans' ? html` checked` : ''}> ${w.field.roadmapKind}</label>
<label><input type="radio" name="kind" value="national-action-plans"${valueOf('roadmap', 'kind') === 'national-action-plans' ? html` checked` : ''}> ${w.field.napKind}</label></fieldset>
${(['priorityAreas', 'immediateActions', 'actions', 'technicalAssistanceNeeds', 'timeline', 'indicators', 'budget', 'plans'] as const).map((f) => area('roadmap', f, false))}`,
    followUp: () => area('followUp', 'response'),
  };
  const forms = v.steps.map(
    (step) => html`<section><h2>${w.step[step]}</h2>${errorsOf(step).summary}
<form method="post" action="/candidacies/${s.code}/${step}"><input type="hidden" name="_csrf" value="${ctx.csrf}">${fields[step]()}<button type="submit">${w.submitStep}</button></form></section>`,
  );
  const timeline = s.timeline.map((step) => {
    const done = s.done[step.step];
    return html`<li>${labelled(ctx, capital(t.step[step.step]))} ${day(ctx, step.due)}${done ? html` ✓ ${w.filedOn(day(ctx, done))}` : ''}</li>`;
  });
  const body = html`${v.recorded ? html`<p class="notice" role="status">${w.recorded}</p>` : ''}
<p>${labelled(ctx, w.stage)} ${t.candidacyStage[s.stage]}</p>
${timeline.length ? html`<ul>${timeline}</ul>` : ''}
${v.steps.length ? forms : html`<p>${w.notNow}</p>`}`;
  return page(ctx, titled(ctx, w.candidacyTitle, country(ctx, s)), body);
}
