import { describe, expect, it } from 'vitest';
import { InvalidInputError, refused, requireSender } from '../../../domain/cycle/policy';
import { isReasonList, problemLine, type RefusalReason } from '../../../domain/shared/refusals';

// A refusal the process decides carries its reasons as data, and its English problem lines are the ones it
// has always had: the terminal prints them, the audit trail and the refused signals keep them.

const as = 'nobody@example.org';
const lines: [RefusalReason, string][] = [
  [
    { code: 'notSender', as, who: { role: 'focalPoint', country: { code: 'PER', name: 'Peru' } } },
    `as: ${as} is not the focal point or deputy of PER`,
  ],
  [
    { code: 'notSender', as, who: { role: 'secretariat', email: 'secretariat@example.org' } },
    `as: ${as} is not the secretariat (secretariat@example.org)`,
  ],
  [
    { code: 'notSender', as, who: { role: 'reviewer', country: { code: 'PER', name: 'Peru' }, year: 2027 } },
    `as: ${as} is not a reviewer assigned to PER 2027`,
  ],
  [{ code: 'notSender', as, who: { role: 'gcm' } }, `as: ${as} is not a member of the GCM`],
  [{ code: 'notSender', as, who: { role: 'secretariatOrGcm' } }, `as: ${as} is not the secretariat or a member of the GCM`],
  [{ code: 'notSender', as, who: { role: 'supportMember' } }, `as: ${as} is not a member of the support sub-group`],
  [
    { code: 'ownReport', field: 'reviewers', email: as, country: { code: 'NGA', name: 'Nigeria' } },
    `reviewers: ${as} is a focal point of NGA: nobody reviews their own report`,
  ],
  [
    { code: 'ownReport', field: 'as', email: as, country: { code: 'NGA', name: 'Nigeria' } },
    `as: ${as} is a focal point of NGA: nobody reviews their own report`,
  ],
  [
    { code: 'wrongStage', process: 'cycle', stage: 'in-review', action: 'report', receivedAt: '2027-04-20T08:15:00.000Z' },
    'stage: the cycle is in-review (a report was received on 2027-04-20 and is in review); a report is not taken now',
  ],
  [
    { code: 'wrongStage', process: 'cycle', stage: 'finalised', action: 'deadlineExtension' },
    'stage: the cycle is finalised; a deadline extension is not taken now',
  ],
  [
    { code: 'wrongStage', process: 'candidacy', stage: 'planning', action: 'acknowledge' },
    'stage: the candidacy is at planning; an acknowledgement is not taken now',
  ],
  [
    { code: 'wrongStage', process: 'candidacy', stage: 'expression-of-interest', action: 'timeline' },
    'stage: the candidacy is at expression-of-interest; the timeline is not taken now',
  ],
  [
    { code: 'wrongStage', process: 'escalation', stage: 'resumed', action: 'dialogue' },
    'stage: the escalation has ended (resumed); a dialogue record is not taken now',
  ],
  [
    { code: 'wrongStage', process: 'event', stage: 'cancelled', action: 'redraw' },
    'stage: the event is cancelled; a new drawing of the invitation list is not taken now',
  ],
  [{ code: 'notYet', needs: 'gcmFeedback' }, 'stage: the GCM has not given its feedback yet'],
  [{ code: 'notYet', needs: 'followUp' }, "stage: the GCM decides after the candidate's follow-up to its feedback"],
  [{ code: 'notYet', needs: 'dialogueBeforeSupport' }, 'stage: record the dialogue with the country before forming a support sub-group'],
  [{ code: 'notYet', needs: 'dialogueBeforeDecision' }, 'stage: the GCM decides only after a dialogue with the country has been recorded'],
  [
    { code: 'notYet', needs: 'supportBeforeInactive' },
    'decision: a country is declared inactive only once dialogue and support have not worked: form a support sub-group first (R21, R22)',
  ],
  [{ code: 'notYet', needs: 'extensionRequest' }, 'decision: no request for more time awaits a decision'],
  [
    { code: 'notReady', missing: ['timeline', 'stakeholder-mapping', 'situation-mapping', 'workshop', 'roadmap'] },
    'stage: not ready for the GCM; still missing: a timeline, a stakeholder and coordination mapping, a situation mapping, a planning workshop, a roadmap or national action plans',
  ],
  [{ code: 'already', done: 'position', as }, `as: ${as} has already given a position in this round`],
  [{ code: 'already', done: 'support', at: '2028-11-10T09:00:00.000Z' }, 'stage: a support sub-group was already formed on 2028-11-10'],
  [{ code: 'already', done: 'verification', stage: 'refused' }, 'stage: the request was already refused'],
  [{ code: 'already', done: 'reactivationRequest' }, 'status: a reactivation request is already with the secretariat'],
  [
    { code: 'already', done: 'extensionRequest', at: '2027-04-02T10:00:00.000Z' },
    "days: a request for more time, sent on 2027-04-02, awaits the secretariat's decision",
  ],
  [
    { code: 'wrongStatus', country: { code: 'NPL', name: 'Nepal' }, status: 'inactive', action: 'roadmapUpdate' },
    'status: NPL is inactive; only an active country updates its roadmap',
  ],
  [
    { code: 'wrongStatus', country: { code: 'NPL', name: 'Nepal' }, status: 'active', action: 'reactivationRequest' },
    'status: NPL is active; only an inactive country asks to be reactivated',
  ],
  [
    { code: 'lastRound', round: 3, max: 3 },
    'decision: round 3 is the last review round (at most 3): accept the report, or leave it unaccepted and the cycle closes without finalisation',
  ],
  [
    { code: 'extensionNotLater', deadline: '2027-04-30T23:59:59.000+02:00' },
    'until: must be later than the current deadline 2027-04-30T23:59:59.000+02:00',
  ],
  [{ code: 'extensionPast' }, 'until: is already past'],
  [
    { code: 'afterClose', field: 'until', closesAt: '2027-09-30T23:59:59.000+02:00' },
    'until: must be before the cycle closes (2027-09-30T23:59:59.000+02:00)',
  ],
  [
    { code: 'afterClose', field: 'days', closesAt: '2027-09-30T23:59:59.000+02:00' },
    'days: the report would then be due after the cycle closes (2027-09-30)',
  ],
  [
    { code: 'planCoverage', gaps: ['child-labour', 'forced-labour'] },
    'plan.plans: national action plans must cover both child labour and forced labour; none covers child-labour or forced-labour',
  ],
  [{ code: 'deputyIsFocalPoint' }, 'deputy.email: must differ from the focal point'],
  [{ code: 'historyYear', index: 3, year: 2027, why: 'notClosed' }, 'cycles.3.year: the 2027 cycle has not closed yet; it is run here'],
  [
    { code: 'historyYear', index: 0, year: 2025, why: 'onRecord', country: { code: 'PER', name: 'Peru' } },
    'cycles.0.year: 2025 is already on record for PER',
  ],
  [{ code: 'notCountryCode', codes: ['pe', 'XX1'] }, 'countries: pe, XX1 is not an ISO 3166-1 alpha-3 code'],
  [{ code: 'yearClosed', year: 2026, closesAt: '2026-09-30T23:59:59.000+02:00' }, 'year: the 2026 cycle closed on 2026-09-30'],
  [{ code: 'andMore', count: 4 }, 'and 4 more'],
];

