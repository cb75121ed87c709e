import type { Client } from '@temporalio/client';
import type { YearView } from '../domain/cycle/year-view';
import { annualCycleId } from '../domain/shared/workflow-ids';
import { getYearViewQuery } from '../workflows/annual-cycle/messages';
import { refusalsOf } from './errors';
import { cycleYear } from './inputs';

// The year at a glance for the secretariat and the GCM: one query to the year's annual run, which keeps
// every country's row (see domain/cycle/year-view.ts).

export function yearDashboard(client: Client, year: string | number): Promise<YearView> {
  const y = cycleYear(year);
  return refusalsOf({ code: 'notFound', what: 'year', year: y }, () => client.workflow.getHandle(annualCycleId(y)).query(getYearViewQuery));
}
