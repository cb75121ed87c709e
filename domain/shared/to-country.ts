import type { Person } from './country';
import type { CycleClosed, ReactivationEnd, ReactivationNoted } from '../record/country-record';
import type { CandidacyEvent, EscalationEvent } from './history-event';

// What a process tells the country's record as it goes, one kind per signal the record takes: queued by
// the process's class as things happen, sent in order by its workflow (workflows/tell-country.ts).

export interface ToCountryMessages {
  /** `event`: what the step says, for the reader's language (absent from candidacies begun before it was told). */
  candidacyStep: { what: string; event?: CandidacyEvent };
  granted: { grantedOn: string; reviewers: Person[]; roadmap: string };
  /** `withdrawal`: the candidate's own reason and address (absent from candidacies begun before it was told). */
  candidacyWithdrawn: { reason: string; withdrawal?: { reason: string; by: string } };
  /** `event`: what the step says, for the reader's language (absent from escalations begun before it was told). */
  escalationStep: { year: number; what: string; event?: EscalationEvent };
  escalationClosed: { year: number; result: 'resumed' | 'inactive'; reason: string };
  reactivationClosed: ReactivationEnd;
  /** The GCM took note of a reactivation as a body, or did not (R23, since 1.1). */
  reactivationNoted: ReactivationNoted;
  cycleClosed: CycleClosed;
}

export type ToCountry = { [K in keyof ToCountryMessages]: { kind: K; message: ToCountryMessages[K] } }[keyof ToCountryMessages];
