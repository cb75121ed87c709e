import { daysLeft } from '../../../app/cycles';
import { shortfalls } from '../../../domain/r19/criteria';
import { criteriaText as labels, ruleText } from '../../views/criteria';
import type { Risk } from '../../../domain/r19/forecast';
import { reportingCycleId } from '../../../domain/shared/workflow-ids';
import type { YearView, YearViewRow } from '../../../domain/cycle/year-view';
import { html } from '../../html';
import { stageChoices, type RowFilter } from './year-rows';
import { page, type PageContext } from '../../views/layout';

// The year's dashboard for the secretariat and the GCM: every country's cycle, the R19 facts so far and
// the forecast of flags, filtered by stage and risk.

const riskLabel: Record<Risk, string> = { flagged: 'Flagged', 'at-risk': 'At risk', clear: 'Clear' };

export interface YearPageOptions {
  /** The run of a cycle in the Temporal UI, when TEMPORAL_UI_URL is set. */
  run?: (workflowId: string) => string;
  /** The secretariat decides requests for more time; the GCM only sees them. */
  canDecide: boolean;
  /** What the last decision did, or why it was refused. */
  outcome?: { ok: boolean; text: string };
}

/** Requests for more time beyond what is granted at once: the secretariat grants or refuses each here. */
function pendingRequests(ctx: PageContext, view: YearView, o: YearPageOptions) {
  const pending = view.rows.flatMap((r) =>
    r.cycle?.pendingExtension ? [{ ...r.cycle.pendingExtension, country: r.country, name: r.cycle.name, deadline: r.cycle.deadline }] : [],
  );
  if (!pending.length) return '';
  return html`<section><h2>Requests for more time</h2>${pending.map(
    (p) =>
      html`<div class="notice"><p><strong>${p.name} (${p.country})</strong> asks for ${p.days} more days (deadline now ${p.deadline.slice(0, 10)}), sent ${p.at.slice(0, 10)} by ${p.by}: ${p.reason}</p>${
        o.canDecide
          ? html`<form method="post" action="/years/${view.year}/extensions/${p.country}"><input type="hidden" name="_csrf" value="${ctx.csrf}">
<label for="note-${p.country}">Note to the country (required to refuse)</label><textarea id="note-${p.country}" name="note" maxlength="2000"></textarea>
<button type="submit" name="decision" value="grant">Grant ${p.days} days</button> <button type="submit" name="decision" value="refuse">Refuse</button></form>`
          : ''
      }</div>`,
  )}</section>`;
}

function days(row: YearViewRow, now: Date) {
  const left = row.cycle && daysLeft(row.cycle, now);
  if (left === undefined) return '';
  return left < 0 ? `${-left} late` : `${left} left`;
}

function forecastCell(row: YearViewRow) {
  const f = row.forecast;
  if (!f) return '';
  if (f.risk === 'clear') return row.previous ? 'Clear' : 'Clear (no previous cycle)';
  return html`<strong>${riskLabel[f.risk]}</strong>: ${labels(f.criteria)}${f.risk === 'at-risk' ? html`<br>To avoid: ${labels(f.toAvoid)}` : ''}`;
}

function rowHtml(view: YearView, row: YearViewRow, links: YearPageOptions, now: Date) {
  const c = row.cycle;
  const so = c ? shortfalls(c.facts) : [];
  return html`<tr>
<td data-label="Country"><a href="/countries/${row.country}/dossier">${c?.name ?? row.country} (${row.country})</a></td>
<td data-label="Stage">${c?.stage ?? `${row.opened}${row.reason ? `: ${row.reason}` : ''}`}</td>
<td data-label="Deadline">${c ? c.deadline.slice(0, 10) : ''}${c?.extension ? html`<br>extended: ${c.extension.reason}` : ''}</td>
<td data-label="Days">${days(row, now)}</td>
<td data-label="Round">${c?.round}</td>
<td data-label="Reminders">${c?.remindersSent}</td>
<td data-label="Reviewers">${c?.reviewers.join(', ')}</td>
<td data-label="Shortfalls so far">${c ? (so.length ? labels(so) : 'none') : ''}</td>
<td data-label="Forecast">${forecastCell(row)}</td>
<td data-label="Run">${links.run && c ? html`<a href="${links.run(reportingCycleId(row.country, view.year))}">Temporal UI</a>` : ''}</td>
</tr>`;
}

const option = (value: string, chosen: string | undefined, label = value) =>
  html`<option value="${value}"${value === chosen ? html` selected` : ''}>${label}</option>`;

export function yearPage(
  ctx: PageContext,
  view: YearView,
  rows: YearViewRow[],
  filter: RowFilter,
  options: YearPageOptions,
  now = new Date(),
) {
  const atRisk = view.rows.filter((r) => r.forecast?.risk === 'at-risk').length;
  const flagged = view.rows.filter((r) => r.forecast?.risk === 'flagged').length;
  const query = new URLSearchParams({ ...(filter.stage && { stage: filter.stage }), ...(filter.risk && { risk: filter.risk }) }).toString();
  return page(
    ctx,
    `The ${view.year} cycle`,
    html`${options.outcome ? html`<p class="${options.outcome.ok ? 'notice' : 'error'}" role="${options.outcome.ok ? 'status' : 'alert'}">${options.outcome.text}</p>` : ''}
<p>${view.rows.length} countries; ${atRisk} at risk of a flag, ${flagged} flagged. Rule in force: ${ruleText[view.rule]}. The cycle closes on ${view.closesAt.slice(0, 10)}.</p>
<form method="get" action="/years/${view.year}" class="filters">
<label for="stage">Stage</label><select id="stage" name="stage">${option('', filter.stage, 'any')}${stageChoices.map((s) => option(s, filter.stage))}</select>
<label for="risk">Forecast</label><select id="risk" name="risk">${option('', filter.risk, 'any')}${(['at-risk', 'flagged', 'clear'] as const).map((r) => option(r, filter.risk, riskLabel[r]))}</select>
<button type="submit">Show</button>
</form>
${pendingRequests(ctx, view, options)}
<p>Showing ${rows.length} of ${view.rows.length}. <a href="/years/${view.year}.csv${query ? `?${query}` : ''}">Download as CSV</a></p>
<table class="dashboard"><thead><tr><th>Country</th><th>Stage</th><th>Deadline</th><th>Days</th><th>Round</th><th>Reminders</th><th>Reviewers</th><th>Shortfalls so far</th><th>Forecast</th><th>Run</th></tr></thead>
<tbody>${rows.map((r) => rowHtml(view, r, options, now))}</tbody></table>`,
  );
}
