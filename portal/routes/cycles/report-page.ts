import { html, type Html } from '../../html';
import type { DocumentRef } from '../../documents';
import type { Words } from '../../i18n';
import { issueText, type Issue } from '../../issues';
import { evidenceKinds } from '../../../domain/cycle/report';
import { earlierReportGroups, internationalGroups, nationalGroups } from '../../../domain/shared/stakeholders';
import { rowCounts, type FormValues } from './report-form';
import { page, type PageContext } from '../../views/layout';
import { capital } from '../../views/say';
import { formErrorsView, type FormErrors } from '../../views/form-errors';

export interface ReportFormView {
  title: string;
  action: string;
  values: FormValues;
  /** The report's schema issues, by the form field they belong to. */
  errors: Record<string, Issue>;
  /** Problems that belong to no one field (attachments, an unreadable JSON file, the workflow's refusal), in the reader's words. */
  problems: string[];
  /** When the report or revision is due, in the reader's zone and the secretariat's. */
  due: Html;
  /** The Working Group's comments a revision answers. */
  comments?: string;
  /** The next steps the country set in last year's report, to report against (R15). */
  lastNextSteps?: string[];
  /** The current roadmap's priority areas and their indicator codes, as a reminder beside the progress rows. */
  roadmapAreas?: { title: string; indicators: string[] }[];
  /** Documents of the last submission, kept unless unticked. */
  attachments: DocumentRef[];
  maxMb: number;
  /** Fields that come before the report's, in the same form (a reactivation request's letter to the Chair). */
  before?: Html;
  /** The submit button's label, when the form is not a report or revision of a cycle. */
  submitLabel?: string;
  /** A first report may ask for more time: what was typed, and what came back wrong, if anything. */
  moreTime?: { action: string; days?: string; reason?: string; errors?: FormErrors };
}

const indicatorKeys = ['code', 'name', 'baseline', 'target', 'latestValue', 'year'] as const;

/** A form field's label, as the list of what to correct names it: `progress.1.summary` is "Progress made 2". */
function fieldLabel(w: Words, field: string): string {
  const [head, index, key] = field.split('.');
  const row = (label: string) => (index === undefined ? label : `${label} ${Number(index) + 1}`);
  switch (head) {
    case 'progress':
      return index === undefined ? w.progress : row(key === 'summary' ? w.summary : w.objective);
    case 'evidence':
      return index === undefined ? w.evidence : row(key === 'kind' ? w.kind : w.description);
    case 'collaboration':
      return index === undefined ? w.collaboration : row(key === 'partners' ? w.partners : w.description);
    case 'indicator':
      return index === undefined ? w.framework : row(w[indicatorKeys.find((k) => k === key) ?? 'name']);
    case 'participation':
    case 'challenges':
    case 'preparedThrough':
      return w[head];
    case 'learningInterests':
      return w.learningInterestsHeading;
    case 'nextSteps':
      return w.nextStepsHeading;
    case 'letterGist':
      return w.letterGist;
    default:
      return w.reportTitle;
  }
}

function moreTimeForm(ctx: PageContext, m: NonNullable<ReportFormView['moreTime']>): Html {
  const w = ctx.w.moreTime;
  const e = formErrorsView(ctx, m.errors, 'moreTime');
  return html`<details${m.errors ? html` open` : ''}><summary>${w.title}</summary>
<form method="post" action="${m.action}"><input type="hidden" name="_csrf" value="${ctx.csrf}">
<p>${w.hint}</p>${e.summary}
<label for="moreTime-days">${w.days}</label>${e.at('moreTime-days')}<input type="number" id="moreTime-days" name="days" min="1" max="120" required value="${m.days ?? ''}"${e.attrs('moreTime-days')}>
<label for="moreTime-reason">${w.reason}</label>${e.at('moreTime-reason')}<textarea id="moreTime-reason" name="reason" required maxlength="2000"${e.attrs('moreTime-reason')}>${m.reason ?? ''}</textarea>
<button type="submit">${w.ask}</button></form></details>`;
}

/** A group of a report filed before 1.1 that no group replaced, offered only when the report being revised names it. */
const earlierGroups = (values: FormValues) => earlierReportGroups.international.filter((g) => values[`international.${g}`]);

