import { describe, expect, it } from 'vitest';
import { Candidacy } from '../../../domain/candidacy/candidacy';
import type { CandidacyTask } from '../../../domain/candidacy/args';
import type { Notice } from '../../../domain/shared/notice';
import { defaultPolicy, parseInput } from '../../../domain/cycle/policy';
import { expressionOfInterestSchema } from '../../../domain/record/registry';
import { at, expectRefusal, letTimePass, localTime, mailOf, recipients } from '../../helpers/rules';
import { deputy, focalPoint, gcmOfThree as gcm, governanceOfThree as governance, reviewer, secretariat } from '../../helpers/fixtures';

// R3–R11 on Nepal's candidacy: the expression of interest of January 2027, the planning steps on the
// candidate's own timeline, the presentation to the GCM and its decision by consensus.

const eoi = { code: 'NPL', name: 'Nepal', sentTo: 'Alliance 8.7 Chair', receivedOn: '2027-01-11', focalPoint, deputy } as const;
const [amara, jonas, mei] = gcm.map((m) => m.email) as [string, string, string];

const open = () =>
  Candidacy.open(
    { eoi: parseInput(expressionOfInterestSchema, 'expression of interest', eoi), governance, policy: defaultPolicy() },
    at('2027-01-12T09:00:00+01:00'),
  );
const noticesOf = (c: Candidacy, act: () => unknown) => mailOf<Notice>(() => c.state.outbox, act);
const step = <T extends CandidacyTask>(c: Candidacy, task: T, args: Record<string, unknown>, when: string) => c.apply(task, args, at(when));

/** The steps R5–R9 ask of the candidate, each with arguments that pass. */
const planning = {
  timeline: {
    as: focalPoint.email,
    steps: [
      { step: 'stakeholder-mapping', due: '2027-03-31' },
      { step: 'situation-mapping', due: '2027-04-30' },
      { step: 'workshop', due: '2027-05-31' },
      { step: 'roadmap', due: '2027-06-30' },
    ],
  },
  stakeholders: {
    as: focalPoint.email,
    stakeholders: [{ group: 'workers', names: ['General Federation of Nepalese Trade Unions'] }],
    coordinationBodies: ['National Steering Committee on Child Labour'],
  },
  situation: {
    as: deputy.email,
    studies: ['Nepal Labour Force Survey 2017/18'],
    legalFramework: 'Child Labour Act 2000; Bonded Labour Act 2002.',
    gaps: ['No data on forced labour in brick kilns'],
    informationSources: ['Labour inspection records'],
  },
  workshop: {
    as: focalPoint.email,
    heldOn: '2027-05-20',
    participants: ['ministries', 'unions', 'survivor networks'],
    stockTake: 'What the 2018 master plan achieved.',
  },
  roadmap: {
    as: focalPoint.email,
    plan: {
      kind: 'roadmap',
      priorityAreas: ['brick kilns'],
      immediateActions: ['inspect 40 kilns before December'],
      actions: ['kiln registry'],
      timeline: '2027–2030',
    },
  },
} as const;

function acknowledged() {
  const c = open();
  step(c, 'acknowledge', { as: secretariat.email, reviewers: [reviewer] }, '2027-02-01T10:00:00Z');
  return c;
}

function presented() {
  const c = acknowledged();
  for (const [task, args] of Object.entries(planning)) step(c, task as CandidacyTask, args, '2027-05-25T10:00:00Z');
  step(
    c,
    'presentation',
    {
      as: amara,
      meetingOn: '2027-06-10',
      priorities: ['brick kilns'],
      consultationProcess: 'Provincial consultations in all seven provinces.',
    },
    '2027-06-10T14:00:00Z',
  );
  return c;
}

function followedUp() {
  const c = presented();
  step(c, 'feedback', { as: jonas, feedback: 'Link the roadmap to the CEACR observations of 2025.' }, '2027-06-12T10:00:00Z');
  step(c, 'followUp', { as: focalPoint.email, response: 'The roadmap now answers each CEACR observation.' }, '2027-06-20T10:00:00Z');
  return c;
}
const position = (c: Candidacy, as: string, value: 'support' | 'object', when = '2027-06-25T10:00:00Z', reason = '') =>
  c.apply('position', { as, position: value, reason }, at(when));

