import { WorkflowUpdateFailedError } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { pathfinderCountry } from '../../workflows';
import * as country from '../../workflows/country/messages';
import * as gcm from '../../workflows/escalation/messages';
import { circulate, getDecisionQuery } from '../../workflows/decision/messages';
import type { MailCatcher } from '../../scripts/mail-catcher';
import type { Governance } from '../../domain/shared/country';
import { countryWorkflowId, escalationWorkflowId, supportWorkflowId, escalationDecisionId } from '../../domain/shared/workflow-ids';
import {
  cycleClosedWithoutReport,
  exampleCountries,
  exampleRegistry,
  gcmMeetingDecides,
  gcmOpensDialogue,
  noOutcome,
  pastCyclesImported,
  twoCyclesWithoutReport,
} from '../helpers/fixtures';
import { DateTime } from 'luxon';
import { parsePolicy } from '../../domain/cycle/policy';
import { registryKeysFromEnv, signRegistryEntry } from '../../client/registry-signature';
import { startTimeSkipping } from '../helpers/temporal';
import { startStack, type RunningStack } from '../helpers/worker';
import { Y } from '../helpers/clock';
import { kindOf } from '../helpers/mail';
import { isCopy } from '../helpers/personal-links';
import { rejected } from '../helpers/updates';
import { recordHistory } from '../helpers/record-history';

// R21–R22 decided by the GCM as a body (issue 30): the support sub-group and the end of an escalation are
// proposed, put to the GCM as decisions of their own, and the country hears of them only once adopted.
let env: TestWorkflowEnvironment;
let mail: MailCatcher;
let stack: RunningStack | undefined;
const taskQueue = 'escalation-by-the-gcm';

beforeAll(async () => {
  stack = await startStack(startTimeSkipping, taskQueue);
  ({ env, mail } = stack);
});
afterAll(() => stack?.stop());

/** The registry's roles of 1.1: the secretariat's staff and the GCM's Chair. */
const roles: Governance = {
  secretariat: exampleRegistry.secretariat,
  staff: exampleRegistry.staff,
  gcm: exampleRegistry.gcm,
  gcmChair: exampleRegistry.gcmChair,
};
const [helena, tomas] = roles.gcm.map((m) => m.email) as [string, string];
const ines = roles.staff![0]!.email;
const sam = { name: 'Sam Okoro', email: 'sam.okoro@example.org', language: 'en' as const, zone: 'Africa/Lagos' };
const dialogue = {
  topics: ['compliance' as const],
  circumstances: 'A new ministry took over child labour in the spring',
  wayForward: { summary: 'Technical assistance on the indicator framework', supportNeeded: true },
};
/** The e-mails of a kind sent since `since` (each test's country has the same name: the test counts from its start). */
const sent = (since: number, k: string) => mail.messages.slice(since).filter((m) => kindOf(m) === k && !isCopy(m));

/** A country flagged after two cycles without a report, the GCM having opened a dialogue, and one recorded. */
async function inDialogue(code: string) {
  const entry = { ...exampleCountries[0]!, code };
  const record = await env.client.workflow.start(pathfinderCountry, {
    taskQueue,
    workflowId: countryWorkflowId(code),
    args: [{ country: entry, governance: roles }],
  });
  await twoCyclesWithoutReport(env.client, code, Y - 1, taskQueue);
  await expect.poll(async () => (await record.query(country.getRecordQuery)).escalations.length, { timeout: 20_000 }).toBe(1);
  await gcmOpensDialogue(env.client, code, Y - 1);
  const escalation = env.client.workflow.getHandle(escalationWorkflowId(code, Y - 1));
  await escalation.executeUpdate(gcm.recordDialogue.update, { args: [{ ...dialogue, as: helena }] });
  return { record, escalation };
}

