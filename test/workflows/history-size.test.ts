import { WorkflowUpdateFailedError } from '@temporalio/client';
import { temporal } from '@temporalio/proto';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { Worker } from '@temporalio/worker';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { reportingCycle } from '../../workflows';
import * as m from '../../workflows/reporting-cycle/messages';
import { maxReportBytes, reportSchema, utf8Bytes } from '../../domain/cycle/report';
import { maxReviewRounds } from '../../domain/cycle/state';
import { cycleInput, exampleReport, peru, uniqueCycleId } from '../helpers/fixtures';
import { startTimeSkippingStack } from '../helpers/worker';
import { Y } from '../helpers/clock';
import { malformed } from '../helpers/updates';

// A cycle at every limit: reports of the largest size, the most review rounds, the longest comments and
// guidance. Its whole history (as the server stores it, encrypted) stays under 1 MB, far from Temporal's
// limits, and no Update answer carries a report.
let env: TestWorkflowEnvironment;
let worker: Worker;
let stop: (() => Promise<void>) | undefined;
const taskQueue = 'history-size';
beforeAll(async () => {
  ({ env, worker, stop } = await startTimeSkippingStack(taskQueue));
});
afterAll(() => stop?.());

/** The example report with roadmap objectives of up to 20,000 characters (many of two bytes) added up to the size limit. */
function largestReport(): unknown {
  const report = structuredClone(exampleReport) as { progress: { objective: string; summary: string }[] };
  const summary = 'Avancé régional: écoles, inspections, régions. '.repeat(500).slice(0, 20_000);
  for (let room = maxReportBytes; room > 100; room = maxReportBytes - utf8Bytes(JSON.stringify(report))) {
    const entry = { objective: `Objective ${report.progress.length + 1}`, summary };
    if (utf8Bytes(JSON.stringify(entry)) + 1 > room) entry.summary = 'x'.repeat(Math.min(20_000, room - 60));
    report.progress.push(entry);
  }
  return report;
}

it('keeps a cycle at every limit under 1 MB of history', { timeout: 60_000 }, () =>
  worker.runUntil(async () => {
    const report = largestReport();
    expect(reportSchema().safeParse(report).success).toBe(true);
    expect(utf8Bytes(JSON.stringify(report))).toBeGreaterThan(maxReportBytes - 200);
    const tooLarge = { ...(report as object), challenges: 'y'.repeat(20_000) };
    expect(reportSchema().safeParse(tooLarge).error?.issues[0]?.message).toBe(
      'is larger than 128 KB; put long texts in an attached document',
    );

    const cycle = await env.client.workflow.start(reportingCycle, {
      taskQueue,
      workflowId: uniqueCycleId('PER', Y),
      args: [cycleInput(Y)],
    });
    const lucia = peru.focalPoint.email;
    const amina = peru.reviewers[0]!.email;
    const review = {
      as: amina,
      decision: 'revise' as const,
      comments: 'Commentaire détaillé. '.repeat(1_000).slice(0, 20_000),
      guidance: { evidence: 'é'.repeat(2_000), participation: 'é'.repeat(2_000) },
    };

    const answer = await cycle.executeUpdate(m.submitReport.update, { args: [{ as: lucia, report: malformed(report) }] });
    expect(JSON.stringify(answer).length).toBeLessThan(5_000);
    for (let round = 1; round < maxReviewRounds; round++) {
      await cycle.executeUpdate(m.submitReview.update, { args: [review] });
      await cycle.executeUpdate(m.submitRevision.update, { args: [{ as: lucia, report: malformed(report) }] });
    }
    // The last round: the Working Group accepts, or the report stays unaccepted; one more revision is refused.
    const more = await cycle.executeUpdate(m.submitReview.update, { args: [review] }).catch((e: unknown) => e);
    expect(more).toBeInstanceOf(WorkflowUpdateFailedError);
    expect((more as WorkflowUpdateFailedError).cause?.message).toBe(
      `invalid review: decision: round ${maxReviewRounds} is the last review round (at most ${maxReviewRounds}): accept the report, or leave it unaccepted and the cycle closes without finalisation`,
    );
    await cycle.executeUpdate(m.submitReview.update, { args: [{ ...review, decision: 'accept' }] });
    expect((await cycle.result()).stage).toBe('finalised');

    const history = await cycle.fetchHistory();
    const bytes = temporal.api.history.v1.History.encode(history).finish().length;
    expect(bytes).toBeGreaterThan(3 * maxReportBytes); // every report is in it once
    expect(bytes).toBeLessThan(1024 * 1024);
  }),
);
