import type { Country, Governance, Person } from '../../../domain/shared/country';
import { defaultPolicy } from '../../../domain/cycle/policy';
import type { CycleInput } from '../../../domain/cycle/state';

// The people and papers the rule tests share. Invented for these tests; two focal points in different
// zones, so that "09:00 in the recipient's zone" is visible in what the tests assert.

const person = (name: string, email: string, zone: string, language: Person['language'] = 'en'): Person => ({
  name,
  email,
  zone,
  language,
});

export const secretariat = person('Alliance 8.7 secretariat', 'secretariat@alliance87.example.org', 'Europe/Zurich');
export const gcm = [
  person('Amara Okafor', 'amara.okafor@gcm.example.org', 'Africa/Lagos'),
  person('Jonas Lind', 'jonas.lind@gcm.example.org', 'Europe/Stockholm'),
  person('Mei Tanaka', 'mei.tanaka@gcm.example.org', 'Asia/Tokyo'),
];
export const governance: Governance = { secretariat, gcm };

/** Nepal's focal point works in Kathmandu (UTC+05:45); the deputy at the mission in New York. */
export const focalPoint = person('Sita Gurung', 'sita.gurung@labour.example.np', 'Asia/Kathmandu');
export const deputy = person('Ram Thapa', 'ram.thapa@mission.example.np', 'America/New_York');
export const reviewer = person('Claire Dubois', 'claire.dubois@wg.example.org', 'Europe/Zurich', 'fr');
export const secondReviewer = person('Tomás Rivera', 'tomas.rivera@wg.example.org', 'America/Mexico_City', 'es');

export const nepal: Country = { code: 'NPL', name: 'Nepal', status: 'active', focalPoint, deputy, reviewers: [reviewer] };

export function cycleInput(year = 2027): CycleInput {
  const { code, name } = nepal;
  return { country: { code, name, focalPoint, deputy, reviewers: [reviewer] }, year, policy: defaultPolicy(), secretariat };
}

/** A progress report with the updated indicator framework (R13, R15) that passes every check. */
export function report(overrides: Record<string, unknown> = {}) {
  return {
    progress: [{ objective: 'Child labour free brick kilns', summary: 'Inspections in 40 kilns; 120 children referred to school.' }],
    challenges: 'Seasonal migration makes follow-up of families hard.',
    learningInterests: ['Tracing seasonal migrant families'],
    evidence: [{ kind: 'survey', description: 'Kiln workforce survey, second wave.' }],
    stakeholderParticipation: {
      national: [{ group: 'workers', description: 'Brick workers union on the steering committee.' }],
      international: [{ group: 'international-organisations', description: 'ILO support for the survey.' }],
    },
    collaboration: [{ description: 'Cross-border referral protocol.', partners: ['India'] }],
    preparedThrough: 'National Steering Committee on Child Labour',
    indicatorFramework: {
      updated: true,
      indicators: [{ code: '8.7.1', name: 'Children in child labour (%)', baseline: 15.3, latestValue: 13.9 }],
    },
    ...overrides,
  };
}
