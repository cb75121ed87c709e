import { describe, expect, it } from 'vitest';
import { BodyDecision } from '../../../domain/decision/decision';
import { defaultPolicy } from '../../../domain/cycle/policy';
import type { Governance } from '../../../domain/shared/country';
import type { Notice } from '../../../domain/shared/notice';
import { at, expectRefusal, letTimePass, localTime, mailOf, recipients } from '../../helpers/rules';
import { gcmOfThree as gcm, secretariat } from '../../helpers/fixtures';

// A decision of the GCM (DESIGN.md §7) on granting Nepal pathfinder status: by silence procedure or at a
// meeting, with the registry's members at each step.

const [amara, jonas, mei] = gcm.map((m) => m.email) as [string, string, string];
const staff = { name: 'Inès Bauer', email: 'ines.bauer@secretariat.example.org', language: 'fr' as const, zone: 'Europe/Zurich' };
const roles: Governance = { secretariat, staff: [staff], gcm, gcmChair: amara };

const open = (governance = roles) =>
  BodyDecision.open(
    'decision-gcm-grant-NPL-1',
    {
      body: 'gcm',
      subject: { kind: 'grant', country: { code: 'NPL', name: 'Nepal' } },
      proposal: 'grant pathfinder status to Nepal',
      policy: defaultPolicy(),
      governance,
    },
    at('2027-03-01T10:00:00+01:00'),
  );
const noticesOf = (d: BodyDecision, act: () => unknown) => mailOf<Notice>(() => d.state.outbox, act);

