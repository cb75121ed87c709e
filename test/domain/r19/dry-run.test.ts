import { describe, expect, it } from 'vitest';
import { compareFlags, type ClosedCycles, type DryRunRow, type FlagChange } from '../../../domain/r19/dry-run';
import type { Criterion, EscalationRule } from '../../../domain/r19/criteria';
import type { CycleOutcome } from '../../../domain/cycle/report';

// The R19 signs by their letter: the fact a cycle records, and the criterion its absence flags.
const signs = {
  a: { fact: 'reportSubmitted', criterion: 'no-report' },
  b: { fact: 'finalised', criterion: 'not-finalised' },
  c: { fact: 'indicatorFrameworkUpdated', criterion: 'indicator-framework-not-updated' },
  d: { fact: 'evidenceOfProgress', criterion: 'no-evidence-of-progress' },
  e: { fact: 'evidenceOfCollaboration', criterion: 'no-evidence-of-collaboration' },
} as const satisfies Record<string, { fact: keyof CycleOutcome; criterion: Criterion }>;
type Sign = keyof typeof signs;
const letters = Object.keys(signs) as Sign[];

const good: CycleOutcome = {
  reportSubmitted: true,
  finalised: true,
  indicatorFrameworkUpdated: true,
  evidenceOfProgress: true,
  evidenceOfCollaboration: true,
};
const missing = (...shown: Sign[]): CycleOutcome => ({ ...good, ...Object.fromEntries(shown.map((s) => [signs[s].fact, false])) });
const flag = (...shown: Sign[]) => ({ criteria: shown.map((s) => signs[s].criterion) });
const every = letters;

const country = (code: string, cycles: ClosedCycles['cycles'], evaluateFrom?: number): ClosedCycles => ({
  country: { code, name: `Country ${code}` },
  cycles,
  evaluateFrom,
});
const sorted = (list: Criterion[] | undefined) => list && [...list].sort();

interface Case {
  name: string;
  proposal: EscalationRule;
  before: Sign[];
  now: Sign[];
  /** What was flagged in the second year under the rule then in force. */
  did?: Sign[];
  would?: Sign[];
  change: FlagChange;
}

/** For sign `s` (with another sign `t`): the proposed rule flags more, fewer, the same, or on other criteria. */
const casesFor = (s: Sign, t: Sign): Case[] => [
  {
    name: `any-shortfall flags more: (${s}) then (${t})`,
    proposal: 'any-shortfall',
    before: [s],
    now: [t],
    would: [s, t],
    change: 'newly flagged',
  },
  {
    name: `any-shortfall flags the same: (${s}) twice`,
    proposal: 'any-shortfall',
    before: [s],
    now: [s],
    did: [s],
    would: [s],
    change: 'unchanged',
  },
  {
    name: `any-shortfall flags other criteria: (${s}, ${t}) then (${s})`,
    proposal: 'any-shortfall',
    before: [s, t],
    now: [s],
    did: [s],
    would: [s, t],
    change: 'other criteria',
  },
  {
    name: `same-criterion flags fewer: (${s}) then (${t})`,
    proposal: 'same-criterion',
    before: [s],
    now: [t],
    did: [s, t],
    change: 'no longer flagged',
  },
  {
    name: `same-criterion flags the same: (${s}) twice`,
    proposal: 'same-criterion',
    before: [s],
    now: [s],
    did: [s],
    would: [s],
    change: 'unchanged',
  },
  {
    name: `same-criterion flags other criteria: (${s}, ${t}) then (${s})`,
    proposal: 'same-criterion',
    before: [s, t],
    now: [s],
    did: [s, t],
    would: [s],
    change: 'other criteria',
  },
  {
    name: `neither rule flags a first shortfall: nothing then (${s})`,
    proposal: 'any-shortfall',
    before: [],
    now: [s],
    change: 'unchanged',
  },
];

