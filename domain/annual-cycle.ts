import type { CountryState } from './country-record';
import type { WgReportRow } from './governance';
import { terminalStages } from './reporting-cycle-state';
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
