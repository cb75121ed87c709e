import { describe, expect, it } from 'vitest';
import { GcmEscalation, triedIn } from '../../../domain/escalation/gcm-escalation';
import type { DecisionArgs, DialogueArgs, StartSupportArgs } from '../../../domain/escalation/args';
import type { Notice } from '../../../domain/shared/notice';
import { at, expectRefusal, mailOf, recipients } from '../../helpers/rules';
import { deputy, focalPoint, gcmOfThree as gcm, governanceOfThree as governance, reviewer, secretariat } from '../../helpers/fixtures';
import { malformed } from '../../helpers/updates';

// R20–R22 on the escalation opened after Nepal's 2028 cycle: the GCM's dialogue with the country, the
// support sub-group, the decision that ends it, and a new focal point reaching what is under way.

const [amara, jonas] = gcm.map((m) => m.email) as [string, string];
const mentor = { name: 'Lena Berg', email: 'lena.berg@peer.example.org', language: 'en' as const, zone: 'Europe/Oslo' };

const open = () =>
  GcmEscalation.open(
    'gcm-escalation-NPL-2028',
    {
      country: { code: 'NPL', name: 'Nepal' },
      focalPoints: [focalPoint, deputy],
      governance,
      year: 2028,
      criteria: ['no-evidence-of-progress'],
    },
    at('2028-10-05T09:00:00+02:00'),
  );
const noticesOf = (e: GcmEscalation, act: () => unknown) => mailOf<Notice>(() => e.state.outbox, act);

const dialogue: DialogueArgs = {
  as: amara,
  topics: ['compliance', 'progress'],
  circumstances: 'Floods in 2027 and 2028 took the inspectors to relief work.',
  unreportedProgress: 'A kiln registry exists but was not reported.',
  wayForward: { summary: 'Peer learning on kiln inspection; report the registry.', supportNeeded: true },
};
const support: StartSupportArgs = { as: jonas, mechanisms: ['I', 'II'], members: [mentor] };
const decision: DecisionArgs = {
  as: amara,
  decision: 'resumed',
  reason: 'The registry shows progress.',
  takenAt: { how: 'meeting', on: '2029-03-02', reference: 'GCM minutes 2029/1' },
};

