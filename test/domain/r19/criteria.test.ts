import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { evaluate, shortfalls, type Criterion } from '../../../domain/r19/criteria';
import { ReportingCycle } from '../../../domain/cycle/reporting-cycle';
import type { CycleOutcome } from '../../../domain/cycle/report';
import { cycleInput, exampleReport } from '../../helpers/fixtures';

// R19 from what a country actually did in a cycle: each scenario runs the cycle's state machine on a fixed
// clock, from opening to close, and reads the signs (a–e) of the outcome it ends with.

const focal = 'lucia.quispe@example.org';
const reviewer = 'amina.diallo@example.org';
const report = exampleReport as { evidence: unknown[]; collaboration: unknown[]; indicatorFramework: { updated: boolean } };
const partial = (change: Partial<typeof report>) => ({ ...report, ...change });
const noEvidence = partial({ evidence: [] });
const noCollaboration = partial({ collaboration: [] });
const frameworkUnchanged = partial({ indicatorFramework: { ...report.indicatorFramework, updated: false } });

type Step = { on: string; act: 'report' | 'revision' | 'accept' | 'revise'; report?: unknown };

/** Runs a 2027 cycle (report due 30 April, revision window 30 days, close 30 September) through `steps`, then closes it. */
function closeAfter(steps: Step[], year = 2027) {
  const cycle = ReportingCycle.open(`reporting-cycle-PER-${year}`, cycleInput(year), DateTime.fromISO(`${year}-01-15T09:00:00Z`));
  for (const step of steps) {
    const now = DateTime.fromISO(`${year}-${step.on}T12:00:00Z`);
    cycle.advance(now);
    if (step.act === 'report') cycle.submitReport({ as: focal, report: step.report ?? report }, now);
    else if (step.act === 'revision') cycle.submitRevision({ as: focal, report: step.report ?? report }, now);
    else cycle.submitReview({ as: reviewer, decision: step.act, comments: step.act === 'revise' ? 'Please add survey data.' : '' }, now);
  }
  cycle.advance(DateTime.fromISO(`${year}-10-01T00:00:00Z`));
  expect(cycle.terminal).toBe(true);
  return cycle.outcome();
}

describe('R19: the signs one cycle shows, from what the country did', () => {
  const scenarios: { name: string; steps: Step[]; missed: Criterion[] }[] = [
    {
      name: 'no report at all: (a), and (c)–(e) with it, but no comments went unanswered',
      steps: [],
      missed: ['no-report', 'indicator-framework-not-updated', 'no-evidence-of-progress', 'no-evidence-of-collaboration'],
    },
    { name: 'a full report still in review when the cycle closes', steps: [{ on: '04-20', act: 'report' }], missed: [] },
    {
      name: 'a full report accepted',
      steps: [
        { on: '04-20', act: 'report' },
        { on: '05-10', act: 'accept' },
      ],
      missed: [],
    },
    {
      name: 'comments sent and never answered: (b)',
      steps: [
        { on: '04-20', act: 'report' },
        { on: '05-10', act: 'revise' },
      ],
      missed: ['not-finalised'],
    },
    {
      name: 'comments answered in their window, not yet reviewed again at close',
      steps: [
        { on: '04-20', act: 'report' },
        { on: '05-10', act: 'revise' },
        { on: '06-01', act: 'revision' },
      ],
      missed: [],
    },
    {
      name: 'comments answered after their window, left unaccepted: (b)',
      steps: [
        { on: '04-20', act: 'report' },
        { on: '05-10', act: 'revise' },
        { on: '07-20', act: 'revision' },
      ],
      missed: ['not-finalised'],
    },
    {
      name: 'comments answered late, then accepted: a finalised report answered them',
      steps: [
        { on: '04-20', act: 'report' },
        { on: '05-10', act: 'revise' },
        { on: '07-20', act: 'revision' },
        { on: '08-01', act: 'accept' },
      ],
      missed: [],
    },
    {
      name: 'first comments answered, second ones not: (b)',
      steps: [
        { on: '04-20', act: 'report' },
        { on: '05-10', act: 'revise' },
        { on: '06-01', act: 'revision' },
        { on: '06-15', act: 'revise' },
      ],
      missed: ['not-finalised'],
    },
    {
      name: 'a report without evidence of progress, accepted: (d)',
      steps: [
        { on: '04-20', act: 'report', report: noEvidence },
        { on: '05-10', act: 'accept' },
      ],
      missed: ['no-evidence-of-progress'],
    },
    {
      name: 'a report without collaboration, in review at close: (e)',
      steps: [{ on: '04-20', act: 'report', report: noCollaboration }],
      missed: ['no-evidence-of-collaboration'],
    },
    {
      name: 'a report whose framework was not updated, comments unanswered: (b) and (c)',
      steps: [
        { on: '04-20', act: 'report', report: frameworkUnchanged },
        { on: '05-10', act: 'revise' },
      ],
      missed: ['not-finalised', 'indicator-framework-not-updated'],
    },
    {
      name: 'a revision that adds the missing evidence counts, not the first report',
      steps: [
        { on: '04-20', act: 'report', report: noEvidence },
        { on: '05-10', act: 'revise' },
        { on: '05-20', act: 'revision' },
      ],
      missed: [],
    },
  ];

  it.each(scenarios)('R19: $name', ({ steps, missed }) => {
    expect(shortfalls(closeAfter(steps))).toEqual(missed);
  });
});