it('R21–R22: support proposed and adopted by silence procedure; inactive refused while it runs; its mandate runs out; inactive adopted at a meeting, dated that day', async () => {
  const since = mail.messages.length;
  const { record, escalation } = await inDialogue('BOL');
  const query = () => escalation.query(gcm.getEscalationQuery);
  const entry = (await record.query(country.getRecordQuery)).country;
  const focalPoints = [entry.focalPoint.email, entry.deputy.email];

  // The secretariat's staff proposes the sub-group; nothing is formed, and no one outside the GCM hears of it.
  const proposed = await escalation.executeUpdate(gcm.proposeSupport.update, {
    args: [{ as: ines, mechanisms: ['II'], members: [sam], checkInEveryDays: 30, mandateMonths: 2 }],
  });
  const supportDecision = escalationDecisionId('support', 'BOL', Y - 1, 1);
  expect(proposed).toMatchObject({ stage: 'dialogue', proposals: [{ kind: 'support', decision: supportDecision, by: ines }] });
  expect(proposed.support).toBeUndefined();
  // One proposal at a time; and not inactive while no support has ended.
  expect(await rejected(escalation.executeUpdate(gcm.proposeEnd.update, { args: [{ as: tomas, decision: 'resumed', reason: 'x' }] }))).toBe(
    'invalid stage: stage: a proposal on this country is before the GCM; it decides on it before another is made',
  );
  // One member alone no longer forms a sub-group.
  expect(
    await rejected(escalation.executeUpdate(gcm.startSupport.update, { args: [{ as: helena, mechanisms: ['I'], members: [sam] }] })),
  ).toBe(
    'invalid stage: stage: the GCM decides this as a body: propose it (pathfinder gcm support, pathfinder gcm decide) and the GCM decides',
  );

  // The Chair circulates it under a silence procedure; no one objects by its end.
  const decision = env.client.workflow.getHandle(supportDecision);
  await expect
    .poll(
      () =>
        decision
          .query(getDecisionQuery)
          .then((d) => d.subject.kind)
          .catch(() => undefined),
      { timeout: 20_000 },
    )
    .toBe('support');
  const circulated = await decision.executeUpdate(circulate.update, { args: [{ as: helena }] });
  expect(circulated.stage).toBe('silence-procedure');
  await env.sleep('10 days');
  expect((await query()).stage).toBe('dialogue');
  expect(sent(since, 'support-started')).toEqual([]);
  await env.sleep('6 days');
  await expect.poll(async () => (await query()).stage, { timeout: 20_000 }).toBe('support');
  const formed = (await query()).support!;
  const silenceEnded = (await decision.query(getDecisionQuery)).outcome!;
  expect(silenceEnded).toMatchObject({ result: 'adopted', how: 'silence-procedure' });
  expect(formed).toMatchObject({
    mechanisms: ['II'],
    members: [expect.objectContaining({ email: sam.email })],
    formedBy: { decision: supportDecision, on: silenceEnded.decidedOn, how: 'silence-procedure' },
  });
  // The country hears of the sub-group now, once the GCM decided.
  await expect
    .poll(
      () =>
        sent(since, 'support-started')
          .flatMap((m) => m.to)
          .sort(),
      { timeout: 20_000 },
    )
    .toEqual([...focalPoints].sort());

  // R22: not inactive while the sub-group supports the country.
  expect(
    await rejected(escalation.executeUpdate(gcm.proposeEnd.update, { args: [{ as: tomas, decision: 'inactive', reason: 'No progress' }] })),
  ).toBe(
    "invalid GCM decision: decision: a country may be proposed inactive only once support has ended without it being ready: the sub-group's final check-in says so, or its mandate has run out (R21, R22)",
  );

  // Its two-month mandate runs out, the country not ready.
  await env.sleep('62 days');
  await expect.poll(async () => (await query()).support?.endedBecause, { timeout: 20_000 }).toBe('mandate');
  // (Its `result()` would let the time-skipping server run on, idle, for years.)
  expect((await env.client.workflow.getHandle(supportWorkflowId('BOL', Y - 1)).describe()).status.name).toBe('COMPLETED');
  // The GCM's members are asked to decide.
  await expect.poll(async () => (await query()).outbox.length, { timeout: 20_000 }).toBe(0);
  expect(
    sent(since, 'decision-needed')
      .flatMap((m) => m.to)
      .sort(),
  ).toEqual([helena, tomas].sort());

  // A GCM member proposes inactivity; the country is told nothing until the GCM's meeting decided it.
  const reason = 'No coordination mechanism after the support';
  await escalation.executeUpdate(gcm.proposeEnd.update, { args: [{ as: tomas, decision: 'inactive', reason }] });
  const inactiveDecision = escalationDecisionId('inactive', 'BOL', Y - 1, 1);
  await env.sleep('3 days');
  expect((await query()).stage).toBe('support');
  expect((await record.query(country.getRecordQuery)).status).toBe('active');
  expect(sent(since, 'country-inactive')).toEqual([]);
  const meetingDay = await gcmMeetingDecides(env.client, 'BOL', inactiveDecision);

  await expect.poll(async () => (await query()).stage, { timeout: 20_000 }).toBe('inactive');
  expect((await query()).decision).toMatchObject({
    decision: 'inactive',
    reason,
    by: 'the GCM',
    takenAt: { how: 'meeting', on: meetingDay, reference: inactiveDecision },
  });
  // The record reads how the escalation ended; the time-skipping server may leave one query unanswered (30 s).
  await expect.poll(async () => (await record.query(country.getRecordQuery)).status, { timeout: 70_000 }).toBe('inactive');
  await expect
    .poll(
      () =>
        sent(since, 'country-inactive')
          .flatMap((m) => m.to)
          .sort(),
      { timeout: 20_000 },
    )
    .toEqual([...focalPoints].sort());
  expect((await record.query(country.getRecordQuery)).history.map((h) => h.what)).toEqual(
    expect.arrayContaining([
      `GCM escalation ${Y - 1}: support sub-group's mandate ran out on ${formed.mandateEndsAt!.slice(0, 10)}`,
      `GCM escalation ${Y - 1}: GCM decision: inactive (${reason}), taken at the GCM meeting of ${meetingDay} (${inactiveDecision})`,
    ]),
  );
  await recordHistory(env.client, escalationWorkflowId('BOL', Y - 1), 'gcm-escalation-support-and-inactive-decided');
  await recordHistory(env.client, supportWorkflowId('BOL', Y - 1), 'support-mandate-ran-out');
}, 300_000);

