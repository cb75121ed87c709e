import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pathfinderCountry } from '../../workflows';
import * as country from '../../workflows/country/messages';
import { getReactivationQuery, verify } from '../../workflows/reactivation/messages';
import * as decisionMessages from '../../workflows/decision/messages';
import type { ReactivationArgs } from '../../domain/reactivation/args';
import type { reactivation as reactivationWorkflow } from '../../workflows/reactivation/workflow';
import { countryWorkflowId, decisionWorkflowId } from '../../domain/shared/workflow-ids';
import type { MailCatcher } from '../../scripts/mail-catcher';
import { gcmMeetingDecides, governance, peru } from '../helpers/fixtures';
import { startTimeSkipping } from '../helpers/temporal';
import { startStack, type RunningStack } from '../helpers/worker';
import { skipTo } from '../helpers/clock';
import { kindOf } from '../helpers/mail';
import { recordHistory } from '../helpers/record-history';
import { getJson } from '../../store/object-store';
import { keptRecordKey, type KeptRecord } from '../../activities/kept-records';
import type { ReactivationState } from '../../domain/reactivation/reactivation';

// R23 with the GCM as a body (DESIGN.md §7): the secretariat's verification makes the country active again,
// as the framework has it ("the GCM is informed"); the GCM then takes note of it, by silence procedure or at
// a meeting, and only then does the country's history say it did.

let env: TestWorkflowEnvironment;
let mail: MailCatcher;
let stack: RunningStack | undefined;
const taskQueue = 'reactivation';
const request = JSON.parse(
  readFileSync(join(__dirname, '../../examples/reactivation-request.json'), 'utf8'),
) as ReactivationArgs['request'];
const [helena, tomas] = governance.gcm.map((m) => m.email) as [string, string];
const secretariat = governance.secretariat.email;

beforeAll(async () => {
  stack = await startStack(startTimeSkipping, taskQueue);
  ({ env, mail } = stack);
});
afterAll(() => stack?.stop());

/** Peru's registry entry, inactive, under another country's name; its request filed and verified by the secretariat. */
async function reactivatedBySecretariat(code: string, name: string) {
  const record = await env.client.workflow.start(pathfinderCountry, {
    taskQueue,
    workflowId: countryWorkflowId(code),
    args: [{ country: { ...peru, code, name, status: 'inactive' }, governance }],
  });
  const filed = await record.executeUpdate(country.requestReactivation.update, { args: [{ as: peru.focalPoint.email, request }] });
  const reactivation = env.client.workflow.getHandle<typeof reactivationWorkflow>(filed.reactivations[0]!.workflowId);
  // The record keeps the letter only, so its state stays small; the report (up to 128 KB) is the request's run's.
  const onRecord = filed.reactivations[0]!.request;
  expect(Object.keys(onRecord)).toEqual(['letter']);
  expect(onRecord.letter.summary).toBe(request.letter.summary);
  const filedRequest = async () => (await reactivation.query(getReactivationQuery).catch(() => undefined))?.request;
  await expect.poll(async () => Object.keys((await filedRequest()) ?? {}).sort()).toEqual(['letter', 'report']);
  await reactivation.executeUpdate(verify.update, {
    args: [{ as: secretariat, verified: true, note: 'Evidence checked with the ILO office' }],
  });
  // Active again from the verification: the GCM's taking note does not hold the country back.
  await expect.poll(async () => (await record.query(country.getRecordQuery)).status, { timeout: 10_000 }).toBe('active');
  return { record, reactivation };
}

const history = async (code: string) =>
  (await env.client.workflow.getHandle(countryWorkflowId(code)).query(country.getRecordQuery)).history.map((h) => h.what);

