import { describe, expect, it } from 'vitest';
import type { YearView, YearViewRow } from '../../../../domain/cycle/year-view';
import { filterRows, rowFilter, rowsAsCsv } from '../../../../portal/routes/years/year-rows';

const facts = {
  reportSubmitted: false,
  finalised: false,
  indicatorFrameworkUpdated: false,
  evidenceOfProgress: false,
  evidenceOfCollaboration: false,
};
const peru: YearViewRow = {
  country: 'PER',
  opened: 'started',
  cycle: {
    country: 'PER',
    name: 'Peru',
    stage: 'overdue',
    deadline: '2028-04-30T21:59:59.000Z',
    extension: { to: '2028-04-30T21:59:59.000Z', reason: '=HYPERLINK("http://evil.example.org"), "quoted"' },
    round: 0,
    remindersSent: 3,
    reviewers: ['amina.diallo@example.org'],
    facts,
    participation: { groups: ['government', 'workers'], socialPartners: false },
  },
  previous: { year: 2027, outcome: facts },
  forecast: { risk: 'at-risk', criteria: ['no-report'], toAvoid: ['no-report'] },
};
const chad: YearViewRow = { country: 'TCD', opened: 'not eligible', reason: 'status inactive' };
const view: YearView = { year: 2028, stage: 'open', closesAt: '2028-09-30T21:59:59.000Z', rule: 'same-criterion', rows: [peru, chad] };

describe("the dashboard's rows", () => {
  it('filter by stage and by forecast; an unknown value narrows nothing', () => {
    expect(filterRows(view, rowFilter({ risk: 'at-risk' }))).toEqual([peru]);
    expect(filterRows(view, rowFilter({ stage: 'not-opened' }))).toEqual([chad]);
    expect(filterRows(view, rowFilter({ stage: 'overdue', risk: 'clear' }))).toEqual([]);
    expect(filterRows(view, rowFilter({ stage: '<script>', risk: 42 }))).toEqual([peru, chad]);
  });

  it('export as CSV a spreadsheet reads as text, never as a formula', () => {
    const [header, first, second] = rowsAsCsv([peru, chad], new Date('2028-05-03T12:00:00Z')).split('\r\n');
    expect(header!.split(',')).toContain('extension_reason');
    expect(first).toBe(
      'PER,Peru,started,overdue,2028-04-30T21:59:59.000Z,2028-04-30T21:59:59.000Z,"\'=HYPERLINK(""http://evil.example.org""), ""quoted""",-3,0,3,amina.diallo@example.org,false,false,false,false,false,false,' +
        'no-report not-finalised indicator-framework-not-updated no-evidence-of-progress no-evidence-of-collaboration,at-risk,no-report,no-report,false,government workers',
    );
    expect(second).toBe('TCD,,not eligible,not-opened,,,,,,,,,,,,,,,,,,,');
  });
});
