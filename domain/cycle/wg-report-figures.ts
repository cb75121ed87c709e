import { criteria, type Criterion } from '../r19/criteria';
import type { WgReportRow } from './wg-report-row';

// The year's figures that open the Working Group's report to the GCM (R18), counted from its rows.

export interface WgReportFigures {
  countries: number;
  reportsSubmitted: number;
  /** Of the reports submitted: the first submission by the deadline in force, or after it. */
  onTime: number;
  late: number;
  /** Reports submitted whose cycle recorded no submission date (rows published before evidence was kept). */
  timingUnknown: number;
  finalised: number;
  frameworksUpdated: number;
  evidenceOfProgress: number;
  evidenceOfCollaboration: number;
  flagged: number;
  /** How many flagged countries each R19 criterion counts, in the order a–e; a country may count under several. */
  flagsByCriterion: Record<Criterion, number>;
}

export function wgReportFigures(rows: readonly WgReportRow[]): WgReportFigures {
  const count = (test: (row: WgReportRow) => boolean) => rows.filter(test).length;
  const submitted = rows.filter((r) => r.outcome?.reportSubmitted);
  // A revision is the answer to comments, not the report: timeliness is that of the first report.
  const firstReport = (r: WgReportRow) => r.evidence?.submissions.find((s) => s.kind === 'report');
  const late = submitted.filter((r) => firstReport(r)?.late === true).length;
  const onTime = submitted.filter((r) => firstReport(r)?.late === false).length;
  return {
    countries: rows.length,
    reportsSubmitted: submitted.length,
    onTime,
    late,
    timingUnknown: submitted.length - onTime - late,
    finalised: count((r) => !!r.outcome?.finalised),
    frameworksUpdated: count((r) => !!r.outcome?.indicatorFrameworkUpdated),
    evidenceOfProgress: count((r) => !!r.outcome?.evidenceOfProgress),
    evidenceOfCollaboration: count((r) => !!r.outcome?.evidenceOfCollaboration),
    flagged: count((r) => r.flagged),
    flagsByCriterion: Object.fromEntries(criteria.map((c) => [c, count((r) => r.flagged && r.criteria.includes(c))])) as Record<
      Criterion,
      number
    >,
  };
}
