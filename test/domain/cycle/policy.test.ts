import { describe, expect, it } from 'vitest';
import { defaultPolicy, InvalidInputError, parsePolicy } from '../../../domain/cycle/policy';

describe('cycle policy', () => {
  it('fills in the defaults of the design', () => {
    expect(defaultPolicy()).toMatchObject({
      secretariatZone: 'Europe/Zurich',
      deadline: { month: 4, day: 30 },
      remindDaysBeforeDeadline: [42, 14, 7, 1],
      overdueEveryDays: 7,
      sendingHour: 9,
      sendingWeekdays: [1, 2, 3, 4, 5],
      publicHolidays: true,
      review: { days: 30, remindDaysBeforeEnd: [7], overdueEveryDays: 7 },
      revision: { days: 30, remindDaysBeforeEnd: [7, 1], overdueEveryDays: 7 },
      cycleClose: { month: 9, day: 30 },
      escalation: 'same-criterion',
      yearlyOpening: { month: 1, day: 15, hour: 9 },
    });
  });

  it('keeps what a user sets', () => {
    const policy = parsePolicy({
      secretariatZone: 'America/New_York',
      review: { days: 21, remindDaysBeforeEnd: [3], overdueEveryDays: 2 },
    });
    expect(policy.secretariatZone).toBe('America/New_York');
    expect(policy.review.days).toBe(21);
    expect(policy.revision.days).toBe(30);
  });

  it.each([
    [{ secretariatZone: 'Europe/Genève' }, 'secretariatZone: is not a known IANA time zone'],
    [{ review: { days: -30, remindDaysBeforeEnd: [7], overdueEveryDays: 7 } }, 'review.days:'],
    [{ remindDaysBeforeDeadline: [14, 0] }, 'remindDaysBeforeDeadline.1:'],
    [{ remindDaysBeforeDeadline: [7, 7] }, 'remindDaysBeforeDeadline: lists a day twice'],
    [{ deadline: { month: 2, day: 30 } }, 'deadline: is not a day of the year'],
    [{ deadline: { month: 2, day: 29 } }, 'deadline: is 29 February, which most years lack: choose 28 February or 1 March'],
    [{ cycleClose: { month: 2, day: 29 } }, 'cycleClose: is 29 February'],
    [{ cycleClose: { month: 3, day: 1 } }, 'cycleClose: must come after the deadline in the same year'],
    [{ sendingHour: 24 }, 'sendingHour:'],
    [{ sendingWeekdays: [] }, 'sendingWeekdays: needs at least one weekday'],
    [{ escalation: 'lenient' }, 'escalation:'],
  ])('rejects %j naming the field and the reason', (input, expected) => {
    expect(() => parsePolicy(input)).toThrow(InvalidInputError);
    expect(() => parsePolicy(input)).toThrow(expected);
  });
});
