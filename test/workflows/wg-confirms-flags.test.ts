import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { Worker } from '@temporalio/worker';
import { WorkflowNotFoundError } from '@temporalio/client';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { reviewFlag, signOffReport } from '../../workflows/annual-cycle/messages';
import { getRecordQuery, wgFlagReviewedSignal } from '../../workflows/country/messages';
import { getDecisionQuery } from '../../workflows/decision/messages';
import type { MailCatcher } from '../../scripts/mail-catcher';
import { exampleCountries, exampleRegistry } from '../helpers/fixtures';
import { yearOpenedAfterAYearWithoutReport } from '../helpers/wg-report';
import { governanceOf } from '../../domain/record/registry';
import { flagStatus, type CountryState } from '../../domain/record/country-record';
import { startTimeSkippingStack } from '../helpers/worker';
import { countryWorkflowId, decisionWorkflowId, escalationWorkflowId } from '../../domain/shared/workflow-ids';
import { skipTo, Y } from '../helpers/clock';
import { recordHistory } from '../helpers/record-history';
import { kindOf } from '../helpers/mail';

// Peru and Nigeria send no report two years running: at the close R19 proposes a flag of each, and their
// records wait for the Working Group. The WG withdraws Peru's flag and confirms Nigeria's in its report; only
// once its chair has signed it off does Nigeria's record raise the flag to the GCM (which is asked whether to
// open a dialogue), while Peru's keeps its flag as withdrawn, with the WG's reason, and no escalation starts.
let env: TestWorkflowEnvironment;
let mail: MailCatcher;
let worker: Worker;
const taskQueue = 'wg-confirms-flags';
let stop: (() => Promise<void>) | undefined;
beforeAll(async () => {
  ({ env, mail, worker, stop } = await startTimeSkippingStack(taskQueue));
});
afterAll(() => stop?.());

const governance = governanceOf(exampleRegistry);
const [chair, member] = exampleRegistry.workingGroup!.members;
const countries = exampleCountries.filter((c) => c.code === 'PER' || c.code === 'NGA');
const withdrawal = 'The report was sent by post and arrived after the close.';
const confirmation = 'No report for two years, and no word from the focal point.';

const recordOf = (code: string): Promise<CountryState> => env.client.workflow.getHandle(countryWorkflowId(code)).query(getRecordQuery);
const flagOf = async (code: string) => (await recordOf(code)).cycles.find((c) => c.year === Y)?.flag;
const escalationExists = (code: string) =>
  env.client.workflow
    .getHandle(escalationWorkflowId(code, Y))
    .describe()
    .then(
      () => true,
      (error: unknown) => {
        if (error instanceof WorkflowNotFoundError) return false;
        throw error;
      },
    );
const flagMail = () => mail.messages.filter((m) => kindOf(m) === 'escalation-flag');

it(
  "a flag proposed at the close reaches the GCM only once the WG confirms it in its signed report; a withdrawn one stays with the WG's reason",
  { timeout: 180_000 },
  () =>
    worker.runUntil(async () => {
      const annual = await yearOpenedAfterAYearWithoutReport(env.client, {
        taskQueue,
        year: Y,
        countries,
        governance,
        open: ['PER', 'NGA'],
      });

      // The close: each record keeps its flag as proposed, and nothing goes to the GCM.
      await skipTo(env, `${Y}-10-01T12:00:00Z`);
      await mail.waitFor(2, (m) => kindOf(m) === 'wg-report-draft');
      for (const code of ['PER', 'NGA']) {
        const flag = await flagOf(code);
        expect(flag?.criteria).toContain('no-report');
        expect(flagStatus(flag!)).toBe('proposed');
        const record = await recordOf(code);
        expect(record.escalations).toEqual([]);
        expect(record.history.map((h) => h.event?.kind)).toContain('flagProposed');
        expect(await escalationExists(code)).toBe(false);
      }
      expect(flagMail()).toEqual([]);

      // The WG judges both flags; until its chair signs the report off, the records still wait.
      await annual.executeUpdate(reviewFlag.update, {
        args: [{ as: member!.email, country: 'PER', decision: 'withdrawn', reason: withdrawal }],
      });
      await annual.executeUpdate(reviewFlag.update, {
        args: [{ as: chair!.email, country: 'NGA', decision: 'confirmed', reason: confirmation }],
      });
      await skipTo(env, `${Y}-10-03T12:00:00Z`);
      for (const code of ['PER', 'NGA']) expect(flagStatus((await flagOf(code))!)).toBe('proposed');
      expect(await escalationExists('NGA')).toBe(false);
      expect(flagMail()).toEqual([]);

      // A signal alone, before the sign-off, is checked against the annual run's report and refused.
      await env.client.workflow.getHandle(countryWorkflowId('NGA')).signal(wgFlagReviewedSignal, { year: Y });
      await vi.waitUntil(async () => (await recordOf('NGA')).history.some((h) => h.what.startsWith('rejected wgFlagReviewed')), {
        timeout: 30_000,
        interval: 200,
      });
      expect(flagStatus((await flagOf('NGA'))!)).toBe('proposed');
      expect(await escalationExists('NGA')).toBe(false);

      await annual.executeUpdate(signOffReport.update, { args: [{ as: chair!.email }] });

      // Confirmed: Nigeria's record raises the flag to the GCM, which is asked whether to open a dialogue.
      await vi.waitUntil(async () => (await recordOf('NGA')).escalations.length === 1, { timeout: 30_000, interval: 200 });
      const nga = await recordOf('NGA');
      expect(nga.cycles.find((c) => c.year === Y)!.flag!.confirmed).toMatchObject({ reason: confirmation, by: chair!.email });
      expect(nga.history.at(-1)!.event).toMatchObject({ kind: 'flagConfirmed', year: Y, by: chair!.email, reason: confirmation });
      const asked = env.client.workflow.getHandle(decisionWorkflowId('gcm', 'dialogue', 'NGA', Y));
      await vi.waitUntil(() => asked.query(getDecisionQuery).catch(() => undefined), { timeout: 30_000, interval: 200 });
      const flags = await mail.waitFor(governance.gcm.length + 1, (m) => kindOf(m) === 'escalation-flag');
      expect(flags.every((m) => m.subject?.includes('Nigeria'))).toBe(true);

      // Withdrawn: Peru's record keeps the flag with the WG's reason; no escalation, and its history says why.
      await vi.waitUntil(async () => (await flagOf('PER'))?.withdrawn, { timeout: 30_000, interval: 200 });
      const per = await recordOf('PER');
      expect(per.cycles.find((c) => c.year === Y)!.flag!.withdrawn).toMatchObject({ reason: withdrawal, by: member!.email });
      expect(per.escalations).toEqual([]);
      expect(per.history.at(-1)).toMatchObject({
        what: `${Y} flag withdrawn by the Working Group (${member!.email}): ${withdrawal}`,
        event: { kind: 'flagWithdrawn', year: Y, reason: withdrawal },
      });
      expect(await escalationExists('PER')).toBe(false);
      expect(flagMail().filter((m) => m.subject?.includes('Peru'))).toEqual([]);

      await recordHistory(env.client, countryWorkflowId('NGA'), 'country-wg-confirms-flags');
      await recordHistory(env.client, countryWorkflowId('PER'), 'country-wg-withdraws-flag');
    }),
);
