import { describe, expect, it } from 'vitest';
import { suggestions, type LearningCountry } from '../../../domain/learning/suggestions';
import { areaKey, wordsOf } from '../../../domain/learning/words';

// Peer learning (S3): which countries the secretariat is offered to introduce, and why.

const peru: LearningCountry = {
  code: 'PER',
  name: 'Peru',
  status: 'active',
  priorityAreas: ['Child labour in agriculture'],
  report: {
    year: 2031,
    learningInterests: ['Labour inspection in mining'],
    progress: [{ objective: 'Child labour in agriculture', summary: 'Two hundred inspectors trained.' }],
    evidence: [{ kind: 'survey', description: 'National child labour survey.' }],
  },
};

const nigeria: LearningCountry = {
  code: 'NGA',
  name: 'Nigeria',
  status: 'active',
  priorityAreas: ['Forced labour in artisanal mining'],
  report: {
    year: 2031,
    learningInterests: [],
    progress: [
      { objective: 'Forced labour in artisanal mining', summary: 'Labour inspection units now visit every mining site twice a year.' },
    ],
    evidence: [
      { kind: 'evaluation', description: 'Evaluation of the mining inspection units.' },
      { kind: 'survey', description: 'Household survey in the north.' },
    ],
  },
};

describe('S3: a country’s learning interest is matched with countries that show progress and evidence in that area', () => {
  it('suggests the country whose latest report shows progress in the area, saying which words, progress and evidence', () => {
    const [found, ...more] = suggestions([peru, nigeria], []);
    expect(more).toEqual([]);
    expect(found).toMatchObject({
      kind: 'peer-learning',
      learner: { code: 'PER', name: 'Peru' },
      peer: { code: 'NGA', name: 'Nigeria' },
      area: 'Labour inspection in mining',
      why: {
        matched: ['Labour', 'inspection', 'mining'],
        year: 2031,
        progress: ['Forced labour in artisanal mining: Labour inspection units now visit every mining site twice a year.'],
        priorityAreas: ['Forced labour in artisanal mining'],
        // The evidence about the area, not the report's other evidence.
        evidence: [{ kind: 'evaluation', description: 'Evaluation of the mining inspection units.' }],
      },
    });
    expect(found!.id).toBe(`introduction-NGA-PER-${areaKey('Labour inspection in mining')}`);
  });

  it('suggests no one when the words are there but the report has no evidence of progress', () => {
    const noEvidence = { ...nigeria, report: { ...nigeria.report!, evidence: [] } };
    expect(suggestions([peru, noEvidence], [])).toEqual([]);
  });

  it('suggests no one whose roadmap names the area without any progress or evidence reported in it', () => {
    const planOnly = { ...nigeria, report: { ...nigeria.report!, progress: [{ objective: 'Birth registration', summary: 'Done.' }] } };
    planOnly.report.evidence = [{ kind: 'survey', description: 'Household survey in the north.' }];
    expect(suggestions([peru, planOnly], [])).toEqual([]);
  });

  it('does not count one shared common word as a match', () => {
    const other = { ...peru, report: { ...peru.report!, learningInterests: ['Labour statistics and data sharing'] } };
    expect(suggestions([other, nigeria], [])).toEqual([]);
  });

  it('R2: an inactive country is neither offered nor suggested', () => {
    expect(suggestions([peru, { ...nigeria, status: 'inactive' }], [])).toEqual([]);
    expect(suggestions([{ ...peru, status: 'inactive' }, nigeria], [])).toEqual([]);
  });

  it('matches words whatever their accents, case and plural', () => {
    expect(wordsOf('Inspección LABORAL en las minas')).toEqual(wordsOf('inspeccion laboral mina'));
    const spanish = { ...peru, report: { ...peru.report!, learningInterests: ['Inspección laboral en la minería'] } };
    const chile: LearningCountry = {
      ...nigeria,
      code: 'CHL',
      name: 'Chile',
      report: { ...nigeria.report!, progress: [{ objective: 'Minería', summary: 'Inspecciones laborales en cada mina.' }] },
    };
    expect(suggestions([spanish, chile], []).map((s) => s.why.matched)).toEqual([['Inspección', 'laboral', 'minería']]);
  });
});

describe('S3: a candidate is put in touch with pathfinders facing similar priorities', () => {
  it('matches a candidate’s priority with a pathfinder’s roadmap, with the evidence of its latest report', () => {
    const candidate = { code: 'GHA', name: 'Ghana', priorities: ['Child labour in cocoa agriculture', 'Birth registration'] };
    const found = suggestions([peru, nigeria], [candidate]).filter((s) => s.kind === 'candidate');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      kind: 'candidate',
      learner: { code: 'GHA', name: 'Ghana' },
      peer: { code: 'PER', name: 'Peru' },
      area: 'Child labour in cocoa agriculture',
      why: {
        matched: ['Child', 'labour', 'agriculture'],
        priorityAreas: ['Child labour in agriculture'],
        progress: ['Child labour in agriculture: Two hundred inspectors trained.'],
        evidence: [{ kind: 'survey', description: 'National child labour survey.' }],
      },
    });
  });

  it('matches a pathfinder that has a roadmap but no report yet, and says so by giving no year', () => {
    const newcomer: LearningCountry = { code: 'CIV', name: "Côte d'Ivoire", status: 'active', priorityAreas: ['Cocoa supply chains'] };
    const [found] = suggestions([newcomer], [{ code: 'GHA', name: 'Ghana', priorities: ['Cocoa supply chains'] }]);
    expect(found?.why).toEqual({
      matched: ['Cocoa', 'supply', 'chains'],
      progress: [],
      priorityAreas: ['Cocoa supply chains'],
      evidence: [],
    });
  });
});

describe('introduction ids', () => {
  it('are the same for a pair and an area, whichever side wants to learn', () => {
    const nigeriaAsks = { ...nigeria, report: { ...nigeria.report!, learningInterests: ['Child labour in agriculture'] } };
    const both = suggestions([peru, nigeriaAsks], []);
    expect(both.map((s) => s.learner.code)).toEqual(['PER', 'NGA']);
    expect(new Set(both.map((s) => s.id)).size).toBe(2);
    expect(areaKey('Labour inspection in mining')).toBe(areaKey('labour  INSPECTIONS in mining'));
  });
});