export function reportFormPage(ctx: PageContext, v: ReportFormView): Html {
  const { w } = ctx;
  const t = w.terms;
  const counts = rowCounts(v.values);
  const wrong = Object.keys(v.errors);
  const errors: FormErrors | undefined =
    v.problems.length || wrong.length
      ? { fields: wrong.map((f) => ({ id: f, label: fieldLabel(w, f), text: issueText(w, v.errors[f]!) })), problems: v.problems }
      : undefined;
  const e = formErrorsView(ctx, errors, 'report', w.fixErrors);
  const err = e.at;
  const text = (name: string, label: string, type = 'text') =>
    html`<div class="${e.wrong(name) ? 'field-error' : ''}"><label for="${name}">${label}</label>${err(name)}<input type="${type}" id="${name}" name="${name}" value="${v.values[name] ?? ''}"${e.attrs(name)}${type === 'number' ? html` step="any"` : ''} maxlength="2000"></div>`;
  const area = (name: string, label: string) =>
    html`<div class="${e.wrong(name) ? 'field-error' : ''}"><label for="${name}">${label}</label>${err(name)}<textarea id="${name}" name="${name}"${e.attrs(name)} maxlength="20000">${v.values[name] ?? ''}</textarea></div>`;
  const range = (n: number) => Array.from({ length: n }, (_, i) => i);

  const body = html`${e.summary}
<p class="notice">${v.due}</p>
${v.moreTime ? moreTimeForm(ctx, v.moreTime) : ''}
${v.comments ? html`<section><h2>${t.comments}</h2><p class="pre">${v.comments}</p></section>` : ''}
<form method="post" action="${v.action}" enctype="multipart/form-data">
<input type="hidden" name="_csrf" value="${ctx.csrf}">${v.before ?? ''}
<fieldset id="progress"${e.attrs('progress')}><legend>${w.progress}</legend>${err('progress')}${
    v.roadmapAreas?.length
      ? html`<p>${w.roadmapAreasHint}</p><ul>${v.roadmapAreas.map((a) => html`<li>${a.title}${a.indicators.length ? html` (${w.indicatorsOfArea}${t.colon} ${a.indicators.join(', ')})` : ''}</li>`)}</ul>`
      : ''
  }${range(counts.progress).map((i) => html`${text(`progress.${i}.objective`, `${w.objective} ${i + 1}`)}${area(`progress.${i}.summary`, `${w.summary} ${i + 1}`)}`)}</fieldset>
${area('challenges', w.challenges)}
${area('learningInterests', w.learningInterests)}
${v.lastNextSteps?.length ? html`<section><h2>${w.lastNextSteps}</h2><ul>${v.lastNextSteps.map((s) => html`<li>${s}</li>`)}</ul></section>` : ''}
${area('nextSteps', w.nextSteps)}
<fieldset><legend>${w.evidence}</legend>${range(counts.evidence).map(
    (i) =>
      html`<label for="evidence.${i}.kind">${w.kind} ${i + 1}</label><select id="evidence.${i}.kind" name="evidence.${i}.kind">${evidenceKinds.map(
        (k) =>
          html`<option value="${k}"${v.values[`evidence.${i}.kind`] === k ? html` selected` : ''}>${capital(t.evidenceKind[k])}</option>`,
      )}</select>${area(`evidence.${i}.description`, `${w.description} ${i + 1}`)}`,
  )}</fieldset>
<fieldset id="participation"${e.attrs('participation')}><legend>${w.participation}</legend>${err('participation')}<p>${w.socialPartnersHint}</p><h3>${w.national}</h3>${nationalGroups.map((g) => area(`national.${g}`, capital(t.stakeholder[g])))}<h3>${w.international}</h3>${internationalGroups.map((g) => area(`international.${g}`, capital(t.stakeholder[g])))}${earlierGroups(v.values).map((g) => area(`international.${g}`, capital(t.stakeholder[g])))}</fieldset>
<fieldset><legend>${w.collaboration}</legend>${range(counts.collaboration).map((i) => html`${area(`collaboration.${i}.description`, `${w.description} ${i + 1}`)}${text(`collaboration.${i}.partners`, w.partners)}`)}</fieldset>
${text('preparedThrough', w.preparedThrough)}
<fieldset id="indicator"${e.attrs('indicator')}><legend>${w.framework}</legend>${err('indicator')}
<label><input type="checkbox" name="framework.updated" value="yes"${v.values['framework.updated'] === 'yes' ? html` checked` : ''}> ${w.frameworkUpdated}</label>
<table><thead><tr>${indicatorKeys.map((key) => html`<th>${w[key]}</th>`)}</tr></thead><tbody>${range(counts.indicator).map(
    (i) =>
      html`<tr>${indicatorKeys.map((key) => html`<td>${text(`indicator.${i}.${key}`, `${w[key]} ${i + 1}`, key === 'code' || key === 'name' ? 'text' : 'number')}</td>`)}</tr>`,
  )}</tbody></table></fieldset>
<fieldset><legend>${w.attachments}</legend><p>${w.attachmentsHint(v.maxMb)}</p>
${v.attachments.map((a) => html`<label><input type="checkbox" name="keep" value="${a.sha256}" checked> ${a.name} (${w.kilobytes(Math.ceil(a.size / 1024))})</label>`)}
<label for="attachments">${w.attachments}</label><input type="file" id="attachments" name="attachments" multiple accept=".pdf,.docx,.xlsx,.odt"></fieldset>
<label for="reportJson">${w.jsonUpload}</label><input type="file" id="reportJson" name="reportJson" accept=".json,application/json">
<button type="submit">${v.submitLabel ?? w.submitReport}</button>
</form>`;
  return page(ctx, v.title, body);
}
