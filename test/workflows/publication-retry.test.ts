import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { Worker } from '@temporalio/worker';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { reportingCycle } from '../../workflows';
import * as m from '../../workflows/reporting-cycle/messages';
import type { MailCatcher } from '../../scripts/mail-catcher';
import { cycleInput, exampleReport, peru, secretariat, uniqueCycleId } from '../helpers/fixtures';
import { startTimeSkippingStack } from '../helpers/worker';
import { Y } from '../helpers/clock';
import { recordHistory } from '../helpers/record-history';
import { kindOf } from '../helpers/mail';

// The publication target cannot be written (where Peru's folder should be there is a file). The accepted
// report is not retried in silence for ever: after an hour the secretariat is told, once, and once the
// target is writable again the report is published and the country told.
let env: TestWorkflowEnvironment;
let mail: MailCatcher;
let worker: Worker;
let publishDir: string;
let stop: (() => Promise<void>) | undefined;
const taskQueue = 'publication-retry';
const kind = (k: string) => mail.messages.filter((x) => kindOf(x) === k);

beforeAll(async () => {
  ({ env, mail, worker, publishDir, stop } = await startTimeSkippingStack(taskQueue));
});
afterAll(() => stop?.());

it('tells the secretariat when the accepted report cannot be published, and publishes it once it can', { timeout: 60_000 }, () =>
  worker.runUntil(async () => {
    writeFileSync(join(publishDir, 'PER'), 'not a folder');
    const cycle = await env.client.workflow.start(reportingCycle, {
      taskQueue,
      workflowId: uniqueCycleId('PER', Y),
      args: [cycleInput(Y)],
    });
    await cycle.executeUpdate(m.submitReport.update, { args: [{ as: peru.focalPoint.email, report: exampleReport }] });
    await cycle.executeUpdate(m.submitReview.update, { args: [{ as: peru.reviewers[0]!.email, decision: 'accept' }] });

    await env.sleep('3 hours');
    const [alert, ...more] = await mail.waitFor(1, (x) => kindOf(x) === 'publication-failed');
    expect(more).toEqual([]);
    expect(alert!.to).toEqual([secretariat.email]);
    expect(alert!.subject).toBe(`Peru: the accepted ${Y} report could not be published`);
    expect(alert!.text).toMatch(/publishing it has failed for an hour: .*(ENOTDIR|EEXIST)/);
    expect((await cycle.query(m.getCycleQuery)).publicationFailing?.reason).toMatch(/ENOTDIR|EEXIST/);
    expect(kind('finalised')).toEqual([]);

    rmSync(join(publishDir, 'PER'));
    const result = await cycle.result();
    expect(result.stage).toBe('finalised');
    expect(existsSync(join(publishDir, `PER/${Y}/report.json`))).toBe(true);
    await mail.waitFor(2, (x) => kindOf(x) === 'finalised');
    expect(kind('publication-failed')).toHaveLength(1);
    const state = await cycle.query(m.getCycleQuery);
    expect(state.publicationFailing).toBeUndefined();
    expect(state.publishedLocation).toBe(join(publishDir, `PER/${Y}`));
    await recordHistory(env.client, cycle.workflowId, 'reporting-cycle-publication-retry');
  }),
);
