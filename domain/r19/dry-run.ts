import type { CycleRecord } from '../record/country-record';
import { evaluate, previousCounted, type Criterion, type EscalationRule } from './criteria';

// A policy dry run: what R19 would have flagged in closed cycles under another rule, next to what was
// actually flagged, so that the secretariat and the GCM see a change of policy before they make it.

/** What the dry run reads of a country's record (a `CountryState` fits). */
export interface ClosedCycles {
  country: { code: string; name: string };
  cycles: Pick<CycleRecord, 'year' | 'outcome' | 'flag'>[];
  /** After a reactivation R19 counts cycles from this year on, as the record itself does. */
  evaluateFrom?: number;
}

export interface YearRange {
  from: number;
  to: number;
}

export type FlagChange = 'newly flagged' | 'no longer flagged' | 'other criteria' | 'unchanged';

export interface DryRunRow {
  country: string;
  name: string;
  year: number;
  /** What the proposed rule would flag; undefined for no flag. */
  would: Criterion[] | undefined;
  /** What was flagged when the cycle closed; undefined for no flag. */
  did: Criterion[] | undefined;
  change: FlagChange;
}

export interface DryRunSummary {
  compared: number;
  flaggedBefore: number;
  flaggedUnderProposal: number;
  newly: number;
  noLonger: number;
}

export interface DryRun {
  rule: EscalationRule;
  years: YearRange;
  rows: DryRunRow[];
  summary: DryRunSummary;
}

const sameCriteria = (a: Criterion[], b: Criterion[]) => a.length === b.length && a.every((c) => b.includes(c));

function changeOf(did: Criterion[] | undefined, would: Criterion[] | undefined): FlagChange {
  if (!did && would) return 'newly flagged';
  if (did && !would) return 'no longer flagged';
  if (did && would && !sameCriteria(did, would)) return 'other criteria';
  return 'unchanged';
}

/** What `rule` flags for one closed cycle; the previous year may lie outside the range, it is evidence all the same. */
function wouldFlag(record: ClosedCycles, current: ClosedCycles['cycles'][number], rule: EscalationRule): Criterion[] | undefined {
  if (current.year < (record.evaluateFrom ?? -Infinity)) return undefined;
  const result = evaluate(previousCounted(record.cycles, current.year, record.evaluateFrom), current, rule);
  return result.flagged ? result.criteria : undefined;
}

/** Every closed cycle of `years`, country by country and year by year: what `rule` would flag against what was flagged. */
export function compareFlags(countries: ClosedCycles[], years: YearRange, rule: EscalationRule): DryRun {
  const rows: DryRunRow[] = [];
  const byCode = [...countries].sort((a, b) => a.country.code.localeCompare(b.country.code));
  for (const record of byCode) {
    const inRange = record.cycles.filter((c) => c.year >= years.from && c.year <= years.to).sort((a, b) => a.year - b.year);
    for (const cycle of inRange) {
      const would = wouldFlag(record, cycle, rule);
      // A flag the Working Group withdrew was not raised.
      const did = cycle.flag?.withdrawn ? undefined : cycle.flag?.criteria;
      rows.push({ country: record.country.code, name: record.country.name, year: cycle.year, would, did, change: changeOf(did, would) });
    }
  }
  const count = (keep: (row: DryRunRow) => boolean) => rows.filter(keep).length;
  const summary: DryRunSummary = {
    compared: rows.length,
    flaggedBefore: count((r) => !!r.did),
    flaggedUnderProposal: count((r) => !!r.would),
    newly: count((r) => r.change === 'newly flagged'),
    noLonger: count((r) => r.change === 'no longer flagged'),
  };
  return { rule, years, rows, summary };
}
