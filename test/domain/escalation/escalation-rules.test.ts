import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { Candidacy } from '../../../domain/candidacy/candidacy';
import { GcmEscalation, triedIn } from '../../../domain/escalation/gcm-escalation';
import type { DialogueArgs } from '../../../domain/escalation/args';
import { InvalidInputError, defaultPolicy } from '../../../domain/cycle/policy';
import { expressionOfInterestSchema } from '../../../domain/record/registry';
import { gcmMeeting, governance, peru } from '../../helpers/fixtures';

// The GCM's decision that a country is inactive (R22), and a change of focal point reaching an escalation
// or a candidacy already under way: plain state machines on a fixed clock.

const at = (iso: string) => DateTime.fromISO(iso, { zone: 'utc' });
const helena = governance.gcm[0]!.email;
const dialogue = { ...(JSON.parse(readFileSync(join(__dirname, '../../../examples/dialogue.json'), 'utf8')) as DialogueArgs), as: helena };
const sam = { name: 'Sam Okoro', email: 'sam.okoro@example.org', language: 'en' as const, zone: 'Africa/Lagos' };
const newFocalPoint = { name: 'Rosa Mamani', email: 'rosa.mamani@example.org', language: 'es' as const, zone: 'America/Lima' };
const inactive = {
  as: helena,
  decision: 'inactive' as const,
  reason: 'No coordination mechanism after a year of support',
  takenAt: gcmMeeting,
};

const escalation = () =>
  GcmEscalation.open(
    'gcm-escalation-PER-2028',
    {
      country: { code: 'PER', name: 'Peru' },
      focalPoints: [peru.focalPoint, peru.deputy],
      governance,
      year: 2028,
      criteria: ['no-report'],
    },
    at('2028-10-02T10:00:00Z'),
  );

const refusal = (act: () => void) => {
  try {
    act();
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidInputError);
    return (error as Error).message;
  }
  throw new Error('expected a refusal');
};

describe('R22: inactive only once dialogue and support have not worked', () => {
  it('R22: after a dialogue alone, the GCM may let the country resume but not declare it inactive', () => {
    const e = escalation();
    e.recordDialogue(dialogue, at('2028-10-20T10:00:00Z'));
    const before = JSON.stringify(e.state);
    expect(refusal(() => e.decide(inactive, at('2028-11-02T10:00:00Z')))).toBe(
      'invalid GCM decision: decision: a country is declared inactive only once dialogue and support have not worked: form a support sub-group first (R21, R22)',
    );
    expect(JSON.stringify(e.state)).toBe(before);
    e.decide({ ...inactive, decision: 'resumed', reason: 'A way forward is agreed' }, at('2028-11-02T10:00:00Z'));
    expect(e.state.stage).toBe('resumed');
  });

  it('R22: with support tried, inactivity may be declared, and what was tried is on record for the country', () => {
    const e = escalation();
    e.recordDialogue(dialogue, at('2028-10-20T10:00:00Z'));
    e.startSupport({ as: helena, mechanisms: ['II', 'IV'], members: [sam] }, at('2028-10-21T10:00:00Z'));
    e.decide(inactive, at('2029-10-02T10:00:00Z'));
    expect(e.state.stage).toBe('inactive');
    expect(triedIn(e.state)).toEqual({ dialogues: 1, support: { mechanisms: ['II', 'IV'], since: '2028-10-21T10:00:00.000Z' } });
  });
});

describe('a new focal point reaches what is under way', () => {
  it('R20: the escalation writes to the new focal point, who is told of the dialogue and the support', () => {
    const e = escalation();
    e.recordDialogue(dialogue, at('2028-10-20T10:00:00Z'));
    e.startSupport({ as: helena, mechanisms: ['I'], members: [sam] }, at('2028-10-21T10:00:00Z'));
    e.state.outbox.length = 0;
    e.changeFocalPoints({ focalPoint: newFocalPoint, deputy: peru.deputy }, at('2028-11-01T10:00:00Z'));
    expect(e.toCountry.at(-1)).toEqual({
      kind: 'escalationStep',
      message: { year: 2028, what: 'focal points now Rosa Mamani and Jean Moreau' },
    });
    expect(e.state.outbox.map((n) => [n.kind, n.to.email])).toEqual([
      ['dialogue-opened', newFocalPoint.email],
      ['support-started', newFocalPoint.email],
    ]);
    e.state.outbox.length = 0;
    expect(e.changeFocalPoints({ focalPoint: newFocalPoint, deputy: peru.deputy }, at('2028-11-02T10:00:00Z'))).toBeUndefined();
    e.decide({ ...inactive, decision: 'resumed', reason: 'Resumes' }, at('2028-12-01T10:00:00Z'));
    expect(e.state.outbox.map((n) => n.to.email)).toEqual([newFocalPoint.email, peru.deputy.email]);
  });

  it('R3, R4: the candidacy takes steps from the new focal point only, and sends them the invitation', () => {
    const eoi = expressionOfInterestSchema.parse(JSON.parse(readFileSync(join(__dirname, '../../../examples/candidacy/eoi.json'), 'utf8')));
    const c = Candidacy.open({ eoi, governance, policy: defaultPolicy() }, at('2027-01-12T10:00:00Z'));
    c.apply('acknowledge', { as: governance.secretariat.email, reviewers: peru.reviewers }, at('2027-01-13T10:00:00Z'));
    c.state.outbox.length = 0;
    c.changeFocalPoints({ focalPoint: newFocalPoint, deputy: eoi.deputy }, at('2027-02-01T10:00:00Z'));
    expect(c.state.outbox.map((n) => [n.kind, n.to.email])).toEqual([['candidacy-invitation', newFocalPoint.email]]);
    const timeline = { steps: [{ step: 'workshop', due: '2027-06-30' }] };
    expect(refusal(() => c.validate('timeline', { as: eoi.focalPoint.email, ...timeline }))).toMatch(
      /^invalid sender: as: valentina\.rojas@example\.org is not the focal point or deputy of CHL/,
    );
    c.apply('timeline', { as: newFocalPoint.email, ...timeline }, at('2027-02-02T10:00:00Z'));
    expect(c.state.timeline).toEqual(timeline.steps);
  });
});
