import { registrySchema } from '../../domain/record/registry';
import { InvalidInputError, parseInput } from '../../domain/cycle/policy';
import { describe, expect, it } from 'vitest';
import { InputRejected, NotFound, NotNow } from '../../app/errors';
import { problemLine, refusalCodes, type RefusalReason } from '../../domain/shared/refusals';
import { words } from '../../portal/i18n';
import { reasonText, refusalText } from '../../portal/refusals';
import type { PageContext } from '../../portal/views/layout';
import { internalNamesIn, isoDates, ours, ruleNumbers, translationFaults } from '../helpers/translation';

// Every reason a process gives for a refusal, said in English, French and Spanish: a sentence each, with no
// English left in French or Spanish, no name of the code (a stage, a step), no ISO date, no rule number, and
// French spacing. What people typed (country codes that are none) is set aside as written, and addresses are.

const ctx = (lang: 'en' | 'fr' | 'es'): PageContext => ({ lang, w: words[lang], zone: 'Europe/Zurich', csrf: '' });
const as = 'sita.gurung@labour.example.np';
const typed = ['nepal', 'PE', 'soon', '2028-2026', '2000-2100', 'lunch'];

/** At least one reason of each code, and every variant a code has. */
const samples: { [C in RefusalReason['code']]: Extract<RefusalReason, { code: C }>[] } = {
  notSender: [
    { code: 'notSender', as, who: { role: 'focalPoint', country: { code: 'NPL', name: 'Nepal' } } },
    { code: 'notSender', as, who: { role: 'secretariat', email: 'secretariat@example.org' } },
    { code: 'notSender', as, who: { role: 'reviewer', country: { code: 'PER', name: 'Peru' }, year: 2027 } },
    {
      code: 'notSender',
      as,
      who: { role: 'reviewLead', country: { code: 'PER', name: 'Peru' }, year: 2027, lead: 'amina.diallo@example.org' },
    },
    { code: 'notSender', as, who: { role: 'gcm' } },
    { code: 'notSender', as, who: { role: 'secretariatOrGcm' } },
    { code: 'notSender', as, who: { role: 'supportMember' } },
    { code: 'notSender', as, who: { role: 'partner' } },
    { code: 'notSender', as, who: { role: 'bodyMember', body: 'gcm' } },
    { code: 'notSender', as, who: { role: 'bodySteerer', body: 'wg' } },
    { code: 'notSender', as, who: { role: 'bodyChair', body: 'wg' } },
  ],
  ownReport: [
    { code: 'ownReport', field: 'as', email: as, country: { code: 'NPL', name: 'Nepal' } },
    { code: 'ownReport', field: 'reviewers', email: as, country: { code: 'MDG', name: 'Madagascar' } },
  ],
  wrongStage: [
    { code: 'wrongStage', process: 'cycle', stage: 'finalised', action: 'deadlineExtension' },
    { code: 'wrongStage', process: 'cycle', stage: 'in-review', action: 'report', receivedAt: '2027-04-20T08:15:00.000Z' },
    { code: 'wrongStage', process: 'cycle', stage: 'closed-without-report', action: 'review' },
    { code: 'wrongStage', process: 'cycle', stage: 'awaiting-revision', action: 'extensionRequest' },
    { code: 'wrongStage', process: 'cycle', stage: 'suspended', action: 'reviewerAssignment' },
    { code: 'wrongStage', process: 'cycle', stage: 'overdue', action: 'revision' },
    { code: 'wrongStage', process: 'cycle', stage: 'awaiting-revision', action: 'assessment' },
    { code: 'wrongStage', process: 'cycle', stage: 'closed-without-finalisation', action: 'extensionDecision' },
    { code: 'wrongStage', process: 'candidacy', stage: 'expression-of-interest', action: 'timeline' },
    { code: 'wrongStage', process: 'candidacy', stage: 'planning', action: 'acknowledge' },
    { code: 'wrongStage', process: 'candidacy', stage: 'gcm-review', action: 'presentation' },
    { code: 'wrongStage', process: 'candidacy', stage: 'granted', action: 'withdraw' },
    { code: 'wrongStage', process: 'candidacy', stage: 'withdrawn', action: 'roadmap' },
    { code: 'wrongStage', process: 'candidacy', stage: 'planning', action: 'feedback' },
    { code: 'wrongStage', process: 'candidacy', stage: 'planning', action: 'followUp' },
    { code: 'wrongStage', process: 'candidacy', stage: 'planning', action: 'position' },
    { code: 'wrongStage', process: 'candidacy', stage: 'expression-of-interest', action: 'stakeholders' },
    { code: 'wrongStage', process: 'candidacy', stage: 'expression-of-interest', action: 'situation' },
    { code: 'wrongStage', process: 'candidacy', stage: 'expression-of-interest', action: 'workshop' },
    { code: 'wrongStage', process: 'escalation', stage: 'resumed', action: 'dialogue' },
    { code: 'wrongStage', process: 'escalation', stage: 'inactive', action: 'support' },
    { code: 'wrongStage', process: 'escalation', stage: 'resumed', action: 'decision' },
    { code: 'wrongStage', process: 'escalation', stage: 'not-engaged', action: 'dialogue' },
    { code: 'wrongStage', process: 'decision', stage: 'awaiting-procedure', action: 'answer' },
    { code: 'wrongStage', process: 'decision', stage: 'silence-procedure', action: 'circulation' },
    { code: 'wrongStage', process: 'decision', stage: 'adopted', action: 'meeting' },
    { code: 'wrongStage', process: 'decision', stage: 'not-adopted', action: 'meeting' },
    { code: 'wrongStage', process: 'decision', stage: 'awaiting-meeting', action: 'answer' },
    { code: 'wrongStage', process: 'event', stage: 'cancelled', action: 'redraw' },
    { code: 'wrongStage', process: 'event', stage: 'over', action: 'eventCancellation' },
  ],
  notYet: [
    { code: 'notYet', needs: 'gcmFeedback' },
    { code: 'notYet', needs: 'followUp' },
    { code: 'notYet', needs: 'dialogueBeforeSupport' },
    { code: 'notYet', needs: 'dialogueBeforeDecision' },
    { code: 'notYet', needs: 'supportBeforeInactive' },
    { code: 'notYet', needs: 'extensionRequest' },
    { code: 'notYet', needs: 'registry' },
  ],
  notReady: [{ code: 'notReady', missing: ['timeline', 'stakeholder-mapping', 'situation-mapping', 'workshop', 'roadmap'] }],
  already: [
    { code: 'already', done: 'position', as },
    { code: 'already', done: 'answer', as },
    { code: 'already', done: 'feedbackDraft', decision: 'decision-gcm-feedback-CHL-1' },
    { code: 'already', done: 'feedback' },
    { code: 'already', done: 'support', at: '2028-11-10T09:00:00.000Z' },
    { code: 'already', done: 'verification', stage: 'reactivated' },
    { code: 'already', done: 'verification', stage: 'refused' },
    { code: 'already', done: 'reactivationRequest' },
    { code: 'already', done: 'extensionRequest', at: '2027-04-02T10:00:00.000Z' },
    { code: 'already', done: 'pathfinder', country: 'PER', status: 'active' },
    { code: 'already', done: 'candidacy', country: 'CHL' },
    { code: 'already', done: 'schedule', id: 'annual-cycle-schedule' },
  ],
  wrongStatus: [
    { code: 'wrongStatus', country: { code: 'NPL', name: 'Nepal' }, status: 'inactive', action: 'roadmapUpdate' },
    { code: 'wrongStatus', country: { code: 'PER', name: 'Peru' }, status: 'active', action: 'reactivationRequest' },
    { code: 'wrongStatus', country: { code: 'CHL', name: 'Chile' }, status: 'candidate', action: 'roadmapUpdate' },
    { code: 'wrongStatus', country: { code: 'CHL', name: 'Chile' }, status: 'withdrawn', action: 'reactivationRequest' },
    { code: 'wrongStatus', country: { code: 'CHL', name: 'Chile' }, status: 'candidate', action: 'assistanceRequest' },
    { code: 'wrongStatus', country: { code: 'CHL', name: 'Chile' }, status: 'withdrawn', action: 'assistanceOffer' },
  ],
  reviewQuorum: [{ code: 'reviewQuorum', assessments: 1, needed: 2 }],
  lastRound: [{ code: 'lastRound', round: 3, max: 3 }],
  extensionNotLater: [{ code: 'extensionNotLater', deadline: '2027-04-30T23:59:59.000+02:00' }],
  extensionPast: [{ code: 'extensionPast' }],
  afterClose: [
    { code: 'afterClose', field: 'until', closesAt: '2027-09-30T23:59:59.000+02:00' },
    { code: 'afterClose', field: 'days', closesAt: '2027-09-30T23:59:59.000+02:00' },
  ],
  planCoverage: [
    { code: 'planCoverage', gaps: ['forced-labour'] },
    { code: 'planCoverage', gaps: ['child-labour', 'forced-labour'] },
  ],
  deputyIsFocalPoint: [{ code: 'deputyIsFocalPoint' }],
  historyYear: [
    { code: 'historyYear', index: 3, year: 2027, why: 'notClosed' },
    { code: 'historyYear', index: 0, year: 2025, why: 'onRecord', country: { code: 'PER', name: 'Peru' } },
  ],
  notCountryCode: [
    { code: 'notCountryCode', codes: ['nepal', 'PE'] },
    { code: 'notCountryCode', codes: ['nepal'], field: 'country' },
  ],
  yearClosed: [{ code: 'yearClosed', year: 2026, closesAt: '2026-09-30T23:59:59.000+02:00' }],
  quorum: [{ code: 'quorum', present: 1, members: 3, needed: 2 }],
  notMembers: [{ code: 'notMembers', emails: [as] }],
  notPresent: [{ code: 'notPresent', emails: [as] }],
  meetingDay: [
    { code: 'meetingDay', why: 'future' },
    { code: 'meetingDay', why: 'beforeAsked', askedOn: '2027-03-01' },
  ],
  silenceEndPast: [{ code: 'silenceEndPast' }],
  wgReport: [
    { code: 'wgReport', why: 'signed', at: '2027-10-20T09:00:00.000Z' },
    { code: 'wgReport', why: 'notDrafting', year: 2027 },
    { code: 'wgReport', why: 'notInReport', country: 'PER' },
    { code: 'wgReport', why: 'notFlagged', country: 'NPL' },
    { code: 'wgReport', why: 'flagsUnreviewed', countries: ['NPL', 'PER'] },
  ],
  notFound: [
    { code: 'notFound', what: 'country', country: 'FRA', withCommand: true },
    { code: 'notFound', what: 'cycle', country: 'MDG', year: 2027, withCommand: true },
    { code: 'notFound', what: 'cycle', country: 'MDG', year: 2027 },
    { code: 'notFound', what: 'escalation', country: 'PER', year: 2027 },
    { code: 'notFound', what: 'support', country: 'PER', year: 2027 },
    { code: 'notFound', what: 'record', country: 'PER', year: 2031 },
    { code: 'notFound', what: 'candidacy', country: 'ARG' },
    { code: 'notFound', what: 'reactivationRequest', country: 'PER' },
    { code: 'notFound', what: 'year', year: 2031 },
    { code: 'notFound', what: 'schedule', id: 'annual-cycle-schedule' },
  ],
  notYear: [{ code: 'notYear', value: 'soon' }],
  yearRange: [
    { code: 'yearRange', value: 'soon', why: 'notRange' },
    { code: 'yearRange', value: '2028-2026', why: 'reversed' },
    { code: 'yearRange', value: '2000-2100', why: 'tooLong', max: 30 },
  ],
  tooLarge: [
    { code: 'tooLarge', field: 'report', kb: 130, maxKb: 128 },
    { code: 'tooLarge', field: 'policy', maxChars: 20000 },
  ],
  notJson: [{ code: 'notJson', field: 'policy', detail: 'Unexpected token a in JSON at position 15' }],
  notAction: [{ code: 'notAction', action: 'lunch' }],
  andMore: [{ code: 'andMore', count: 4 }],
  assistance: [
    { code: 'assistance', why: 'reactivationOnly', country: { code: 'NGA', name: 'Nigeria' }, action: 'assistanceRequest' },
    { code: 'assistance', why: 'reactivationOnly', country: { code: 'NGA', name: 'Nigeria' }, action: 'assistanceOffer' },
    { code: 'assistance', why: 'ownOfferInactiveOnly', country: { code: 'PER', name: 'Peru' } },
    { code: 'assistance', why: 'noRequest', request: 3 },
    { code: 'assistance', why: 'notMatched', request: 3 },
    { code: 'assistance', why: 'alreadyMatched', request: 3 },
    { code: 'assistance', why: 'noOffer', request: 3, offer: 2 },
    { code: 'assistance', why: 'mechanism', partner: 'UNICEF', mechanism: 'III' },
    { code: 'assistance', why: 'tooMany', max: 20 },
    { code: 'assistance', why: 'tooManyOffers', request: 3, max: 10 },
    { code: 'assistance', why: 'tooManyGiven', request: 3, max: 10 },
  ],
};
const reasons = Object.values(samples).flat() as RefusalReason[];

