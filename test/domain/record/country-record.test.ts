import { describe, expect, it } from 'vitest';
import type { Country } from '../../../domain/shared/country';
import { CountryRecord, cycleEligibility, flagStatus, type CycleClosed } from '../../../domain/record/country-record';
import type { Notice } from '../../../domain/shared/notice';
import type { ReactivationArgs } from '../../../domain/reactivation/args';
import { defaultPolicy } from '../../../domain/cycle/policy';
import type { CycleOutcome } from '../../../domain/cycle/report';
import { at, expectRefusal, mailOf, recipients } from '../../helpers/rules';
import { malformed } from '../../helpers/updates';
import {
  deputy,
  focalPoint,
  gcmOfThree as gcm,
  governanceOfThree as governance,
  nepal,
  report,
  reviewer,
  secretariat,
} from '../../helpers/fixtures';

// R1, R2, R11–R14, R20 and R23 as the record of one country sees them: its status and benefits, its
// roadmap, the cycles it takes part in, the flag to the GCM and reactivation.

const registered = (status: Country['status'], changes: Partial<Country> = {}) =>
  CountryRecord.create({ ...nepal, status, ...changes }, governance, at('2027-01-05T10:00:00Z'));
const noticesOf = (r: CountryRecord, act: () => unknown) => mailOf<Notice>(() => r.state.outbox, act);
const actionKinds = (r: CountryRecord) => r.state.actions.map((a) => a.kind);

const complete: CycleOutcome = {
  reportSubmitted: true,
  finalised: true,
  indicatorFrameworkUpdated: true,
  evidenceOfProgress: true,
  evidenceOfCollaboration: true,
};
/** A finalised cycle whose report showed no evidence of progress (R19d). */
const withoutEvidence = (year: number): CycleClosed => ({
  year,
  stage: 'finalised',
  outcome: { ...complete, evidenceOfProgress: false },
  rule: 'same-criterion',
  evidence: { deadline: `${year}-04-30T21:59:59.000Z`, extensions: 0, remindersSent: 4, submissions: [], reviews: [] },
});

const reactivationRequest: ReactivationArgs = {
  as: focalPoint.email,
  request: {
    report: report(),
    letter: { summary: 'Nepal meets its obligations again.', roadmapChanges: 'Adds bonded labour in agriculture.' },
  },
};

describe('status and benefits (R1, R2)', () => {
  it('R2: benefits hold only while a country is active', () => {
    expect(registered('active').benefits).toBe(true);
    for (const status of ['candidate', 'inactive', 'withdrawn'] as const) expect(registered(status).benefits).toBe(false);
  });

  it('R2: only an active country takes part in a yearly cycle', () => {
    expect(cycleEligibility(registered('active').state.country, 2027, defaultPolicy())).toEqual({ eligible: true });
    for (const status of ['candidate', 'inactive', 'withdrawn'] as const) {
      expect(cycleEligibility(registered(status).state.country, 2027, defaultPolicy())).toEqual({
        eligible: false,
        reason: `status ${status}`,
      });
    }
  });

  it("R1: a registry import updates names and people, never the status, which only the GCM's decisions change", () => {
    const record = registered('active');
    record.importRegistry(
      { ...nepal, name: 'Federal Democratic Republic of Nepal', status: 'inactive' },
      governance,
      at('2027-02-01T10:00:00Z'),
    );
    expect(record.state.status).toBe('active');
    expect(record.state.country).toMatchObject({ name: 'Federal Democratic Republic of Nepal', status: 'active' });
  });

  it('R1: a candidate that withdraws is withdrawn; an active country cannot be withdrawn that way', () => {
    const candidate = registered('candidate', { reviewers: [] });
    candidate.withdraw('A new government reviews its priorities.', at('2027-03-01T10:00:00Z'));
    expect(candidate.state).toMatchObject({ status: 'withdrawn', statusSince: '2027-03-01T10:00:00.000Z' });
    const active = registered('active');
    active.withdraw('by mistake', at('2027-03-01T10:00:00Z'));
    expect(active.state.status).toBe('active');
  });

  it('R2: a country declared inactive loses its benefits; its cycles still to run are suspended and both focal points are told', () => {
    const record = registered('active');
    record.recordCycle(withoutEvidence(2027), at('2027-10-01T10:00:00Z'));
    record.recordCycle(withoutEvidence(2028), at('2028-10-01T10:00:00Z'));
    record.state.actions = [];
    const told = noticesOf(record, () =>
      record.closeEscalation(
        { year: 2028, result: 'inactive', reason: 'No progress after a year of support.' },
        at('2029-03-02T12:00:00Z'),
      ),
    );
    expect(record.state).toMatchObject({ status: 'inactive', statusSince: '2029-03-02T12:00:00.000Z' });
    expect(record.benefits).toBe(false);
    // The 2028 cycle has ended; the ones that may still run are suspended, and the public profile changes.
    expect(record.state.actions).toEqual(
      expect.arrayContaining([{ kind: 'publish-profile' }, { kind: 'suspend-cycles', years: [2029, 2030] }]),
    );
    expect(recipients(told)).toEqual([`country-inactive → ${focalPoint.email}`, `country-inactive → ${deputy.email}`]);
    for (const n of told) expect(n.cc).toEqual([secretariat.email]);
  });
});