describe('the expression of interest (R3, R4)', () => {
  it('R3: an expression of interest must name a focal point and a deputy, two different people', () => {
    const { deputy: _none, ...withoutDeputy } = eoi;
    expect(() => parseInput(expressionOfInterestSchema, 'expression of interest', withoutDeputy)).toThrow(
      /deputy: is required: an expression of interest names a focal point and a deputy/,
    );
    expect(() =>
      parseInput(expressionOfInterestSchema, 'expression of interest', { ...eoi, deputy: { ...deputy, email: focalPoint.email } }),
    ).toThrow(/deputy\.email: must differ from the focal point/);
  });

  it('R3: an expression of interest goes to the ILO Director-General or the Alliance 8.7 Chair', () => {
    expect(() => parseInput(expressionOfInterestSchema, 'expression of interest', { ...eoi, sentTo: 'the GCM' })).toThrow(
      /sentTo: must be "ILO Director-General" or "Alliance 8.7 Chair"/,
    );
    const c = open();
    expect(c.state.stage).toBe('expression-of-interest');
    expect(c.state.history[0]!.what).toMatch(/Alliance 8.7 Chair on 2027-01-11/);
  });

  it('R4: the secretariat informs every GCM member and invites the focal point and deputy to consultations and a planning workshop', () => {
    const c = open();
    const notices = noticesOf(c, () => step(c, 'acknowledge', { as: secretariat.email, reviewers: [reviewer] }, '2027-02-01T10:00:00Z'));
    expect(c.state.stage).toBe('planning');
    expect(recipients(notices)).toEqual([
      ...gcm.map((m) => `candidacy-received → ${m.email}`),
      `candidacy-invitation → ${focalPoint.email}`,
      `candidacy-invitation → ${deputy.email}`,
    ]);
    for (const n of notices) expect(n.cc).toEqual([secretariat.email]);
  });

  it('R4: only the secretariat acknowledges, once, naming the reviewers of later reports', () => {
    const c = open();
    expectRefusal(
      c.state,
      () => step(c, 'acknowledge', { as: amara, reviewers: [reviewer] }, '2027-02-01T10:00:00Z'),
      'as',
      /is not the secretariat/,
    );
    expectRefusal(
      c.state,
      () => step(c, 'acknowledge', { as: secretariat.email, reviewers: [] }, '2027-02-01T10:00:00Z'),
      'reviewers',
      /needs at least one Working Group reviewer/,
    );
    step(c, 'acknowledge', { as: secretariat.email, reviewers: [reviewer] }, '2027-02-01T10:00:00Z');
    expectRefusal(
      c.state,
      () => step(c, 'acknowledge', { as: secretariat.email, reviewers: [reviewer] }, '2027-02-02T10:00:00Z'),
      'stage',
      /at planning; an acknowledgement is not taken now/,
    );
  });

  it('R4: the candidate plans only once the secretariat has replied', () => {
    const c = open();
    expectRefusal(
      c.state,
      () => step(c, 'timeline', planning.timeline, '2027-01-20T10:00:00Z'),
      'stage',
      /at expression-of-interest; the timeline is not taken now/,
    );
  });
});

