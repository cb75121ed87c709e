import type { WgReportRow } from './governance';
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
