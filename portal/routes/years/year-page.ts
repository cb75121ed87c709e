import { daysLeft } from '../../../app/cycles';
import { shortfalls } from '../../../domain/r19/criteria';
import { criteriaText as labels } from '../../views/criteria';
import { reportingCycleId } from '../../../domain/shared/workflow-ids';
import type { YearView, YearViewRow } from '../../../domain/cycle/year-view';
import { html } from '../../html';
import { stageChoices, type RowFilter } from './year-rows';
import { page, type PageContext } from '../../views/layout';
import { capital, country, day } from '../../views/say';
import { formErrorsView, type FormErrors } from '../../views/form-errors';
import { socialPartnersLine } from '../../views/stakeholders';

/** A decision on a request for more time that comes back: whose, the note typed, and what is wrong. */
export interface DecisionFailed {
  country: string;
  note: string;
  errors: FormErrors;
}

// The year's dashboard for the secretariat and the GCM: every country's cycle, the R19 facts so far and
// the forecast of flags, filtered by stage and risk.

export interface YearPageOptions {
  /** The run of a cycle in the Temporal UI, when TEMPORAL_UI_URL is set. */
  run?: (workflowId: string) => string;
  /** The secretariat decides requests for more time; the GCM only sees them. */
  canDecide: boolean;
  /** What the last decision did. */
  outcome?: { ok: boolean; text: string };
  /** The decision that comes back, shown at its request (or above the page if the request is no longer pending). */
  failed?: DecisionFailed;
}

/** A decision that comes back for a request no longer pending (decided meanwhile): said above the page. */
function failedElsewhere(ctx: PageContext, view: YearView, o: YearPageOptions) {
  const failed = o.failed;
  const pending = view.rows.some((r) => r.country === failed?.country && r.cycle?.pendingExtension);
  return failed && !(pending && o.canDecide) ? formErrorsView(ctx, failed.errors, 'decision').summary : '';
}

/** Requests for more time beyond what is granted at once: the secretariat grants or refuses each here. */
function pendingRequests(ctx: PageContext, view: YearView, o: YearPageOptions) {
  const pending = view.rows.flatMap((r) =>
    r.cycle?.pendingExtension ? [{ ...r.cycle.pendingExtension, country: r.country, name: r.cycle.name, deadline: r.cycle.deadline }] : [],
  );
  if (!pending.length) return '';
  const y = ctx.w.staff.years;
  return html`<section><h2>${y.requests}</h2>${pending.map((p) => {
    const failed = o.failed?.country === p.country ? o.failed : undefined;
    const e = formErrorsView(ctx, failed?.errors, `decision-${p.country}`);
    const note = `note-${p.country}`;
    return html`<div class="notice"><p><strong>${country(ctx, { code: p.country, name: p.name })} (${p.country})</strong> ${y.asks(p.days, day(ctx, p.deadline), day(ctx, p.at), p.by)} ${p.reason}</p>${
      o.canDecide
        ? html`${e.summary}<form method="post" action="/years/${view.year}/extensions/${p.country}"><input type="hidden" name="_csrf" value="${ctx.csrf}">
<label for="${note}">${y.note}</label>${e.at(note)}<textarea id="${note}" name="note" maxlength="2000"${e.attrs(note)}>${failed?.note ?? ''}</textarea>
<button type="submit" name="decision" value="grant">${y.grant(p.days)}</button> <button type="submit" name="decision" value="refuse">${y.refuse}</button></form>`
        : ''
    }</div>`;
  })}</section>`;
}

function days(ctx: PageContext, row: YearViewRow, now: Date) {
  const left = row.cycle && daysLeft(row.cycle, now);
  if (left === undefined) return '';
  return left < 0 ? ctx.w.staff.years.late(-left) : ctx.w.staff.years.left(left);
}

