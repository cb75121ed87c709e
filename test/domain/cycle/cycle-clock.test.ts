import { DateTime } from 'luxon';
import { expect, it } from 'vitest';
import { parsePolicy, type CyclePolicyInput } from '../../../domain/cycle/policy';
import { ReportingCycle } from '../../../domain/cycle/reporting-cycle';
import { cycleInput, peru } from '../../helpers/fixtures';

// The workflow sleeps until `nextWakeAt()` after each `advance(now)`. Whatever the policy and the zones,
// that instant is always later than now, so the cycle can never spin without time moving on, and it
// reaches its close in a bounded number of wakes.
const zonesOf = (zone: string) => ({ ...peru, focalPoint: { ...peru.focalPoint, zone }, deputy: { ...peru.deputy, zone: 'Europe/Paris' } });

it.each<[string, CyclePolicyInput, string]>([
  ['the default policy', {}, 'America/Lima'],
  ['02:00, in the daylight-saving gaps', { sendingHour: 2, sendingWeekdays: [1, 2, 3, 4, 5, 6, 7] }, 'America/New_York'],
  ['midnight, skipped in Santiago', { sendingHour: 0, sendingWeekdays: [1, 2, 3, 4, 5, 6, 7] }, 'America/Santiago'],
  ['a zone off the hour, Sundays only', { sendingWeekdays: [7] }, 'Asia/Kathmandu'],
  ['daily overdue notices, 23:00', { overdueEveryDays: 1, sendingHour: 23 }, 'Pacific/Kiritimati'],
  [
    'a secretariat in UTC+14, deadline 31 December',
    { secretariatZone: 'Pacific/Kiritimati', deadline: { month: 12, day: 30 }, cycleClose: { month: 12, day: 31 } },
    'Pacific/Pago_Pago',
  ],
])('moves time forward at every wake: %s', (_case, policyInput, zone) => {
  const input = { ...cycleInput(2027), country: zonesOf(zone), policy: parsePolicy(policyInput) };
  let now: DateTime = DateTime.fromISO('2027-01-15T08:00:00Z');
  const cycle = ReportingCycle.open('reporting-cycle-PER-2027', input, now);
  let wakes = 0;
  for (;;) {
    cycle.advance(now);
    cycle.state.outbox = []; // sent
    if (cycle.terminal) break;
    const next = cycle.nextWakeAt()!;
    expect(next > now).toBe(true);
    now = next;
    expect(++wakes).toBeLessThan(1_000);
  }
  expect(cycle.state.stage).toBe('closed-without-report');
  expect(cycle.state.remindersSent).toBeGreaterThan(0);
});
