import type { Criterion } from '../../../domain/r19/criteria';
import { criteriaText } from '../../views/criteria';
import type { DryRun, DryRunRow } from '../../../domain/r19/dry-run';
import { html } from '../../html';
import { page, type PageContext } from '../../views/layout';
import { country } from '../../views/say';
import { formErrorsView } from '../../views/form-errors';

// The policy dry run for the secretariat and the GCM: a proposed policy, the years to try it on, and
// what R19 would have flagged in those closed cycles against what it flagged, in the reader's language.

/** The longest policy the form takes; the route checks it again, as a browser need not. */
export const policyTextLimit = 20_000;

export interface DryRunInput {
  policy: string;
  years: string;
}

export const proposedPolicyExample = '{"escalation": "any-shortfall"}';

const flagText = (ctx: PageContext, list: Criterion[] | undefined) => (list ? criteriaText(ctx, list) : ctx.w.staff.policy.noFlag);

const row = (ctx: PageContext, r: DryRunRow) => {
  const { staff } = ctx.w;
  const p = staff.policy;
  const change = p.changes[r.change];
  return html`<tr>
<td data-label="${staff.country}"><a href="/countries/${r.country}/dossier">${country(ctx, { code: r.country, name: r.name })} (${r.country})</a></td>
<td data-label="${staff.year}">${r.year}</td>
<td data-label="${p.flagged}">${flagText(ctx, r.did)}</td>
<td data-label="${p.underProposal}">${flagText(ctx, r.would)}</td>
<td data-label="${p.change}">${r.change === 'unchanged' ? change : html`<strong>${change}</strong>`}</td>
</tr>`;
};

function result(ctx: PageContext, run: DryRun) {
  const { staff, terms } = ctx.w;
  const p = staff.policy;
  const s = run.summary;
  const span = run.years.from === run.years.to ? `${run.years.from}` : `${run.years.from}–${run.years.to}`;
  if (!run.rows.length) return html`<p class="notice" role="status">${p.noCycles(span)}</p>`;
  return html`<h2>${p.under(span, terms.rule[run.rule])}</h2>
<p class="notice" role="status">${p.summary(s.compared, s.flaggedBefore, s.flaggedUnderProposal, s.newly, s.noLonger)}</p>
<table class="dry-run"><thead><tr><th>${staff.country}</th><th>${staff.year}</th><th>${p.flagged}</th><th>${p.underProposal}</th><th>${p.change}</th></tr></thead>
<tbody>${run.rows.map((r) => row(ctx, r))}</tbody></table>`;
}

/** The form, with what was typed; then the comparison, or the refusal and its reason. */
export function policyDryRunPage(
  ctx: PageContext,
  input: DryRunInput,
  outcome?: { run: DryRun } | { refusal: string; about: 'policy' | 'years' },
) {
  // The refusal in the reader's words, and the field it marks to mend.
  const refused = outcome && 'refusal' in outcome ? outcome : undefined;
  const e = formErrorsView(ctx, refused && { fields: [], problems: [refused.refusal], about: [refused.about] }, 'dry-run');
  const marked = (field: string) => (e.wrong(field) ? html` class="field-error"` : '');
  const p = ctx.w.staff.policy;
  return page(
    ctx,
    p.title,
    html`<p>${p.intro}</p>
${e.summary}
<form method="post" action="/policy/dry-run"><input type="hidden" name="_csrf" value="${ctx.csrf}">
<div${marked('policy')}><label for="policy">${p.proposed} <code>cycle start --policy</code>)</label><textarea id="policy" name="policy" required maxlength="${policyTextLimit}"${e.attrs('policy')}>${input.policy}</textarea></div>
<div${marked('years')}><label for="years">${p.years}</label><input type="text" id="years" name="years" required maxlength="20" value="${input.years}"${e.attrs('years')}></div>
<button type="submit">${p.compare}</button></form>
${outcome && 'run' in outcome ? result(ctx, outcome.run) : ''}`,
  );
}
