import { describe, expect, it } from 'vitest';
import { nextCycleYear } from '../../../domain/shared/calendar';
import { parsePolicy, type CyclePolicy } from '../../../domain/cycle/policy';
import { Reactivation } from '../../../domain/reactivation/reactivation';
import { at, expectRefusal, mailOf, recipients } from '../../helpers/rules';
import { deputy, focalPoint, gcmOfThree as gcm, governanceOfThree as governance, secretariat } from '../../helpers/fixtures';

// R23 as a reactivation request's run sees it: the secretariat verifies, the country and the GCM are told,
// and the country's record learns which cycle it takes part in next.

const request = {
  progressReport: 'Report 2029, filed with this request.',
  indicatorFramework: 'Framework updated in March 2029.',
  evidenceOfProgress: 'Kiln registry: 1,200 kilns inspected.',
  evidenceOfCollaboration: 'Referral protocol signed with India.',
  letter: { to: 'Alliance 8.7 Chair', summary: 'Nepal meets its obligations again.', roadmapChanges: 'Adds bonded labour in agriculture.' },
};
const open = () =>
  Reactivation.open('reactivation-NPL-1', {
    country: { code: 'NPL', name: 'Nepal' },
    focalPoints: [focalPoint, deputy],
    governance,
    request,
    by: focalPoint.email,
  });
const verification = { as: secretariat.email, verified: true, note: 'Evidence checked with the ILO country office' };

describe('a reactivation request (R23)', () => {
  it('asks the secretariat to verify it, and takes a verification from the secretariat only, once', () => {
    const r = open();
    expect(recipients(r.outbox)).toEqual([`reactivation-requested → ${secretariat.email}`]);
    expectRefusal(
      r.state,
      () => r.verify({ ...verification, as: focalPoint.email }, at('2029-06-03T10:00:00Z')),
      'as',
      /is not the secretariat/,
    );
    r.verify(verification, at('2029-06-03T10:00:00Z'));
    expectRefusal(r.state, () => r.verify(verification, at('2029-06-04T10:00:00Z')), 'stage', /already reactivated/);
  });

  it("since 1.1: the GCM, its Chair among its members, hears that the letter arrived; any of the secretariat's staff verifies", () => {
    const ines = { name: 'Inès Moreau', email: 'ines.moreau@example.org', language: 'fr' as const, zone: 'Europe/Zurich' };
    const r = Reactivation.open(
      'reactivation-NPL-1',
      {
        country: { code: 'NPL', name: 'Nepal' },
        focalPoints: [focalPoint, deputy],
        governance: { ...governance, staff: [ines] },
        request,
        by: focalPoint.email,
      },
      { tellGcm: true },
    );
    expect(recipients(r.outbox)).toEqual([
      `reactivation-requested → ${secretariat.email}`,
      ...gcm.map((m) => `reactivation-received → ${m.email}`),
    ]);
    expect(r.outbox.slice(1).every((n) => n.request?.letter.summary === request.letter.summary)).toBe(true);
    r.verify({ ...verification, as: ines.email }, at('2029-06-03T10:00:00Z'));
    expect(r.state.verification).toMatchObject({ by: ines.email, verified: true });
  });

  it('verified: tells the focal points (the secretariat in copy) and every GCM member, with the roadmap changes', () => {
    const r = open();
    const told = mailOf(
      () => r.outbox,
      () => r.verify(verification, at('2029-06-03T10:00:00Z')),
    );
    expect(recipients(told)).toEqual([focalPoint, deputy, ...gcm].map((p) => `country-reactivated → ${p.email}`));
    expect(told.map((n) => n.cc)).toEqual([[secretariat.email], [secretariat.email], [], [], []]);
    expect(told.every((n) => n.roadmapChanges === request.letter.roadmapChanges)).toBe(true);
    r.end(at('2029-06-03T10:00:00Z'));
    expect(r.toCountry).toEqual([
      {
        kind: 'reactivationClosed',
        message: { workflowId: 'reactivation-NPL-1', result: 'reactivated', note: verification.note, nextCycleYear: 2030 },
      },
    ]);
  });

  it('refused: tells the focal points why, and no one else', () => {
    const r = open();
    const told = mailOf(
      () => r.outbox,
      () => r.verify({ ...verification, verified: false, note: 'No framework attached' }, at('2029-06-03T10:00:00Z')),
    );
    expect(recipients(told)).toEqual([focalPoint, deputy].map((p) => `reactivation-refused → ${p.email}`));
    r.end(at('2029-06-03T10:00:00Z'));
    expect(r.toCountry).toMatchObject([{ kind: 'reactivationClosed', message: { result: 'refused', note: 'No framework attached' } }]);
  });

  it("takes part in this year's cycle if reactivated before the yearly opening (15 January, 09:00 Geneva time), else next year's", () => {
    expect(nextCycleYear(at('2030-01-15T07:59:00Z'))).toBe(2030);
    expect(nextCycleYear(at('2030-01-15T08:00:00Z'))).toBe(2031);
    expect(nextCycleYear(at('2030-12-31T23:30:00Z'))).toBe(2031); // already 2031 in Geneva
  });

  it('counts from the next year the policy in force opens: a reactivation on 20 January joins a year the policy opens on 1 February', () => {
    const opensInFebruary = parsePolicy({ yearlyOpening: { month: 2, day: 1, hour: 9 } });
    const ended = (policy?: CyclePolicy) => {
      const r = open();
      r.verify(verification, at('2030-01-20T10:00:00Z'));
      r.end(at('2030-01-20T10:00:00Z'), policy);
      return r.toCountry[0]!.kind === 'reactivationClosed' ? r.toCountry[0]!.message.nextCycleYear : undefined;
    };
    expect(ended(opensInFebruary)).toBe(2030);
    expect(ended()).toBe(2031); // the defaults' opening, 15 January, is past
  });
});