describe('the dialogue (R20)', () => {
  it('R12: a way forward that calls for a roadmap update asks both focal points for one, with the secretariat in copy', () => {
    const e = open();
    e.asksRoadmapUpdate = true;
    const quiet = noticesOf(e, () => e.recordDialogue(dialogue, at('2028-11-02T15:00:00+01:00')));
    expect(recipients(quiet)).toEqual([]);
    const wayForward = { summary: 'Update the roadmap with the kiln inspection plan.', supportNeeded: false, roadmapUpdate: true };
    const asked = noticesOf(e, () => e.recordDialogue({ ...dialogue, wayForward }, at('2028-12-07T15:00:00+01:00')));
    expect(recipients(asked)).toEqual([`roadmap-update-asked → ${focalPoint.email}`, `roadmap-update-asked → ${deputy.email}`]);
    for (const n of asked) expect(n).toMatchObject({ cc: [secretariat.email], reason: wayForward.summary });
  });

  it('R20: a flag opens a dialogue, and both focal points are told, with the secretariat in copy', () => {
    const e = open();
    expect(e.state).toMatchObject({
      stage: 'dialogue',
      year: 2028,
      criteria: ['no-evidence-of-progress'],
      openedAt: '2028-10-05T07:00:00.000Z',
    });
    expect(recipients(e.state.outbox)).toEqual([`dialogue-opened → ${focalPoint.email}`, `dialogue-opened → ${deputy.email}`]);
    for (const n of e.state.outbox) expect(n).toMatchObject({ cc: [secretariat.email], year: 2028, criteria: ['no-evidence-of-progress'] });
  });

  it("R20: a GCM member records a session on compliance and/or progress, with the country's circumstances, unreported progress and a way forward", () => {
    const e = open();
    e.recordDialogue(dialogue, at('2028-11-02T15:00:00+01:00'));
    e.recordDialogue({ ...dialogue, as: jonas, topics: ['progress'], unreportedProgress: undefined }, at('2028-12-07T15:00:00+01:00'));
    expect(e.state.dialogue).toEqual([
      {
        ...dialogue,
        topics: ['compliance', 'progress'],
        wayForward: { ...dialogue.wayForward, roadmapUpdate: false },
        at: '2028-11-02T14:00:00.000Z',
      },
      {
        ...dialogue,
        as: jonas,
        topics: ['progress'],
        unreportedProgress: '',
        wayForward: { ...dialogue.wayForward, roadmapUpdate: false },
        at: '2028-12-07T14:00:00.000Z',
      },
    ]);
    expect(e.state.stage).toBe('dialogue');
  });

  it('R20: only a GCM member records the dialogue; its topics are compliance and/or progress, and it ends in a way forward', () => {
    const e = open();
    const record = (changes: Record<string, unknown>) => () =>
      e.recordDialogue(malformed({ ...dialogue, ...changes }), at('2028-11-02T15:00:00+01:00'));
    expectRefusal(e.state, record({ as: focalPoint.email }), 'as', /is not a member of the GCM/);
    expectRefusal(e.state, record({ topics: [] }), 'topics', /needs compliance and\/or progress/);
    expectRefusal(e.state, record({ topics: ['monitoring'] }), 'topics.0', /must be compliance or progress/);
    expectRefusal(e.state, record({ circumstances: '' }), 'circumstances', /is required/);
    expectRefusal(e.state, record({ wayForward: { summary: ' ' } }), 'wayForward.summary', /is required/);
  });

  it('R20: the GCM decides only after a dialogue; a decision to resume names where it was taken and tells the country', () => {
    const e = open();
    expectRefusal(
      e.state,
      () => e.decide(decision, at('2029-03-02T12:00:00+01:00')),
      'stage',
      /only after a dialogue with the country has been recorded/,
    );
    e.recordDialogue(dialogue, at('2028-11-02T15:00:00+01:00'));
    expectRefusal(
      e.state,
      () => e.decide(malformed({ ...decision, as: reviewer.email }), at('2029-03-02T12:00:00+01:00')),
      'as',
      /is not a member of the GCM/,
    );
    expectRefusal(
      e.state,
      () => e.decide(malformed({ ...decision, takenAt: { ...decision.takenAt, reference: '' } }), at('2029-03-02T12:00:00+01:00')),
      'takenAt.reference',
      /is required: the minutes or the note/,
    );
    const told = noticesOf(e, () => e.decide(decision, at('2029-03-02T12:00:00+01:00')));
    expect(e.state).toMatchObject({
      stage: 'resumed',
      decision: { decision: 'resumed', by: amara, at: '2029-03-02T11:00:00.000Z', takenAt: decision.takenAt },
    });
    expect(e.closed).toBe(true);
    expect(recipients(told)).toEqual([`escalation-resumed → ${focalPoint.email}`, `escalation-resumed → ${deputy.email}`]);
    for (const n of told) expect(n.cc).toEqual([secretariat.email]);
  });

  it('R20: once the GCM has decided, the escalation takes no more dialogue, support or decisions', () => {
    const e = open();
    e.recordDialogue(dialogue, at('2028-11-02T15:00:00+01:00'));
    e.decide(decision, at('2029-03-02T12:00:00+01:00'));
    expectRefusal(
      e.state,
      () => e.recordDialogue(dialogue, at('2029-03-03T12:00:00+01:00')),
      'stage',
      /has ended \(resumed\); a dialogue record is not taken now/,
    );
    expectRefusal(e.state, () => e.startSupport(support, at('2029-03-03T12:00:00+01:00')), 'stage', /has ended \(resumed\)/);
    expectRefusal(e.state, () => e.decide(decision, at('2029-03-03T12:00:00+01:00')), 'stage', /has ended \(resumed\)/);
  });
});

