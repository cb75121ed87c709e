import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../../../domain/cycle/policy';
import { ReportingCycle } from '../../../domain/cycle/reporting-cycle';
import type { EmailRequest } from '../../../domain/cycle/state';
import { cycleTaskOf } from '../../../domain/cycle/tasks';
import { at, expectRefusal, letTimePass, localTime, mailOf, recipients } from '../../helpers/rules';
import { cycleInput, deputy, focalPoint, nepal, report, reviewer, secondReviewer, secretariat } from '../../helpers/fixtures';

// R13–R17 on the reporting cycle of Nepal for 2027, opened on 15 January at 09:00 in Geneva. The focal
// point reads the clock in Kathmandu (UTC+05:45), the deputy in New York, the reviewer in Geneva.

const openedAt = at('2027-01-15T09:00:00+01:00');
const deadlineUtc = '2027-04-30T21:59:59.000Z'; // 30 April 23:59:59 in Geneva (summer time)

/** A fresh input each time: tests change the reviewers. */
const nepalIn2027 = () => cycleInput(2027, { ...nepal, reviewers: [...nepal.reviewers] });

function open(input = nepalIn2027()) {
  return ReportingCycle.open('reporting-cycle-NPL-2027', input, openedAt);
}
const mailOfCycle = (cycle: ReportingCycle, act: () => unknown) => mailOf<EmailRequest>(() => cycle.state.outbox, act);
const submit = (cycle: ReportingCycle, when: string, as = focalPoint.email) => cycle.submitReport({ as, report: report() }, at(when));
const review = (
  cycle: ReportingCycle,
  when: string,
  decision: 'accept' | 'revise',
  comments = 'Say which survey wave the figures come from.',
) =>
  cycle.submitReview(
    {
      as: reviewer.email,
      decision,
      comments,
      guidance: { evidence: 'Cite the survey tables.', participation: 'Name the survivor groups consulted.' },
    },
    at(when),
  );
const revise = (cycle: ReportingCycle, when: string) => cycle.submitRevision({ as: deputy.email, report: report() }, at(when));

/** Each e-mail as "kind → recipient @ local time of the recipient". */
const timeline = (queued: { at: ReturnType<typeof at>; mail: EmailRequest }[]) =>
  queued.map(({ at: t, mail }) => `${mail.kind} → ${mail.to.email} @ ${localTime(t, mail.to.zone)}`);