it('R21–R22: a proposal the GCM does not adopt leaves the escalation in dialogue; a final check-in ends support; resuming, adopted, is told only then', async () => {
  const since = mail.messages.length;
  const { escalation } = await inDialogue('GTM');
  const query = () => escalation.query(gcm.getEscalationQuery);

  // A member objects at the meeting: not adopted, the country still in dialogue, and a new proposal may be made.
  await escalation.executeUpdate(gcm.proposeSupport.update, { args: [{ as: tomas, mechanisms: ['I'], members: [sam] }] });
  await gcmMeetingDecides(env.client, 'GTM', escalationDecisionId('support', 'GTM', Y - 1, 1), [
    { member: helena, reason: 'Peer learning alone will not do; propose technical assistance' },
  ]);
  await expect.poll(async () => (await query()).proposals?.[0]?.outcome?.result, { timeout: 20_000 }).toBe('not-adopted');
  expect(await query()).toMatchObject({
    stage: 'dialogue',
    proposals: [{ objections: ['Peer learning alone will not do; propose technical assistance'] }],
  });
  expect(sent(since, 'support-started')).toEqual([]);

  // The second proposal is adopted; the sub-group's final check-in ends its support, the country not ready.
  await escalation.executeUpdate(gcm.proposeSupport.update, { args: [{ as: tomas, mechanisms: ['II'], members: [sam] }] });
  await gcmMeetingDecides(env.client, 'GTM', escalationDecisionId('support', 'GTM', Y - 1, 2));
  await expect.poll(async () => (await query()).stage, { timeout: 20_000 }).toBe('support');
  expect((await query()).support!.mandateEndsAt).toBeDefined();
  const support = env.client.workflow.getHandle(supportWorkflowId('GTM', Y - 1));
  await expect
    .poll(
      () =>
        support.query(gcm.getSupportQuery).then(
          () => true,
          () => false,
        ),
      { timeout: 20_000 },
    )
    .toBe(true);
  await support.executeUpdate(gcm.checkIn.update, { args: [{ as: sam.email, note: 'The ministry did not take part', endsSupport: true }] });
  await expect.poll(async () => (await query()).support?.endedBecause, { timeout: 20_000 }).toBe('not-ready');

  // Resuming, adopted at a meeting: the country is told only then.
  const reason = 'The new ministry has named a focal team';
  await escalation.executeUpdate(gcm.proposeEnd.update, { args: [{ as: ines, decision: 'resumed', reason }] });
  expect((await query()).stage).toBe('support');
  expect(sent(since, 'escalation-resumed')).toEqual([]);
  await gcmMeetingDecides(env.client, 'GTM', escalationDecisionId('resume', 'GTM', Y - 1, 1));
  await expect.poll(async () => (await query()).stage, { timeout: 20_000 }).toBe('resumed');
  expect((await query()).decision).toMatchObject({ decision: 'resumed', reason, takenAt: { how: 'meeting' } });
  await expect.poll(() => sent(since, 'escalation-resumed').length, { timeout: 20_000 }).toBe(2);
  expect(sent(since, 'escalation-resumed')[0]!.text).toContain(reason);
}, 300_000);