describe('status granted (R11, R14)', () => {
  const grant = { grantedOn: '2027-07-01', reviewers: [reviewer], roadmap: 'roadmap: brick kilns' };

  it("R11: the GCM's grant makes a candidate active, keeps its roadmap as version 1 and (re)publishes the country profile", () => {
    const record = registered('candidate', { reviewers: [] });
    record.grant(grant, at('2027-07-01T08:00:00Z'));
    expect(record.state).toMatchObject({
      status: 'active',
      statusSince: '2027-07-01T08:00:00.000Z',
      country: { status: 'active', grantedOn: '2027-07-01', reviewers: [reviewer] },
    });
    expect(record.state.roadmaps).toEqual([{ version: 1, at: '2027-07-01T08:00:00.000Z', summary: 'roadmap: brick kilns' }]);
    expect(record.benefits).toBe(true);
    expect(actionKinds(record)).toEqual(['publish-profile']);
  });

  it('R11: a grant heard twice is applied once', () => {
    const record = registered('candidate', { reviewers: [] });
    record.grant(grant, at('2027-07-01T08:00:00Z'));
    record.grant(grant, at('2027-07-01T08:01:00Z'));
    expect(record.state.roadmaps).toHaveLength(1);
    expect(actionKinds(record)).toEqual(['publish-profile']);
  });

  it.each([
    ['2027-02-10', 'January–May'],
    ['2027-11-20', 'later in the year'],
  ])('R14: a country granted on %s (%s) first reports in April of the next year', (grantedOn) => {
    const record = registered('candidate', { reviewers: [] });
    record.grant({ ...grant, grantedOn }, at(`${grantedOn}T10:00:00Z`));
    expect(cycleEligibility(record.state.country, 2027, defaultPolicy())).toEqual({ eligible: false, reason: 'first reporting year 2028' });
    expect(cycleEligibility(record.state.country, 2028, defaultPolicy())).toEqual({ eligible: true });
  });

  it('R14: a registry file without the grant date does not erase the one the grant recorded', () => {
    const record = registered('candidate', { reviewers: [] });
    record.grant(grant, at('2027-07-01T08:00:00Z'));
    const { grantedOn: _, ...inFile } = { ...nepal, status: 'active' as const, reviewers: [reviewer] };
    record.importRegistry(inFile, governance, at('2027-08-01T08:00:00Z'));
    expect(record.state.country.grantedOn).toBe('2027-07-01');
    expect(cycleEligibility(record.state.country, 2027, defaultPolicy())).toEqual({ eligible: false, reason: 'first reporting year 2028' });
  });
});

