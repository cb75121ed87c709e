import type { CycleOutcome } from '../cycle/report';

// R19: the signs of insufficient progress, and when two consecutive cycles call for a flag to the GCM.

export const criteria = [
  'no-report',
  'not-finalised',
  'indicator-framework-not-updated',
  'no-evidence-of-progress',
  'no-evidence-of-collaboration',
] as const;
export type Criterion = (typeof criteria)[number];
export type EscalationRule = 'same-criterion' | 'any-shortfall';

/** Which R19 signs (a–e) one cycle shows. */
export function shortfalls(outcome: CycleOutcome): Criterion[] {
  const missed: Record<Criterion, boolean> = {
    'no-report': !outcome.reportSubmitted,
    // (b) keeps its first name; outcomes kept before `commentsUnanswered` existed are read as they were then.
    'not-finalised': outcome.commentsUnanswered ?? !outcome.finalised,
    'indicator-framework-not-updated': !outcome.indicatorFrameworkUpdated,
    'no-evidence-of-progress': !outcome.evidenceOfProgress,
    'no-evidence-of-collaboration': !outcome.evidenceOfCollaboration,
  };
  return criteria.filter((c) => missed[c]);
}

/** Whether one cycle shows this R19 sign. */
export const shows = (outcome: CycleOutcome, criterion: Criterion): boolean => shortfalls(outcome).includes(criterion);

export interface YearOutcome {
  year: number;
  outcome: CycleOutcome;
}

export interface Evaluation {
  flagged: boolean;
  /** The criteria that justify the flag: those missed in both years (default), or all missed in either (strict). */
  criteria: Criterion[];
}

/** The cycle of the year before `year`, if R19 may weigh it: after a reactivation only cycles from `evaluateFrom` on count. */
export function previousCounted<T extends { year: number }>(cycles: T[], year: number, evaluateFrom = -Infinity): T | undefined {
  const previous = cycles.find((c) => c.year === year - 1);
  return previous && previous.year >= evaluateFrom ? previous : undefined;
}

/**
 * R19 over the last two cycles. Only consecutive years count. The default rule flags a criterion missed
 * in both; the strict rule flags any shortfall in both, whatever the criteria.
 */
export function evaluate(previous: YearOutcome | undefined, current: YearOutcome, rule: EscalationRule): Evaluation {
  if (!previous || previous.year !== current.year - 1) return { flagged: false, criteria: [] };
  const before = shortfalls(previous.outcome);
  const now = shortfalls(current.outcome);
  if (rule === 'same-criterion') {
    const repeated = now.filter((c) => before.includes(c));
    return { flagged: repeated.length > 0, criteria: repeated };
  }
  const either = criteria.filter((c) => before.includes(c) || now.includes(c));
  return { flagged: before.length > 0 && now.length > 0, criteria: either };
}
