import type { Person } from './country';
import type { CycleClosed, ReactivationEnd } from '../record/country-record';

// What a process tells the country's record as it goes, one kind per signal the record takes: queued by
// the process's class as things happen, sent in order by its workflow (workflows/tell-country.ts).

export interface ToCountryMessages {
  candidacyStep: { what: string };
  granted: { grantedOn: string; reviewers: Person[]; roadmap: string };
  candidacyWithdrawn: { reason: string };
  escalationStep: { year: number; what: string };
  escalationClosed: { year: number; result: 'resumed' | 'inactive'; reason: string };
  reactivationClosed: ReactivationEnd;
  cycleClosed: CycleClosed;
}

export type ToCountry = { [K in keyof ToCountryMessages]: { kind: K; message: ToCountryMessages[K] } }[keyof ToCountryMessages];
