import type { Person } from '../shared/country';
import type { CountryState } from '../record/country-record';
import type { Notice } from '../shared/notice';
import type { WgReportRow } from './wg-report-row';
import type { AuditEntry, RejectedSignal } from '../shared/audit';
import { flagStands, type WgReportState } from './wg-report-draft';
import { annualCycleId } from '../shared/workflow-ids';
import { terminalStages } from './state';
import type { YearModel } from './year-view';

// What an annual run (`annual-cycle-<YEAR>`) says of itself: the cycles it opened, and its report to the GCM.

export interface OpenResult {
  country: string;
  result: 'started' | 'already exists' | 'not eligible' | 'not registered';
  reason?: string;
}

export interface AnnualState {
  year: number;
  /** `drafting`: the WG edits its report; `with-gcm`: signed off, it waits for the GCM to take note (since 1.1). */
  stage: 'open' | 'reporting' | 'drafting' | 'with-gcm' | 'done';
  closesAt: string;
  opened: OpenResult[];
  /** The dashboard's rows, kept up to date by the cycles, and each country's previous outcome. */
  model: YearModel;
  /** When the last weekly forecast went to the secretariat. */
  lastDigestAt?: string;
  report?: WgReportState;
  /** The WG's steps on its report, taken or refused. */
  audit?: AuditEntry[];
  rejectedSignals?: RejectedSignal[];
}

/** How long after the cycles close the Working Group's report waits for the last of their outcomes. */
export const outcomeWaitDays = 7;

/**
 * The countries whose record has no outcome of `year` yet, each with why, from what its cycle last told
 * the dashboard. A cycle stopped because the country was declared inactive gives none, and is not awaited.
 */
export function outcomesMissing(
  records: Pick<CountryState, 'country' | 'cycles'>[],
  model: YearModel,
  year: number,
): { country: string; why: string }[] {
  return records.flatMap(({ country, cycles }) => {
    if (cycles.some((c) => c.year === year)) return [];
    const row = model.cycles[country.code];
    if (row?.stage === 'suspended') return [];
    const stage = row?.stage.replace(/-/g, ' ');
    const why = !row
      ? 'its cycle never reported to the year dashboard'
      : terminalStages.includes(row.stage)
        ? `its cycle had ended ("${stage}") but was still waiting to send its e-mails or publish`
        : `its cycle was still "${stage}" when the report was compiled`;
    return [{ country: country.code, why }];
  });
}

/** The Working Group's report of `year` to the GCM (R18): a row per country the run opened a cycle for. */
export function wgReportRows(
  records: Pick<CountryState, 'country' | 'cycles'>[],
  year: number,
  missing: { country: string; why: string }[],
): WgReportRow[] {
  return records.map(({ country, cycles }) => {
    const cycle = cycles.find((c) => c.year === year);
    const previous = cycles.find((c) => c.year === year - 1);
    return {
      country: country.code,
      name: country.name,
      stage: cycle?.stage ?? 'no outcome recorded',
      outcome: cycle?.outcome,
      evidence: cycle?.evidence,
      previous: previous && { year: previous.year, stage: previous.stage, outcome: previous.outcome },
      flagged: !!cycle?.flag,
      criteria: cycle?.flag?.criteria ?? [],
      missing: missing.find((m) => m.country === country.code)?.why,
    };
  });
}

/**
 * What the report sends (R18): the report to every GCM member, the secretariat in copy, and its annual
 * status update to each focal point and deputy of every pathfinder country, inactive ones too, though they
 * had no cycle (`others`: the records of countries without one).
 */
export function reportNotices(args: {
  year: number;
  rows: WgReportRow[];
  location: string;
  records: Pick<CountryState, 'country' | 'status' | 'governance'>[];
  others: Pick<CountryState, 'country' | 'status'>[];
  secretariat: Person | undefined;
}): Notice[] {
  return [...gcmReportNotices(args), ...statusUpdateNotices(args)];
}

/** The rows as the GCM and the countries read them once the WG reviewed its flags: a flag only where it confirmed it. */
export const reviewedRows = (report: Pick<WgReportState, 'rows' | 'flagReviews' | 'themes'>): WgReportRow[] =>
  report.rows.map((r) => {
    // Who took part in each report travels with its row to the GCM's e-mail (S1).
    const participation = report.themes?.[r.country]?.participation;
    const row = participation ? { ...r, participation } : r;
    return flagStands(report, r.country) ? row : { ...row, flagged: false, criteria: [] };
  });

/** The report to every GCM member, the secretariat in copy. */
export function gcmReportNotices(args: {
  year: number;
  rows: WgReportRow[];
  location: string;
  records: Pick<CountryState, 'governance'>[];
  secretariat: Person | undefined;
}): Notice[] {
  const { year, rows, location, records, secretariat } = args;
  const gcm = new Map<string, Person>(records.flatMap((r) => r.governance.gcm.map((m) => [m.email, m] as const)));
  return [...gcm.values()].map((member) => ({
    key: `${annualCycleId(year)}/wg-report/${member.email}`,
    kind: 'wg-report' as const,
    to: member,
    cc: secretariat ? [secretariat.email] : [],
    year,
    rows,
    location,
  }));
}

/** Its annual status update to each focal point and deputy of every pathfinder country, inactive ones too. */
export function statusUpdateNotices(args: {
  year: number;
  rows: WgReportRow[];
  records: Pick<CountryState, 'country' | 'status'>[];
  others: Pick<CountryState, 'country' | 'status'>[];
}): Notice[] {
  const { year, rows, records, others } = args;
  const outbox: Notice[] = [];
  for (const { country, status } of [...records, ...others.filter((r) => r.status === 'active' || r.status === 'inactive')]) {
    const row = rows.find((r) => r.country === country.code);
    for (const person of [country.focalPoint, country.deputy]) {
      outbox.push({
        key: `${annualCycleId(year)}/status-update-${country.code}/${person.email}`,
        kind: 'annual-status-update',
        to: person,
        cc: [],
        country: { code: country.code, name: country.name },
        year,
        status,
        outcome: row?.outcome,
        flagged: row?.flagged ?? false,
        criteria: row?.criteria ?? [],
      });
    }
  }
  return outbox;
}
