import { DateTime } from 'luxon';
import { expect } from 'vitest';
import { InvalidInputError } from '../../domain/cycle/policy';

// What every rule test needs: a fixed clock, the e-mails an action adds, and the check that a refusal
// names the field and the reason and leaves the machine as it was.

/** A fixed instant, written as an ISO string with its offset. */
export const at = (instant: string): DateTime => DateTime.fromISO(instant, { setZone: true });

/** The instant in a zone, as people there read their clock, e.g. `2027-03-19T09:00+05:45`. */
export const localTime = (instant: string | DateTime, zone: string): string =>
  (typeof instant === 'string' ? DateTime.fromISO(instant) : instant).setZone(zone).toFormat("yyyy-MM-dd'T'HH:mmZZ");

/** The e-mails or notices that `act` adds to an outbox (read through a getter: a machine may replace the array). */
export function mailOf<T>(outbox: () => T[], act: () => unknown): T[] {
  const before = outbox().length;
  act();
  return outbox().slice(before);
}

/** Who gets what, in a form that reads well in an assertion. */
export const recipients = (mail: { kind: string; to: { email: string } }[]) => mail.map((m) => `${m.kind} → ${m.to.email}`);

interface Clocked<T> {
  state: { outbox: T[] };
  advance(now: DateTime): void;
  nextWakeAt(): DateTime | undefined;
}

/**
 * Lets time pass as the workflow does (sleep until the next wake, then advance), up to `until`; returns
 * each e-mail with the instant it was queued at.
 */
export function letTimePass<T>(machine: Clocked<T>, until: DateTime): { at: DateTime; mail: T }[] {
  const queued: { at: DateTime; mail: T }[] = [];
  for (let wakes = 0; wakes < 1_000; wakes++) {
    const next = machine.nextWakeAt();
    if (!next || next > until) return queued;
    for (const mail of mailOf(
      () => machine.state.outbox,
      () => machine.advance(next),
    ))
      queued.push({ at: next, mail });
  }
  throw new Error('the machine kept waking without reaching the end of the period');
}

/**
 * Expects `act` to be refused with an InvalidInputError whose problem names `field` (as `field: reason`)
 * and matches `reason`, and `state` to be exactly as before.
 */
export function expectRefusal(state: object, act: () => unknown, field: string, reason: RegExp): void {
  const before = structuredClone(state);
  let error: unknown;
  try {
    act();
  } catch (e) {
    error = e;
  }
  expect(error, 'the action was taken instead of refused').toBeInstanceOf(InvalidInputError);
  const problems = (error as InvalidInputError).problems;
  const problem = problems.find((p) => p.startsWith(`${field}: `));
  expect(problem, `no problem names ${field}: ${problems.join(' | ')}`).toBeDefined();
  expect(problem).toMatch(reason);
  expect(state).toEqual(before);
}
