import { describe, expect, it } from 'vitest';
import { vocabulary } from '../../../activities/texts/vocabulary';
import { candidacyArgs, stakeholderMappingArgs } from '../../../domain/candidacy/args';
import { participationOf, reportSchema } from '../../../domain/cycle/report';
import {
  groupOf,
  groupsNamed,
  internationalGroups,
  nationalGroups,
  socialPartnersTookPart,
  stakeholderGroups,
} from '../../../domain/shared/stakeholders';
import { report } from '../../helpers/fixtures';

// S1, social dialogue: one vocabulary of stakeholder groups from the candidacy's mapping to the report, and
// whether both social partners (employers' and workers' organisations) took part.

const participation = (national: string[], international: string[] = []) => ({
  stakeholderParticipation: {
    national: national.map((group) => ({ group, description: `${group} took part` })),
    international: international.map((group) => ({ group, description: `${group} took part` })),
  },
});

describe('the stakeholder vocabulary', () => {
  it('names the framework’s nine groups, each national or international, in every language', () => {
    expect(stakeholderGroups).toEqual([
      'government',
      'employers',
      'workers',
      'survivors',
      'civil-society',
      'private-sector',
      'academia',
      'un-ilo',
      'development-partners',
    ]);
    expect([...nationalGroups, ...internationalGroups].sort()).toEqual([...stakeholderGroups].sort());
    for (const terms of Object.values(vocabulary)) for (const g of stakeholderGroups) expect(terms.stakeholder[g]).toBeTruthy();
    expect(vocabulary.fr.stakeholder['un-ilo']).toBe('organismes des Nations Unies et OIT');
    expect(vocabulary.es.stakeholder.employers).toBe('organizaciones de empleadores');
  });

  it('says the social partners took part only when both employers’ and workers’ organisations did', () => {
    expect(socialPartnersTookPart(['employers', 'workers'])).toBe(true);
    expect(socialPartnersTookPart(['government', 'workers', 'civil-society'])).toBe(false);
    expect(socialPartnersTookPart(['employers'])).toBe(false);
    expect(socialPartnersTookPart([])).toBe(false);
  });

  it('reads the groups of reports filed before it: ministries are the government, NGOs civil society; the rest as they were', () => {
    expect(groupOf('ministries')).toBe('government');
    expect(groupOf('ngos')).toBe('civil-society');
    expect(groupOf('workers')).toBe('workers');
    // Wider than the UN and the ILO (the OSCE, the World Bank): not mapped, shown under its own name.
    expect(groupOf('international-organisations')).toBeUndefined();
    expect(groupOf('regional-initiatives')).toBeUndefined();
    expect(groupsNamed(['regional-initiatives', 'ngos', 'ministries', 'government', 'employers'])).toEqual([
      'government',
      'employers',
      'civil-society',
      'regional-initiatives',
    ]);
  });
});

describe("a report's participation", () => {
  it('takes the vocabulary, national and international, and says whether both social partners took part', () => {
    const filed = reportSchema().parse(report(participation(['employers', 'workers', 'academia'], ['un-ilo', 'development-partners'])));
    expect(participationOf(filed)).toEqual({
      groups: ['employers', 'workers', 'academia', 'un-ilo', 'development-partners'],
      socialPartners: true,
    });
  });

  it('still reads a report stored with the earlier groups, mapped where the meaning is the same', () => {
    const earlier = reportSchema().parse(
      report(participation(['ministries', 'workers', 'ngos'], ['international-organisations', 'other-countries'])),
    );
    expect(participationOf(earlier)).toEqual({
      groups: ['government', 'workers', 'civil-society', 'international-organisations', 'other-countries'],
      socialPartners: false,
    });
  });

  it('refuses a group that is in no list, naming the field', () => {
    const checked = reportSchema().safeParse(report(participation(['journalists'])));
    expect(checked.error?.issues[0]?.path).toEqual(['stakeholderParticipation', 'national', 0, 'group']);
    // An international group is not a national one.
    expect(reportSchema().safeParse(report(participation(['un-ilo']))).success).toBe(false);
  });
});

describe("the candidacy's stakeholder mapping", () => {
  const mapping = (group: string) => ({
    as: 'valentina.rojas@example.org',
    stakeholders: [{ group, names: ['CUT Chile'] }],
    coordinationBodies: ['Mesa Nacional contra la Trata de Personas'],
  });

  it('is filed with the vocabulary’s groups, once each', () => {
    expect(stakeholderMappingArgs().parse(mapping('workers')).stakeholders[0]!.group).toBe('workers');
    const free = stakeholderMappingArgs().safeParse(mapping("workers' and employers' organisations"));
    expect(free.error?.issues[0]?.path).toEqual(['stakeholders', 0, 'group']);
    expect(free.error?.issues[0]?.message).toMatch(/^must be one of government, employers, workers/);
    const twice = { ...mapping('workers'), stakeholders: [...mapping('workers').stakeholders, ...mapping('workers').stakeholders] };
    expect(stakeholderMappingArgs().safeParse(twice).error?.issues[0]?.message).toBe('names a group twice');
  });

  it('as a running candidacy takes it, still accepts a mapping filed before, in free text', () => {
    expect(candidacyArgs().stakeholders.parse(mapping('UN agencies and the ILO')).stakeholders[0]!.group).toBe('UN agencies and the ILO');
  });
});
