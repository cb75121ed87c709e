import type { Person } from '../shared/country';
import type { CountryState } from '../record/country-record';
import type { Notice } from '../shared/notice';
import type { WgReportRow } from './wg-report-row';
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
  stage: 'open' | 'reporting' | 'done';
  closesAt: string;
  opened: OpenResult[];
  /** The dashboard's rows, kept up to date by the cycles, and each country's previous outcome. */
  model: YearModel;
  /** When the last weekly forecast went to the secretariat. */
  lastDigestAt?: string;
  report?: { location: string; rows: WgReportRow[] };
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
  const { year, rows, location, records, others, secretariat } = args;
  const outbox: Notice[] = [];
  const gcm = new Map<string, Person>(records.flatMap((r) => r.governance.gcm.map((m) => [m.email, m] as const)));
  for (const member of gcm.values()) {
    outbox.push({
      key: `${annualCycleId(year)}/wg-report/${member.email}`,
      kind: 'wg-report',
      to: member,
      cc: secretariat ? [secretariat.email] : [],
      year,
      rows,
      location,
    });
  }
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