describe('a decision of the GCM', () => {
  it('waits for its procedure, which the secretariat and the Chair are asked for and reminded of', () => {
    const d = open();
    expect(recipients(d.state.outbox)).toEqual([`decision-pending → ${secretariat.email}`, `decision-pending → ${amara}`]);
    d.state.outbox.length = 0;
    const queued = letTimePass(d, at('2027-04-01T00:00:00+02:00'));
    expect(queued.map((q) => `${q.at.toISODate()} ${q.mail.kind} → ${q.mail.to.email}`)).toEqual([
      `2027-03-15 decision-pending → ${secretariat.email}`,
      `2027-03-15 decision-pending → ${amara}`,
      `2027-03-29 decision-pending → ${secretariat.email}`,
      `2027-03-29 decision-pending → ${amara}`,
    ]);
  });

  it('is adopted by silence when nobody objects by the end of the period, which is the day it is decided', () => {
    const d = open();
    const sent = noticesOf(d, () => d.circulate({ as: staff.email }, at('2027-03-02T11:00:00+01:00')));
    expect(recipients(sent)).toEqual(gcm.map((m) => `decision-circulated → ${m.email}`));
    // Fourteen days, to the end of the day in Geneva, which each member reads in their own zone.
    expect(d.state.silence!.endsAt).toBe('2027-03-16T22:59:59.999Z');
    expect(localTime(d.state.silence!.endsAt, 'Asia/Tokyo')).toBe('2027-03-17T07:59+09:00');
    d.answer({ as: jonas, answer: 'no-objection' }, at('2027-03-03T09:00:00+01:00'));

    const queued = letTimePass(d, at('2027-03-20T00:00:00+01:00'));
    // The two who have not answered are reminded three days before the end; then everyone is told.
    expect(
      queued.filter((q) => q.mail.kind === 'decision-reminder').map((q) => `${localTime(q.at, q.mail.to.zone)} ${q.mail.to.email}`),
    ).toEqual([`2027-03-12T09:00+09:00 ${mei}`, `2027-03-12T09:00+01:00 ${amara}`]);
    expect(d.state.outcome).toEqual({ result: 'adopted', decidedOn: '2027-03-16', how: 'silence-procedure' });
    expect(queued.filter((q) => q.mail.kind === 'decision-taken').map((q) => q.mail.to.email)).toEqual([
      amara,
      jonas,
      mei,
      secretariat.email,
    ]);
  });

  it('stops at an objection, which goes with its reason to the next meeting', () => {
    const d = open();
    d.circulate({ as: secretariat.email }, at('2027-03-02T11:00:00+01:00'));
    const told = noticesOf(d, () =>
      d.answer({ as: mei, answer: 'object', reason: 'No survivor participation yet' }, at('2027-03-05T09:00:00+01:00')),
    );
    expect(d.state.stage).toBe('awaiting-meeting');
    expect(recipients(told)).toEqual([`decision-objection → ${secretariat.email}`, `decision-objection → ${amara}`]);
    expect(told[0]!.reason).toBe('No survivor participation yet');
    // The end of the silence period no longer adopts it.
    letTimePass(d, at('2027-03-20T00:00:00+01:00'));
    expect(d.state.outcome).toBeUndefined();
    // The meeting keeps the objection: not adopted.
    d.recordMeeting(
      {
        as: amara,
        heldOn: '2027-03-25',
        present: [amara, mei],
        minutes: 'GCM 25 March, item 2',
        objections: [{ member: mei, reason: 'Survivors still absent' }],
      },
      at('2027-03-26T09:00:00+01:00'),
    );
    expect(d.state.outcome).toEqual({ result: 'not-adopted', decidedOn: '2027-03-25', how: 'meeting' });
    expect(d.state.objections.map((o) => `${o.where}: ${o.member}: ${o.reason}`)).toEqual([
      `silence-procedure: ${mei}: No survivor participation yet`,
      `meeting: ${mei}: Survivors still absent`,
    ]);
  });

  it('is decided at a meeting on the meeting day, with a quorum of the members present now', () => {
    const d = open();
    const meeting = { as: secretariat.email, heldOn: '2027-03-10', minutes: 'GCM 10 March, item 4' };
    const when = at('2027-03-12T09:00:00+01:00');
    expectRefusal(
      d.state,
      () => d.recordMeeting({ ...meeting, present: [jonas] }, when),
      'present',
      /1 of 3 members is short of the quorum of 2/,
    );
    expectRefusal(
      d.state,
      () => d.recordMeeting({ ...meeting, present: [jonas, 'x@example.org'] }, when),
      'present',
      /x@example.org is not a member/,
    );
    expectRefusal(d.state, () => d.recordMeeting({ ...meeting, heldOn: '2027-03-20', present: [amara, jonas] }, when), 'heldOn', /future/);
    expectRefusal(d.state, () => d.recordMeeting({ ...meeting, heldOn: '2027-02-20', present: [amara, jonas] }, when), 'heldOn', /before/);
    expectRefusal(
      d.state,
      () => d.recordMeeting({ ...meeting, as: jonas, present: [amara, jonas] }, when),
      'as',
      /secretariat or the chair/,
    );
    expectRefusal(
      d.state,
      () => d.recordMeeting({ ...meeting, present: [amara, jonas], objections: [{ member: mei, reason: 'x' }] }, when),
      'objections',
      /was not present/,
    );

    // Jonas left the GCM and Kofi joined: two of the three members now make the quorum.
    const kofi = { name: 'Kofi Mensah', email: 'kofi.mensah@gcm.example.org', language: 'en' as const, zone: 'Africa/Accra' };
    d.readRoles({ ...roles, gcm: [gcm[0]!, gcm[2]!, kofi] });
    expectRefusal(
      d.state,
      () => d.recordMeeting({ ...meeting, present: [amara, jonas] }, when),
      'present',
      /jonas.lind@gcm.example.org is not a member/,
    );
    d.recordMeeting({ ...meeting, present: [amara, kofi.email] }, when);
    expect(d.state.outcome).toEqual({ result: 'adopted', decidedOn: '2027-03-10', how: 'meeting' });
  });

  it('asks those who join during a silence procedure, and no longer hears those who left', () => {
    const d = open();
    d.circulate({ as: secretariat.email }, at('2027-03-02T11:00:00+01:00'));
    const kofi = { name: 'Kofi Mensah', email: 'kofi.mensah@gcm.example.org', language: 'en' as const, zone: 'Africa/Accra' };
    const sent = noticesOf(d, () => d.readRoles({ ...roles, gcm: [gcm[0]!, gcm[1]!, kofi] }));
    expect(recipients(sent)).toEqual([`decision-circulated → ${kofi.email}`]);
    expectRefusal(
      d.state,
      () => d.answer({ as: mei, answer: 'object', reason: 'x' }, at('2027-03-03T09:00:00+01:00')),
      'as',
      /not a member of the GCM/,
    );
    d.answer({ as: kofi.email, answer: 'no-objection' }, at('2027-03-03T09:00:00+01:00'));
    expectRefusal(
      d.state,
      () => d.answer({ as: kofi.email, answer: 'object', reason: 'x' }, at('2027-03-04T09:00:00+01:00')),
      'as',
      /already answered/,
    );
    letTimePass(d, at('2027-03-20T00:00:00+01:00'));
    expect(d.state.outcome?.result).toBe('adopted');
  });

  it('takes a silence procedure only from the secretariat or the Chair, to a day still ahead', () => {
    const d = open();
    const when = at('2027-03-02T11:00:00+01:00');
    expectRefusal(d.state, () => d.circulate({ as: jonas }, when), 'as', /not the secretariat or the chair of the GCM/);
    expectRefusal(d.state, () => d.circulate({ as: amara, until: '2027-03-01' }, when), 'until', /already past/);
    expectRefusal(d.state, () => d.answer({ as: jonas, answer: 'no-objection' }, when), 'stage', /awaiting-procedure/);
    d.circulate({ as: amara, until: '2027-03-09' }, when);
    expect(d.state.silence!.endsAt).toBe('2027-03-09T22:59:59.999Z');
    expectRefusal(d.state, () => d.answer({ as: jonas, answer: 'object' }, when), 'reason', /required with an objection/);
  });
});
