import { shows } from '../../domain/r19/criteria';
import type { CycleOutcome } from '../../domain/cycle/report';

// The five R19 facts of a cycle, as every language states them.

export const facts = [
  'reportSubmitted',
  'commentsAnswered',
  'indicatorFrameworkUpdated',
  'evidenceOfProgress',
  'evidenceOfCollaboration',
] as const;
export type Fact = (typeof facts)[number];
export type Answer = 'yes' | 'no' | 'notApplicable';

const yesNo = (value: boolean): Answer => (value ? 'yes' : 'no');

/** (b) is answered as R19 reads it; a report not finalised with no comments waiting had nothing to answer. */
export function answers(o: CycleOutcome): Record<Fact, Answer> {
  const unanswered = shows(o, 'not-finalised');
  return {
    reportSubmitted: yesNo(o.reportSubmitted),
    commentsAnswered: unanswered ? 'no' : o.finalised ? 'yes' : 'notApplicable',
    indicatorFrameworkUpdated: yesNo(o.indicatorFrameworkUpdated),
    evidenceOfProgress: yesNo(o.evidenceOfProgress),
    evidenceOfCollaboration: yesNo(o.evidenceOfCollaboration),
  };
}
