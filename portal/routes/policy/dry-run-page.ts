import type { Criterion } from '../../../domain/r19/criteria';
import { criteriaText, ruleText } from '../../views/criteria';
import type { DryRun, DryRunRow } from '../../../domain/r19/dry-run';
import { html } from '../../html';
import { page, type PageContext } from '../../views/layout';

// The policy dry run for the secretariat and the GCM: a proposed policy, the years to try it on, and
// what R19 would have flagged in those closed cycles against what it flagged. In English for now.

/** The longest policy the form takes; the route checks it again, as a browser need not. */
export const policyTextLimit = 20_000;

export interface DryRunInput {
  policy: string;
  years: string;
}

export const proposedPolicyExample = '{"escalation": "any-shortfall"}';

const flagText = (list: Criterion[] | undefined) => (list ? criteriaText(list) : 'no flag');

const row = (r: DryRunRow) => html`<tr>
<td data-label="Country"><a href="/countries/${r.country}/dossier">${r.name} (${r.country})</a></td>
<td data-label="Year">${r.year}</td>
<td data-label="Flagged">${flagText(r.did)}</td>
<td data-label="Under the proposal">${flagText(r.would)}</td>
<td data-label="Change">${r.change === 'unchanged' ? r.change : html`<strong>${r.change}</strong>`}</td>
</tr>`;

function result(run: DryRun) {
  const s = run.summary;
  const span = run.years.from === run.years.to ? `${run.years.from}` : `${run.years.from}–${run.years.to}`;
  if (!run.rows.length) return html`<p class="notice" role="status">No closed cycles in ${span}.</p>`;
  return html`<h2>${span} under ${ruleText[run.rule]}</h2>
<p class="notice" role="status">${s.compared} cycles compared: ${s.flaggedBefore} flagged when they closed, ${s.flaggedUnderProposal} under the proposal; ${s.newly} newly flagged, ${s.noLonger} no longer flagged.</p>
<table class="dry-run"><thead><tr><th>Country</th><th>Year</th><th>Flagged</th><th>Under the proposal</th><th>Change</th></tr></thead>
<tbody>${run.rows.map(row)}</tbody></table>`;
}

/** The form, with what was typed; then the comparison, or the refusal and its reason. */
export function policyDryRunPage(ctx: PageContext, input: DryRunInput, outcome?: { run: DryRun } | { refusal: string }) {
  const refusal = outcome && 'refusal' in outcome ? outcome.refusal : undefined;
  // Marks the field to mend: every refusal but one about the years concerns the policy.
  const wrong = refusal && (refusal.startsWith('years:') ? 'years' : 'policy');
  const marked = (field: string) => (field === wrong ? html` class="field-error"` : '');
  return page(
    ctx,
    'Policy dry run',
    html`<p>Try a cycle policy on the cycles already closed: which countries R19 would have flagged to the GCM under it, against what was flagged. Nothing changes.</p>
${refusal ? html`<p class="error" role="alert" tabindex="-1" autofocus>${refusal}</p>` : ''}
<form method="post" action="/policy/dry-run"><input type="hidden" name="_csrf" value="${ctx.csrf}">
<div${marked('policy')}><label for="policy">Proposed policy (JSON, as for <code>cycle start --policy</code>)</label><textarea id="policy" name="policy" required maxlength="${policyTextLimit}">${input.policy}</textarea></div>
<div${marked('years')}><label for="years">Years (e.g. 2026-2028, or 2027)</label><input type="text" id="years" name="years" required maxlength="20" value="${input.years}"></div>
<button type="submit">Compare</button></form>
${outcome && 'run' in outcome ? result(outcome.run) : ''}`,
  );
}
