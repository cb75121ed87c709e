import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { atSendingHour, cycleCloseAt, reminderPlan, reportDeadline } from '../../../domain/shared/calendar';
import { defaultPolicy } from '../../../domain/cycle/policy';
import { publicHolidaysOf } from '../../../activities/holidays';

// Reminders avoid the recipient country's public holidays as they avoid weekends: a warning moves back to
// the working day before, a reminder of something late on to the working day after. The holidays are those
// of the maintained calendar (date-holidays) for countries of the framework.

const policy = defaultPolicy();
const local = (day: string, zone: string) => DateTime.fromISO(`${day}T12:00`, { zone });

describe('public holidays of countries of the framework', () => {
  it.each([
    ['MDG', 'Madagascar', ['2027-03-29', '2027-05-25', '2027-06-26']],
    ['PER', 'Peru', ['2027-03-25', '2027-03-26', '2027-07-28', '2027-07-29']],
    ['NGA', 'Nigeria', ['2027-05-27', '2027-06-12', '2027-10-01']],
    ['MAR', 'Morocco', ['2027-07-30', '2027-08-14', '2027-11-18']],
  ])('%s (%s) has its national days', (code, _name, days) => {
    expect(publicHolidaysOf(code, 2027)).toEqual(expect.arrayContaining(days));
  });

  it('is empty for a country the calendar does not know, and has no observances that are not days off', () => {
    expect(publicHolidaysOf('NPL', 2027)).toEqual([]);
    expect(publicHolidaysOf('PER', 2027)).not.toContain('2027-02-14'); // Valentine's Day, an observance at most
  });
});

describe('sending day', () => {
  it.each([
    // case, day meant, zone, move, the country's holidays, sent at
    ["Peru's Independence Days, late", '2027-07-28', 'America/Lima', 'later', 'PER', '2027-07-30T09:00:00.000-05:00'],
    ["Peru's Holy Thursday and Good Friday, a warning", '2027-03-26', 'America/Lima', 'earlier', 'PER', '2027-03-24T09:00:00.000-05:00'],
    ["Nigeria's Independence Day, a Friday, late", '2027-10-01', 'Africa/Lagos', 'later', 'NGA', '2027-10-04T09:00:00.000+01:00'],
    ["Madagascar's Africa Day, late", '2027-05-25', 'Indian/Antananarivo', 'later', 'MDG', '2027-05-26T09:00:00.000+03:00'],
    ['a working day, unchanged', '2027-07-27', 'America/Lima', 'later', 'PER', '2027-07-27T09:00:00.000-05:00'],
  ] as const)('%s', (_case, day, zone, move, code, expected) => {
    expect(atSendingHour(local(day, zone), zone, policy, move, publicHolidaysOf(code, 2027)).toISO()).toBe(expected);
  });
});

describe('reminder plan with holidays', () => {
  const plan = (holidays?: string[]) =>
    reminderPlan({
      deadline: reportDeadline(2027, policy),
      until: cycleCloseAt(2027, policy),
      daysBefore: policy.remindDaysBeforeDeadline,
      overdueEveryDays: 7,
      recipientZone: 'America/Lima',
      policy,
      from: DateTime.fromISO('2027-01-15T09:00', { zone: 'Europe/Zurich' }),
      holidays,
    }).map((r) => [r.step, r.at.toISODate()]);

  it("moves Peru's weekly overdue reminders off 23 July and 6 August, and keeps the others on Fridays", () => {
    const withHolidays = plan(publicHolidaysOf('PER', 2027));
    const without = plan();
    const moved = withHolidays.filter(([step, day], i) => without[i]![0] === step && without[i]![1] !== day);
    expect(moved).toEqual([
      ['overdue-12', '2027-07-26'],
      ['overdue-14', '2027-08-09'],
    ]);
    expect(without.filter(([step]) => step === 'overdue-12' || step === 'overdue-14')).toEqual([
      ['overdue-12', '2027-07-23'],
      ['overdue-14', '2027-08-06'],
    ]);
  });
});
