import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { atSendingHour, cycleCloseAt, firstReportingYear, reminderPlan, reportDeadline } from '../../../domain/shared/calendar';
import { defaultPolicy, parsePolicy } from '../../../domain/cycle/policy';

const geneva = (iso: string) => DateTime.fromISO(iso, { zone: 'Europe/Zurich' });

describe('report deadline (R13)', () => {
  it('is 30 April 23:59:59 in Geneva, summer time', () => {
    const deadline = reportDeadline(2027, defaultPolicy());
    expect(deadline.toISO()).toBe('2027-04-30T23:59:59.000+02:00');
    expect(deadline.toUTC().toISO()).toBe('2027-04-30T21:59:59.000Z');
  });

  it('follows the secretariat zone of the policy', () => {
    const deadline = reportDeadline(2027, parsePolicy({ secretariatZone: 'America/New_York' }));
    expect(deadline.toUTC().toISO()).toBe('2027-05-01T03:59:59.000Z');
  });

  it('closes the cycle at the end of 30 September', () => {
    expect(cycleCloseAt(2027, defaultPolicy()).toISO()).toBe('2027-09-30T23:59:59.000+02:00');
  });
});

describe('first reporting year (R14)', () => {
  it.each([
    ['2027-01-02T10:00', 2028],
    ['2027-03-15T10:00', 2028],
    ['2027-05-31T23:00', 2028],
    ['2027-11-20T10:00', 2028],
  ])('a grant on %s reports first in April %i', (grantedAt, year) => {
    expect(firstReportingYear(geneva(grantedAt), defaultPolicy())).toBe(year);
  });

  it('reads the grant year in Geneva, not in UTC', () => {
    const newYearsEveUtc = DateTime.fromISO('2027-12-31T23:30:00Z', { zone: 'utc' });
    expect(firstReportingYear(newYearsEveUtc, defaultPolicy())).toBe(2029);
  });
});

describe('sending hour', () => {
  it('is 09:00 in the recipient zone', () => {
    const at = atSendingHour(geneva('2027-04-29T12:00'), 'Asia/Manila', defaultPolicy(), 'earlier');
    expect(at.toISO()).toBe('2027-04-29T09:00:00.000+08:00');
  });

  it('moves a Saturday warning back to Friday and a Sunday overdue notice on to Monday', () => {
    const saturday = geneva('2027-04-24T12:00');
    const sunday = geneva('2027-05-02T12:00');
    expect(atSendingHour(saturday, 'Europe/Zurich', defaultPolicy(), 'earlier').toISODate()).toBe('2027-04-23');
    expect(atSendingHour(sunday, 'Europe/Zurich', defaultPolicy(), 'later').toISODate()).toBe('2027-05-03');
  });

  // The sending hour is read on the recipient's wall clock. Where that hour does not exist that day (a
  // daylight-saving gap) the reminder goes out when the clock resumes; where it happens twice, at the second.
  it.each([
    ['a zone 45 minutes off the hour', '2027-04-29', 'Asia/Kathmandu', 9, '2027-04-29T09:00:00.000+05:45'],
    ['a zone 45 minutes off the hour, west', '2027-04-29', 'Australia/Eucla', 9, '2027-04-29T09:00:00.000+08:45'],
    ['02:00 in the spring gap in Paris', '2027-03-28', 'Europe/Paris', 2, '2027-03-28T03:00:00.000+02:00'],
    ['02:00 in the spring gap in New York', '2027-03-14', 'America/New_York', 2, '2027-03-14T03:00:00.000-04:00'],
    ['midnight, skipped in Santiago', '2027-09-05', 'America/Santiago', 0, '2027-09-05T01:00:00.000-03:00'],
    ['02:00 in a half-hour gap (Lord Howe)', '2027-10-03', 'Australia/Lord_Howe', 2, '2027-10-03T02:30:00.000+11:00'],
    ['02:00, twice in the autumn in Paris', '2027-10-31', 'Europe/Paris', 2, '2027-10-31T02:00:00.000+01:00'],
  ])('is defined for %s', (_case, day, zone, hour, expected) => {
    const policy = parsePolicy({ sendingHour: hour, sendingWeekdays: [1, 2, 3, 4, 5, 6, 7] });
    const before = DateTime.fromISO(`${day}T23:59:59`, { zone });
    expect(atSendingHour(before, zone, policy, 'earlier').toISO()).toBe(expected);
  });

  it('judges the weekend in the recipient zone', () => {
    // Friday 23:00 in Geneva is already Saturday in Auckland: that reminder goes out on Friday there.
    const at = atSendingHour(geneva('2027-04-23T23:00'), 'Pacific/Auckland', defaultPolicy(), 'earlier');
    expect(at.toISO()).toBe('2027-04-23T09:00:00.000+12:00');
    expect(at.weekday).toBe(5);
  });
});

describe('reminder plan', () => {
  const year = 2027;
  const deadline = reportDeadline(year, defaultPolicy());
  const until = cycleCloseAt(year, defaultPolicy());
  const plan = (zone: string, now = geneva('2027-01-15T09:00')) =>
    reminderPlan({
      deadline,
      until,
      daysBefore: defaultPolicy().remindDaysBeforeDeadline,
      overdueEveryDays: 7,
      recipientZone: zone,
      policy: defaultPolicy(),
      from: now,
    });

  it('reminds 42, 14, 7 and 1 days before, on working days at 09:00 local', () => {
    const before = plan('Africa/Nairobi').filter((r) => r.step.startsWith('before'));
    expect(before.map((r) => [r.step, r.at.toISO()])).toEqual([
      ['before-42d', '2027-03-19T09:00:00.000+03:00'],
      ['before-14d', '2027-04-16T09:00:00.000+03:00'],
      // In Nairobi the Geneva deadline falls at 00:59 on Saturday 1 May, so the days count from 1 May
      // and the weekend days (17 and 24 April) move back to Friday.
      ['before-7d', '2027-04-23T09:00:00.000+03:00'],
      ['before-1d', '2027-04-30T09:00:00.000+03:00'],
    ]);
  });

  it('then weekly until the cycle closes, never on a weekend', () => {
    const overdue = plan('America/Lima').filter((r) => r.step.startsWith('overdue'));
    expect(overdue[0]!.at.toISO()).toBe('2027-05-07T09:00:00.000-05:00');
    expect(overdue.length).toBe(21);
    expect(overdue.every((r) => r.at.weekday <= 5 && r.at < until)).toBe(true);
  });

  it('leaves out what is already past when a cycle opens late', () => {
    const late = plan('Europe/Zurich', geneva('2027-04-20T10:00'));
    expect(late[0]!.step).toBe('before-7d');
  });

  it('never puts a warning after the deadline it warns about', () => {
    // In Kiritimati (UTC+14) the Geneva deadline falls on 1 May local time; the 1-day warning stays before it.
    const kiritimati = plan('Pacific/Kiritimati').filter((r) => r.step.startsWith('before'));
    expect(kiritimati.every((r) => r.at < deadline)).toBe(true);
    expect(kiritimati.at(-1)!.at.toISO()).toBe('2027-04-30T09:00:00.000+14:00');
  });
});