describe('planning on its own timeline (R5–R9)', () => {
  it('R5: the candidate sets its own timeline, of known steps only', () => {
    const c = acknowledged();
    expectRefusal(
      c.state,
      () => step(c, 'timeline', { as: focalPoint.email, steps: [{ step: 'party', due: '2027-03-31' }] }, '2027-02-03T10:00:00Z'),
      'steps.0.step',
      /must be one of stakeholder-mapping, situation-mapping, workshop, roadmap/,
    );
    expectRefusal(
      c.state,
      () => step(c, 'timeline', { ...planning.timeline, as: secretariat.email }, '2027-02-03T10:00:00Z'),
      'as',
      /is not the focal point or deputy of NPL/,
    );
    step(c, 'timeline', planning.timeline, '2027-02-03T10:00:00Z');
    expect(c.state.timeline.map((t) => `${t.step} by ${t.due}`)).toEqual([
      'stakeholder-mapping by 2027-03-31',
      'situation-mapping by 2027-04-30',
      'workshop by 2027-05-31',
      'roadmap by 2027-06-30',
    ]);
  });

  it('R5: a step late on its timeline is recalled to both focal points a week after its due date, at 09:00 their time; one done in time is not', () => {
    const c = acknowledged();
    step(c, 'timeline', planning.timeline, '2027-02-03T10:00:00Z');
    step(c, 'stakeholders', planning.stakeholders, '2027-03-20T10:00:00Z');
    const late = letTimePass(c, at('2027-05-12T00:00:00Z'));
    // The situation mapping was due on 30 April; in Kathmandu a week later is a Saturday.
    expect(late.map(({ at: t, mail }) => `${mail.kind} → ${mail.to.email} @ ${localTime(t, mail.to.zone)}`)).toEqual([
      `timeline-step-late → ${deputy.email} @ 2027-05-07T09:00-04:00`,
      `timeline-step-late → ${focalPoint.email} @ 2027-05-10T09:00+05:45`,
    ]);
    for (const { mail } of late) expect(mail.cc).toEqual([secretariat.email]);
  });

  it('R5: the recalls of a step stop once it is filed', () => {
    const c = acknowledged();
    step(c, 'timeline', planning.timeline, '2027-02-03T10:00:00Z');
    step(c, 'stakeholders', planning.stakeholders, '2027-03-20T10:00:00Z');
    letTimePass(c, at('2027-05-12T00:00:00Z'));
    step(c, 'situation', planning.situation, '2027-05-12T10:00:00Z');
    step(c, 'workshop', planning.workshop, '2027-05-20T10:00:00Z');
    step(c, 'roadmap', planning.roadmap, '2027-05-25T10:00:00Z');
    expect(letTimePass(c, at('2027-12-31T00:00:00Z'))).toEqual([]);
    expect(c.nextWakeAt()).toBeUndefined();
  });

  it('R6: a stakeholder mapping names at least one coordination body', () => {
    const c = acknowledged();
    expectRefusal(
      c.state,
      () => step(c, 'stakeholders', { ...planning.stakeholders, coordinationBodies: [] }, '2027-03-20T10:00:00Z'),
      'coordinationBodies',
      /needs at least one coordination body/,
    );
  });

  it('R7: a situation mapping names the studies, the legal framework, the gaps and the information sources', () => {
    const c = acknowledged();
    const { gaps: _gaps, ...withoutGaps } = planning.situation;
    expectRefusal(c.state, () => step(c, 'situation', withoutGaps, '2027-04-20T10:00:00Z'), 'gaps', /is required/);
    expectRefusal(
      c.state,
      () => step(c, 'situation', { ...planning.situation, legalFramework: ' ' }, '2027-04-20T10:00:00Z'),
      'legalFramework',
      /is required/,
    );
  });

  it('R8: a planning workshop comes with its stock-take', () => {
    const c = acknowledged();
    expectRefusal(
      c.state,
      () => step(c, 'workshop', { ...planning.workshop, stockTake: '' }, '2027-05-20T10:00:00Z'),
      'stockTake',
      /is required/,
    );
    step(c, 'workshop', planning.workshop, '2027-05-20T10:00:00Z');
    step(c, 'workshop', { ...planning.workshop, heldOn: '2027-05-27' }, '2027-05-27T10:00:00Z'); // several events are welcome
    expect(c.state.filed.workshops.map((w) => w.heldOn)).toEqual(['2027-05-20', '2027-05-27']);
  });

  it('R9: a roadmap starts with immediate measures before the end of the year', () => {
    const c = acknowledged();
    expectRefusal(
      c.state,
      () => step(c, 'roadmap', { as: focalPoint.email, plan: { ...planning.roadmap.plan, immediateActions: [] } }, '2027-05-25T10:00:00Z'),
      'plan.immediateActions',
      /needs at least one immediate action before the end of the year/,
    );
  });

  it('R9: national action plans replace a roadmap only if they cover both child labour and forced labour', () => {
    const c = acknowledged();
    const plans = (...covers: string[][]) => ({
      as: focalPoint.email,
      plan: {
        kind: 'national-action-plans',
        plans: covers.map((cv, i) => ({
          title: `plan ${i + 1}`,
          covers: cv,
          criteriaAndIndicators: 'Indicators of the master plan, annex 2.',
        })),
      },
    });
    expectRefusal(
      c.state,
      () => step(c, 'roadmap', plans(['child-labour']), '2027-05-25T10:00:00Z'),
      'plan.plans',
      /must cover both child labour and forced labour; none covers forced-labour/,
    );
    expectRefusal(
      c.state,
      () => step(c, 'roadmap', plans(['forced-labour', 'human-trafficking']), '2027-05-25T10:00:00Z'),
      'plan.plans',
      /none covers child-labour/,
    );
    step(c, 'roadmap', plans(['child-labour'], ['forced-labour', 'human-trafficking']), '2027-05-25T10:00:00Z');
    expect(c.state.filed.roadmap?.plan.kind).toBe('national-action-plans');
    expect(c.state.done.roadmap).toBe('2027-05-25T10:00:00.000Z');
  });

  it('R9: national action plans must have clear criteria and indicators', () => {
    const c = acknowledged();
    const plan = {
      kind: 'national-action-plans',
      plans: [{ title: 'Master plan', covers: ['child-labour', 'forced-labour'], criteriaAndIndicators: '' }],
    };
    expectRefusal(
      c.state,
      () => step(c, 'roadmap', { as: focalPoint.email, plan }, '2027-05-25T10:00:00Z'),
      'plan.plans.0.criteriaAndIndicators',
      /is required/,
    );
  });
});

