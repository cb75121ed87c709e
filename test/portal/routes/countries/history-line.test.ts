import { describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../../../../domain/record/country-record';
import type { CandidacyEvent, EscalationEvent, HistoryEvent, StatusReason } from '../../../../domain/shared/history-event';
import { internalMessages } from '../../../../domain/shared/internal-messages';
import { eventText, historyLine, taskName } from '../../../../portal/routes/countries/history-line';
import { words } from '../../../../portal/i18n';
import type { PageContext } from '../../../../portal/views/layout';
import * as candidacy from '../../../../workflows/candidacy/messages';
import * as country from '../../../../workflows/country/messages';
import * as escalation from '../../../../workflows/escalation/messages';
import * as reactivation from '../../../../workflows/reactivation/messages';
import * as cycle from '../../../../workflows/reporting-cycle/messages';
import { internalNames, ours, translationFaults } from '../../../helpers/translation';

// Every kind of line a country's history holds, said in English, French and Spanish from what the record
// says happened (its event): no English left in French or Spanish, no name of the code, no ISO date, French
// spacing. What people typed (names, reasons, notes, summaries) is set aside as written.

const ctx = (lang: 'en' | 'fr' | 'es'): PageContext => ({ lang, w: words[lang], zone: 'Europe/Zurich', csrf: '' });

/** What people typed in the samples: the reader gets it as written. */
const typed = [
  'Sita Gurung',
  'Ram Thapa',
  'Claire Dubois',
  'Sam Okoro',
  'Mesa Nacional',
  'Minutes 12',
  'Kiln inspections resumed',
  'Peru has filed its report since',
];
const by = 'sita.gurung@labour.example.np';

const statusReasons: { [K in StatusReason['kind']]: Extract<StatusReason, { kind: K }> } = {
  granted: { kind: 'granted', on: '2027-03-01' },
  withdrawn: { kind: 'withdrawn', reason: 'Kiln inspections resumed', by },
  declaredInactive: { kind: 'declaredInactive', reason: 'Kiln inspections resumed' },
  reactivated: { kind: 'reactivated', note: 'Kiln inspections resumed' },
};

const escalationSteps: { [K in EscalationEvent['kind']]: Extract<EscalationEvent, { kind: K }>[] } = {
  dialogueOpened: [{ kind: 'dialogueOpened', criteria: ['no-report', 'indicator-framework-not-updated'] }],
  dialogue: [{ kind: 'dialogue', topics: ['compliance', 'progress'], by, wayForward: 'Kiln inspections resumed' }],
  supportFormed: [{ kind: 'supportFormed', mechanisms: ['II', 'IV'], members: ['Sam Okoro', 'Claire Dubois'] }],
  decision: [
    {
      kind: 'decision',
      decision: 'inactive',
      reason: 'Kiln inspections resumed',
      taken: { how: 'written-procedure', on: '2027-05-01', reference: 'Minutes 12' },
    },
    { kind: 'decision', decision: 'resumed', reason: 'Kiln inspections resumed' },
  ],
  focalPoints: [{ kind: 'focalPoints', focalPoint: 'Sita Gurung', deputy: 'Ram Thapa' }],
  checkIn: [
    { kind: 'checkIn', by, readyToResume: false, note: 'Kiln inspections resumed' },
    { kind: 'checkIn', by, readyToResume: true, note: 'Kiln inspections resumed' },
  ],
  supportEnded: [{ kind: 'supportEnded' }],
  notEngaged: [{ kind: 'notEngaged', on: '2027-11-02', reasons: ['Peru has filed its report since'] }],
};

const candidacySteps: { [K in CandidacyEvent['kind']]: Extract<CandidacyEvent, { kind: K }>[] } = {
  expressionOfInterest: [
    {
      kind: 'expressionOfInterest',
      sentTo: 'Alliance 8.7 Chair',
      receivedOn: '2027-01-11',
      focalPoint: 'Sita Gurung',
      deputy: 'Ram Thapa',
    },
    {
      kind: 'expressionOfInterest',
      sentTo: 'ILO Director-General',
      receivedOn: '2027-01-11',
      focalPoint: 'Sita Gurung',
      deputy: 'Ram Thapa',
    },
  ],
  acknowledged: [{ kind: 'acknowledged', by }],
  timeline: [
    {
      kind: 'timeline',
      steps: [
        { step: 'stakeholder-mapping', due: '2027-03-01' },
        { step: 'situation-mapping', due: '2027-04-01' },
        { step: 'workshop', due: '2027-05-15' },
        { step: 'roadmap', due: '2027-07-01' },
      ],
      by,
    },
  ],
  stakeholders: [{ kind: 'stakeholders', coordinationBodies: ['Mesa Nacional'], by }],
  situation: [{ kind: 'situation', by }],
  workshop: [{ kind: 'workshop', heldOn: '2027-05-10', by }],
  roadmap: [
    { kind: 'roadmap', plan: 'roadmap', by },
    { kind: 'roadmap', plan: 'national-action-plans', by },
  ],
  presented: [{ kind: 'presented', meetingOn: '2027-06-01', by }],
  feedback: [{ kind: 'feedback', by }],
  followUp: [{ kind: 'followUp', by }],
  withdrawn: [{ kind: 'withdrawn', reason: 'Kiln inspections resumed', by }],
  position: [
    { kind: 'position', position: 'support', by },
    { kind: 'position', position: 'object', reason: 'Kiln inspections resumed', by },
  ],
  notGranted: [{ kind: 'notGranted' }],
  granted: [{ kind: 'granted', on: '2027-06-20' }],
  focalPoints: [{ kind: 'focalPoints', focalPoint: 'Sita Gurung', deputy: 'Ram Thapa' }],
};

/** One line or more of every kind; a kind added to HistoryEvent and left out here fails the type check. */
const events: { [K in HistoryEvent['kind']]: Extract<HistoryEvent, { kind: K }>[] } = {
  registered: [{ kind: 'registered', status: 'active' }],
  registryUpdated: [{ kind: 'registryUpdated' }],
  assistance: [
    { kind: 'assistance', step: { kind: 'requested', request: 1, need: 'Kiln inspections', mechanism: 'II', reactivation: false, by } },
    { kind: 'assistance', step: { kind: 'offered', request: 1, offer: 1, partner: 'UNICEF', by, reactivation: false } },
    { kind: 'assistance', step: { kind: 'matched', request: 1, offer: 1, partner: 'UNICEF', by } },
    { kind: 'assistance', step: { kind: 'given', request: 1, on: '2027-06-20', given: 'Kiln inspections', by, closed: true } },
  ],
  focalPointsChanged: [
    {
      kind: 'focalPointsChanged',
      focalPoint: { name: 'Sita Gurung', email: 'sita.gurung@labour.example.np' },
      deputy: { name: 'Ram Thapa', email: 'ram.thapa@mission.example.np' },
      by,
    },
  ],
  statusChanged: Object.values(statusReasons).map((why) => ({
    kind: 'statusChanged' as const,
    status: ({ granted: 'active', withdrawn: 'withdrawn', declaredInactive: 'inactive', reactivated: 'active' } as const)[why.kind],
    why,
  })),
  cycleEnded: [
    { kind: 'cycleEnded', year: 2026, stage: 'closed-without-report' },
    { kind: 'cycleEnded', year: 2027, stage: 'finalised' },
  ],
  flagged: [{ kind: 'flagged', years: [2026, 2027], criteria: ['no-report', 'not-finalised'] }],
  flagProposed: [{ kind: 'flagProposed', years: [2026, 2027], criteria: ['no-report', 'not-finalised'] }],
  flagConfirmed: [{ kind: 'flagConfirmed', year: 2027, criteria: ['no-report'], by, reason: 'Kiln inspections resumed' }],
  flagWithdrawn: [{ kind: 'flagWithdrawn', year: 2027, criteria: ['no-report'], by, reason: 'Peru has filed its report since' }],
  pastCyclesImported: [{ kind: 'pastCyclesImported', years: [2024, 2025], by }],
  escalation: Object.values(escalationSteps)
    .flat()
    .map((step) => ({ kind: 'escalation' as const, year: 2027, step })),
  escalationResumed: [{ kind: 'escalationResumed', year: 2027, reason: 'Kiln inspections resumed' }],
  candidacy: Object.values(candidacySteps)
    .flat()
    .map((step) => ({ kind: 'candidacy' as const, step })),
  roadmapUpdated: [
    { kind: 'roadmapUpdated', version: 2, by, summary: 'Kiln inspections resumed' },
    // Since 1.1, what changed as data, each change said in the reader's words; the area's title as typed.
    {
      kind: 'roadmapUpdated',
      version: 3,
      by,
      summary: 'priority area added: Mesa Nacional',
      changes: [
        { kind: 'areaAdded', area: 'Mesa Nacional' },
        { kind: 'areaRemoved', area: 'Mesa Nacional' },
        { kind: 'actionsChanged', area: 'Mesa Nacional', added: 1, removed: 2 },
        { kind: 'indicatorsChanged', area: 'Mesa Nacional', added: 2, removed: 0 },
        { kind: 'assistanceChanged', area: 'Mesa Nacional', added: 0, removed: 1 },
        { kind: 'budgetChanged' },
        { kind: 'coordinationChanged' },
        { kind: 'carriedOverChanged' },
      ],
    },
  ],
  reactivationRequested: [{ kind: 'reactivationRequested', by }],
  reactivationRefused: [{ kind: 'reactivationRefused', note: 'Kiln inspections resumed' }],
  reactivationNoted: [
    { kind: 'reactivationNoted', noted: true, on: '2027-11-02', how: 'silence-procedure', reasons: [] },
    { kind: 'reactivationNoted', noted: false, on: '2027-11-20', how: 'meeting', reasons: ['Kiln inspections resumed'] },
  ],
  cycleHandedOver: [{ kind: 'cycleHandedOver', year: 2027, focalPoint: 'Sita Gurung', deputy: 'Ram Thapa', reviewers: ['Claire Dubois'] }],
  cycleSuspended: [{ kind: 'cycleSuspended', year: 2027 }],
  refused: [
    { kind: 'refused', message: 'cycleClosed', problem: 'Kiln inspections resumed' },
    {
      kind: 'refused',
      message: 'updateRoadmap',
      problem: 'invalid roadmap update: status: NPL is inactive pathfinder country; only an active country updates its roadmap',
      reasons: [{ code: 'wrongStatus', country: { code: 'NPL', name: 'Nepal' }, status: 'inactive', action: 'roadmapUpdate' }],
    },
  ],
};
const all: HistoryEvent[] = Object.values(events).flat();

/** Every human task the workflows define (an Update and a Signal of one name), and every message between them. */
const taskNames = [
  ...[cycle, country, escalation, reactivation, candidacy.candidacyMessages].flatMap((module) =>
    Object.values(module).flatMap((m: unknown) =>
      m && typeof m === 'object' && 'update' in m && 'signal' in m && 'name' in m ? [String(m.name)] : [],
    ),
  ),
  ...Object.keys(internalMessages()),
];

describe('a country history line in the reader’s language', () => {
  it('says every kind of line in English from what it says, as the record’s own words do', () => {
    const en = ctx('en');
    expect(eventText(en, { kind: 'cycleEnded', year: 2026, stage: 'closed-without-report' })).toBe(
      '2026 cycle ended: closed without a report',
    );
    expect(eventText(en, events.flagged[0]!)).toBe(
      "Flagged to the GCM after the 2026 and 2027 cycles: (a) no progress report; (b) no response to the Working Group's comments",
    );
    expect(
      eventText(
        en,
        events.candidacy.find((e) => e.step.kind === 'timeline')!,
      ),
    ).toBe(
      'Candidacy: timeline: the mapping of stakeholders and coordination mechanisms by March 1, 2027; the mapping of the SDG 8.7 situation by April 1, 2027; the strategic planning workshop by May 15, 2027; the roadmap by July 1, 2027 (sita.gurung@labour.example.np)',
    );
    expect(
      eventText(
        en,
        events.escalation.find((e) => e.step.kind === 'decision')!,
      ),
    ).toBe(
      'GCM escalation 2027: GCM decision: inactive (Kiln inspections resumed). Taken by written procedure of May 1, 2027 (Minutes 12).',
    );
    for (const event of all) expect(eventText(en, event), event.kind).toMatch(/^\S.*\S$/);
  });

  for (const lang of ['fr', 'es'] as const)
    it(`says every kind of line in ${lang === 'fr' ? 'French' : 'Spanish'}, with no English, no name of the code and no ISO date`, () => {
      const c = ctx(lang);
      for (const event of all) {
        const text = eventText(c, event);
        expect(text, JSON.stringify(event)).not.toMatch(/undefined|\[object/);
        expect(translationFaults(ours(text, typed), lang), `${JSON.stringify(event)}\n${text}`).toEqual([]);
      }
    });

  it('says each kind differently from the others, in every language', () => {
    for (const lang of ['en', 'fr', 'es'] as const) {
      const texts = all.map((event) => eventText(ctx(lang), event));
      expect(new Set(texts).size, lang).toBe(texts.length);
    }
  });

  it('says a refusal from its reasons when the record kept them, else as the workflow worded it', () => {
    const [worded, reasoned] = events.refused as [Extract<HistoryEvent, { kind: 'refused' }>, Extract<HistoryEvent, { kind: 'refused' }>];
    expect(eventText(ctx('fr'), reasoned)).toBe(
      'Message refusé (Mise à jour de la feuille de route)\u00a0: Népal\u00a0: pays pionnier inactif. Seul un pays pionnier actif met à jour sa feuille de route.',
    );
    expect(eventText(ctx('fr'), worded)).toContain(worded.problem);
    // Reasons a raw message brought that cannot be said leave the words as written.
    const unsaid = { ...reasoned, reasons: [{ code: 'wrongStatus', action: 'lunch' }] } as unknown as HistoryEvent;
    expect(eventText(ctx('es'), unsaid)).toContain(reasoned.problem);
  });

  it('says what changed in a roadmap in the reader’s words when the record kept it, else its summary as written', () => {
    const [summarised, changed] = events.roadmapUpdated as [HistoryEvent, HistoryEvent];
    expect(eventText(ctx('fr'), summarised)).toBe(`Feuille de route, version 2 (par ${by})\u00a0: Kiln inspections resumed`);
    expect(eventText(ctx('fr'), changed)).toBe(
      `Feuille de route, version 3 (par ${by})\u00a0: nouveau domaine prioritaire\u00a0: Mesa Nacional\u00a0; domaine prioritaire retiré\u00a0: Mesa Nacional\u00a0; ` +
        'Mesa Nacional\u00a0: 1 action ajoutée, 2 actions retirées\u00a0; Mesa Nacional\u00a0: 2 indicateurs ajoutés\u00a0; ' +
        'Mesa Nacional\u00a0: 1 besoin d’assistance technique retiré\u00a0; le budget\u00a0; l’organe de coordination\u00a0; ' +
        'des éléments de la candidature placés dans les domaines prioritaires',
    );
    expect(eventText(ctx('en'), changed)).toContain('Mesa Nacional: 1 action added, 2 actions removed; Mesa Nacional: 2 indicators added');
  });

  it('shows a line without an event (written before events were kept, or imported) as the record wrote it', () => {
    const entry: HistoryEntry = { at: '2026-10-01T08:00:00Z', what: '2026 cycle ended closed-without-report' };
    expect(historyLine(ctx('fr'), entry)).toBe('2026 cycle ended closed-without-report');
    expect(historyLine(ctx('fr'), { ...entry, event: events.cycleEnded[0] })).toBe('Fin du cycle 2026\u00a0: cycle clos sans rapport');
    // A kind this release does not know (written by a later one) is shown as written too.
    expect(historyLine(ctx('es'), { ...entry, event: { kind: 'somethingNew' } as unknown as HistoryEvent })).toBe(entry.what);
  });
});

describe('the tasks of the audit trail in the reader’s language', () => {
  it('has a name for every task and message the workflows define, in every language', () => {
    expect(taskNames).toContain('submitReport');
    expect(taskNames).toContain('followUp');
    expect(taskNames).toContain('cycleClosed');
    for (const lang of ['en', 'fr', 'es'] as const) {
      const missing = taskNames.filter((name) => !(name in words[lang].staff.dossier.tasks));
      expect(missing, lang).toEqual([]);
    }
  });

  for (const lang of ['fr', 'es'] as const)
    it(`names each task in ${lang === 'fr' ? 'French' : 'Spanish'}, never by the code's name`, () => {
      const said = taskNames.map((name) => taskName(ctx(lang), name));
      // « situation » and « position » are French words as well as the code's.
      const codeNames = taskNames.filter((name) => name !== 'situation' && name !== 'position');
      expect(translationFaults(said.join('\n'), lang, [...internalNames, ...codeNames]), said.join('\n')).toEqual([]);
    });

  it('shows a task it has no word for by its name', () => {
    expect(taskName(ctx('fr'), 'somethingNew')).toBe('somethingNew');
  });
});
