import type { Client } from '@temporalio/client';
import { stages, type Stage } from '../domain/cycle/state';
import type { YearView } from '../domain/cycle/year-view';
import { workflowTypes } from '../domain/shared/workflow-ids';
import { getYearViewQuery } from '../workflows/annual-cycle/messages';

// The figures an administrator's dashboard of metrics shows of the years under way: read from each running
// annual run's one query (the dashboard's read model), never one query per country; and one count of the
// bodies' decisions that wait.

export interface YearFigures {
  year: number;
  stage: YearView['stage'];
  /** When the annual run means to close (ISO): a run still there long after is stalled. */
  closesAt: string;
  cycles: Record<Stage, number>;
  /** Countries whose report is overdue. */
  overdue: number;
  /** Requests for more time that await the secretariat. */
  pendingExtensions: number;
  /** Addresses the relay refused for good and still on record: the secretariat's to correct (cycles begun on 1.0 count none). */
  refusedAddresses: number;
}

export interface Figures {
  years: YearFigures[];
  /** Decisions of the GCM (or another body) still open. */
  pendingBodyDecisions: number;
}

export function yearFigures(view: YearView): YearFigures {
  const cycles = Object.fromEntries(stages.map((stage) => [stage, 0])) as Record<Stage, number>;
  for (const row of view.rows) if (row.cycle) cycles[row.cycle.stage] += 1;
  return {
    year: view.year,
    stage: view.stage,
    closesAt: view.closesAt,
    cycles,
    overdue: cycles.overdue,
    pendingExtensions: view.rows.filter((r) => r.cycle?.pendingExtension).length,
    refusedAddresses: view.rows.reduce((n, r) => n + (r.cycle?.undeliverable ?? 0), 0),
  };
}

const running = (type: string) => `WorkflowType = '${type}' AND ExecutionStatus = 'Running'`;

export async function currentFigures(client: Client): Promise<Figures> {
  const years: YearFigures[] = [];
  for await (const run of client.workflow.list({ query: running(workflowTypes.annualCycle) }))
    years.push(yearFigures(await client.workflow.getHandle(run.workflowId, run.runId).query(getYearViewQuery)));
  const { count } = await client.workflow.count(running(workflowTypes.bodyDecision));
  return { years, pendingBodyDecisions: count };
}
