import { describe, expect, it } from 'vitest';
import type { CycleEvidence, WgReportRow } from '../../../domain/cycle/wg-report-row';
import type { CycleOutcome } from '../../../domain/cycle/report';
import { wgReportFigures } from '../../../domain/cycle/wg-report-figures';

const all: CycleOutcome = {
  reportSubmitted: true,
  finalised: true,
  indicatorFrameworkUpdated: true,
  evidenceOfProgress: true,
  evidenceOfCollaboration: true,
};
const nothing: CycleOutcome = {
  reportSubmitted: false,
  finalised: false,
  indicatorFrameworkUpdated: false,
  evidenceOfProgress: false,
  evidenceOfCollaboration: false,
};
const submitted = (...late: boolean[]): CycleEvidence => ({
  deadline: '2027-04-30T23:59:59.999+02:00',
  extensions: 0,
  remindersSent: 1,
  submissions: late.map((l, i) => ({ kind: i === 0 ? 'report' : 'revision', at: `2027-05-0${i + 1}T10:00:00Z`, late: l })),
  reviews: [],
});
const row = (country: string, outcome: CycleOutcome | undefined, rest: Partial<WgReportRow> = {}): WgReportRow => ({
  country,
  name: country,
  stage: 'finalised',
  outcome,
  flagged: false,
  criteria: [],
  ...rest,
});

describe("the figures of the Working Group's report", () => {
  it('counts an empty year as zeros', () => {
    const f = wgReportFigures([]);
    expect(f).toMatchObject({ countries: 0, reportsSubmitted: 0, onTime: 0, late: 0, timingUnknown: 0, flagged: 0 });
    expect(Object.values(f.flagsByCriterion)).toEqual([0, 0, 0, 0, 0]);
  });

  it('counts reports, their timeliness by the first report, the other facts and the flags per criterion', () => {
    const rows = [
      // On time, then a late revision: the report was on time.
      row('PER', all, { evidence: submitted(false, true) }),
      // Late, not finalised, no evidence of collaboration.
      row('NGA', { ...all, finalised: false, evidenceOfCollaboration: false }, { evidence: submitted(true) }),
      // Submitted, but published before submission dates were kept.
      row('NPL', { ...all, indicatorFrameworkUpdated: false }),
      // Nothing, two years running: flagged on every criterion.
      row('UGA', nothing, {
        evidence: submitted(),
        flagged: true,
        criteria: [
          'no-report',
          'not-finalised',
          'indicator-framework-not-updated',
          'no-evidence-of-progress',
          'no-evidence-of-collaboration',
        ],
      }),
      // No outcome recorded at all; flagged under the strict rule on two criteria.
      row('MWI', undefined, { stage: 'no outcome recorded', flagged: true, criteria: ['no-report', 'no-evidence-of-progress'] }),
      // A criterion listed without a flag does not count as a flag.
      row('CHL', all, { evidence: submitted(false), criteria: ['no-report'] }),
    ];
    expect(wgReportFigures(rows)).toEqual({
      countries: 6,
      reportsSubmitted: 4,
      onTime: 2,
      late: 1,
      timingUnknown: 1,
      finalised: 3,
      frameworksUpdated: 3,
      evidenceOfProgress: 4,
      evidenceOfCollaboration: 3,
      flagged: 2,
      flagsByCriterion: {
        'no-report': 2,
        'not-finalised': 1,
        'indicator-framework-not-updated': 1,
        'no-evidence-of-progress': 2,
        'no-evidence-of-collaboration': 1,
      },
    });
  });
});
