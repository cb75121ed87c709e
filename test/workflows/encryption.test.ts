import { Client } from '@temporalio/client';
import { temporal } from '@temporalio/proto';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { Worker } from '@temporalio/worker';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { reportingCycle } from '../../workflows';
import * as m from '../../workflows/reporting-cycle/messages';
import type { MailCatcher } from '../../scripts/mail-catcher';
import { cycleInput, exampleReport, peru, uniqueCycleId } from '../helpers/fixtures';
import { startTimeSkippingStack } from '../helpers/worker';
import { Y } from '../helpers/clock';
import { kindOf } from '../helpers/mail';

// What the Temporal server stores of a cycle: its identifiers and search attributes in clear, every payload
// (the input with its people, the report, the reviewer's comments, the e-mails) sealed by the codec.
let env: TestWorkflowEnvironment;
let mail: MailCatcher;
let worker: Worker;
let stop: (() => Promise<void>) | undefined;
const taskQueue = 'encryption';

beforeAll(async () => {
  ({ env, mail, worker, stop } = await startTimeSkippingStack(taskQueue));
});
afterAll(() => stop?.());

it('stores no report text, comment or personal detail on the server, and reads them back with the key', () =>
  worker.runUntil(async () => {
    const workflowId = uniqueCycleId('PER', Y);
    const cycle = await env.client.workflow.start(reportingCycle, { taskQueue, workflowId, args: [cycleInput(Y)] });
    const challenges = 'Inspectors cannot reach the gold mines of Madre de Dios';
    const comments = `Please add the ${Y - 1} survey of the brick kilns`;
    await cycle.executeUpdate(m.submitReport.update, {
      args: [{ as: peru.focalPoint.email, report: { ...exampleReport, challenges } }],
    });
    await cycle.executeUpdate(m.submitReview.update, { args: [{ as: peru.reviewers[0]!.email, decision: 'revise', comments }] });
    await mail.waitFor(2, (x) => kindOf(x) === 'feedback');

    // The history as the server holds it, read by a client without the key.
    const history = await new Client({ connection: env.connection, namespace: 'default' }).workflow.getHandle(workflowId).fetchHistory();
    const stored = Buffer.from(temporal.api.history.v1.History.encode(history).finish()).toString('latin1');
    expect(stored).toContain('PER'); // the search attributes stay searchable
    expect(stored).toContain('binary/encrypted');
    for (const secret of [
      challenges,
      comments,
      peru.focalPoint.email,
      peru.focalPoint.name,
      peru.deputy.name,
      peru.reviewers[0]!.email,
      'National Commission against Forced Labour',
    ]) {
      expect(stored).not.toContain(secret);
    }

    // With the key, everything reads as before.
    const state = await cycle.query(m.getCycleQuery);
    expect(state.submissions[0]!.report.challenges).toBe(challenges);
    expect(state.reviews[0]!.comments).toBe(comments);
    await cycle.terminate('test done');
  }));
