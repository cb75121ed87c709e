import { describe, expect, it } from 'vitest';
import { Support } from '../../../domain/support/support';
import { at, expectRefusal, mailOf, recipients } from '../../helpers/rules';
import { deputy, focalPoint, gcmOfThree as gcm, governanceOfThree as governance } from '../../helpers/fixtures';

// R21 as the support sub-group's run sees it: its members check in, are reminded when a check-in is due,
// and a check-in that says the country is ready to resume ends it.

const mentor = { name: 'Lena Berg', email: 'lena.berg@peer.example.org', language: 'en' as const, zone: 'Europe/Oslo' };
const inspector = { name: 'Kofi Mensah', email: 'kofi.mensah@ilo.example.org', language: 'fr' as const, zone: 'Africa/Accra' };
const open = () =>
  new Support(
    {
      country: { code: 'NPL', name: 'Nepal' },
      focalPoints: [focalPoint, deputy],
      governance,
      year: 2028,
      criteria: ['no-evidence-of-progress'],
      workflowId: 'support-NPL-2028',
      mechanisms: ['I', 'II'],
      members: [mentor, inspector],
      checkInEveryDays: 30,
      startedAt: '2028-11-10T09:00:00.000Z',
      checkIns: [],
    },
    at('2028-11-10T09:00:00Z'),
  );
/** The steps the country's record is to be told, for its history. */
const steps = (s: Support) => s.toCountry.map((t) => (t.kind === 'escalationStep' ? t.message.what : t.kind));

describe('the support sub-group (R21)', () => {
  it('takes check-ins from its members only, each kept for the country with the next due a period later', () => {
    const s = open();
    expectRefusal(
      s.state,
      () => s.checkIn({ as: gcm[0]!.email, note: 'visited' }, at('2028-11-20T09:00:00Z')),
      'as',
      /is not a member of the support sub-group/,
    );
    s.checkIn({ as: mentor.email, note: 'Inspectors trained in Biratnagar.' }, at('2028-11-20T09:00:00Z'));
    expect(s.state.checkIns).toEqual([
      { by: mentor.email, at: '2028-11-20T09:00:00.000Z', note: 'Inspectors trained in Biratnagar.', readyToResume: false },
    ]);
    expect(s.toCountry).toEqual([
      {
        kind: 'escalationStep',
        message: {
          year: 2028,
          what: `support check-in by ${mentor.email}: Inspectors trained in Biratnagar.`,
          event: { kind: 'checkIn', by: mentor.email, readyToResume: false, note: 'Inspectors trained in Biratnagar.' },
        },
      },
    ]);
    expect(s.nextDueAt.toISO()).toBe('2028-12-20T09:00:00.000Z');
    expect(s.readyToResume).toBe(false);
  });

  it('reminds each member at the sending hour in their own zone, on the first sending day once the check-in is due', () => {
    const s = open();
    // Due on Sunday 10 December at 09:00 UTC: the mentor in Oslo hears on Monday at 09:00 there, the inspector in Accra an hour later.
    expect(s.nextDueAt.toISO()).toBe('2028-12-10T09:00:00.000Z');
    expect(s.nextReminderAt().toISO()).toBe('2028-12-11T08:00:00.000Z');
    const first = mailOf(
      () => s.outbox,
      () => s.remind(at('2028-12-11T08:00:00Z')),
    );
    expect(recipients(first)).toEqual([`support-check-in-due → ${mentor.email}`]);
    expect(s.nextReminderAt().toISO()).toBe('2028-12-11T09:00:00.000Z');
    const second = mailOf(
      () => s.outbox,
      () => s.remind(at('2028-12-11T09:00:00Z')),
    );
    expect(recipients(second)).toEqual([`support-check-in-due → ${inspector.email}`]);
    expect([...first, ...second].map((n) => n.key)).toEqual([mentor, inspector].map((m) => `support-NPL-2028/check-in-1/${m.email}`));
    // The next is due a period on, Tuesday 9 January at 09:00 UTC: already 10:00 in Oslo, so Wednesday there.
    expect(s.nextDueAt.toISO()).toBe('2029-01-09T09:00:00.000Z');
    expect(s.nextReminderAt().toISO()).toBe('2029-01-09T09:00:00.000Z');
    const third = mailOf(
      () => s.outbox,
      () => s.remind(at('2029-01-09T09:00:00Z')),
    );
    expect(third.map((n) => n.key)).toEqual([`support-NPL-2028/check-in-2/${inspector.email}`]);
    expect(s.nextReminderAt().toISO()).toBe('2029-01-10T08:00:00.000Z');
  });

  it('counts the period from a check-in that arrives while the reminders go out', () => {
    const s = open();
    s.remind(at('2028-12-11T09:00:00Z'));
    s.checkIn({ as: mentor.email, note: 'Labour inspectors met the sub-group.' }, at('2028-12-11T09:00:30Z'));
    s.remindersSent();
    expect(s.nextDueAt.toISO()).toBe('2029-01-10T09:00:30.000Z');
  });

  it('reminds everyone at the due instant in runs begun before the sending-hour patch, as they were recorded', () => {
    const s = new Support(open().state, at('2028-11-10T09:00:00Z'), { atSendingHour: false });
    expect(s.nextReminderAt().toISO()).toBe('2028-12-10T09:00:00.000Z');
    const first = mailOf(
      () => s.outbox,
      () => s.remind(at('2028-12-10T09:00:00Z')),
    );
    expect(recipients(first)).toEqual([mentor, inspector].map((m) => `support-check-in-due → ${m.email}`));
    s.checkIn({ as: mentor.email, note: 'Labour inspectors met the sub-group.' }, at('2028-12-10T09:00:30Z'));
    s.remindersSent();
    expect(s.nextDueAt.toISO()).toBe('2029-02-08T09:00:30.000Z');
  });

  it('ends with a check-in that says the country is ready to resume, or with the GCM decision', () => {
    const s = open();
    s.checkIn({ as: inspector.email, note: 'The coordination mechanism met twice.', readyToResume: true }, at('2029-02-01T09:00:00Z'));
    expect(s.readyToResume).toBe(true);
    expect(steps(s).at(-1)).toBe(`support check-in by ${inspector.email} (ready to resume): The coordination mechanism met twice.`);
    const ended = open();
    ended.endedByDecision();
    expect(steps(ended)).toEqual(['support sub-group ended by the GCM decision']);
  });
});