it('has a sample of every code', () => {
  expect(Object.keys(samples).sort()).toEqual([...refusalCodes].sort());
});

describe('a refusal in English', () => {
  it.each(reasons.map((r) => [problemLine(r), r] as const))('says %s as a sentence', (_, reason) => {
    const text = reasonText(ctx('en'), reason);
    expect(text).toMatch(/^\S.*[.]$/u);
    expect(text).not.toMatch(/undefined|\[object/);
    const left = ours(text, typed);
    expect([...internalNamesIn(left, []), ...isoDates(left), ...ruleNumbers(left)], text).toEqual([]);
  });

  it('names countries, stages and dates as the pages do', () => {
    const en = ctx('en');
    expect(reasonText(en, samples.notSender[0]!)).toBe(`${as} is not the focal point or deputy of Nepal.`);
    expect(reasonText(en, samples.wrongStage[1]!)).toBe(
      'The cycle is at the stage “report under review by the Working Group” (report received on April 20, 2027), so you cannot submit a report now.',
    );
    expect(reasonText(en, samples.extensionNotLater[0]!)).toBe(
      'The new deadline must be later than the current one, April 30, 2027 at 11:59 PM GMT+2.',
    );
  });
});

describe.each(['fr', 'es'] as const)('a refusal in %s', (language) => {
  it.each(reasons.map((r) => [problemLine(r), r] as const))('says %s with no English left', (_, reason) => {
    const text = reasonText(ctx(language), reason);
    expect(text).toMatch(/^\S.*[.]$/u);
    expect(text).not.toMatch(/undefined|\[object/);
    expect(translationFaults(ours(text, typed), language), text).toEqual([]);
  });
});

it('says a refusal from its reasons in the reader’s language, and one without reasons as it was worded', () => {
  const rejected = new InputRejected(
    'invalid deadline extension: until: must be later than the current deadline 2027-04-30T23:59:59.000+02:00',
    [samples.extensionNotLater[0]!],
  );
  expect(refusalText(ctx('fr'), rejected)).toBe(
    'La nouvelle date limite doit être postérieure à l’actuelle, le 30 avril 2027 à 23:59 UTC+2.',
  );
  expect(refusalText(ctx('es'), rejected)).toMatch(/^El nuevo plazo debe ser posterior al actual, el 30 de abril de 2027/);
  // Still the workflow's words for the terminal, and an error that reads as its message.
  expect(rejected).toEqual(new InputRejected(rejected.message));
  const worded = new InputRejected('invalid extension decision: note: is required when refusing: the country is told why');
  expect(refusalText(ctx('fr'), worded)).toBe(worded.message);
});

it('says a refusal of the application layer itself in the reader’s language, its message as the terminal prints it', () => {
  const closed = NotNow.because({ code: 'yearClosed', year: 2026, closesAt: '2026-09-30T23:59:59.999+02:00' });
  expect(closed.message).toBe('year: the 2026 cycle closed on 2026-09-30');
  expect(refusalText(ctx('fr'), closed)).toMatch(/^Le cycle 2026 s’est clos le 30\sseptembre\s2026\.$/u);
  const missing = NotFound.because({ code: 'notFound', what: 'cycle', country: 'MDG', year: 2027 });
  expect(missing).toEqual(new NotFound('country/year: MDG has no 2027 reporting cycle'));
  expect(refusalText(ctx('es'), missing)).toBe('No hay ningún ciclo de informes 2027 en curso para MDG.');
  const reversed = InputRejected.because({ code: 'yearRange', value: '2028-2026', why: 'reversed' });
  expect(reversed.message).toBe('years: 2028-2026 ends before it starts');
  expect(refusalText(ctx('en'), reversed)).toBe('2028-2026 ends before it starts.');
});

it('starts each of several reasons with a capital, one sentence after the other', () => {
  const rejected = new InputRejected('invalid history import: …', samples.historyYear);
  expect(refusalText(ctx('fr'), rejected)).toBe(
    'Cycle 4 du fichier\u00a0: le cycle 2027 n’est pas encore clos\u00a0; il se déroule ici. Cycle 1 du fichier\u00a0: l’année 2025 est déjà enregistrée pour ce pays (Pérou).',
  );
});

it('says a file’s problems (a registry, a policy) in the reader’s language, each after the key it names', () => {
  let error: unknown;
  try {
    parseInput(registrySchema, 'registry', {
      secretariat: { name: 'Secrétariat', email: 'not-an-address' },
      gcm: [],
      countries: [{ code: 'PER', name: 'Peru', focalPoint: { name: 'L', email: 'l@example.org', language: 'de' } }],
    });
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(InvalidInputError);
  const keys = ['secretariat.email', 'gcm', 'countries.0.focalPoint.language', 'countries.0.deputy', 'countries.0.reviewers'];
  const fr = refusalText(ctx('fr'), error as InvalidInputError);
  expect(fr).toContain('secretariat.email\u00a0: ');
  expect(fr).toContain('countries.0.focalPoint.language\u00a0: ');
  expect(translationFaults(ours(fr, keys), 'fr')).toEqual([]);
  const es = refusalText(ctx('es'), error as InvalidInputError);
  expect(translationFaults(ours(es, keys), 'es')).toEqual([]);
  // The terminal keeps the schema's own words.
  expect((error as InvalidInputError).message).toMatch(/^invalid registry: secretariat\.email: is not an e-mail address/);
});
