import type { WgReportRow } from './governance';

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
  report?: { location: string; rows: WgReportRow[] };
}