describe('R19(b) over two consecutive years', () => {
  it('R19: a missed report, then a report still in review at close, flags nothing', () => {
    const before = { year: 2026, outcome: closeAfter([], 2026) };
    const now = { year: 2027, outcome: closeAfter([{ on: '04-20', act: 'report' }]) };
    expect(evaluate(before, now, 'same-criterion')).toEqual({ flagged: false, criteria: [] });
    expect(evaluate(before, now, 'any-shortfall').flagged).toBe(false);
  });

  it('R19: two missed reports never count as unanswered comments', () => {
    const result = evaluate({ year: 2026, outcome: closeAfter([], 2026) }, { year: 2027, outcome: closeAfter([]) }, 'same-criterion');
    expect(result.flagged).toBe(true);
    expect(result.criteria).not.toContain('not-finalised');
  });

  it('R19: comments left unanswered two years running flag (b)', () => {
    const unanswered: Step[] = [
      { on: '04-20', act: 'report' },
      { on: '05-10', act: 'revise' },
    ];
    const result = evaluate(
      { year: 2026, outcome: closeAfter(unanswered, 2026) },
      { year: 2027, outcome: closeAfter(unanswered) },
      'same-criterion',
    );
    expect(result).toEqual({ flagged: true, criteria: ['not-finalised'] });
  });

  it('R19: an outcome kept before (b) was counted this way is read as it was then', () => {
    const kept = {
      reportSubmitted: true,
      finalised: false,
      indicatorFrameworkUpdated: true,
      evidenceOfProgress: true,
      evidenceOfCollaboration: true,
    };
    expect(shortfalls(kept)).toEqual(['not-finalised']);
  });
});

// R19 on outcomes written out: each sign a–e, and two consecutive cycles.

const all: CycleOutcome = {
  reportSubmitted: true,
  finalised: true,
  indicatorFrameworkUpdated: true,
  evidenceOfProgress: true,
  evidenceOfCollaboration: true,
};
const without = (...missing: (keyof CycleOutcome)[]): CycleOutcome => ({ ...all, ...Object.fromEntries(missing.map((m) => [m, false])) });
const nothing = without('reportSubmitted', 'finalised', 'indicatorFrameworkUpdated', 'evidenceOfProgress', 'evidenceOfCollaboration');

describe('R19 signs of one cycle', () => {
  it('lists each missed criterion a–e', () => {
    expect(shortfalls(all)).toEqual([]);
    expect(shortfalls(nothing)).toEqual([
      'no-report',
      'not-finalised',
      'indicator-framework-not-updated',
      'no-evidence-of-progress',
      'no-evidence-of-collaboration',
    ]);
    expect(shortfalls(without('finalised'))).toEqual(['not-finalised']);
  });
});

describe('R19 over two consecutive cycles', () => {
  const cases: { name: string; before: CycleOutcome; now: CycleOutcome; gap?: number; same: string[] | false; strict: string[] | false }[] =
    [
      { name: 'two good years', before: all, now: all, same: false, strict: false },
      { name: 'one missed report, then a good year', before: nothing, now: all, same: false, strict: false },
      { name: 'a good year, then a missed report', before: all, now: nothing, same: false, strict: false },
      {
        name: 'two missed reports',
        before: nothing,
        now: nothing,
        same: ['no-report', 'not-finalised', 'indicator-framework-not-updated', 'no-evidence-of-progress', 'no-evidence-of-collaboration'],
        strict: [
          'no-report',
          'not-finalised',
          'indicator-framework-not-updated',
          'no-evidence-of-progress',
          'no-evidence-of-collaboration',
        ],
      },
      {
        name: 'no evidence of progress twice',
        before: without('evidenceOfProgress'),
        now: without('evidenceOfProgress'),
        same: ['no-evidence-of-progress'],
        strict: ['no-evidence-of-progress'],
      },
      {
        name: 'different criteria missed in each year',
        before: without('evidenceOfProgress'),
        now: without('evidenceOfCollaboration'),
        same: false,
        strict: ['no-evidence-of-progress', 'no-evidence-of-collaboration'],
      },
      {
        name: 'framework not updated, then not finalised',
        before: without('indicatorFrameworkUpdated'),
        now: without('finalised'),
        same: false,
        strict: ['not-finalised', 'indicator-framework-not-updated'],
      },
      { name: 'shortfalls two years apart are not consecutive', before: nothing, now: nothing, gap: 2, same: false, strict: false },
    ];

  it.each(cases)('$name', ({ before, now, gap = 1, same, strict }) => {
    const previous = { year: 2027, outcome: before };
    const current = { year: 2027 + gap, outcome: now };
    expect(evaluate(previous, current, 'same-criterion')).toEqual(
      same ? { flagged: true, criteria: same } : { flagged: false, criteria: [] },
    );
    const s = evaluate(previous, current, 'any-shortfall');
    expect(s.flagged).toBe(strict !== false);
    if (strict) expect(s.criteria).toEqual(strict);
  });

  it('never flags a first cycle', () => {
    expect(evaluate(undefined, { year: 2027, outcome: nothing }, 'any-shortfall').flagged).toBe(false);
  });
});