describe('the support sub-group (R21)', () => {
  it('R21: support follows a dialogue; a GCM member forms one sub-group, choosing among mechanisms I–IV', () => {
    const e = open();
    expectRefusal(
      e.state,
      () => e.startSupport(support, at('2028-11-10T10:00:00Z')),
      'stage',
      /record the dialogue with the country before forming a support sub-group/,
    );
    e.recordDialogue(dialogue, at('2028-11-02T15:00:00+01:00'));
    expectRefusal(
      e.state,
      () => e.startSupport(malformed({ ...support, mechanisms: ['V'] }), at('2028-11-10T10:00:00Z')),
      'mechanisms.0',
      /must be I, II, III or IV/,
    );
    expectRefusal(
      e.state,
      () => e.startSupport(malformed({ ...support, mechanisms: [] }), at('2028-11-10T10:00:00Z')),
      'mechanisms',
      /needs at least one mechanism/,
    );
    expectRefusal(
      e.state,
      () => e.startSupport(malformed({ ...support, members: [] }), at('2028-11-10T10:00:00Z')),
      'members',
      /needs at least one sub-group member/,
    );
    expectRefusal(
      e.state,
      () => e.startSupport(malformed({ ...support, as: focalPoint.email }), at('2028-11-10T10:00:00Z')),
      'as',
      /is not a member of the GCM/,
    );

    const told = noticesOf(e, () => e.startSupport(support, at('2028-11-10T10:00:00Z')));
    expect(e.state.stage).toBe('support');
    expect(e.state.support).toMatchObject({
      workflowId: 'support-NPL-2028',
      mechanisms: ['I', 'II'],
      members: [mentor],
      checkInEveryDays: 30,
      startedAt: '2028-11-10T10:00:00.000Z',
    });
    expect(recipients(told)).toEqual([`support-started → ${focalPoint.email}`, `support-started → ${deputy.email}`]);
    for (const n of told) expect(n).toMatchObject({ cc: [secretariat.email, mentor.email], mechanisms: ['I', 'II'] });
    expectRefusal(e.state, () => e.startSupport(support, at('2028-12-10T10:00:00Z')), 'stage', /already formed on 2028-11-10/);
  });

  it('R21: when the sub-group ends, every GCM member is asked to decide, once', () => {
    const e = open();
    e.recordDialogue(dialogue, at('2028-11-02T15:00:00+01:00'));
    e.startSupport(support, at('2028-11-10T10:00:00Z'));
    const checkIns = [
      { by: mentor.email, at: '2029-02-01T10:00:00.000Z', note: 'Registry reported; ready to resume.', readyToResume: true },
    ];
    const asked = noticesOf(e, () => e.supportEnded(checkIns, at('2029-02-01T10:00:00Z')));
    expect(recipients(asked)).toEqual(gcm.map((m) => `decision-needed → ${m.email}`));
    expect(e.state.support).toMatchObject({ checkIns, endedAt: '2029-02-01T10:00:00.000Z' });
    expect(noticesOf(e, () => e.supportEnded(checkIns, at('2029-02-02T10:00:00Z')))).toEqual([]);
  });

  it('R21: the sub-group supports the country until the GCM decides it resumes', () => {
    const e = open();
    e.recordDialogue(dialogue, at('2028-11-02T15:00:00+01:00'));
    e.startSupport(support, at('2028-11-10T10:00:00Z'));
    e.decide(decision, at('2029-03-02T12:00:00+01:00'));
    expect(e.state.stage).toBe('resumed');
  });
});

describe('the decision (R22)', () => {
  const inactive: DecisionArgs = { ...decision, decision: 'inactive', reason: 'No kiln inspections after a year of support' };

  it('R22: after a dialogue alone, the GCM may let the country resume but not declare it inactive', () => {
    const e = open();
    e.recordDialogue(dialogue, at('2028-10-20T10:00:00Z'));
    expectRefusal(
      e.state,
      () => e.decide(inactive, at('2028-11-02T10:00:00Z')),
      'decision',
      /only once dialogue and support have not worked/,
    );
    e.decide(decision, at('2028-11-02T10:00:00Z'));
    expect(e.state.stage).toBe('resumed');
  });

  it('R22: with support tried, inactivity may be declared, and what was tried is on record for the country', () => {
    const e = open();
    e.recordDialogue(dialogue, at('2028-10-20T10:00:00Z'));
    e.startSupport(support, at('2028-10-21T10:00:00Z'));
    e.decide(inactive, at('2029-10-02T10:00:00Z'));
    expect(e.state.stage).toBe('inactive');
    expect(triedIn(e.state)).toEqual({ dialogues: 1, support: { mechanisms: ['I', 'II'], since: '2028-10-21T10:00:00.000Z' } });
  });
});

