import { DateTime } from 'luxon';
import { defaultPolicy, type CyclePolicy } from '../cycle/policy';

// Pure calendar maths. Every function takes its instants and zones as arguments, so it gives the same
// answer inside a workflow (where the clock is the workflow task's) as in a test.

/** An instant as the records keep it: ISO 8601 in UTC. */
export const iso = (t: DateTime) => t.toUTC().toISO()!;

/** The end (23:59:59) of a day of the policy in the secretariat's zone; a day the year lacks is a bug, never a date that compares false with everything. */
function endOfPolicyDay(year: number, day: { month: number; day: number }, zone: string): DateTime {
  const end = DateTime.fromObject({ year, ...day, hour: 23, minute: 59, second: 59 }, { zone });
  if (!end.isValid) throw new Error(`${year}-${day.month}-${day.day} in ${zone} is not a date: ${end.invalidExplanation ?? ''}`);
  return end;
}

/** The report deadline of a cycle: the policy's day (30 April) at 23:59:59 in the secretariat's zone (R13). */
export function reportDeadline(year: number, policy: CyclePolicy): DateTime {
  return endOfPolicyDay(year, policy.deadline, policy.secretariatZone);
}

/** When a cycle closes: the end of the policy's close day (30 September) in the secretariat's zone. */
export function cycleCloseAt(year: number, policy: CyclePolicy): DateTime {
  return endOfPolicyDay(year, policy.cycleClose, policy.secretariatZone);
}

/**
 * R14: the first cycle in which a newly granted country reports. Whether the grant falls in
 * January–May or later in year Y, the first report is due in April of Y+1. The year is read in the
 * secretariat's zone, where the GCM's decision is recorded.
 */
export function firstReportingYear(grantedAt: DateTime, policy: CyclePolicy): number {
  return grantedAt.setZone(policy.secretariatZone).year + 1;
}

/**
 * R23: the first cycle a country reactivated at `at` takes part in: this year's, unless the yearly opening
 * (15 January, in the secretariat's zone) has passed.
 */
export function nextCycleYear(at: DateTime, policy: CyclePolicy = defaultPolicy()): number {
  const local = at.setZone(policy.secretariatZone);
  const opening = local.set({ ...policy.yearlyOpening, minute: 0, second: 0, millisecond: 0 });
  return local < opening ? local.year : local.year + 1;
}

/**
 * The sending instant for a reminder meant for `day` (read in the recipient's zone): the policy's sending
 * hour there, moved to a sending weekday that is not one of the recipient's public `holidays` (ISO dates)
 * — `earlier` for warnings that must arrive before a deadline, `later` for reminders about something
 * already late.
 */
export function atSendingHour(
  day: DateTime,
  recipientZone: string,
  policy: CyclePolicy,
  move: 'earlier' | 'later',
  holidays: readonly string[] = [],
): DateTime {
  let local = day.setZone(recipientZone).set({ hour: policy.sendingHour, minute: 0, second: 0, millisecond: 0 });
  while (!policy.sendingWeekdays.includes(local.weekday) || holidays.includes(local.toISODate()!)) {
    local = local.plus({ days: move === 'earlier' ? -1 : 1 }).set({ hour: policy.sendingHour });
  }
  return local;
}

export interface PlannedReminder {
  /** Stable name of the step, part of the e-mail's Message-ID: `before-42d`, `overdue-1`, … */
  step: string;
  at: DateTime;
}

/**
 * The reminders for a deadline, as seen by one recipient: one for each `daysBefore` on that day before the
 * deadline's local date, then one every `overdueEveryDays` after it until `until`. Reminders that would
 * land after the deadline they warn about, or before `from` (when the wait began), are left out.
 */
export function reminderPlan(args: {
  deadline: DateTime;
  until: DateTime;
  daysBefore: readonly number[];
  overdueEveryDays: number;
  recipientZone: string;
  policy: CyclePolicy;
  from: DateTime;
  /** The recipient's public holidays (ISO dates), on which no reminder goes out. */
  holidays?: readonly string[];
}): PlannedReminder[] {
  const { deadline, until, recipientZone, policy, from, holidays } = args;
  const localDeadline = deadline.setZone(recipientZone);
  const plan: PlannedReminder[] = [];
  for (const days of [...args.daysBefore].sort((a, b) => b - a)) {
    const at = atSendingHour(localDeadline.minus({ days }), recipientZone, policy, 'earlier', holidays);
    if (at < deadline) plan.push({ step: `before-${days}d`, at });
  }
  for (let n = 1; ; n++) {
    const at = atSendingHour(localDeadline.plus({ days: args.overdueEveryDays * n }), recipientZone, policy, 'later', holidays);
    if (at >= until) break;
    plan.push({ step: `overdue-${n}`, at });
  }
  return plan.filter((r) => r.at > from);
}
