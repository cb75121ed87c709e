import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { setTimeout } from 'node:timers/promises';
import { DateTime } from 'luxon';

// The tests' calendar. No test may depend on the day it runs, so:
// - on the time-skipping server, each test file's clock starts at a fixed instant, `clockStart`, in the year
//   `Y`: 2027, or the first year 28k later whose start is still ahead of today. Every 28 years (between 1901
//   and 2099) a year falls on the same weekdays, with the same leap years around it and the same summer-time
//   days, so a test that asserts exact reminder dates holds in whichever `Y` it runs, and its dates are
//   written as `${Y}-04-19`, `${Y + 1}-…`;
// - on the dev server, whose clock is the real one, the cycles are those of the year after the real today.
// PATHFINDER_TEST_TODAY=YYYY-MM-DD runs the time-skipping tests as if that were today (README, *Tests on any day*).

const baseYear = 2027;
const calendarCycle = 28;

/** The day the suite takes for today: PATHFINDER_TEST_TODAY, else the real date (UTC). */
export function testToday(setting = process.env.PATHFINDER_TEST_TODAY): DateTime {
  if (!setting) return DateTime.utc().startOf('day');
  const day = DateTime.fromISO(setting, { zone: 'utc' });
  if (!/^\d{4}-\d\d-\d\d$/.test(setting) || !day.isValid) throw new Error(`PATHFINDER_TEST_TODAY: ${setting} is not a date (YYYY-MM-DD)`);
  return day;
}

/** Where a time-skipping test's clock starts in `year`: Monday 4 January (in 2027's calendar), 09:00 in Geneva. */
const startOf = (year: number) => DateTime.fromObject({ year, month: 1, day: 4, hour: 8 }, { zone: 'utc' });

/** The year of the time-skipping tests: 2027 + 28k, the first whose `clockStart` is more than a day after `today` (a run takes less). */
export function twinYearAfter(today: DateTime): number {
  let year = baseYear;
  while (startOf(year) <= today.plus({ days: 1 })) year += calendarCycle;
  // 2100 is no leap year: past it the 28-year cycle breaks, and the tests' dates with it.
  if (year + 4 > 2099) throw new Error(`no year with 2027's calendar is left after ${today.toISODate()} before 2100`);
  return year;
}

const today = testToday();

/** The year of the time-skipping tests' cycles (2027, or 2027 + 28k): their dates are written relative to it. */
export const Y = twinYearAfter(today);

/** The fixed instant where every time-skipping server starts (`startTimeSkipping` moves it there). */
export const clockStart = startOf(Y);

/**
 * The year of the dev-server tests' cycles: the year after the real today, so its deadline is months ahead.
 * Not moved by PATHFINDER_TEST_TODAY: the dev server, the worker and the portal all read the real clock (a
 * country record, for one, hands a new focal point over to the cycles of last, this and next year), so a year
 * chosen from another day would put the cycles where the product never looks.
 */
export const realClockYear = DateTime.utc().year + 1;

/** Moves a time-skipping server's clock forward to `to` (an ISO instant, or a `DateTime`), firing every timer on the way. */
export async function skipTo(env: TestWorkflowEnvironment, to: string | DateTime): Promise<void> {
  const target = typeof to === 'string' ? DateTime.fromISO(to, { setZone: true }) : to;
  if (!target.isValid) throw new Error(`skipTo: ${String(to)} is not an instant`);
  const now = await env.currentTimeMs();
  if (target.toMillis() < now)
    throw new Error(
      `skipTo: the server's clock is at ${new Date(now).toISOString()}, past ${target.toUTC().toISO()}; it only moves forward`,
    );
  await env.sleep(target.toMillis() - now);
}

/**
 * Moves the clock on by `stepMinutes` at a time until `reached` holds of what `read` returns, up to `latest`,
 * giving the worker a few seconds at each step. The server's clock can get ahead of a busy worker and leave
 * a process in a retry's backoff, which then waits in real time: the next step fires it.
 */
export async function skipUntil<T>(
  env: TestWorkflowEnvironment,
  read: () => Promise<T>,
  reached: (value: T) => boolean,
  { latest, stepMinutes = 15 }: { latest: string; stepMinutes?: number },
): Promise<void> {
  const end = DateTime.fromISO(latest, { setZone: true });
  for (;;) {
    let value = await read();
    for (let tries = 0; !reached(value) && tries < 20; tries++) {
      await setTimeout(250);
      value = await read();
    }
    if (reached(value)) return;
    const now = DateTime.fromMillis(await env.currentTimeMs());
    if (now >= end) throw new Error(`skipUntil: not reached by ${latest}; last seen: ${JSON.stringify(value)}`);
    await skipTo(env, DateTime.min(now.plus({ minutes: stepMinutes }), end));
  }
}
