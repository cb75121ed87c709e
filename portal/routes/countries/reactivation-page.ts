import { html } from '../../html';
import { page, type PageContext } from '../../views/layout';

const fields = [
  'progressReport',
  'indicatorFramework',
  'evidenceOfProgress',
  'evidenceOfCollaboration',
  'letterSummary',
  'roadmapChanges',
] as const;

export function reactivationPage(ctx: PageContext, countryName: string, values: Record<string, string> = {}, problem?: string) {
  const { w } = ctx;
  const body = html`<p>${w.reactivationIntro}</p>${problem ? html`<p class="error" role="alert" tabindex="-1" autofocus>${problem}</p>` : ''}
<form method="post"><input type="hidden" name="_csrf" value="${ctx.csrf}">
${fields.map((f) => html`<label for="${f}">${w.reactivation[f]}</label><textarea id="${f}" name="${f}" maxlength="20000"${f === 'roadmapChanges' ? '' : html` required`}>${values[f] ?? ''}</textarea>`)}
<button type="submit">${w.sendRequest}</button></form>`;
  return page(ctx, `${w.reactivationTitle}: ${countryName}`, body);
}