describe('reactivation (R23)', () => {
  it('is verified by the secretariat, then the GCM takes note by silence procedure, and the history records when', async () => {
    const { reactivation } = await reactivatedBySecretariat('ECU', 'Ecuador');
    const id = decisionWorkflowId('gcm', 'reactivation', 'ECU', 1);
    expect(await reactivation.query(getReactivationQuery)).toMatchObject({ stage: 'reactivated', gcmNote: { decision: id } });

    // The question waits for its procedure; nothing yet says the GCM took note.
    const decision = env.client.workflow.getHandle(id);
    await expect
      .poll(async () => (await decision.query(decisionMessages.getDecisionQuery).catch(() => undefined))?.stage)
      .toBe('awaiting-procedure');
    const pending = await mail.waitFor(1, (m) => kindOf(m) === 'decision-pending' && m.headers['x-pathfinder-key']!.startsWith(`${id}/`));
    expect(pending[0]!.subject).toBe('Decision waiting: take note that Ecuador is active again, as the secretariat verified its request');
    expect((await history('ECU')).filter((h) => h.includes('took note'))).toEqual([]);

    const until = DateTime.fromMillis(await env.currentTimeMs(), { zone: 'Europe/Zurich' })
      .plus({ days: 7 })
      .toISODate()!;
    const { silence } = await decision.executeUpdate(decisionMessages.circulate.update, { args: [{ as: secretariat, until }] });
    await decision.executeUpdate(decisionMessages.answer.update, { args: [{ as: helena, answer: 'no-objection' }] });
    await expect.poll(async () => (await decision.query(decisionMessages.getDecisionQuery)).outbox, { timeout: 20_000 }).toEqual([]);
    expect(mail.messages.filter((m) => kindOf(m) === 'decision-taken' && m.headers['x-pathfinder-key']!.startsWith(`${id}/`))).toEqual([]);
    expect((await history('ECU')).filter((h) => h.includes('took note'))).toEqual([]);

    await skipTo(env, DateTime.fromISO(silence!.endsAt).plus({ hours: 1 }));
    await expect.poll(() => history('ECU'), { timeout: 10_000 }).toContain(`the GCM took note of the reactivation on ${until}`);
    const record = await env.client.workflow.getHandle(countryWorkflowId('ECU')).query(country.getRecordQuery);
    expect(record.history.at(-1)!.event).toEqual({
      kind: 'reactivationNoted',
      noted: true,
      on: until,
      how: 'silence-procedure',
      reasons: [],
    });
    expect(record.status).toBe('active');
    const ended = await reactivation.result();
    expect(ended).toMatchObject({ stage: 'reactivated', gcmNote: { decision: id, outcome: { result: 'adopted', decidedOn: until } } });
    // What the country filed outlives the run: its report and letter are kept in the records store as it ends.
    const filedIn = (await reactivation.describe()).startTime.getUTCFullYear();
    const kept = await getJson<KeptRecord<ReactivationState>>(
      stack!.stores.records,
      keptRecordKey('reactivations', filedIn, reactivation.workflowId),
    );
    expect(kept?.state).toEqual(ended);
    expect(kept?.state.request).toMatchObject(request);
    await recordHistory(env.client, reactivation.workflowId, 'reactivation-noted-by-gcm');
  });

  it('keeps what the GCM said when it does not take note, and the country stays active', async () => {
    const { reactivation } = await reactivatedBySecretariat('BOL', 'Bolivia');
    const reason = 'The letter to the Chair does not say how the roadmap changed';
    const heldOn = await gcmMeetingDecides(env.client, 'BOL', decisionWorkflowId('gcm', 'reactivation', 'BOL', 1), [
      { member: tomas, reason },
    ]);
    await expect
      .poll(() => history('BOL'), { timeout: 10_000 })
      .toContain(`the GCM did not take note of the reactivation on ${heldOn}: ${reason}`);
    expect(await reactivation.result()).toMatchObject({
      stage: 'reactivated',
      gcmNote: { outcome: { result: 'not-adopted', how: 'meeting' } },
    });
    expect((await env.client.workflow.getHandle(countryWorkflowId('BOL')).query(country.getRecordQuery)).status).toBe('active');
  });
});
