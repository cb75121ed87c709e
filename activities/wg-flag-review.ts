import { WorkflowNotFoundError, type Client } from '@temporalio/client';
import { annualCycleId, workflowTypes } from '../domain/shared/workflow-ids';
import type { WgFlagReview } from '../domain/record/country-record';
import { getAnnualCycleQuery } from '../workflows/annual-cycle/messages';

// A country's record starts an escalation only on the Working Group's word, read here from the year's annual
// run itself (its signed report), never from the signal that says it is there: a signal alone could be forged.

const attempts = 3;

export function createWgFlagReviewActivities(client: Client) {
  const annualRun = async (year: number) => {
    const handle = client.workflow.getHandle(annualCycleId(year));
    const run = await handle.describe().catch((error: unknown) => {
      if (error instanceof WorkflowNotFoundError) return undefined;
      throw error;
    });
    return run?.type === workflowTypes.annualCycle ? handle : undefined;
  };
  return {
    /**
     * Whether the WG's report of `year` will review a flag of this country's cycle: the year's run opened the
     * cycle and has not compiled its report yet. A cycle started on its own, or closing after the report was
     * compiled, has no report to go through.
     */
    async wgReportWillReview({ code, year }: { code: string; year: number }): Promise<boolean> {
      if (!/^[A-Z]{3}$/.test(code) || !Number.isInteger(year)) return false;
      const state = await (await annualRun(year))?.query(getAnnualCycleQuery);
      const opened = state?.opened.some((o) => o.country === code && (o.result === 'started' || o.result === 'already exists'));
      return !!opened && !state?.report;
    },

    /** The WG's review of a country's proposed flag of `year`, once its report is signed; undefined before, or if it has none. */
    async readWgFlagReview({ code, year }: { code: string; year: number }): Promise<WgFlagReview | undefined> {
      if (!/^[A-Z]{3}$/.test(code) || !Number.isInteger(year)) return undefined;
      const handle = await annualRun(year);
      if (!handle) return undefined;
      // A run that has just completed answers once a worker has replayed it, which may outlast one query's wait.
      for (let attempt = 1; ; attempt++) {
        try {
          const report = (await handle.query(getAnnualCycleQuery)).report;
          if (!report?.signedAt) return undefined;
          const review = report.flagReviews?.find((r) => r.country === code);
          return review && { decision: review.decision, reason: review.reason, by: review.by, at: review.at };
        } catch (error) {
          if (attempt >= attempts) throw error; // the activity's own retries take over
        }
      }
    },
  };
}