describe('roadmap updates (R12)', () => {
  it('R12: an active country updates its roadmap at any time; each update is a new version and the profile is republished', () => {
    const record = registered('active');
    record.updateRoadmap({ as: focalPoint.email, summary: 'Adds domestic work.' }, at('2027-03-01T10:00:00Z'));
    record.updateRoadmap({ as: deputy.email, summary: 'Budget for 2028.' }, at('2027-12-20T10:00:00Z'));
    expect(record.state.roadmaps).toEqual([
      { version: 1, at: '2027-03-01T10:00:00.000Z', summary: 'Adds domestic work.', by: focalPoint.email },
      { version: 2, at: '2027-12-20T10:00:00.000Z', summary: 'Budget for 2028.', by: deputy.email },
    ]);
    expect(actionKinds(record)).toEqual(['publish-profile', 'publish-profile']);
  });

  it('R12: only the focal point or deputy updates the roadmap, saying what changed', () => {
    const record = registered('active');
    expectRefusal(
      record.state,
      () => record.updateRoadmap({ as: secretariat.email, summary: 'Adds domestic work.' }, at('2027-03-01T10:00:00Z')),
      'as',
      /is not the focal point or deputy of NPL/,
    );
    expectRefusal(
      record.state,
      () => record.updateRoadmap({ as: focalPoint.email, summary: ' ' }, at('2027-03-01T10:00:00Z')),
      'summary',
      /is required/,
    );
  });

  it('R12: the roadmap as a document: each version says what changed, the secretariat is told, the profile republished', () => {
    const record = registered('active');
    const inspection = {
      title: 'Labour inspection',
      actions: [{ text: 'Train 200 inspectors', due: '2027-12-31' }],
      indicators: ['CL-2.1'],
    };
    const v1 = { priorityAreas: [inspection, { title: 'Birth registration' }], coordinationBody: 'National steering committee' };
    const told = noticesOf(record, () => record.updateRoadmap({ as: focalPoint.email, document: v1 }, at('2027-03-01T10:00:00Z')));
    expect(record.roadmap!.priorityAreas.map((a) => a.title)).toEqual(['Labour inspection', 'Birth registration']);
    expect(record.roadmap!.priorityAreas[0]!.actions).toEqual([{ text: 'Train 200 inspectors', due: '2027-12-31', immediate: false }]);
    expect(recipients(told)).toEqual([`roadmap-updated → ${secretariat.email}`]);
    const v2 = {
      priorityAreas: [{ ...inspection, actions: [...inspection.actions, { text: 'Open two regional offices', immediate: true }] }],
      coordinationBody: 'National steering committee',
    };
    record.updateRoadmap({ as: deputy.email, document: v2 }, at('2027-09-01T10:00:00Z'));
    const latest = record.state.roadmaps.at(-1)!;
    expect(latest).toMatchObject({
      version: 2,
      by: deputy.email,
      changes: [
        { kind: 'actionsChanged', area: 'Labour inspection', added: 1, removed: 0 },
        { kind: 'areaRemoved', area: 'Birth registration' },
      ],
      summary: 'Labour inspection: actions +1 −0; priority area removed: Birth registration',
    });
    expect(record.state.history.at(-1)!.event).toMatchObject({ kind: 'roadmapUpdated', version: 2, changes: latest.changes });
    // Only the current version keeps its whole document; the earlier one keeps what it changed.
    expect(record.state.roadmaps.map((v) => v.document !== undefined)).toEqual([false, true]);
    expect(actionKinds(record)).toEqual(['publish-profile', 'publish-profile']);
  });

  it('R12: a roadmap document with a bad field is refused, naming it, and nothing changes', () => {
    const record = registered('active');
    const update = (document: unknown) => () =>
      record.updateRoadmap({ as: focalPoint.email, document: malformed(document) }, at('2027-03-01T10:00:00Z'));
    expectRefusal(record.state, update({ priorityAreas: [] }), 'document.priorityAreas', /needs at least one priority area/);
    expectRefusal(
      record.state,
      update({ priorityAreas: [{ title: 'Inspection', indicators: ['CL 2/1'] }] }),
      'document.priorityAreas.0.indicators.0',
      /is not an indicator code/,
    );
    expectRefusal(
      record.state,
      update({ priorityAreas: [{ title: 'Inspection', actions: [{ text: 'Train', due: '2027-02-30' }] }] }),
      'document.priorityAreas.0.actions.0.due',
      /must be a date/,
    );
    expectRefusal(
      record.state,
      update({ priorityAreas: [{ title: 'Inspection' }, { title: 'inspection' }] }),
      'document.priorityAreas',
      /names a priority area twice/,
    );
    const long = Array.from({ length: 20 }, (_, i) => ({
      title: `Area ${i}`,
      actions: Array.from({ length: 5 }, () => ({ text: 'x'.repeat(1000) })),
    }));
    expectRefusal(record.state, update({ priorityAreas: long }), 'document.priorityAreas', /larger than 64 KB together/);
  });

  it('R9, R12: at the grant, the candidacy’s roadmap is version 1, its items outside any area carried over to be placed', () => {
    const record = registered('candidate');
    const plan = {
      kind: 'roadmap' as const,
      priorityAreas: ['Labour inspection', 'Social protection'],
      immediateActions: ['Adopt the hazardous work list'],
      actions: ['Train inspectors'],
      technicalAssistanceNeeds: ['Survey design'],
      timeline: '2027–2030',
      indicators: ['CL-2.1'],
      budget: 'USD 2 million, half secured',
    };
    record.grant(
      { grantedOn: '2027-02-10', reviewers: [reviewer], roadmap: 'Labour inspection; Social protection' },
      at('2027-02-11T10:00:00Z'),
      plan,
    );
    expect(record.state.roadmaps).toHaveLength(1);
    expect(record.roadmap).toEqual({
      priorityAreas: [
        { title: 'Labour inspection', actions: [], indicators: [], assistanceNeeds: [] },
        { title: 'Social protection', actions: [], indicators: [], assistanceNeeds: [] },
      ],
      budget: { secured: '', gaps: '' },
      coordinationBody: '',
      carriedOver: {
        actions: [
          { text: 'Adopt the hazardous work list', immediate: true },
          { text: 'Train inspectors', immediate: false },
        ],
        assistanceNeeds: ['Survey design'],
        notes: ['2027–2030', 'CL-2.1', 'USD 2 million, half secured'],
      },
    });
  });

  it.each(['inactive', 'candidate', 'withdrawn'] as const)(
    'R12: roadmap updates are taken only while active, not from a country that is %s',
    (status) => {
      const record = registered(status);
      expectRefusal(
        record.state,
        () => record.updateRoadmap({ as: focalPoint.email, summary: 'Adds domestic work.' }, at('2027-03-01T10:00:00Z')),
        'status',
        new RegExp(`NPL is ${status}; only an active country updates its roadmap`),
      );
    },
  );
});