function forecastCell(ctx: PageContext, row: YearViewRow) {
  const f = row.forecast;
  const y = ctx.w.staff.years;
  const colon = ctx.w.terms.colon;
  if (!f) return '';
  if (f.risk === 'clear') return row.previous ? y.risk.clear : y.clearFirst;
  return html`<strong>${y.risk[f.risk]}</strong>${colon} ${labels(ctx, f.criteria)}${f.risk === 'at-risk' ? html`<br>${y.toAvoid}${colon} ${labels(ctx, f.toAvoid)}` : ''}`;
}

function rowHtml(ctx: PageContext, view: YearView, row: YearViewRow, links: YearPageOptions, now: Date) {
  const { staff, terms } = ctx.w;
  const y = staff.years;
  const c = row.cycle;
  const so = c ? shortfalls(c.facts) : [];
  const opened = `${staff.secretariat.opened[row.opened]}${row.reason ? `${terms.colon} ${row.reason}` : ''}`;
  return html`<tr>
<td data-label="${staff.country}"><a href="/countries/${row.country}/dossier">${country(ctx, { code: row.country, name: c?.name ?? row.country })} (${row.country})</a></td>
<td data-label="${staff.stage}">${c ? capital(terms.stage[c.stage]) : capital(opened)}</td>
<td data-label="${y.deadline}">${c ? day(ctx, c.deadline) : ''}${c?.extension ? html`<br>${y.extended}${terms.colon} ${c.extension.reason}` : ''}</td>
<td data-label="${y.days}">${days(ctx, row, now)}</td>
<td data-label="${y.round}">${c?.round}</td>
<td data-label="${y.reminders}">${c?.remindersSent}</td>
<td data-label="${y.reviewers}">${c?.reviewers.join(', ')}</td>
<td data-label="${y.shortfalls}">${c ? (so.length ? labels(ctx, so) : staff.none) : ''}</td>
<td data-label="${y.forecast}">${forecastCell(ctx, row)}</td>
<td data-label="${y.socialPartners}">${c?.participation ? socialPartnersLine(ctx, c.participation) : ''}</td>
<td data-label="${y.run}">${links.run && c ? html`<a href="${links.run(reportingCycleId(row.country, view.year))}">Temporal UI</a>` : ''}</td>
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
  const { staff, terms } = ctx.w;
  const y = staff.years;
  const stageName = (s: (typeof stageChoices)[number]) => capital(s === 'not-opened' ? y.notOpened : terms.stage[s]);
  const headings = [
    staff.country,
    staff.stage,
    y.deadline,
    y.days,
    y.round,
    y.reminders,
    y.reviewers,
    y.shortfalls,
    y.forecast,
    y.socialPartners,
    y.run,
  ];
  return page(
    ctx,
    y.title(view.year),
    html`${options.outcome ? html`<p class="${options.outcome.ok ? 'notice' : 'error'}" role="${options.outcome.ok ? 'status' : 'alert'}">${options.outcome.text}</p>` : ''}${failedElsewhere(ctx, view, options)}
<p>${y.summary(view.rows.length, atRisk, flagged, terms.rule[view.rule], day(ctx, view.closesAt))}</p>
<form method="get" action="/years/${view.year}" class="filters">
<label for="stage">${staff.stage}</label><select id="stage" name="stage">${option('', filter.stage, y.any)}${stageChoices.map((s) => option(s, filter.stage, stageName(s)))}</select>
<label for="risk">${y.forecast}</label><select id="risk" name="risk">${option('', filter.risk, y.any)}${(['at-risk', 'flagged', 'clear'] as const).map((r) => option(r, filter.risk, y.risk[r]))}</select>
<button type="submit">${y.show}</button>
</form>
${pendingRequests(ctx, view, options)}
<p>${y.showing(rows.length, view.rows.length)} <a href="/years/${view.year}.csv${query ? `?${query}` : ''}">${y.csv}</a></p>
<table class="dashboard"><thead><tr>${headings.map((h) => html`<th>${h}</th>`)}</tr></thead>
<tbody>${rows.map((r) => rowHtml(ctx, view, r, options, now))}</tbody></table>`,
  );
}
