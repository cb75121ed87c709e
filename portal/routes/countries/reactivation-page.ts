import { html } from '../../html';
import { page, type PageContext } from '../../views/layout';
import { titled } from '../../views/say';

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

export function reactivationPage(ctx: PageContext, countryName: string, values: Record<string, string> = {}, problem?: string) {
  const { w } = ctx;
  const body = html`<p>${w.reactivationIntro}</p>${problem ? html`<p class="error" role="alert" tabindex="-1" autofocus>${problem}</p>` : ''}
<form method="post"><input type="hidden" name="_csrf" value="${ctx.csrf}">
${reactivationFields.map((f) => html`<label for="${f}">${reactivationLabel(ctx, f)}</label><textarea id="${f}" name="${f}" maxlength="20000"${f === 'roadmapChanges' ? '' : html` required`}>${values[f] ?? ''}</textarea>`)}
<button type="submit">${w.sendRequest}</button></form>`;
  return page(ctx, titled(ctx, w.reactivationTitle, countryName), body);
}