// The application layer's own refusals, worded as they were before they had reasons (the CLI prints them).
const applicationLines: [RefusalReason, string][] = [
  [{ code: 'notYear', value: 'soon' }, 'year: soon is not a year'],
  [{ code: 'notCountryCode', codes: ['FRANCE'], field: 'country' }, 'country: FRANCE is not an ISO 3166-1 alpha-3 code'],
  [
    { code: 'notFound', what: 'country', country: 'FRA', withCommand: true },
    'country: FRA is not registered (pathfinder countries import <file>)',
  ],
  [{ code: 'notFound', what: 'country', country: 'FRA' }, 'country: FRA is not registered'],
  [
    { code: 'notFound', what: 'cycle', country: 'NGA', year: 2031, withCommand: true },
    'country/year: NGA has no 2031 reporting cycle (pathfinder cycle start --year 2031)',
  ],
  [{ code: 'notFound', what: 'cycle', country: 'MDG', year: 2027 }, 'country/year: MDG has no 2027 reporting cycle'],
  [{ code: 'notFound', what: 'escalation', country: 'PER', year: 2027 }, 'country/year: PER has no GCM escalation for 2027'],
  [{ code: 'notFound', what: 'support', country: 'PER', year: 2027 }, 'country/year: PER has no support sub-group for 2027'],
  [
    { code: 'notFound', what: 'record', country: 'PER', year: 2031 },
    "country/year: no record of PER 2031 is kept (a cycle's record is kept once it has closed)",
  ],
  [{ code: 'notFound', what: 'candidacy', country: 'ARG' }, 'country: ARG has no candidacy (pathfinder candidacy start --file eoi.json)'],
  [{ code: 'notFound', what: 'reactivationRequest', country: 'PER' }, 'country: PER has no open reactivation request'],
  [{ code: 'notFound', what: 'year', year: 2027 }, 'year: 2027 has not been opened (pathfinder cycle start --year 2027)'],
  [
    { code: 'notFound', what: 'schedule', id: 'annual-cycle-schedule' },
    'schedule: there is no annual-cycle-schedule (pathfinder schedule create)',
  ],
  [
    { code: 'already', done: 'schedule', id: 'annual-cycle-schedule' },
    'schedule: annual-cycle-schedule exists already (pathfinder schedule delete, then create)',
  ],
  [{ code: 'already', done: 'pathfinder', country: 'PER', status: 'active' }, 'code: PER is already a pathfinder country (active)'],
  [
    { code: 'already', done: 'candidacy', country: 'CHL' },
    'code: CHL already has a candidacy under way (pathfinder candidacy status --country CHL)',
  ],
  [
    { code: 'notYet', needs: 'registry' },
    'registry: import a registry first (pathfinder countries import); it names the secretariat and the GCM',
  ],
  [{ code: 'yearRange', value: 'soon', why: 'notRange' }, 'years: soon is not a year or a range of years such as 2026-2028'],
  [{ code: 'yearRange', value: '2028-2026', why: 'reversed' }, 'years: 2028-2026 ends before it starts'],
  [{ code: 'yearRange', value: '2000-2100', why: 'tooLong', max: 30 }, 'years: 2000-2100 spans more than 30 years'],
  [
    { code: 'tooLarge', field: 'report', kb: 130, maxKb: 128 },
    'report: 130 KB is larger than 128 KB; put long texts in an attached document',
  ],
  [{ code: 'tooLarge', field: 'policy', maxChars: 20000 }, 'policy: is longer than 20000 characters'],
  [
    { code: 'notJson', field: 'policy', detail: 'Unexpected token a in JSON at position 15' },
    'policy: is not valid JSON (Unexpected token a in JSON at position 15)',
  ],
  [{ code: 'notAction', action: 'lunch' }, 'action: lunch is not dialogue, support or decide'],
];

