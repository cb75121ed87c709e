import { describe, expect, it } from 'vitest';
import { reportSchema } from '../../../domain/cycle/report';
import { themesOf } from '../../../domain/cycle/wg-report-draft';
import { report } from '../../helpers/fixtures';
import { assistanceOfYear, type AssistanceRecord } from '../../../domain/assistance/assistance';

describe("the Working Group's report: what was planned beside what was reported (R15, R18)", () => {
  const thisYear = reportSchema().parse(report());
  it("sets last year's next steps beside the objectives this year's report progresses on", () => {
    const lastYear = reportSchema().parse(report({ nextSteps: ['Register every kiln', 'Train 40 inspectors'] }));
    expect(themesOf(thisYear, lastYear)).toMatchObject({
      planned: ['Register every kiln', 'Train 40 inspectors'],
      reported: ['Child labour free brick kilns'],
    });
  });

  it('plans nothing without a report last year, or one that set no next steps (as before 1.1)', () => {
    expect(themesOf(thisYear).planned).toBeUndefined();
    expect(themesOf(thisYear, reportSchema().parse(report())).planned).toBeUndefined();
    expect(themesOf(undefined, reportSchema().parse(report({ nextSteps: ['Register every kiln'] })))).toMatchObject({
      planned: ['Register every kiln'],
    });
    expect(themesOf(undefined).reported).toBeUndefined();
  });
});

describe("the Working Group's report: the year's assistance (R18)", () => {
  const given = (on: string) => ({ on, given: `Inspectors seconded from ${on}`, by: 's@example.org', at: `${on}T10:00:00.000Z` });
  const record: AssistanceRecord = {
    next: 4,
    open: [
      {
        id: 3,
        at: '2031-02-01T09:00:00.000Z',
        by: 'f@example.org',
        need: 'Survey design',
        mechanism: 'II',
        details: '',
        reactivation: false,
        offers: [],
        given: [],
      },
    ],
    closed: [
      {
        id: 1,
        at: '2030-11-01T09:00:00.000Z',
        need: 'Inspection plan',
        mechanism: 'II',
        reactivation: false,
        partner: 'Cocoa Sector Alliance',
        given: [given('2030-12-15'), given('2031-01-20')],
        closedAt: '2031-01-21T10:00:00.000Z',
      },
      {
        id: 2,
        at: '2031-01-05T09:00:00.000Z',
        need: 'Peer exchange',
        mechanism: 'I',
        reactivation: false,
        given: [],
        closedAt: '2031-01-06T10:00:00.000Z',
      },
    ],
  };
  it('counts the requests made in the year and lists what was given in it, whenever it was asked', () => {
    const year = assistanceOfYear(record, 2031);
    expect(year.requested).toBe(2);
    expect(year.given.map((g) => [g.need, g.on, g.partner])).toEqual([['Inspection plan', '2031-01-20', 'Cocoa Sector Alliance']]);
    expect(assistanceOfYear(undefined, 2031)).toEqual({ requested: 0, given: [] });
  });
});
