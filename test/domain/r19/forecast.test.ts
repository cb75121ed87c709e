import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { criteria, type Criterion } from '../../../domain/r19/criteria';
import { forecast } from '../../../domain/r19/forecast';
import { defaultPolicy } from '../../../domain/cycle/policy';
import type { CycleOutcome } from '../../../domain/cycle/report';
import { nextDigestAt } from '../../../domain/cycle/year-view';

const all: CycleOutcome = {
  reportSubmitted: true,
  finalised: true,
  indicatorFrameworkUpdated: true,
  evidenceOfProgress: true,
  evidenceOfCollaboration: true,
};
const factOf: Record<Criterion, keyof CycleOutcome> = {
  'no-report': 'reportSubmitted',
  'not-finalised': 'finalised',
  'indicator-framework-not-updated': 'indicatorFrameworkUpdated',
  'no-evidence-of-progress': 'evidenceOfProgress',
  'no-evidence-of-collaboration': 'evidenceOfCollaboration',
};
const missing = (...list: Criterion[]): CycleOutcome => ({ ...all, ...Object.fromEntries(list.map((c) => [factOf[c], false])) });
const rules = {
  a: 'no-report',
  b: 'not-finalised',
  c: 'indicator-framework-not-updated',
  d: 'no-evidence-of-progress',
  e: 'no-evidence-of-collaboration',
} as const;

describe('the forecast of an R19 flag, criterion by criterion', () => {
  // For each sign (a)–(e): missed last year and so far this year.
  it.each(Object.entries(rules))(
    'R19(%s): missed last year and so far this year is at risk under either rule, flagged once the cycle has ended',
    (_, c) => {
      const previous = { year: 2027, outcome: missing(c) };
      for (const rule of ['same-criterion', 'any-shortfall'] as const) {
        expect(forecast(previous, { year: 2028, facts: missing(c), ended: false }, rule)).toEqual({
          risk: 'at-risk',
          criteria: [c],
          toAvoid: [c],
        });
        expect(forecast(previous, { year: 2028, facts: missing(c), ended: true }, rule)).toMatchObject({ risk: 'flagged', criteria: [c] });
        expect(forecast(previous, { year: 2028, facts: all, ended: false }, rule)).toEqual({ risk: 'clear', criteria: [], toAvoid: [] });
      }
    },
  );

  it.each(Object.entries(rules))(
    'R19(%s) this year after a different shortfall last year: clear under the default rule, at risk under the strict one',
    (_, c) => {
      const other = criteria.find((k) => k !== c)!;
      const previous = { year: 2027, outcome: missing(other) };
      const now = { year: 2028, facts: missing(c), ended: false };
      expect(forecast(previous, now, 'same-criterion').risk).toBe('clear');
      // The strict rule's flag rests on both years' shortfalls; only this year's can still be made good.
      expect(forecast(previous, now, 'any-shortfall')).toEqual({
        risk: 'at-risk',
        criteria: criteria.filter((k) => k === c || k === other),
        toAvoid: [c],
      });
    },
  );

  it('a report not yet in (a) also leaves (b)–(e) unmet; the default rule asks only for those missed last year', () => {
    const previous = { year: 2027, outcome: missing('no-report', 'not-finalised', 'no-evidence-of-progress') };
    const nothingYet = missing(...criteria);
    expect(forecast(previous, { year: 2028, facts: nothingYet, ended: false }, 'same-criterion')).toEqual({
      risk: 'at-risk',
      criteria: ['no-report', 'not-finalised', 'no-evidence-of-progress'],
      toAvoid: ['no-report', 'not-finalised', 'no-evidence-of-progress'],
    });
    expect(forecast(previous, { year: 2028, facts: nothingYet, ended: false }, 'any-shortfall').toAvoid).toEqual(criteria);
  });

  it('never forecasts a flag without a previous consecutive cycle', () => {
    const nothing = missing(...criteria);
    expect(forecast(undefined, { year: 2028, facts: nothing, ended: false }, 'any-shortfall').risk).toBe('clear');
    expect(forecast({ year: 2026, outcome: nothing }, { year: 2028, facts: nothing, ended: true }, 'any-shortfall').risk).toBe('clear');
  });
});

describe('when the weekly digest goes out', () => {
  const policy = defaultPolicy();
  const zurich = (text: string) => DateTime.fromISO(text, { zone: 'Europe/Zurich' });
  it.each([
    ['a Wednesday', '2028-01-12T15:00', '2028-01-17T09:00'],
    ['a Monday before the sending hour', '2028-01-17T08:59', '2028-01-17T09:00'],
    ['a Monday at the sending hour', '2028-01-17T09:00', '2028-01-24T09:00'],
    ['a Sunday night', '2028-01-23T23:30', '2028-01-24T09:00'],
  ])('after %s: the next Monday at 09:00 in the secretariat zone', (_, after, expected) => {
    expect(nextDigestAt(zurich(after), policy).toISO()).toBe(zurich(expected).toISO());
  });
});
