import { evaluate, shortfalls, type Criterion, type EscalationRule, type YearOutcome } from './criteria';
import type { CycleOutcome } from '../cycle/report';

// R19 ahead of time: would the cycle under way raise a flag if nothing more came from the country?
// The facts of a cycle change only when the country sends something, so "if it ended today" and "if it
// ended at the deadline with nothing more received" are the same evaluation of the facts so far.

export type Risk = 'flagged' | 'at-risk' | 'clear';
export const risks: readonly Risk[] = ['flagged', 'at-risk', 'clear'];

export interface Forecast {
  /** `flagged` once the cycle has ended with a flag; `at-risk` while it is open and would end with one. */
  risk: Risk;
  /** The criteria the flag would rest on (R19 a–e). */
  criteria: Criterion[];
  /** This year's shortfalls the country must make good, before the cycle ends, to avoid the flag. */
  toAvoid: Criterion[];
}

export interface CycleSoFar {
  year: number;
  /** The five R19 facts as they stand. */
  facts: CycleOutcome;
  /** Whether the cycle has ended (its facts are final). */
  ended: boolean;
}

export function forecast(previous: YearOutcome | undefined, current: CycleSoFar, rule: EscalationRule): Forecast {
  const result = evaluate(previous, { year: current.year, outcome: current.facts }, rule);
  if (!result.flagged) return { risk: 'clear', criteria: [], toAvoid: [] };
  const now = shortfalls(current.facts);
  // Under the default rule only a repeated criterion flags; under the strict one, any shortfall this year does.
  const toAvoid = rule === 'same-criterion' ? now.filter((c) => result.criteria.includes(c)) : now;
  return { risk: current.ended ? 'flagged' : 'at-risk', criteria: result.criteria, toAvoid };
}
