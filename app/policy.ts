import type { Client } from '@temporalio/client';
import { readCountries } from '../client/registry';
import { parsePolicy } from '../domain/cycle/policy';
import { compareFlags, type DryRun, type YearRange } from '../domain/r19/dry-run';
import { InputRejected } from './errors';

// A proposed cycle policy tried on the cycles already closed: which countries R19 would flag under it.
// It reads and changes nothing else.

/** A longer span is more likely a typing error than a question anyone asks. */
export const maxDryRunYears = 30;

/** `2026-2028` or `2027`: the closed cycles to compare. */
export function yearRange(value: string): YearRange {
  const [, from, to = from] = /^\s*(\d{4})\s*(?:-\s*(\d{4})\s*)?$/.exec(value) ?? [];
  if (!from) throw InputRejected.because({ code: 'yearRange', value, why: 'notRange' });
  const range = { from: Number(from), to: Number(to) };
  if (range.to < range.from) throw InputRejected.because({ code: 'yearRange', value, why: 'reversed' });
  if (range.to - range.from + 1 > maxDryRunYears)
    throw InputRejected.because({ code: 'yearRange', value, why: 'tooLong', max: maxDryRunYears });
  return range;
}

/** What the closed cycles of `years` would have flagged under `policy`, against what they flagged. */
export async function policyDryRun(client: Client, request: { policy: unknown; years: string }): Promise<DryRun> {
  const { escalation } = parsePolicy(request.policy);
  const years = yearRange(request.years);
  return compareFlags(await readCountries(client), years, escalation);
}