describe('the GCM presentation and feedback (R10)', () => {
  it('R10: the candidate presents only with its timeline, mappings, workshop and roadmap filed', () => {
    const c = acknowledged();
    step(c, 'timeline', planning.timeline, '2027-02-03T10:00:00Z');
    step(c, 'workshop', planning.workshop, '2027-05-20T10:00:00Z');
    const presentation = {
      as: amara,
      meetingOn: '2027-06-10',
      priorities: ['brick kilns'],
      consultationProcess: 'Provincial consultations.',
    };
    expectRefusal(
      c.state,
      () => step(c, 'presentation', presentation, '2027-06-10T14:00:00Z'),
      'stage',
      /still missing: a stakeholder and coordination mapping, a situation mapping, a roadmap or national action plans/,
    );
  });

  it('R10: the presentation at a GCM meeting is recorded by a GCM member or the secretariat, and asks every member for feedback', () => {
    const c = acknowledged();
    for (const [task, args] of Object.entries(planning)) step(c, task as CandidacyTask, args, '2027-05-25T10:00:00Z');
    const presentation = { meetingOn: '2027-06-10', priorities: ['brick kilns'], consultationProcess: 'Provincial consultations.' };
    expectRefusal(
      c.state,
      () => step(c, 'presentation', { ...presentation, as: focalPoint.email }, '2027-06-10T14:00:00Z'),
      'as',
      /is not the secretariat or a member of the GCM/,
    );
    const notices = noticesOf(c, () => step(c, 'presentation', { ...presentation, as: secretariat.email }, '2027-06-10T14:00:00Z'));
    expect(c.state.stage).toBe('gcm-review');
    expect(recipients(notices)).toEqual(gcm.map((m) => `candidacy-feedback-due → ${m.email}`));
  });

  it('R10: a GCM member gives feedback, which reaches both focal points; the candidate follows up, and the members are asked for their positions', () => {
    const c = presented();
    expectRefusal(
      c.state,
      () => step(c, 'feedback', { as: focalPoint.email, feedback: 'fine' }, '2027-06-12T10:00:00Z'),
      'as',
      /is not a member of the GCM/,
    );
    expectRefusal(
      c.state,
      () => step(c, 'followUp', { as: focalPoint.email, response: 'done' }, '2027-06-12T10:00:00Z'),
      'stage',
      /has not given its feedback yet/,
    );
    const feedback = noticesOf(c, () =>
      step(
        c,
        'feedback',
        { as: jonas, feedback: 'Link the roadmap to the CEACR observations.', durbanCallToAction: 'Paragraph 4' },
        '2027-06-12T10:00:00Z',
      ),
    );
    expect(recipients(feedback)).toEqual([`candidacy-feedback → ${focalPoint.email}`, `candidacy-feedback → ${deputy.email}`]);
    const asked = noticesOf(c, () => step(c, 'followUp', { as: deputy.email, response: 'Linked.' }, '2027-06-20T10:00:00Z'));
    expect(recipients(asked)).toEqual(gcm.map((m) => `candidacy-position-due → ${m.email}`));
  });
});

