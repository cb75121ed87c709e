import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { ReportingCycle } from '../../../domain/cycle/reporting-cycle';
import { cycleInput, exampleReport, peru, secretariat } from '../../helpers/fixtures';

// What a reporting cycle asks to be e-mailed at the steps where the country needs to hear something, on a
// fixed clock: the call at opening, a moved deadline, and what the Working Group said on accepting.

const at = (iso: string) => DateTime.fromISO(iso, { zone: 'utc' });
const focalPoints = [peru.focalPoint.email, peru.deputy.email];
const open = () => ReportingCycle.open('reporting-cycle-PER-2027', cycleInput(2027), at('2027-01-15T08:00:00Z'));
const sent = (cycle: ReportingCycle, kind: string) => cycle.state.outbox.filter((e) => e.kind === kind);

describe('e-mails a country must not miss', () => {
  it('R13: the call for reports goes to the focal point and deputy, with the deadline and what is due', () => {
    const cycle = open();
    cycle.callForReports();
    const calls = sent(cycle, 'call-for-reports');
    expect(calls.map((e) => e.to.email)).toEqual(focalPoints);
    expect(calls[0]).toMatchObject({ dueAt: cycle.state.deadline, missing: ['progress-report', 'indicator-framework'], year: 2027 });
    expect(cycle.state.deadline).toBe('2027-04-30T21:59:59.000Z');
  });

  it('R13: a deadline the secretariat extends is told with the new deadline', () => {
    const cycle = open();
    cycle.extendDeadline(
      { as: secretariat.email, until: '2027-05-31T23:59:59+02:00', reason: 'national elections' },
      at('2027-04-20T10:00:00Z'),
    );
    const told = sent(cycle, 'deadline-extended');
    expect(told.map((e) => e.to.email)).toEqual(focalPoints);
    expect(told[0]).toMatchObject({ dueAt: '2027-05-31T21:59:59.000Z', extensionReason: 'national elections' });
  });

  it("R16, R17: the Working Group's comments on accepting reach the country with the publication", () => {
    const cycle = open();
    cycle.submitReport({ as: peru.focalPoint.email, report: exampleReport }, at('2027-04-20T10:00:00Z'));
    const guidance = { evidence: 'Next year, add the labour inspection survey.' };
    cycle.submitReview(
      { as: peru.reviewers[0]!.email, decision: 'accept', comments: 'A clear report; thank you.', guidance },
      at('2027-05-10T10:00:00Z'),
    );
    expect(sent(cycle, 'finalised')).toEqual([]);
    cycle.markPublished(at('2027-05-10T10:05:00Z'), 'https://example.org/pathfinders/PER/2027');
    const told = sent(cycle, 'finalised');
    expect(told.map((e) => e.to.email)).toEqual(focalPoints);
    expect(told[0]).toMatchObject({ comments: 'A clear report; thank you.', guidance, cc: [secretariat.email] });
  });
});

describe('reminders after the people change', () => {
  it('a deputy who changes language between two reminders gets the next one in the new language', () => {
    const cycle = open();
    cycle.advance(at('2027-04-01T00:00:00Z'));
    const first = sent(cycle, 'submission-reminder').filter((e) => e.to.email === peru.deputy.email);
    expect(first.length).toBeGreaterThan(0);
    const language = first.at(-1)!.to.language === 'fr' ? 'es' : 'fr';
    cycle.changeFocalPoints({ focalPoint: peru.focalPoint, deputy: { ...peru.deputy, language } }, at('2027-04-02T00:00:00Z'));
    cycle.advance(at('2027-04-29T23:00:00Z'));
    const later = sent(cycle, 'submission-reminder').filter((e) => e.to.email === peru.deputy.email);
    expect(later.length).toBeGreaterThan(first.length);
    expect(later.at(-1)!.to.language).toBe(language);
  });
});