describe('R19 dry run, sign by sign and rule by rule', () => {
  const table = letters.flatMap((s, i) =>
    casesFor(s, letters[(i + 1) % letters.length]!).map((c) => ({ ...c, name: `R19(${s}): ${c.name}` })),
  );

  it.each(table)('$name', ({ proposal, before, now, did, would, change }) => {
    const record = country('PER', [
      { year: 2025, outcome: missing(...before) },
      { year: 2026, outcome: missing(...now), flag: did && flag(...did) },
    ]);
    const { rows } = compareFlags([record], { from: 2026, to: 2026 }, proposal);
    expect(rows).toHaveLength(1);
    const row = rows[0]!;
    expect({ ...row, would: sorted(row.would), did: sorted(row.did) }).toEqual<DryRunRow>({
      country: 'PER',
      name: 'Country PER',
      year: 2026,
      would: sorted(would && flag(...would).criteria),
      did: sorted(did && flag(...did).criteria),
      change,
    });
  });
});

describe('R19 dry run over a range of years', () => {
  it('ignores the closed cycles outside the range', () => {
    const cycles = [2024, 2025, 2026, 2027, 2028].map((year) => ({ year, outcome: missing(...every) }));
    const { rows } = compareFlags([country('NGA', cycles)], { from: 2026, to: 2027 }, 'any-shortfall');
    expect(rows.map((r) => r.year)).toEqual([2026, 2027]);
  });

  it('rests a flag on the previous year even when that year is outside the range', () => {
    const record = country('NGA', [
      { year: 2025, outcome: missing('d') },
      { year: 2026, outcome: missing('d') },
    ]);
    const { rows } = compareFlags([record], { from: 2026, to: 2026 }, 'same-criterion');
    expect(rows).toMatchObject([{ year: 2026, would: ['no-evidence-of-progress'], change: 'newly flagged' }]);
  });

  it.each<EscalationRule>(['same-criterion', 'any-shortfall'])('never flags a year whose previous cycle is missing (%s)', (rule) => {
    const record = country('NGA', [
      { year: 2025, outcome: missing(...every) },
      { year: 2027, outcome: missing(...every) },
    ]);
    const { rows } = compareFlags([record], { from: 2025, to: 2027 }, rule);
    expect(rows.map((r) => [r.year, r.would])).toEqual([
      [2025, undefined],
      [2027, undefined],
    ]);
  });

  it('counts cycles only from a reactivation on, as the record does', () => {
    const record = country(
      'NGA',
      [
        { year: 2026, outcome: missing(...every) },
        { year: 2027, outcome: missing(...every) },
        { year: 2028, outcome: missing(...every) },
      ],
      2027,
    );
    const { rows } = compareFlags([record], { from: 2026, to: 2028 }, 'same-criterion');
    expect(rows.map((r) => [r.year, r.would?.length])).toEqual([
      [2026, undefined],
      [2027, undefined],
      [2028, 5],
    ]);
  });

  it('lists countries by code and year, and sums up the changes', () => {
    const twice = (sign: Sign, other: Sign, did?: Sign[]) => [
      { year: 2025, outcome: missing(sign) },
      { year: 2026, outcome: missing(other), flag: did && flag(...did) },
    ];
    const dryRun = compareFlags(
      [
        country('PER', twice('d', 'e')), // newly flagged under any-shortfall
        country('BRA', twice('a', 'a', ['a'])), // flagged either way
        country('NGA', [{ year: 2026, outcome: good }]), // nothing to flag
      ],
      { from: 2025, to: 2026 },
      'any-shortfall',
    );
    expect(dryRun.rows.map((r) => `${r.country} ${r.year} ${r.change}`)).toEqual([
      'BRA 2025 unchanged',
      'BRA 2026 unchanged',
      'NGA 2026 unchanged',
      'PER 2025 unchanged',
      'PER 2026 newly flagged',
    ]);
    expect(dryRun.summary).toEqual({ compared: 5, flaggedBefore: 1, flaggedUnderProposal: 2, newly: 1, noLonger: 0 });
    expect(dryRun).toMatchObject({ rule: 'any-shortfall', years: { from: 2025, to: 2026 } });
  });
});