describe('a new focal point (R20)', () => {
  const rosa = { name: 'Rosa Mamani', email: 'rosa.mamani@labour.example.np', language: 'es' as const, zone: 'Asia/Kathmandu' };

  it('R20: the escalation writes to the new focal point, who is told of the dialogue and the support', () => {
    const e = open();
    e.recordDialogue(dialogue, at('2028-10-20T10:00:00Z'));
    e.startSupport(support, at('2028-10-21T10:00:00Z'));
    e.state.outbox.length = 0;
    e.changeFocalPoints({ focalPoint: rosa, deputy }, at('2028-11-01T10:00:00Z'));
    expect(e.toCountry.at(-1)).toEqual({
      kind: 'escalationStep',
      message: {
        year: 2028,
        what: 'focal points now Rosa Mamani and Ram Thapa',
        event: { kind: 'focalPoints', focalPoint: 'Rosa Mamani', deputy: 'Ram Thapa' },
      },
    });
    expect(e.state.outbox.map((n) => [n.kind, n.to.email])).toEqual([
      ['dialogue-opened', rosa.email],
      ['support-started', rosa.email],
    ]);
    e.state.outbox.length = 0;
    const told = e.toCountry.length;
    e.changeFocalPoints({ focalPoint: rosa, deputy }, at('2028-11-02T10:00:00Z'));
    expect([e.state.outbox, e.toCountry.length]).toEqual([[], told]);
    e.decide(decision, at('2028-12-01T10:00:00Z'));
    expect(e.state.outbox.map((n) => n.to.email)).toEqual([rosa.email, deputy.email]);
  });
});