describe('the flag to the GCM (R20)', () => {
  it('R20: a flag opens one GCM escalation, and every GCM member and the secretariat is told with the evidence of both years', () => {
    const record = registered('active');
    expect(noticesOf(record, () => record.recordCycle(withoutEvidence(2027), at('2027-10-01T10:00:00Z')))).toEqual([]);
    const told = noticesOf(record, () => record.recordCycle(withoutEvidence(2028), at('2028-10-01T10:00:00Z')));
    expect(record.state.escalations).toEqual([
      { workflowId: 'gcm-escalation-NPL-2028', year: 2028, criteria: ['no-evidence-of-progress'], openedAt: '2028-10-01T10:00:00.000Z' },
    ]);
    expect(actionKinds(record)).toEqual(['start-escalation']);
    expect(recipients(told)).toEqual([...gcm, secretariat].map((p) => `escalation-flag → ${p.email}`));
    for (const n of told) expect(n.evidence?.map((e) => e.year)).toEqual([2027, 2028]);
  });

  it('R20: while an escalation is open, a further flag is recorded but opens no second one', () => {
    const record = registered('active');
    for (const year of [2027, 2028, 2029]) record.recordCycle(withoutEvidence(year), at(`${year}-10-01T10:00:00Z`));
    expect(record.state.cycles.find((c) => c.year === 2029)?.flag).toEqual({ criteria: ['no-evidence-of-progress'] });
    expect(record.state.escalations).toHaveLength(1);
  });
});

