import { setTimeout } from 'node:timers/promises';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { Worker } from '@temporalio/worker';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Actor } from '../../app/actor';
import { countryAuditTrail } from '../../app/audit';
import { countryRecord } from '../../app/countries';
import { openYear, submitReport, submitReview } from '../../app/cycles';
import { TASK_QUEUE } from '../../client/config';
import { defaultPolicy } from '../../domain/cycle/policy';
import type { CountryState } from '../../domain/record/country-record';
import { cycleCloseAt } from '../../domain/shared/calendar';
import { startMailCatcher, type MailCatcher } from '../../scripts/mail-catcher';
import { exampleReport, peru, registryImported } from '../helpers/fixtures';
import { skipTo, skipUntil, Y } from '../helpers/clock';
import { startTimeSkipping } from '../helpers/temporal';
import { testWorker } from '../helpers/worker';

// The dossier's audit trail over the years: a closed cycle's part comes from the record kept in the store,
// so the dossier neither has a worker replay every past run nor loses a year once its run has left Temporal.

let env: TestWorkflowEnvironment;
let mail: MailCatcher;
let worker: Worker;
let kept: Awaited<ReturnType<typeof testWorker>>['stores']['records'];
beforeAll(async () => {
  [env, mail] = await Promise.all([startTimeSkipping(), startMailCatcher()]);
  ({
    worker,
    stores: { records: kept },
  } = await testWorker(env, mail.smtpUrl, TASK_QUEUE));
});
afterAll(async () => {
  await env?.teardown();
  await mail?.close();
});

it("shows a closed cycle's tasks from its kept record, with no worker to answer for the run", { timeout: 120_000 }, async () => {
  const focalPoint: Actor = { email: peru.focalPoint.email, channel: 'portal-link' };
  const reviewer: Actor = { email: peru.reviewers[0]!.email, channel: 'portal-link' };
  let record: CountryState | undefined;
  await worker.runUntil(async () => {
    await registryImported(env.client, [peru]);
    await openYear(env.client, { year: Y, countries: ['PER'], now: new Date(await env.currentTimeMs()) });
    await submitReport(env.client, { country: 'PER', year: Y, report: exampleReport, actor: focalPoint });
    await submitReview(env.client, { country: 'PER', year: Y, decision: 'accept', comments: '', actor: reviewer });
    // The cycle closes with the year, tells the record, and its keeper puts the record in the store.
    await skipTo(env, cycleCloseAt(Y, defaultPolicy()).plus({ minutes: 1 }));
    await skipUntil(
      env,
      async () => ({ closed: (await countryRecord(env.client, 'PER')).cycles.length, kept: await kept.get(`PER/${Y}/cycle.json`) }),
      (seen) => seen.closed === 1 && seen.kept !== undefined,
      { latest: `${Y}-05-10T00:00:00Z` },
    );
    record = await countryRecord(env.client, 'PER');
  });

  // The worker has stopped: a query of the closed run would wait for one. The trail is read at once.
  const trail = await Promise.race([
    countryAuditTrail(env.client, kept, record!, new Date(`${Y}-06-01T00:00:00Z`)),
    setTimeout(15_000).then(() => Promise.reject(new Error('the audit trail waited for a worker to replay a closed run'))),
  ]);
  expect(trail.filter((e) => e.where.kind === 'cycle').map((e) => [e.where, e.task, e.as, e.outcome])).toEqual([
    [{ kind: 'cycle', year: Y }, 'submitReport', focalPoint.email, 'accepted'],
    [{ kind: 'cycle', year: Y }, 'submitReview', reviewer.email, 'accepted'],
  ]);
});