describe('the English problem line of each reason', () => {
  it.each(lines)('%j', (reason, line) => expect(problemLine(reason)).toBe(line));
  it.each(applicationLines)('of the application layer: %j', (reason, line) => expect(problemLine(reason)).toBe(line));
});

it('carries the reasons beside the message, and none for a schema’s problems', () => {
  const error = refused('deadline extension', { code: 'extensionPast' });
  expect(error.message).toBe('invalid deadline extension: until: is already past');
  expect(error.reasons).toEqual([{ code: 'extensionPast' }]);
  expect(new InvalidInputError('review', ['comments: is required']).reasons).toBeUndefined();
  expect(() => requireSender(as, [{ email: 'lucia.quispe@example.org' }], { role: 'gcm' })).toThrow(
    expect.objectContaining({ message: `invalid sender: as: ${as} is not a member of the GCM`, reasons: [lines[3]![0]] }),
  );
});

it('keeps the first reasons of many, and none too large to carry', () => {
  const many = Array.from({ length: 12 }, (_, index): RefusalReason => ({ code: 'historyYear', index, year: 2020, why: 'notClosed' }));
  expect(refused('history import', ...many).reasons).toEqual([...many.slice(0, 10), { code: 'andMore', count: 2 }]);
  expect(refused('countries', { code: 'notCountryCode', codes: ['X'.repeat(2000)] }).reasons).toBeUndefined();
});

it('reads back only a list of known reasons', () => {
  expect(isReasonList([{ code: 'extensionPast' }])).toBe(true);
  expect(isReasonList([{ code: 'somethingElse' }])).toBe(false);
  expect(isReasonList('extensionPast')).toBe(false);
});