describe('the end of a sub-group formed by the GCM (R21, R22; since gcm-decides-support-and-end)', () => {
  const withMandate = () =>
    new Support(
      {
        country: { code: 'NPL', name: 'Nepal' },
        focalPoints: [focalPoint, deputy],
        governance,
        year: 2028,
        criteria: ['no-evidence-of-progress'],
        workflowId: 'support-NPL-2028',
        mechanisms: ['II'],
        members: [mentor],
        checkInEveryDays: 30,
        startedAt: '2028-11-10T09:00:00.000Z',
        mandateEndsAt: '2029-02-10T09:00:00.000Z',
        checkIns: [],
      },
      at('2028-11-10T09:00:00Z'),
    );

  it('ends when its mandate runs out, the country not ready, and the country’s history says so', () => {
    const s = withMandate();
    expect(s.mandateRunsOut(at('2029-02-10T08:59:00Z'))).toBe(false);
    expect(s.ended).toBeUndefined();
    expect(s.mandateRunsOut(at('2029-02-10T09:00:00Z'))).toBe(true);
    expect(s.ended).toBe('mandate');
    expect(steps(s)).toEqual(["support sub-group's mandate ran out on 2029-02-10"]);
  });

  it('wakes for the end of the mandate when it comes before the next reminder', () => {
    const s = withMandate();
    s.checkIn({ as: mentor.email, note: 'Workshop held.' }, at('2029-02-01T09:00:00Z'));
    expect(s.nextWakeAt().toISO()).toBe('2029-02-10T09:00:00.000Z');
  });

  it('ends on a final check-in that says the country is not ready', () => {
    const s = withMandate();
    s.checkIn({ as: mentor.email, note: 'No counterpart named.', endsSupport: true }, at('2028-12-10T09:00:00Z'));
    expect(s.ended).toBe('not-ready');
    expect(s.state.checkIns[0]).toMatchObject({ endsSupport: true, readyToResume: false });
  });
});
