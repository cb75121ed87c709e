import type { Client, WorkflowHandle } from '@temporalio/client';
import { DateTime } from 'luxon';
import { expect, vi } from 'vitest';
import type { AnnualState } from '../../domain/cycle/annual-cycle';
import { defaultPolicy } from '../../domain/cycle/policy';
import { proposedFlags } from '../../domain/cycle/wg-report-draft';
import type { Country, Governance } from '../../domain/shared/country';
import { chairOf, membersOf } from '../../domain/shared/roles';
import { annualCycleId, countryWorkflowId, decisionWorkflowId } from '../../domain/shared/workflow-ids';
import { annualCycle, pathfinderCountry } from '../../workflows';
import { getAnnualCycleQuery, openCyclesUpdate, reviewFlag, signOffReport } from '../../workflows/annual-cycle/messages';
import { getRecordQuery } from '../../workflows/country/messages';
import { getDecisionQuery, recordMeeting } from '../../workflows/decision/messages';
import { noOutcome, pastCyclesImported } from './fixtures';

/**
 * A year `year` opened for `open`: the records of `countries` started, each with a year `year - 1` closed
 * without a report (so that another year without one proposes a flag, R19), and the annual run started with
 * the cycles of `open` opened. Returns the annual run.
 */
export async function yearOpenedAfterAYearWithoutReport(
  client: Client,
  {
    taskQueue,
    year,
    countries,
    governance,
    open,
  }: { taskQueue: string; year: number; countries: Country[]; governance: Governance; open: string[] },
): Promise<WorkflowHandle<typeof annualCycle>> {
  for (const country of countries) {
    await client.workflow.start(pathfinderCountry, {
      taskQueue,
      workflowId: countryWorkflowId(country.code),
      args: [{ country, governance }],
    });
    await pastCyclesImported(client, country.code, [{ year: year - 1, outcome: noOutcome }]);
  }
  const annual = await client.workflow.start(annualCycle, { taskQueue, workflowId: annualCycleId(year), args: [{ year }] });
  await annual.executeUpdate(openCyclesUpdate, { args: [{ countries: open }] });
  return annual;
}

/**
 * The year's report goes through the bodies (R18): once drafted, the Working Group confirms each proposed
 * flag (withdraws those of `withdraw`), its chair signs it off (the secretariat, where the registry names no
 * Working Group), and the GCM takes note at a meeting of all its members, on the day it was asked. Returns
 * the run's state once the status updates have gone.
 */
export async function wgReportThroughTheBodies(client: Client, year: number, { withdraw = [] as string[] } = {}): Promise<AnnualState> {
  const annual = client.workflow.getHandle(annualCycleId(year));
  await expect.poll(async () => (await annual.query(getAnnualCycleQuery)).stage, { timeout: 20_000 }).toBe('drafting');
  const { report, opened } = await annual.query(getAnnualCycleQuery);
  // The roles every record holds: from a country of the report, or of the year (one without a cycle too).
  const first = report!.rows[0]?.country ?? opened[0]?.country;
  const { governance } = await client.workflow.getHandle(countryWorkflowId(first!)).query(getRecordQuery);
  const wg = membersOf(governance, 'wg');
  const signer = wg.length ? chairOf(governance, 'wg')!.email : governance.secretariat.email;
  for (const country of proposedFlags(report!)) {
    const decision = withdraw.includes(country) ? 'withdrawn' : 'confirmed';
    await annual.executeUpdate(reviewFlag.update, {
      args: [{ as: signer, country, decision, reason: `The Working Group ${decision} it.` }],
    });
  }
  await annual.executeUpdate(signOffReport.update, { args: [{ as: signer }] });

  const decision = client.workflow.getHandle(decisionWorkflowId('gcm', 'wg-report', String(year), 1));
  const asked = await vi.waitUntil(() => decision.query(getDecisionQuery).catch(() => undefined), { timeout: 30_000, interval: 200 });
  await decision.executeUpdate(recordMeeting.update, {
    args: [
      {
        as: governance.secretariat.email,
        heldOn: DateTime.fromISO(asked.askedAt, { zone: defaultPolicy().secretariatZone }).toISODate()!,
        present: governance.gcm.map((m) => m.email),
        minutes: `GCM meeting: the Working Group's report on the ${year} cycle is taken note of`,
      },
    ],
  });
  await expect.poll(async () => (await annual.query(getAnnualCycleQuery)).stage, { timeout: 20_000 }).toBe('done');
  return annual.query(getAnnualCycleQuery);
}
