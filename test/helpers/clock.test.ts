import { DateTime } from 'luxon';
import { expect, it } from 'vitest';
import { testToday, twinYearAfter } from './clock';

// The tests' own calendar (test/helpers/clock.ts): the year they run in, and why their dates hold in it.

const day = (iso: string) => DateTime.fromISO(iso, { zone: 'utc' });

it('runs the time-skipping tests in 2027 until its start is near, then 28 years on', () => {
  expect(twinYearAfter(day('2026-12-02'))).toBe(2027);
  expect(twinYearAfter(day('2027-01-03'))).toBe(2027); // the start, 08:00 UTC on 4 January, is more than a day ahead
  expect(twinYearAfter(day('2027-01-04'))).toBe(2055); // a run begun that day could outlast it
  expect(twinYearAfter(day('2031-12-31'))).toBe(2055);
  expect(twinYearAfter(day('2055-06-01'))).toBe(2083);
  expect(() => twinYearAfter(day('2083-06-01'))).toThrow("no year with 2027's calendar is left after 2083-06-01 before 2100");
});

it('gives years whose every day of three years has the weekday, and Geneva its offset, of 2027–2029', () => {
  const zone = 'Europe/Zurich';
  for (const twin of [2055, 2083]) {
    for (let d = DateTime.fromObject({ year: 2027, month: 1, day: 1, hour: 12 }, { zone }); d.year < 2030; d = d.plus({ days: 1 })) {
      const same = d.set({ year: d.year + twin - 2027 });
      expect([same.month, same.day, same.weekday, same.offset]).toEqual([d.month, d.day, d.weekday, d.offset]);
    }
  }
});

it('takes PATHFINDER_TEST_TODAY as a day, and refuses anything else', () => {
  expect(testToday('2028-02-29').toISODate()).toBe('2028-02-29');
  expect(() => testToday('2027-02-29')).toThrow('PATHFINDER_TEST_TODAY: 2027-02-29 is not a date (YYYY-MM-DD)');
  expect(() => testToday('tomorrow')).toThrow('PATHFINDER_TEST_TODAY: tomorrow is not a date (YYYY-MM-DD)');
});
