import { describe, expect, it } from 'vitest';
import { outcomeOf } from '../../../domain/cycle/report';
import { reviewLead, reviewRolesOf } from '../../../domain/cycle/review-lead';
import { shortfalls } from '../../../domain/r19/criteria';
import { forecast } from '../../../domain/r19/forecast';
import { compareFlags } from '../../../domain/r19/dry-run';
import type { Governance } from '../../../domain/shared/country';
import { fullOutcome, report, reviewer, secondReviewer, secretariat } from '../../helpers/fixtures';
import { reportSchema } from '../../../domain/cycle/report';

// Who leads the Working Group's review of a country, and R19 counting the WG's judgment of (c)–(e) rather
// than the country's own declaration: in the cycle's outcome, the forecast and the policy dry run alike.

const chair = { name: 'Ana Chair', email: 'ana.chair@wg.example.org', language: 'en' as const, zone: 'Europe/Zurich' };
const governance: Governance = {
  secretariat,
  gcm: [],
  workingGroup: { chair: chair.email, members: [chair, reviewer, secondReviewer] },
  reviewGroups: [{ year: 2027, lead: secondReviewer.email, members: [reviewer.email, secondReviewer.email], countries: ['NPL'] }],
};

describe('the review lead', () => {
  it('is the lead of the year’s review sub-group the country is assigned to', () => {
    expect(reviewLead(reviewRolesOf(governance, 'NPL', 2027), [reviewer, secondReviewer])?.email).toBe(secondReviewer.email);
  });
  it('else the Working Group’s chair, if assigned to review the country; else the first assigned reviewer', () => {
    expect(reviewLead(reviewRolesOf(governance, 'NPL', 2028), [reviewer, chair])?.email).toBe(chair.email);
    expect(reviewLead(reviewRolesOf(governance, 'PER', 2027), [reviewer, secondReviewer])?.email).toBe(reviewer.email);
    expect(reviewLead(undefined, [secondReviewer, reviewer])?.email).toBe(secondReviewer.email);
  });
});

describe('R19 counts the Working Group’s judgment', () => {
  const declaredUpdated = reportSchema().parse(report());
  const cycle = (signs?: { indicatorFrameworkUpdated: boolean; evidenceOfProgress: boolean; evidenceOfCollaboration: boolean }) => ({
    stage: 'finalised',
    submissions: [{ round: 1, late: false, report: declaredUpdated }],
    reviews: [{ round: 1, decision: 'accept' as const, ...(signs && { signs: { commentsAnswered: true, ...signs } }) }],
  });
  const judgedNotUpdated = { indicatorFrameworkUpdated: false, evidenceOfProgress: true, evidenceOfCollaboration: true };

  it('keeps the country’s declaration beside the WG’s judgment, and counts the judgment', () => {
    const outcome = outcomeOf(cycle(judgedNotUpdated));
    expect(outcome).toEqual({
      ...fullOutcome,
      indicatorFrameworkUpdated: false,
      declared: { indicatorFrameworkUpdated: true, evidenceOfProgress: true, evidenceOfCollaboration: true },
    });
    expect(shortfalls(outcome)).toEqual(['indicator-framework-not-updated']);
  });

  it('without a judgment (cycles begun before, or a lead who gave none) the declaration stands', () => {
    expect(outcomeOf(cycle())).toEqual(fullOutcome);
  });

  it('the forecast and the policy dry run see the same facts', () => {
    const facts = outcomeOf(cycle(judgedNotUpdated));
    const previous = { year: 2026, outcome: { ...fullOutcome, indicatorFrameworkUpdated: false } };
    expect(forecast(previous, { year: 2027, facts, ended: true }, 'same-criterion')).toEqual({
      risk: 'flagged',
      criteria: ['indicator-framework-not-updated'],
      toAvoid: ['indicator-framework-not-updated'],
    });
    const dryRun = compareFlags(
      [{ country: { code: 'NPL', name: 'Nepal' }, cycles: [previous, { year: 2027, outcome: facts }] }],
      { from: 2027, to: 2027 },
      'same-criterion',
    );
    expect(dryRun.rows[0]).toMatchObject({ year: 2027, would: ['indicator-framework-not-updated'] });
  });
});
