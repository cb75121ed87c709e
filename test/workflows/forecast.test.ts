import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { Worker } from '@temporalio/worker';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { annualCycle, pathfinderCountry } from '../../workflows';
import { cycleRowSignal, getAnnualCycleQuery, getYearViewQuery, openCyclesUpdate } from '../../workflows/annual-cycle/messages';
import * as country from '../../workflows/country/messages';
import { submitReport, submitReview } from '../../workflows/reporting-cycle/messages';
import type { MailCatcher } from '../../scripts/mail-catcher';
import { exampleCountries, exampleReport, governance, peru } from '../helpers/fixtures';
import { startTimeSkippingStack } from '../helpers/worker';
import { wgReportThroughTheBodies } from '../helpers/wg-report';
import { annualCycleId, countryWorkflowId, reportingCycleId } from '../../domain/shared/workflow-ids';
import type { YearViewRow } from '../../domain/cycle/year-view';
import { Y } from '../helpers/clock';
import { kindOf } from '../helpers/mail';
import { malformed } from '../helpers/updates';

// Two years on the time-skipping server: the dashboard's forecast names Peru as at risk all through its
// second year, says what would avoid the flag, and the weekly digest tells the secretariat, before the
// flag is raised at the cycle's close.
let env: TestWorkflowEnvironment;
let mail: MailCatcher;
let worker: Worker;
const taskQueue = 'forecast';
const nigeria = exampleCountries.find((c) => c.code === 'NGA')!;
/** What a year without a report misses: every sign but (b), as no comments were left unanswered. */
const noReport = ['no-report', 'indicator-framework-not-updated', 'no-evidence-of-progress', 'no-evidence-of-collaboration'];

let stop: (() => Promise<void>) | undefined;
beforeAll(async () => {
  ({ env, mail, worker, stop } = await startTimeSkippingStack(taskQueue));
});
afterAll(() => stop?.());

const annual = (year: number) => env.client.workflow.getHandle(annualCycleId(year));
const rowOf = async (year: number, code: string): Promise<YearViewRow | undefined> =>
  (await annual(year).query(getYearViewQuery)).rows.find((r) => r.country === code);

async function openYear(year: number) {
  await env.client.workflow.start(annualCycle, { taskQueue, workflowId: annualCycleId(year), args: [{ year }] });
  return annual(year).executeUpdate(openCyclesUpdate, { args: [{ countries: ['PER', 'NGA'] }] });
}

/** Moves the server's clock to just after the year's report to the GCM. */
async function closeYear(year: number) {
  const reportAt = Date.parse((await annual(year).query(getAnnualCycleQuery)).closesAt) + 2 * 3600_000;
  await env.sleep(reportAt - (await env.currentTimeMs()));
  // The WG confirms the flags and signs off its report; the GCM takes note; then the status updates go.
  await wgReportThroughTheBodies(env.client, year);
}

it(
  'forecasts the flag of a country that missed its first report, through its second year, before the flag is raised',
  { timeout: 120_000 },
  () =>
    worker.runUntil(async () => {
      for (const c of [peru, nigeria])
        await env.client.workflow.start(pathfinderCountry, {
          taskQueue,
          workflowId: countryWorkflowId(c.code),
          args: [{ country: c, governance }],
        });

      // 2027: Nigeria reports and is accepted; Peru sends nothing. A first shortfall is never a flag.
      expect(await openYear(Y)).toEqual([
        { country: 'PER', result: 'started' },
        { country: 'NGA', result: 'started' },
      ]);
      const nga = env.client.workflow.getHandle(reportingCycleId('NGA', Y));
      await nga.executeUpdate(submitReport.update, { args: [{ as: nigeria.focalPoint.email, report: exampleReport }] });
      await nga.executeUpdate(submitReview.update, { args: [{ as: nigeria.reviewers[0]!.email, decision: 'accept' }] });
      await expect
        .poll(() => rowOf(Y, 'NGA'), { timeout: 10_000 })
        .toMatchObject({ cycle: { stage: 'finalised', round: 1 }, forecast: { risk: 'clear' } });
      expect(await rowOf(Y, 'PER')).toMatchObject({
        opened: 'started',
        cycle: { stage: 'awaiting-submission', round: 0 },
        forecast: { risk: 'clear' },
      });
      await closeYear(Y);
      expect(await rowOf(Y, 'PER')).toMatchObject({ cycle: { stage: 'closed-without-report' }, forecast: { risk: 'clear' } });

      // 2028 opens: Peru would be flagged on the four signs of a missing report if nothing came in; Nigeria is clear. A forged,
      // malformed row changes nothing.
      await openYear(Y + 1);
      await annual(Y + 1).signal(cycleRowSignal, malformed({ country: 'PER', stage: 'finalised', facts: 'all good' }));
      await expect
        .poll(() => rowOf(Y + 1, 'PER'), { timeout: 10_000 })
        .toMatchObject({
          cycle: { stage: 'awaiting-submission' },
          previous: { year: Y },
          forecast: { risk: 'at-risk', criteria: noReport, toAvoid: noReport },
        });
      await expect
        .poll(async () => (await rowOf(Y + 1, 'NGA'))?.forecast, { timeout: 10_000 })
        .toEqual({ risk: 'clear', criteria: [], toAvoid: [] });

      // The weekly digest tells the secretariat, with a link to the dashboard.
      await env.sleep('8 days');
      const [digest] = await mail.waitFor(1, (m) => kindOf(m) === 'forecast-digest' && m.subject.includes(String(Y + 1)));
      expect(digest!.to).toEqual([governance.secretariat.email]);
      expect(digest!.subject).toBe(`Weekly forecast, ${Y + 1} cycle: 1 country at risk of a flag`);
      expect(digest!.text).toContain('- Peru (PER), awaiting the report: (a) no progress report;');
      expect(digest!.text).not.toContain('Nigeria');
      expect(digest!.text).toContain(`http://portal.example.org/years/${Y + 1}`);

      // Peru reports, without evidence of progress: only that shortfall would now repeat. A report in review
      // has no Working Group comments left unanswered, so (b) is not at risk (R19).
      const withoutEvidence = { ...(exampleReport as object), evidence: [] };
      await env.client.workflow
        .getHandle(reportingCycleId('PER', Y + 1))
        .executeUpdate(submitReport.update, { args: [{ as: peru.focalPoint.email, report: malformed(withoutEvidence) }] });
      await expect
        .poll(async () => (await rowOf(Y + 1, 'PER'))?.forecast, { timeout: 10_000 })
        .toEqual({ risk: 'at-risk', criteria: ['no-evidence-of-progress'], toAvoid: ['no-evidence-of-progress'] });
      const record = () => env.client.workflow.getHandle(countryWorkflowId('PER')).query(country.getRecordQuery);
      expect((await record()).escalations).toEqual([]);

      // The report is still in review at the close: the flag is raised on the criterion forecast, and on no other.
      await closeYear(Y + 1);
      expect((await rowOf(Y + 1, 'PER'))?.forecast).toMatchObject({ risk: 'flagged', criteria: ['no-evidence-of-progress'] });
      // Proposed at the close, the flag goes to the GCM once the WG has confirmed it in its signed report.
      await expect
        .poll(async () => (await record()).cycles.find((c) => c.year === Y + 1)?.flag, { timeout: 10_000 })
        .toMatchObject({ criteria: ['no-evidence-of-progress'], proposed: true, confirmed: { reason: 'The Working Group confirmed it.' } });
      expect((await record()).escalations.map((e) => e.year)).toEqual([Y + 1]);
    }),
);
