import { html } from '../../html';
import { page, type PageContext } from '../../views/layout';
import { titled } from '../../views/say';
import { formErrorsView, type FormErrors } from '../../views/form-errors';

export const reactivationFields = [
  'progressReport',
  'indicatorFramework',
  'evidenceOfProgress',
  'evidenceOfCollaboration',
  'letterSummary',
  'roadmapChanges',
] as const;
export type ReactivationField = (typeof reactivationFields)[number];

/** Each field's label: the four kinds of evidence as the vocabulary names them (R23), then the letter. */
export const reactivationLabel = ({ w }: PageContext, field: ReactivationField) =>
  field === 'letterSummary' || field === 'roadmapChanges' ? w[field] : w.terms.reactivationEvidence[field];

export function reactivationPage(ctx: PageContext, countryName: string, values: Record<string, string> = {}, errors?: FormErrors) {
  const { w } = ctx;
  const e = formErrorsView(ctx, errors, 'reactivation');
  const body = html`<p>${w.reactivationIntro}</p>${e.summary}
<form method="post"><input type="hidden" name="_csrf" value="${ctx.csrf}">
${reactivationFields.map((f) => html`<label for="${f}">${reactivationLabel(ctx, f)}</label>${e.at(f)}<textarea id="${f}" name="${f}" maxlength="20000"${f === 'roadmapChanges' ? '' : html` required`}${e.attrs(f)}>${values[f] ?? ''}</textarea>`)}
<button type="submit">${w.sendRequest}</button></form>`;
  return page(ctx, titled(ctx, w.reactivationTitle, countryName), body);
}
