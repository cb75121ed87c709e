import { daysLeft } from '../../../app/cycles';
import { shortfalls, shows } from '../../../domain/r19/criteria';
import { risks, type Risk } from '../../../domain/r19/forecast';
import { stages, type Stage } from '../../../domain/cycle/state';
import type { YearView, YearViewRow } from '../../../domain/cycle/year-view';

// The dashboard's rows as the reader asked for them (filtered by stage and risk), and as CSV.

export const stageChoices: readonly (Stage | 'not-opened')[] = [...stages, 'not-opened'];

export interface RowFilter {
  stage?: (typeof stageChoices)[number];
  risk?: Risk;
}

/** The filter from a query string; anything unknown is ignored rather than refused (it only narrows a view). */
export function rowFilter(query: { stage?: unknown; risk?: unknown }): RowFilter {
  const stage = stageChoices.find((s) => s === query.stage);
  const risk = risks.find((r) => r === query.risk);
  return { ...(stage && { stage }), ...(risk && { risk }) };
}

const stageOf = (r: YearViewRow) => r.cycle?.stage ?? 'not-opened';

export const filterRows = (view: YearView, filter: RowFilter) =>
  view.rows.filter((r) => (!filter.stage || stageOf(r) === filter.stage) && (!filter.risk || r.forecast?.risk === filter.risk));

const columns = [
  'country',
  'name',
  'opened',
  'stage',
  'deadline',
  'extended_to',
  'extension_reason',
  'days_left',
  'round',
  'reminders_sent',
  'reviewers',
  'report_submitted',
  'finalised',
  'comments_answered',
  'framework_updated',
  'evidence_of_progress',
  'evidence_of_collaboration',
  'previous_year_shortfalls',
  'risk',
  'criteria',
  'to_avoid',
  'social_partners',
  'stakeholder_groups',
];

/** A CSV cell: quoted when needed, and never read as a formula by a spreadsheet (names come from users). */
function cell(value: string | number | boolean | undefined): string {
  if (typeof value !== 'string') return value === undefined ? '' : String(value);
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function rowsAsCsv(rows: YearViewRow[], now = new Date()): string {
  const lines = rows.map((r) => {
    const c = r.cycle;
    return [
      r.country,
      c?.name,
      r.opened,
      stageOf(r),
      c?.deadline,
      c?.extension?.to,
      c?.extension?.reason,
      c && daysLeft(c, now),
      c?.round,
      c?.remindersSent,
      c?.reviewers.join(' '),
      c?.facts.reportSubmitted,
      c?.facts.finalised,
      c && !shows(c.facts, 'not-finalised'),
      c?.facts.indicatorFrameworkUpdated,
      c?.facts.evidenceOfProgress,
      c?.facts.evidenceOfCollaboration,
      r.previous && shortfalls(r.previous.outcome).join(' '),
      r.forecast?.risk,
      r.forecast?.criteria.join(' '),
      r.forecast?.toAvoid.join(' '),
      c?.participation?.socialPartners,
      c?.participation?.groups.join(' '),
    ]
      .map(cell)
      .join(',');
  });
  return [columns.join(','), ...lines].join('\r\n') + '\r\n';
}