describe('the report and its deadline (R13)', () => {
  it('R13: a cycle opened in January waits for the report until 30 April 23:59:59 in Geneva, and closes on 30 September', () => {
    const cycle = open();
    expect(cycle.state.stage).toBe('awaiting-submission');
    expect(cycle.state.deadline).toBe(deadlineUtc);
    expect(cycle.state.closesAt).toBe('2027-09-30T21:59:59.000Z');
  });

  it('R13: a cycle opened after the deadline is overdue from the start', () => {
    const cycle = ReportingCycle.open('reporting-cycle-NPL-2027', nepalIn2027(), at('2027-05-03T09:00:00+02:00'));
    expect(cycle.state.stage).toBe('overdue');
  });

  it("R13: reminders go 42, 14, 7 and 1 days before the deadline to the focal point and deputy, at 09:00 on a working day in each one's zone", () => {
    const cycle = open();
    const reminders = letTimePass(cycle, at(deadlineUtc)).filter(({ mail }) => mail.kind === 'submission-reminder');
    // In Kathmandu the deadline falls early on 1 May, so the days count back from there; Saturdays move to Friday.
    expect(timeline(reminders.filter(({ mail }) => mail.to.email === focalPoint.email))).toEqual([
      `submission-reminder → ${focalPoint.email} @ 2027-03-19T09:00+05:45`,
      `submission-reminder → ${focalPoint.email} @ 2027-04-16T09:00+05:45`,
      `submission-reminder → ${focalPoint.email} @ 2027-04-23T09:00+05:45`,
      `submission-reminder → ${focalPoint.email} @ 2027-04-30T09:00+05:45`,
    ]);
    expect(timeline(reminders.filter(({ mail }) => mail.to.email === deputy.email))).toEqual([
      `submission-reminder → ${deputy.email} @ 2027-03-19T09:00-04:00`,
      `submission-reminder → ${deputy.email} @ 2027-04-16T09:00-04:00`,
      `submission-reminder → ${deputy.email} @ 2027-04-23T09:00-04:00`,
      `submission-reminder → ${deputy.email} @ 2027-04-29T09:00-04:00`,
    ]);
    for (const { mail } of reminders)
      expect(mail).toMatchObject({ dueAt: deadlineUtc, cc: [], missing: ['progress-report', 'indicator-framework'] });
  });

  it('R13: after the deadline the cycle is overdue, and weekly reminders go out with the secretariat in copy', () => {
    const cycle = open();
    const overdue = letTimePass(cycle, at('2027-05-18T00:00:00Z')).filter(({ mail }) => mail.kind === 'submission-overdue');
    expect(cycle.state.stage).toBe('overdue');
    expect(timeline(overdue)).toEqual([
      `submission-overdue → ${deputy.email} @ 2027-05-07T09:00-04:00`,
      `submission-overdue → ${focalPoint.email} @ 2027-05-10T09:00+05:45`, // 8 May is a Saturday in Kathmandu
      `submission-overdue → ${deputy.email} @ 2027-05-14T09:00-04:00`,
      `submission-overdue → ${focalPoint.email} @ 2027-05-17T09:00+05:45`,
    ]);
    for (const { mail } of overdue) expect(mail.cc).toEqual([secretariat.email]);
  });

  it('R13: a report after the deadline is still taken, marked late', () => {
    const cycle = open();
    letTimePass(cycle, at('2027-06-02T00:00:00Z'));
    submit(cycle, '2027-06-02T10:00:00Z');
    expect(cycle.state.stage).toBe('in-review');
    expect(cycle.state.submissions[0]).toMatchObject({ kind: 'report', round: 1, late: true });
  });

  it('R13: a cycle without a report closes on 30 September without one, and then takes none', () => {
    const cycle = open();
    letTimePass(cycle, at('2027-10-01T00:00:00Z'));
    expect(cycle.state.stage).toBe('closed-without-report');
    expect(cycle.nextWakeAt()).toBeUndefined();
    expectRefusal(cycle.state, () => submit(cycle, '2027-10-02T10:00:00Z'), 'stage', /closed-without-report; a report is not taken now/);
  });

  it('R13: only the focal point or the deputy submits the report', () => {
    const cycle = open();
    expectRefusal(
      cycle.state,
      () => submit(cycle, '2027-04-20T10:00:00Z', reviewer.email),
      'as',
      /is not the focal point or deputy of NPL/,
    );
    submit(cycle, '2027-04-20T10:00:00Z', deputy.email);
    expect(cycle.state.submissions[0]).toMatchObject({ by: deputy.email, late: false });
  });

  it('R13: a second report while the first is in review is refused', () => {
    const cycle = open();
    submit(cycle, '2027-04-20T10:00:00Z');
    expectRefusal(
      cycle.state,
      () => submit(cycle, '2027-04-21T10:00:00Z', deputy.email),
      'stage',
      /in-review \(a report was received on 2027-04-20/,
    );
  });
});

describe('moving the deadline (R13)', () => {
  const extend = (cycle: ReportingCycle, args: Record<string, unknown>, when = '2027-04-25T10:00:00Z') =>
    cycle.extendDeadline({ as: secretariat.email, until: '2027-05-31T23:59:59+02:00', reason: 'national elections', ...args }, at(when));

  it('R13: the secretariat moves the deadline with a recorded reason; both focal points are told, and reminders follow the new date', () => {
    const cycle = open();
    letTimePass(cycle, at('2027-04-25T10:00:00Z'));
    expect(recipients(mailOfCycle(cycle, () => extend(cycle, {})))).toEqual([
      `deadline-extended → ${focalPoint.email}`,
      `deadline-extended → ${deputy.email}`,
    ]);
    expect(cycle.state.deadline).toBe('2027-05-31T21:59:59.000Z');
    expect(cycle.state.extensions).toEqual([
      {
        from: deadlineUtc,
        to: '2027-05-31T21:59:59.000Z',
        reason: 'national elections',
        by: secretariat.email,
        at: '2027-04-25T10:00:00.000Z',
      },
    ]);

    const after = letTimePass(cycle, at('2027-05-31T21:59:59Z'));
    expect(cycle.state.stage).toBe('awaiting-submission'); // not overdue on 1 May any more
    const toFocalPoint = after.filter(({ mail }) => mail.to.email === focalPoint.email);
    expect(timeline(toFocalPoint)).toEqual([
      `submission-reminder → ${focalPoint.email} @ 2027-05-18T09:00+05:45`,
      `submission-reminder → ${focalPoint.email} @ 2027-05-25T09:00+05:45`,
      `submission-reminder → ${focalPoint.email} @ 2027-05-31T09:00+05:45`,
    ]);
    for (const { mail } of toFocalPoint) expect(mail.dueAt).toBe('2027-05-31T21:59:59.000Z');
  });

  it('R13: only the secretariat extends, with a reason, to a later date before the cycle closes', () => {
    const cycle = open();
    expectRefusal(cycle.state, () => extend(cycle, { as: focalPoint.email }), 'as', /is not the secretariat/);
    expectRefusal(cycle.state, () => extend(cycle, { reason: ' ' }), 'reason', /is required/);
    expectRefusal(cycle.state, () => extend(cycle, { until: '2027-04-15T23:59:59+02:00' }), 'until', /later than the current deadline/);
    expectRefusal(cycle.state, () => extend(cycle, { until: '2027-10-15T23:59:59+02:00' }), 'until', /before the cycle closes/);
  });

  it("R13: a focal point's first request for up to 14 days is granted at once, to the end of that day in Geneva", () => {
    const cycle = open();
    const mail = mailOfCycle(cycle, () =>
      cycle.requestExtension({ as: focalPoint.email, days: 10, reason: 'floods in the south' }, at('2027-04-28T10:00:00Z')),
    );
    expect(cycle.state.deadline).toBe('2027-05-10T21:59:59.000Z');
    expect(recipients(mail)).toEqual([`extension-granted → ${focalPoint.email}`, `extension-granted → ${deputy.email}`]);
    for (const m of mail) expect(m.cc).toEqual([secretariat.email]);
  });

  it('R13: a second request waits for the secretariat, who may refuse it only with a note for the country', () => {
    const cycle = open();
    cycle.requestExtension({ as: focalPoint.email, days: 10, reason: 'floods in the south' }, at('2027-04-28T10:00:00Z'));
    const asked = mailOfCycle(cycle, () =>
      cycle.requestExtension({ as: deputy.email, days: 5, reason: 'translation' }, at('2027-05-08T10:00:00Z')),
    );
    expect(recipients(asked)).toEqual([`extension-requested → ${secretariat.email}`]);
    expect(cycle.state.deadline).toBe('2027-05-10T21:59:59.000Z');
    expectRefusal(
      cycle.state,
      () => cycle.requestExtension({ as: focalPoint.email, days: 3, reason: 'again' }, at('2027-05-08T11:00:00Z')),
      'days',
      /awaits the secretariat's decision/,
    );

    const decide = (args: Record<string, unknown>) =>
      cycle.decideExtension({ as: secretariat.email, decision: 'refuse', ...args }, at('2027-05-09T10:00:00Z'));
    expectRefusal(cycle.state, () => decide({}), 'note', /required when refusing/);
    expectRefusal(cycle.state, () => decide({ as: focalPoint.email, note: 'no' }), 'as', /is not the secretariat/);
    const refused = mailOfCycle(cycle, () => decide({ note: 'The deadline already moved once.' }));
    expect(recipients(refused)).toEqual([`extension-refused → ${focalPoint.email}`, `extension-refused → ${deputy.email}`]);
    expect(cycle.state.deadline).toBe('2027-05-10T21:59:59.000Z');
  });

  it('R13: a first request for more than 14 days is left to the secretariat, who may grant it', () => {
    const cycle = open();
    cycle.requestExtension({ as: focalPoint.email, days: 30, reason: 'cabinet reshuffle' }, at('2027-04-20T10:00:00Z'));
    expect(cycle.state.deadline).toBe(deadlineUtc);
    const granted = mailOfCycle(cycle, () =>
      cycle.decideExtension({ as: secretariat.email, decision: 'grant' }, at('2027-04-22T10:00:00Z')),
    );
    expect(cycle.state.deadline).toBe('2027-05-30T21:59:59.000Z'); // 30 days after 30 April
    expect(recipients(granted)).toEqual([`extension-granted → ${focalPoint.email}`, `extension-granted → ${deputy.email}`]);
  });
});

describe('the content of the report (R15)', () => {
  const cycle = open();
  const submitting = (changes: Record<string, unknown>) => () =>
    cycle.submitReport({ as: focalPoint.email, report: report(changes) }, at('2027-04-20T10:00:00Z'));

  it('R15: a report must give progress against at least one roadmap objective', () => {
    expectRefusal(cycle.state, submitting({ progress: [] }), 'report.progress', /needs at least one roadmap objective/);
  });

  it('R15: a report must name the national coordination mechanism it was prepared through', () => {
    expectRefusal(cycle.state, submitting({ preparedThrough: '' }), 'report.preparedThrough', /is required/);
  });

  it('R15: evidence of progress must be of a kind the framework names', () => {
    expectRefusal(
      cycle.state,
      submitting({ evidence: [{ kind: 'rumour', description: 'heard in the market' }] }),
      'report.evidence.0.kind',
      /expected one of "evaluation"\|"survey"\|"case-study"\|"focus-group"\|"interview"\|"empirical-data"\|"third-party"/,
    );
  });

  it('R15: stakeholder participation is asked by national and international group', () => {
    expectRefusal(
      cycle.state,
      submitting({ stakeholderParticipation: { national: [{ group: 'journalists', description: 'x' }] } }),
      'report.stakeholderParticipation.national.0.group',
      /expected one of "government"\|"employers"\|"workers"\|"survivors"\|"civil-society"\|"private-sector"\|"academia"/,
    );
  });

  it('R13: the updated indicator framework comes with the report', () => {
    expectRefusal(
      cycle.state,
      submitting({ indicatorFramework: { updated: true, indicators: [] } }),
      'report.indicatorFramework.indicators',
      /needs at least one indicator/,
    );
  });

  it('R15: the cycle records what the report shows: framework updated or not, evidence of progress, of collaboration', () => {
    const plain = open();
    plain.submitReport(
      {
        as: focalPoint.email,
        report: report({
          evidence: [],
          collaboration: [],
          indicatorFramework: { updated: false, indicators: [{ code: '8.7.1', name: 'Children in child labour (%)' }] },
        }),
      },
      at('2027-04-20T10:00:00Z'),
    );
    expect(plain.outcome()).toMatchObject({
      reportSubmitted: true,
      indicatorFrameworkUpdated: false,
      evidenceOfProgress: false,
      evidenceOfCollaboration: false,
    });
    const full = open();
    submit(full, '2027-04-20T10:00:00Z');
    expect(full.outcome()).toMatchObject({
      reportSubmitted: true,
      indicatorFrameworkUpdated: true,
      evidenceOfProgress: true,
      evidenceOfCollaboration: true,
    });
  });
});

describe('Working Group review and revision (R16)', () => {
  const twoReviewers = () => {
    const input = nepalIn2027();
    input.country.reviewers = [reviewer, secondReviewer];
    return open(input);
  };

  it('R16: a report asks each assigned reviewer for a review within 30 days, and tells both focal points it arrived', () => {
    const cycle = twoReviewers();
    const mail = mailOfCycle(cycle, () => submit(cycle, '2027-04-12T10:00:00Z'));
    expect(recipients(mail)).toEqual([
      `review-request → ${reviewer.email}`,
      `review-request → ${secondReviewer.email}`,
      `submission-received → ${focalPoint.email}`,
      `submission-received → ${deputy.email}`,
    ]);
    expect(mail.filter((m) => m.kind === 'review-request').map((m) => m.dueAt)).toEqual([
      '2027-05-12T10:00:00.000Z',
      '2027-05-12T10:00:00.000Z',
    ]);
    expect(cycle.state).toMatchObject({ stage: 'in-review', round: 1, windowEndsAt: '2027-05-12T10:00:00.000Z' });
  });

  it('R16: only an assigned reviewer reviews, and nobody is made reviewer of their own country', () => {
    const cycle = open();
    submit(cycle, '2027-04-12T10:00:00Z');
    expectRefusal(
      cycle.state,
      () => cycle.submitReview({ as: focalPoint.email, decision: 'accept' }, at('2027-04-13T10:00:00Z')),
      'as',
      /is not a reviewer assigned to NPL 2027/,
    );
    expectRefusal(
      cycle.state,
      () => cycle.reassignReviewers({ as: secretariat.email, reviewers: [deputy] }),
      'reviewers',
      /nobody reviews their own report/,
    );
  });

  it('R16: reminders stop once the report is in; the reviewer is reminded 7 days before the window ends, then weekly with the secretariat in copy', () => {
    const cycle = open();
    letTimePass(cycle, at('2027-04-12T10:00:00Z'));
    submit(cycle, '2027-04-12T10:00:00Z'); // a Monday; the window ends on Wednesday 12 May
    const queued = letTimePass(cycle, at('2027-05-20T00:00:00Z'));
    expect(queued.some(({ mail }) => mail.kind.startsWith('submission-'))).toBe(false);
    expect(timeline(queued)).toEqual([
      `review-reminder → ${reviewer.email} @ 2027-05-05T09:00+02:00`,
      `review-overdue → ${reviewer.email} @ 2027-05-19T09:00+02:00`,
    ]);
    expect(queued.map(({ mail }) => mail.cc)).toEqual([[], [secretariat.email]]);
  });

  it("R16: a revise decision opens a revision window of the policy's days, and sends the comments and guidance on evidence and participation to both focal points", () => {
    const input = nepalIn2027();
    input.policy = parsePolicy({ revision: { days: 45, remindDaysBeforeEnd: [7, 1], overdueEveryDays: 7 } });
    const cycle = open(input);
    submit(cycle, '2027-04-12T10:00:00Z');
    const mail = mailOfCycle(cycle, () => review(cycle, '2027-04-20T08:00:00Z', 'revise'));
    expect(cycle.state).toMatchObject({ stage: 'awaiting-revision', windowEndsAt: '2027-06-04T08:00:00.000Z' });
    expect(recipients(mail)).toEqual([`feedback → ${focalPoint.email}`, `feedback → ${deputy.email}`]);
    for (const m of mail) {
      expect(m).toMatchObject({ dueAt: '2027-06-04T08:00:00.000Z', comments: 'Say which survey wave the figures come from.', round: 1 });
      expect(m.guidance).toEqual({ evidence: 'Cite the survey tables.', participation: 'Name the survivor groups consulted.' });
    }
  });

  it('R16: asking for a revision without comments is refused', () => {
    const cycle = open();
    submit(cycle, '2027-04-12T10:00:00Z');
    expectRefusal(
      cycle.state,
      () => review(cycle, '2027-04-20T08:00:00Z', 'revise', ''),
      'comments',
      /required when asking for a revision/,
    );
  });

  it('R16: a revision is taken only after feedback, and goes back to the reviewers as round 2', () => {
    const cycle = open();
    submit(cycle, '2027-04-12T10:00:00Z');
    expectRefusal(cycle.state, () => revise(cycle, '2027-04-14T10:00:00Z'), 'stage', /a revision is not taken now/);
    review(cycle, '2027-04-20T08:00:00Z', 'revise');
    const mail = mailOfCycle(cycle, () => revise(cycle, '2027-05-03T10:00:00Z'));
    expect(cycle.state).toMatchObject({ stage: 'in-review', round: 2, windowEndsAt: '2027-06-02T10:00:00.000Z' });
    expect(cycle.state.submissions.map((s) => [s.kind, s.round, s.late])).toEqual([
      ['report', 1, false],
      ['revision', 2, false],
    ]);
    expect(recipients(mail)).toEqual([
      `review-request → ${reviewer.email}`,
      `submission-received → ${focalPoint.email}`,
      `submission-received → ${deputy.email}`,
    ]);
  });

  it('R16: the country is reminded of a revision 7 and 1 days before its window ends, then weekly', () => {
    const cycle = open();
    submit(cycle, '2027-04-12T10:00:00Z');
    review(cycle, '2027-04-20T08:00:00Z', 'revise'); // the window ends on Thursday 20 May
    const queued = letTimePass(cycle, at('2027-05-28T00:00:00Z'));
    expect(timeline(queued.filter(({ mail }) => mail.to.email === focalPoint.email))).toEqual([
      `revision-reminder → ${focalPoint.email} @ 2027-05-13T09:00+05:45`,
      `revision-reminder → ${focalPoint.email} @ 2027-05-19T09:00+05:45`,
      `revision-overdue → ${focalPoint.email} @ 2027-05-27T09:00+05:45`,
    ]);
    expect(queued.every(({ mail }) => mail.dueAt === '2027-05-20T08:00:00.000Z')).toBe(true);
  });

  it('R16: a revision after its window is still taken, marked late', () => {
    const cycle = open();
    submit(cycle, '2027-04-12T10:00:00Z');
    review(cycle, '2027-04-20T08:00:00Z', 'revise');
    revise(cycle, '2027-06-01T10:00:00Z');
    expect(cycle.state.submissions[1]).toMatchObject({ kind: 'revision', late: true });
  });

  it('R16: round 3 is the last: the reviewer may accept it, but not ask for another revision', () => {
    const cycle = open();
    submit(cycle, '2027-04-12T10:00:00Z');
    review(cycle, '2027-04-20T08:00:00Z', 'revise');
    revise(cycle, '2027-05-03T10:00:00Z');
    review(cycle, '2027-05-10T08:00:00Z', 'revise');
    revise(cycle, '2027-05-24T10:00:00Z');
    expect(cycle.state.round).toBe(3);
    expectRefusal(cycle.state, () => review(cycle, '2027-06-01T08:00:00Z', 'revise'), 'decision', /round 3 is the last review round/);
    review(cycle, '2027-06-01T08:00:00Z', 'accept');
    expect(cycle.state.stage).toBe('finalised');
  });

  it('R16: a report still not accepted when the cycle closes ends the cycle without finalisation', () => {
    const cycle = open();
    submit(cycle, '2027-04-12T10:00:00Z');
    review(cycle, '2027-04-20T08:00:00Z', 'revise');
    letTimePass(cycle, at('2027-10-01T00:00:00Z'));
    expect(cycle.state.stage).toBe('closed-without-finalisation');
    expectRefusal(cycle.state, () => revise(cycle, '2027-10-02T10:00:00Z'), 'stage', /closed-without-finalisation/);
  });
});

describe('a revision window open at the close (R19 b)', () => {
  it('R19: a revision asked on 25 September keeps its 30 days; a revision sent in them answers the comments', () => {
    const cycle = open();
    submit(cycle, '2027-04-12T10:00:00Z');
    review(cycle, '2027-09-25T08:00:00Z', 'revise');
    letTimePass(cycle, at('2027-10-05T00:00:00Z'));
    expect(cycle.state.stage).toBe('awaiting-revision'); // past the close, still in its window (until 25 October)
    revise(cycle, '2027-10-10T10:00:00Z');
    letTimePass(cycle, at('2027-10-10T10:00:01Z'));
    expect(cycle.state.stage).toBe('closed-without-finalisation');
    expect(cycle.close()).toMatchObject({ reportSubmitted: true, finalised: false, commentsUnanswered: false });
  });

  it('R19: comments still unanswered when their window ends count, and the cycle closes then', () => {
    const cycle = open();
    submit(cycle, '2027-04-12T10:00:00Z');
    review(cycle, '2027-09-25T08:00:00Z', 'revise');
    expect(cycle.nextWakeAt()!.toISO()).not.toBe(cycle.state.closesAt); // nothing happens at the close itself
    letTimePass(cycle, at('2027-10-25T07:59:59Z'));
    expect(cycle.state.stage).toBe('awaiting-revision');
    letTimePass(cycle, at('2027-10-25T08:00:01Z'));
    expect(cycle.state.stage).toBe('closed-without-finalisation');
    expect(cycle.close()).toMatchObject({ commentsUnanswered: true });
  });

  it('R19: a cycle begun before 1.1 closes on the day, as it did', () => {
    const cycle = ReportingCycle.open('reporting-cycle-NPL-2027', nepalIn2027(), openedAt, { revisionOutlivesClose: false });
    submit(cycle, '2027-04-12T10:00:00Z');
    review(cycle, '2027-09-25T08:00:00Z', 'revise');
    letTimePass(cycle, at('2027-10-01T00:00:00Z'));
    expect(cycle.state.stage).toBe('closed-without-finalisation');
  });
});

describe('finalisation and publication (R17)', () => {
  it('R17: an accepted report is final; once published, both focal points are told where, with the secretariat in copy', () => {
    const cycle = open();
    submit(cycle, '2027-04-12T10:00:00Z');
    review(cycle, '2027-04-20T08:00:00Z', 'accept');
    expect(cycle.state.stage).toBe('finalised');
    expect(cycle.terminal).toBe(true);
    const location = 'https://portal.example.org/reports/NPL/2027';
    const told = mailOfCycle(cycle, () => cycle.markPublished(at('2027-04-20T08:05:00Z'), location)).filter((m) => m.kind === 'finalised');
    expect(recipients(told)).toEqual([`finalised → ${focalPoint.email}`, `finalised → ${deputy.email}`]);
    for (const m of told) expect(m).toMatchObject({ cc: [secretariat.email], publishedLocation: location });
    expect(cycle.state).toMatchObject({ publishedAt: '2027-04-20T08:05:00.000Z', publishedLocation: location });
  });

  it('R17: a final report takes no more reviews or revisions, and time changes nothing', () => {
    const cycle = open();
    submit(cycle, '2027-04-12T10:00:00Z');
    review(cycle, '2027-04-20T08:00:00Z', 'accept');
    expectRefusal(cycle.state, () => review(cycle, '2027-04-21T08:00:00Z', 'revise'), 'stage', /finalised; a review is not taken now/);
    expectRefusal(cycle.state, () => revise(cycle, '2027-04-21T08:00:00Z'), 'stage', /finalised; a revision is not taken now/);
    expect(cycle.nextWakeAt()).toBeUndefined();
    cycle.advance(at('2027-10-01T00:00:00Z'));
    expect(cycle.state.stage).toBe('finalised');
  });
});

describe('a country that is no longer active (R2)', () => {
  it('R2: the cycle of a country declared inactive is suspended: e-mails not yet sent are dropped, nothing more is taken or sent', () => {
    const cycle = open();
    cycle.advance(at('2027-03-19T09:00:00-04:00')); // the deputy's first reminder is queued
    expect(cycle.state.outbox.length).toBeGreaterThan(0);
    cycle.suspend();
    expect(cycle.state.stage).toBe('suspended');
    expect(cycle.state.outbox).toEqual([]);
    expect(cycle.nextWakeAt()).toBeUndefined();
    expectRefusal(cycle.state, () => submit(cycle, '2027-04-20T10:00:00Z'), 'stage', /suspended/);
    expect(mailOfCycle(cycle, () => cycle.advance(at('2027-05-20T00:00:00Z')))).toEqual([]);
  });
});

describe('what the cycle asks of whom (R13, R16)', () => {
  it('R16: the task a person is shown is the one the cycle takes from them, at each stage', () => {
    const cycle = open();
    const asked = () => [focalPoint, deputy, reviewer].map((p) => cycleTaskOf(cycle.state, p.email) ?? '-');
    const takes = () =>
      [(a: unknown) => cycle.validateSubmitReport(a), (a: unknown) => cycle.validateSubmitRevision(a)].map((check) => {
        try {
          check({ as: focalPoint.email, report: report() });
          return true;
        } catch {
          return false;
        }
      });
    expect([asked(), takes()]).toEqual([
      ['report', 'report', '-'],
      [true, false],
    ]);
    submit(cycle, '2027-04-12T10:00:00Z');
    expect([asked(), takes()]).toEqual([
      ['-', '-', 'review'],
      [false, false],
    ]);
    review(cycle, '2027-04-20T08:00:00Z', 'revise');
    expect([asked(), takes()]).toEqual([
      ['revision', 'revision', '-'],
      [false, true],
    ]);
    revise(cycle, '2027-05-02T08:00:00Z');
    review(cycle, '2027-05-10T08:00:00Z', 'accept');
    expect([asked(), takes()]).toEqual([
      ['-', '-', '-'],
      [false, false],
    ]);
  });
});