it('follows the registry: a member who joined the GCM may propose once the roles are read again; the GCM decides by the policy of the flagged cycle', async () => {
  const code = 'ECU';
  const entry = { ...exampleCountries[0]!, code };
  const record = await env.client.workflow.start(pathfinderCountry, {
    taskQueue,
    workflowId: countryWorkflowId(code),
    args: [{ country: entry, governance: roles }],
  });
  // The cycle that raises the flag runs under a policy whose silence procedures last 5 days, not 14.
  await pastCyclesImported(env.client, code, [{ year: Y - 2, outcome: noOutcome }]);
  await cycleClosedWithoutReport(env.client, code, Y - 1, { taskQueue, policy: parsePolicy({ bodies: { silenceDays: 5 } }) });
  await expect.poll(async () => (await record.query(country.getRecordQuery)).escalations.length, { timeout: 20_000 }).toBe(1);
  await gcmOpensDialogue(env.client, code, Y - 1);
  const escalation = env.client.workflow.getHandle(escalationWorkflowId(code, Y - 1));
  await escalation.executeUpdate(gcm.recordDialogue.update, { args: [{ ...dialogue, as: helena }] });

  // Sam joins the GCM: the registry's import tells the country's record.
  const joined = { country: entry, governance: { ...roles, gcm: [...roles.gcm, sam] } };
  await record.signal(country.updateCountrySignal, { ...joined, signature: await signRegistryEntry(registryKeysFromEnv(), joined) });
  await expect.poll(async () => (await record.query(country.getRecordQuery)).governance.gcm.map((m) => m.email)).toContain(sam.email);
  const propose = () =>
    escalation.executeUpdate(gcm.proposeSupport.update, {
      args: [{ as: sam.email, mechanisms: ['I'], members: [sam], checkInEveryDays: 30 }],
    });
  // The escalation reads the registry's roles after each of its own steps, and at least daily (before 1.1 it
  // kept those of its start, and refused Sam for good).
  await env.sleep('25 hours');
  await expect
    .poll(
      () =>
        propose().then(
          (s) => s.proposals?.at(-1)?.by,
          (e: WorkflowUpdateFailedError) => e.cause?.message,
        ),
      { timeout: 20_000 },
    )
    .toBe(sam.email);

  // The GCM's Chair circulates it: the silence period is the flagged cycle's 5 days.
  const decision = env.client.workflow.getHandle(escalationDecisionId('support', code, Y - 1, 1));
  await expect
    .poll(
      () =>
        decision.query(getDecisionQuery).then(
          (d) => d.stage,
          () => undefined,
        ),
      { timeout: 20_000 },
    )
    .toBe('awaiting-procedure');
  const { silence } = await decision.executeUpdate(circulate.update, { args: [{ as: helena }] });
  const days = DateTime.fromISO(silence!.endsAt).diff(DateTime.fromISO(silence!.circulatedAt), 'days').days;
  expect(days).toBeGreaterThan(5);
  expect(days).toBeLessThanOrEqual(6);
}, 180_000);