describe('the GCM decides the sub-group and the end as a body (R21, R22; since gcm-decides-support-and-end)', () => {
  const openDecidingAsBody = () => {
    const e = GcmEscalation.open(
      'gcm-escalation-NPL-2028',
      {
        country: { code: 'NPL', name: 'Nepal' },
        focalPoints: [focalPoint, deputy],
        governance,
        year: 2028,
        criteria: ['no-evidence-of-progress'],
      },
      at('2028-10-05T09:00:00+02:00'),
      false,
      true,
    );
    e.recordDialogue(dialogue, at('2028-11-02T15:00:00+01:00'));
    return e;
  };
  const adopted = (decidedOn: string, how: 'meeting' | 'silence-procedure' = 'meeting') => ({ result: 'adopted' as const, decidedOn, how });

  it('R21: the secretariat proposes the sub-group; nothing is formed and no one is told until the GCM adopts it', () => {
    const e = openDecidingAsBody();
    const told = noticesOf(e, () =>
      e.proposeSupport({ as: secretariat.email, mechanisms: ['II'], members: [mentor] }, at('2028-11-10T10:00:00+01:00')),
    );
    expect(told).toEqual([]);
    expect(e.state.stage).toBe('dialogue');
    expect(e.state.proposals).toEqual([
      {
        kind: 'support',
        decision: 'decision-gcm-support-NPL-2028-1',
        by: secretariat.email,
        at: '2028-11-10T09:00:00.000Z',
        support: { mechanisms: ['II'], members: [mentor], checkInEveryDays: 30, mandateMonths: 12 },
      },
    ]);
    // One proposal before the GCM at a time; one member alone no longer forms a sub-group.
    expectRefusal(
      e.state,
      () => e.proposeEnd({ as: amara, decision: 'resumed', reason: 'x' }, at('2028-11-11T10:00:00+01:00')),
      'stage',
      /a proposal on this country is before the GCM/,
    );
    expectRefusal(e.state, () => e.startSupport(support, at('2028-11-11T10:00:00+01:00')), 'stage', /the GCM decides this as a body/);

    const formed = noticesOf(e, () =>
      e.proposalDecided('decision-gcm-support-NPL-2028-1', adopted('2028-11-25', 'silence-procedure'), [], at('2028-11-26T00:00:00+01:00')),
    );
    expect(e.state.stage).toBe('support');
    expect(e.state.support).toMatchObject({
      mechanisms: ['II'],
      members: [mentor],
      mandateEndsAt: '2029-11-25T23:00:00.000Z',
      formedBy: { decision: 'decision-gcm-support-NPL-2028-1', on: '2028-11-25', how: 'silence-procedure' },
    });
    expect(recipients(formed)).toEqual([`support-started → ${focalPoint.email}`, `support-started → ${deputy.email}`]);
  });

  it('R21: a proposal not adopted leaves the escalation in dialogue, with the objections; the next is a new decision', () => {
    const e = openDecidingAsBody();
    e.proposeSupport({ as: jonas, mechanisms: ['I'], members: [mentor] }, at('2028-11-10T10:00:00+01:00'));
    const told = noticesOf(e, () =>
      e.proposalDecided(
        'decision-gcm-support-NPL-2028-1',
        { result: 'not-adopted', decidedOn: '2028-12-01', how: 'meeting' },
        ['Technical assistance is needed first'],
        at('2028-12-02T10:00:00+01:00'),
      ),
    );
    expect(told).toEqual([]);
    expect(e.state.stage).toBe('dialogue');
    expect(e.state.proposals![0]).toMatchObject({
      objections: ['Technical assistance is needed first'],
      outcome: { result: 'not-adopted' },
    });
    e.proposeSupport({ as: jonas, mechanisms: ['II'], members: [mentor] }, at('2028-12-03T10:00:00+01:00'));
    expect(e.pending?.decision).toBe('decision-gcm-support-NPL-2028-2');
  });

  it('R22: inactive is proposed only once support ended without the country being ready; adopted, it is dated by the decision', () => {
    const e = openDecidingAsBody();
    const inactive = { as: amara, decision: 'inactive' as const, reason: 'No coordination mechanism after the support' };
    const proposeInactive = () => e.proposeEnd(inactive, at('2029-12-01T10:00:00+01:00'));
    expectRefusal(e.state, proposeInactive, 'decision', /only once support has ended without it being ready/);
    e.proposeSupport({ as: jonas, mechanisms: ['II'], members: [mentor], mandateMonths: 6 }, at('2028-11-10T10:00:00+01:00'));
    e.proposalDecided('decision-gcm-support-NPL-2028-1', adopted('2028-11-20'), [], at('2028-11-21T10:00:00+01:00'));
    expectRefusal(e.state, proposeInactive, 'decision', /only once support has ended without it being ready/);
    e.supportEnded([], at('2029-05-20T10:00:00+02:00'), 'mandate');
    proposeInactive();
    expect(e.state.stage).toBe('support');
    expect(e.toCountry.filter((t) => t.kind === 'escalationClosed')).toEqual([]);
    e.proposalDecided('decision-gcm-inactive-NPL-2028-1', adopted('2029-12-04'), [], at('2029-12-06T10:00:00+01:00'));
    expect(e.state).toMatchObject({
      stage: 'inactive',
      decision: {
        decision: 'inactive',
        reason: inactive.reason,
        by: 'the GCM',
        takenAt: { how: 'meeting', on: '2029-12-04', reference: 'decision-gcm-inactive-NPL-2028-1' },
      },
    });
  });

  it('R22: a sub-group that found the country ready leaves no ground to propose inactivity', () => {
    const e = openDecidingAsBody();
    e.proposeSupport({ as: jonas, mechanisms: ['II'], members: [mentor] }, at('2028-11-10T10:00:00+01:00'));
    e.proposalDecided('decision-gcm-support-NPL-2028-1', adopted('2028-11-20'), [], at('2028-11-21T10:00:00+01:00'));
    const ready = { by: mentor.email, at: '2029-03-01T09:00:00.000Z', note: 'Ready', readyToResume: true };
    e.supportEnded([ready], at('2029-03-01T10:00:00+01:00'), 'ready');
    expectRefusal(
      e.state,
      () => e.proposeEnd({ as: amara, decision: 'inactive', reason: 'x' }, at('2029-03-02T10:00:00+01:00')),
      'decision',
      /only once support has ended without it being ready/,
    );
  });

  it('R22: resuming may be proposed as soon as the dialogue is open; the country hears only once it is adopted', () => {
    const e = GcmEscalation.open(
      'gcm-escalation-NPL-2028',
      {
        country: { code: 'NPL', name: 'Nepal' },
        focalPoints: [focalPoint, deputy],
        governance,
        year: 2028,
        criteria: ['no-evidence-of-progress'],
      },
      at('2028-10-05T09:00:00+02:00'),
      false,
      true,
    );
    const proposed = noticesOf(e, () =>
      e.proposeEnd({ as: jonas, decision: 'resumed', reason: 'The registry shows progress.' }, at('2028-10-20T10:00:00+02:00')),
    );
    expect(proposed).toEqual([]);
    const told = noticesOf(e, () =>
      e.proposalDecided('decision-gcm-resume-NPL-2028-1', adopted('2028-11-04', 'silence-procedure'), [], at('2028-11-05T10:00:00+01:00')),
    );
    expect(e.state.decision?.takenAt).toEqual({ how: 'written-procedure', on: '2028-11-04', reference: 'decision-gcm-resume-NPL-2028-1' });
    expect(recipients(told)).toEqual([`escalation-resumed → ${focalPoint.email}`, `escalation-resumed → ${deputy.email}`]);
  });
});
