import { describe, expect, it } from 'vitest';
import { evaluate, shortfalls } from '../../../domain/r19/criteria';
import type { CycleOutcome } from '../../../domain/cycle/report';

const all: CycleOutcome = {
  reportSubmitted: true,
  finalised: true,
  indicatorFrameworkUpdated: true,
  evidenceOfProgress: true,
  evidenceOfCollaboration: true,
};
const without = (...missing: (keyof CycleOutcome)[]): CycleOutcome => ({ ...all, ...Object.fromEntries(missing.map((m) => [m, false])) });
const nothing = without('reportSubmitted', 'finalised', 'indicatorFrameworkUpdated', 'evidenceOfProgress', 'evidenceOfCollaboration');

describe('R19 signs of one cycle', () => {
  it('lists each missed criterion a–e', () => {
    expect(shortfalls(all)).toEqual([]);
    expect(shortfalls(nothing)).toEqual([
      'no-report',
      'not-finalised',
      'indicator-framework-not-updated',
      'no-evidence-of-progress',
      'no-evidence-of-collaboration',
    ]);
    expect(shortfalls(without('finalised'))).toEqual(['not-finalised']);
  });
});

describe('R19 over two consecutive cycles', () => {
  const cases: { name: string; before: CycleOutcome; now: CycleOutcome; gap?: number; same: string[] | false; strict: string[] | false }[] =
    [
      { name: 'two good years', before: all, now: all, same: false, strict: false },
      { name: 'one missed report, then a good year', before: nothing, now: all, same: false, strict: false },
      { name: 'a good year, then a missed report', before: all, now: nothing, same: false, strict: false },
      {
        name: 'two missed reports',
        before: nothing,
        now: nothing,
        same: ['no-report', 'not-finalised', 'indicator-framework-not-updated', 'no-evidence-of-progress', 'no-evidence-of-collaboration'],
        strict: [
          'no-report',
          'not-finalised',
          'indicator-framework-not-updated',
          'no-evidence-of-progress',
          'no-evidence-of-collaboration',
        ],
      },
      {
        name: 'no evidence of progress twice',
        before: without('evidenceOfProgress'),
        now: without('evidenceOfProgress'),
        same: ['no-evidence-of-progress'],
        strict: ['no-evidence-of-progress'],
      },
      {
        name: 'different criteria missed in each year',
        before: without('evidenceOfProgress'),
        now: without('evidenceOfCollaboration'),
        same: false,
        strict: ['no-evidence-of-progress', 'no-evidence-of-collaboration'],
      },
      {
        name: 'framework not updated, then not finalised',
        before: without('indicatorFrameworkUpdated'),
        now: without('finalised'),
        same: false,
        strict: ['not-finalised', 'indicator-framework-not-updated'],
      },
      { name: 'shortfalls two years apart are not consecutive', before: nothing, now: nothing, gap: 2, same: false, strict: false },
    ];

  it.each(cases)('$name', ({ before, now, gap = 1, same, strict }) => {
    const previous = { year: 2027, outcome: before };
    const current = { year: 2027 + gap, outcome: now };
    expect(evaluate(previous, current, 'same-criterion')).toEqual(
      same ? { flagged: true, criteria: same } : { flagged: false, criteria: [] },
    );
    const s = evaluate(previous, current, 'any-shortfall');
    expect(s.flagged).toBe(strict !== false);
    if (strict) expect(s.criteria).toEqual(strict);
  });

  it('never flags a first cycle', () => {
    expect(evaluate(undefined, { year: 2027, outcome: nothing }, 'any-shortfall').flagged).toBe(false);
  });
});
