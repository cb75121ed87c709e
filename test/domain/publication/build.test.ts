import { describe, expect, it } from 'vitest';
import { defaultPolicy, parsePolicy } from '../../../domain/cycle/policy';
import { indexWith, promotedUnder, siteCountryOf, yearWith, type PublishedYear } from '../../../domain/publication/build';
import { hlpfCompilationOf, hlpfOpensAt } from '../../../domain/publication/hlpf';
import type { Report } from '../../../domain/cycle/report';
import { exampleReport } from '../../helpers/fixtures';

const { indicatorFramework, ...report } = exampleReport as Report;
const yearOf = (year: number, summary = 'Inspections doubled'): PublishedYear => ({
  report: { ...report, progress: [{ objective: 'Inspection', summary }], country: 'PER', year },
  framework: { ...indicatorFramework, country: 'PER', year },
  publishedAt: `${year}-06-01T10:00:00.000Z`,
  documents: [],
});
const profile = { code: 'PER', name: 'Peru', status: 'active' as const, statusSince: '2021-03-02', roadmaps: [] };

describe('the public site built from published files', () => {
  it('promotes an inactive country only under a policy that says so (R2)', () => {
    expect(defaultPolicy().publication).toEqual({ promoteInactive: false, hlpfFrom: { month: 7, day: 1 } });
    expect(promotedUnder('inactive', defaultPolicy())).toBe(false);
    expect(promotedUnder('active', defaultPolicy())).toBe(true);
    expect(promotedUnder('inactive', parsePolicy({ publication: { promoteInactive: true } }))).toBe(true);
  });

  it('refuses an HLPF day that most years lack, naming the field', () => {
    expect(() => parsePolicy({ publication: { hlpfFrom: { month: 2, day: 29 } } })).toThrow('publication.hlpfFrom: is 29 February');
    expect(() => parsePolicy({ publication: { promoteInactive: 'yes' } })).toThrow('publication.promoteInactive:');
  });

  it('lists the reports oldest first, cuts long highlights, and replaces a country in the index and its years', () => {
    const long = 'x'.repeat(400);
    const peru = siteCountryOf(profile, [yearOf(2028, long), yearOf(2027)], true, '2028-07-01T00:00:00.000Z');
    expect(peru.reports.map((r) => r.year)).toEqual([2027, 2028]);
    expect(peru.reports[1]!.highlights[0]!.summary).toHaveLength(280);
    const index = indexWith(
      { builtAt: 'before', countries: [{ ...indexWith(undefined, [peru], 'x').countries[0]!, name: 'Old' }] },
      [peru],
      'now',
    );
    expect(index.countries.map((c) => [c.code, c.name])).toEqual([['PER', 'Peru']]);
    const year = yearWith({ year: 2027, builtAt: 'before', countries: [] }, 2027, [{ ...peru, promoted: false }], 'now');
    expect(year.countries).toMatchObject([{ code: 'PER', promoted: false, report: { year: 2027 } }]);
    expect(hlpfCompilationOf(year, 2027, 'Inès Bauer', 'now').countries).toEqual([]);
  });

  it('opens the HLPF compilation at the start of the policy day in the secretariat zone', () => {
    expect(hlpfOpensAt(2027, defaultPolicy()).toUTC().toISO()).toBe('2027-06-30T22:00:00.000Z');
  });
});