describe('the decision by consensus (R11)', () => {
  it('R11: the GCM decides after the follow-up to its feedback, each member once, an objection with its reason', () => {
    const c = presented();
    expectRefusal(c.state, () => position(c, amara, 'support'), 'stage', /decides after the candidate's follow-up/);
    step(c, 'feedback', { as: jonas, feedback: 'Link the roadmap to the CEACR observations.' }, '2027-06-12T10:00:00Z');
    step(c, 'followUp', { as: focalPoint.email, response: 'Linked.' }, '2027-06-20T10:00:00Z');
    expectRefusal(c.state, () => position(c, focalPoint.email, 'support'), 'as', /is not a member of the GCM/);
    expectRefusal(c.state, () => position(c, amara, 'object'), 'reason', /required with an objection/);
    position(c, amara, 'support');
    expectRefusal(c.state, () => position(c, amara, 'support'), 'as', /has already given a position in this round/);
  });

  it('R11: status is granted only when every member supports it, on the day of the last support in Geneva; both focal points are told', () => {
    const c = followedUp();
    position(c, amara, 'support');
    position(c, jonas, 'support');
    expect(c.toCountry.some((t) => t.kind === 'granted')).toBe(false);
    expect(c.state.stage).toBe('gcm-review');
    // 22:30 UTC on 30 June is already 1 July in Geneva.
    const notices = noticesOf(c, () => position(c, mei, 'support', '2027-06-30T22:30:00Z'));
    expect(c.toCountry.at(-1)).toMatchObject({ kind: 'granted', message: { grantedOn: '2027-07-01' } });
    expect(c.state).toMatchObject({ stage: 'granted', grantedOn: '2027-07-01' });
    expect(c.state.gcmRounds[0]!.outcome).toBe('granted');
    expect(recipients(notices)).toEqual([`candidacy-granted → ${focalPoint.email}`, `candidacy-granted → ${deputy.email}`]);
  });

  it('R11: one objection blocks, whatever the others said; the candidate stays a candidate with all it filed, and is told why', () => {
    const c = followedUp();
    position(c, amara, 'support');
    position(c, jonas, 'support');
    const notices = noticesOf(c, () => position(c, mei, 'object', '2027-06-26T10:00:00Z', 'No budget for the immediate actions.'));
    expect(c.state).toMatchObject({ stage: 'planning', attempt: 2 });
    expect(c.state.gcmRounds[0]!.outcome).toBe('not granted');
    expect(recipients(notices)).toEqual([`candidacy-not-granted → ${focalPoint.email}`, `candidacy-not-granted → ${deputy.email}`]);
    expect(notices.map((n) => n.reason)).toEqual(['No budget for the immediate actions.', 'No budget for the immediate actions.']);
    expect(c.missingForPresentation()).toEqual([]);
  });

  it('R11: a candidate not granted may present again; the new round needs every member anew', () => {
    const c = followedUp();
    position(c, amara, 'object', '2027-06-26T10:00:00Z', 'No budget.');
    step(
      c,
      'presentation',
      {
        as: amara,
        meetingOn: '2027-10-14',
        priorities: ['brick kilns'],
        consultationProcess: 'Budget agreed with the Ministry of Finance.',
      },
      '2027-10-14T14:00:00Z',
    );
    step(c, 'feedback', { as: mei, feedback: 'The budget answers the objection.' }, '2027-10-15T10:00:00Z');
    step(c, 'followUp', { as: focalPoint.email, response: 'Thank you.' }, '2027-10-20T10:00:00Z');
    position(c, amara, 'support', '2027-10-25T10:00:00Z');
    position(c, jonas, 'support', '2027-10-25T10:00:00Z');
    expect(c.state.stage).toBe('gcm-review');
    position(c, mei, 'support', '2027-10-26T10:00:00Z');
    expect(c.toCountry.at(-1)).toMatchObject({ kind: 'granted', message: { grantedOn: '2027-10-26' } });
    expect(c.state.gcmRounds.map((r) => [r.attempt, r.outcome])).toEqual([
      [1, 'not granted'],
      [2, 'granted'],
    ]);
  });

  it('R11: a candidacy that has ended takes no more steps', () => {
    const c = followedUp();
    for (const member of [amara, jonas, mei]) position(c, member, 'support');
    expectRefusal(
      c.state,
      () => step(c, 'roadmap', planning.roadmap, '2027-07-01T10:00:00Z'),
      'stage',
      /at granted; a roadmap is not taken now/,
    );
    expect(c.nextWakeAt()).toBeUndefined();
  });
});

describe('withdrawal (R1)', () => {
  it('R1: the candidate may withdraw at any step before the decision; nothing more is taken after', () => {
    const c = presented();
    expectRefusal(
      c.state,
      () => step(c, 'withdraw', { as: amara, reason: 'x' }, '2027-06-11T10:00:00Z'),
      'as',
      /is not the focal point or deputy of NPL/,
    );
    step(c, 'withdraw', { as: focalPoint.email, reason: 'A new government reviews its priorities.' }, '2027-06-11T10:00:00Z');
    const withdrawal = { reason: 'A new government reviews its priorities.', by: focalPoint.email };
    expect(c.toCountry.slice(-2)).toEqual([
      {
        kind: 'candidacyStep',
        message: {
          what: `withdrawn: A new government reviews its priorities. (${focalPoint.email})`,
          event: { kind: 'withdrawn', ...withdrawal },
        },
      },
      {
        kind: 'candidacyWithdrawn',
        message: { reason: `withdrawn: A new government reviews its priorities. (${focalPoint.email})`, withdrawal },
      },
    ]);
    expect(c.state.stage).toBe('withdrawn');
    expectRefusal(c.state, () => step(c, 'feedback', { as: jonas, feedback: 'late' }, '2027-06-12T10:00:00Z'), 'stage', /at withdrawn/);
  });
});

describe('a new focal point (R3, R4)', () => {
  it('R3, R4: the candidacy takes steps from the new focal point only, and sends them the invitation', () => {
    const rosa = { name: 'Rosa Mamani', email: 'rosa.mamani@labour.example.np', language: 'es' as const, zone: 'Asia/Kathmandu' };
    const c = open();
    step(c, 'acknowledge', { as: secretariat.email, reviewers: [reviewer] }, '2027-02-01T10:00:00Z');
    c.state.outbox.length = 0;
    c.changeFocalPoints({ focalPoint: rosa, deputy }, at('2027-02-02T10:00:00Z'));
    expect(c.state.outbox.map((n) => [n.kind, n.to.email])).toEqual([['candidacy-invitation', rosa.email]]);
    const timeline = { steps: [{ step: 'workshop', due: '2027-06-30' }] };
    expectRefusal(
      c.state,
      () => c.validate('timeline', { as: focalPoint.email, ...timeline }),
      'as',
      /is not the focal point or deputy of NPL/,
    );
    step(c, 'timeline', { as: rosa.email, ...timeline }, '2027-02-03T10:00:00Z');
    expect(c.state.timeline).toEqual(timeline.steps);
  });
});