describe("the Working Group's review of a proposed flag (R18, R20; DESIGN.md §7)", () => {
  const wg = 'wg.chair@example.org';
  const flaggedIn2028 = () => {
    const record = registered('active');
    for (const year of [2027, 2028]) record.recordCycle(withoutEvidence(year), at(`${year}-10-01T10:00:00Z`), { wgConfirmsFlags: true });
    return record;
  };

  it("R19's flag is only proposed at the close: no escalation, nobody told, the history says it awaits the WG's report", () => {
    const record = registered('active');
    record.recordCycle(withoutEvidence(2027), at('2027-10-01T10:00:00Z'), { wgConfirmsFlags: true });
    const told = noticesOf(record, () => record.recordCycle(withoutEvidence(2028), at('2028-10-01T10:00:00Z'), { wgConfirmsFlags: true }));
    expect(told).toEqual([]);
    expect(actionKinds(record)).toEqual([]);
    expect(record.state.escalations).toEqual([]);
    const cycle = record.state.cycles.find((c) => c.year === 2028)!;
    expect(cycle.flag).toEqual({ criteria: ['no-evidence-of-progress'], proposed: true });
    expect(flagStatus(cycle.flag!)).toBe('proposed');
    expect(record.flagAwaitingWg(2028)).toBe(cycle);
    expect(record.state.history.at(-1)?.event).toEqual({
      kind: 'flagProposed',
      years: [2027, 2028],
      criteria: ['no-evidence-of-progress'],
    });
  });

  it('confirmed by the WG, the flag goes to the GCM: the escalation starts and every GCM member and the secretariat is told', () => {
    const record = flaggedIn2028();
    const told = noticesOf(record, () =>
      record.reviewFlag(
        2028,
        { decision: 'confirmed', reason: 'No evidence in either year.', by: wg, at: '2028-11-20T10:00:00.000Z' },
        at('2028-11-20T10:05:00Z'),
      ),
    );
    expect(record.state.escalations).toEqual([
      { workflowId: 'gcm-escalation-NPL-2028', year: 2028, criteria: ['no-evidence-of-progress'], openedAt: '2028-11-20T10:05:00.000Z' },
    ]);
    expect(actionKinds(record)).toEqual(['start-escalation']);
    expect(recipients(told)).toEqual([...gcm, secretariat].map((p) => `escalation-flag → ${p.email}`));
    for (const n of told) expect(n.evidence?.map((e) => e.year)).toEqual([2027, 2028]);
    const flag = record.state.cycles.find((c) => c.year === 2028)!.flag!;
    expect(flag.confirmed).toEqual({ reason: 'No evidence in either year.', by: wg, at: '2028-11-20T10:00:00.000Z' });
    expect(flagStatus(flag)).toBe('confirmed');
    expect(record.state.history.at(-1)?.event).toEqual({
      kind: 'flagConfirmed',
      year: 2028,
      criteria: ['no-evidence-of-progress'],
      by: wg,
      reason: 'No evidence in either year.',
    });
  });

  it('withdrawn by the WG, the flag is kept with its reason and nothing goes to the GCM', () => {
    const record = flaggedIn2028();
    const reason = 'The evidence was filed on paper and verified by the sub-group.';
    const told = noticesOf(record, () =>
      record.reviewFlag(2028, { decision: 'withdrawn', reason, by: wg, at: '2028-11-20T10:00:00.000Z' }, at('2028-11-20T10:05:00Z')),
    );
    expect(told).toEqual([]);
    expect(actionKinds(record)).toEqual([]);
    expect(record.state.escalations).toEqual([]);
    const flag = record.state.cycles.find((c) => c.year === 2028)!.flag!;
    expect(flag).toEqual({
      criteria: ['no-evidence-of-progress'],
      proposed: true,
      withdrawn: { reason, by: wg, at: '2028-11-20T10:00:00.000Z' },
    });
    expect(flagStatus(flag)).toBe('withdrawn');
    expect(record.state.history.at(-1)).toMatchObject({
      what: `2028 flag withdrawn by the Working Group (${wg}): ${reason}`,
      event: { kind: 'flagWithdrawn', year: 2028, by: wg, reason },
    });
  });

  it('a review heard twice, or for a year with no proposed flag, changes nothing', () => {
    const record = flaggedIn2028();
    const review = { decision: 'confirmed' as const, reason: 'Confirmed.', by: wg, at: '2028-11-20T10:00:00.000Z' };
    record.reviewFlag(2028, review, at('2028-11-20T10:05:00Z'));
    const before = JSON.stringify(record.state);
    record.reviewFlag(2028, { ...review, decision: 'withdrawn' }, at('2028-11-21T10:05:00Z'));
    record.reviewFlag(2027, review, at('2028-11-21T10:05:00Z'));
    expect(JSON.stringify(record.state)).toBe(before);
    expect(record.flagAwaitingWg(2028)).toBeUndefined();
  });

  it('a flag raised before the WG reviewed flags went to the GCM at once and awaits no review', () => {
    const record = registered('active');
    for (const year of [2027, 2028]) record.recordCycle(withoutEvidence(year), at(`${year}-10-01T10:00:00Z`));
    const flag = record.state.cycles.find((c) => c.year === 2028)!.flag!;
    expect(flagStatus(flag)).toBe('raised');
    expect(record.flagAwaitingWg(2028)).toBeUndefined();
    expect(actionKinds(record)).toEqual(['start-escalation']);
  });
});

describe('reactivation (R23)', () => {
  it('R23: only the focal point or deputy of an inactive country asks, with the four kinds of evidence and a letter to the Chair', () => {
    const active = registered('active');
    expectRefusal(
      active.state,
      () => active.requestReactivation(reactivationRequest, at('2029-06-01T10:00:00Z')),
      'status',
      /NPL is active; only an inactive country asks to be reactivated/,
    );
    const record = registered('inactive');
    expectRefusal(
      record.state,
      () => record.requestReactivation({ ...reactivationRequest, as: secretariat.email }, at('2029-06-01T10:00:00Z')),
      'as',
      /is not the focal point or deputy of NPL/,
    );
    // R23: the evidence is a progress report in the R15 form, checked as one.
    const { report: _left, ...noReport } = reactivationRequest.request;
    expectRefusal(
      record.state,
      () => record.requestReactivation(malformed({ ...reactivationRequest, request: noReport }), at('2029-06-01T10:00:00Z')),
      'request.report',
      /is required|expected object/,
    );
    const noIndicators = { ...reactivationRequest.request, report: report({ indicatorFramework: { updated: true, indicators: [] } }) };
    expectRefusal(
      record.state,
      () => record.requestReactivation(malformed({ ...reactivationRequest, request: noIndicators }), at('2029-06-01T10:00:00Z')),
      'request.report.indicatorFramework.indicators',
      /needs at least one indicator/,
    );
    const noLetter = { ...reactivationRequest.request, letter: { summary: '' } };
    expectRefusal(
      record.state,
      () => record.requestReactivation({ ...reactivationRequest, request: noLetter }, at('2029-06-01T10:00:00Z')),
      'request.letter.summary',
      /is required/,
    );
  });

  it('R23: a request is recorded with its letter to the Alliance 8.7 Chair and starts the verification; a second waits until it ends', () => {
    const record = registered('inactive');
    const started = record.requestReactivation(reactivationRequest, at('2029-06-01T10:00:00Z'));
    expect(started).toMatchObject({ workflowId: 'reactivation-NPL-1', by: focalPoint.email, requestedAt: '2029-06-01T10:00:00.000Z' });
    expect(started.request.letter.to).toBe('Alliance 8.7 Chair');
    expect(actionKinds(record)).toEqual(['start-reactivation']);
    expect(record.state.status).toBe('inactive');
    expectRefusal(
      record.state,
      () => record.requestReactivation({ ...reactivationRequest, as: deputy.email }, at('2029-06-02T10:00:00Z')),
      'status',
      /a reactivation request is already with the secretariat/,
    );
  });

  it('R23: once verified, the country is active again, its roadmap changes become a new version, and R19 counts cycles from the next one on', () => {
    const record = registered('inactive');
    record.requestReactivation(reactivationRequest, at('2029-06-01T10:00:00Z'));
    record.state.actions = [];
    record.closeReactivation(
      { workflowId: 'reactivation-NPL-1', result: 'reactivated', note: 'Evidence verified.', nextCycleYear: 2030 },
      at('2029-06-20T10:00:00Z'),
    );
    expect(record.state).toMatchObject({ status: 'active', statusSince: '2029-06-20T10:00:00.000Z', evaluateFrom: 2030 });
    expect(record.benefits).toBe(true);
    expect(record.state.roadmaps).toEqual([{ version: 1, at: '2029-06-20T10:00:00.000Z', summary: 'Adds bonded labour in agriculture.' }]);
    expect(actionKinds(record)).toEqual(['publish-profile']);

    // The 2029 shortfall, from before the reactivation, does not make 2030 the second of two.
    record.recordCycle(withoutEvidence(2029), at('2029-10-01T10:00:00Z'));
    record.recordCycle(withoutEvidence(2030), at('2030-10-01T10:00:00Z'));
    expect(record.state.escalations).toEqual([]);
    record.recordCycle(withoutEvidence(2031), at('2031-10-01T10:00:00Z'));
    expect(record.state.escalations.map((e) => e.year)).toEqual([2031]);
  });

  it('R23: a refused request leaves the country inactive, and it may ask again', () => {
    const record = registered('inactive');
    record.requestReactivation(reactivationRequest, at('2029-06-01T10:00:00Z'));
    record.closeReactivation(
      { workflowId: 'reactivation-NPL-1', result: 'refused', note: 'No indicator framework attached.', nextCycleYear: 2030 },
      at('2029-06-20T10:00:00Z'),
    );
    expect(record.state.status).toBe('inactive');
    expect(record.state.roadmaps).toEqual([]);
    expect(record.requestReactivation(reactivationRequest, at('2029-07-01T10:00:00Z')).workflowId).toBe('reactivation-NPL-2');
  });
});
