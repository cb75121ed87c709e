import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { Worker } from '@temporalio/worker';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { reportingCycle } from '../../workflows';
import * as m from '../../workflows/reporting-cycle/messages';
import * as country from '../../workflows/country/messages';
import type { MailCatcher } from '../../scripts/mail-catcher';
import { importRegistry } from '../../app/countries';
import { TASK_QUEUE } from '../../client/config';
import { cyclePolicySchema } from '../../domain/cycle/policy';
import type { CycleInput, Signs } from '../../domain/cycle/state';
import { countryWorkflowId, reportingCycleId, workflowTypes } from '../../domain/shared/workflow-ids';
import { cycleInput, exampleRegistry, exampleReport, fullOutcome, pastCyclesImported, peru, uniqueCycleId } from '../helpers/fixtures';
import { startTimeSkippingStack } from '../helpers/worker';
import { Y } from '../helpers/clock';
import { kindOf } from '../helpers/mail';
import { rejected } from '../helpers/updates';
import { recordHistory } from '../helpers/record-history';

// The Working Group reviews as a body (DESIGN.md §7, R16): each assigned reviewer assesses signs (b)–(e),
// the review lead consolidates and sends the WG's one decision, and the WG's judgment of (c)–(e) is what
// R19 counts, the country's own checkbox kept beside it.

let env: TestWorkflowEnvironment;
let mail: MailCatcher;
let worker: Worker;
/** The registry's import starts country records on the application's queue: this test's worker serves it. */
const taskQueue = TASK_QUEUE;
const [amina, ravi] = exampleRegistry.workingGroup!.members as [(typeof peru.reviewers)[0], (typeof peru.reviewers)[0]];
const lucia = peru.focalPoint.email;
/** Peru reviewed by both members of the Working Group; its report says the indicator framework was updated. */
const peruByTwo = { ...peru, reviewers: [amina, ravi] };
const allMet: Signs = { commentsAnswered: true, indicatorFrameworkUpdated: true, evidenceOfProgress: true, evidenceOfCollaboration: true };
const frameworkNotUpdated: Signs = { ...allMet, indicatorFrameworkUpdated: false };

let stop: (() => Promise<void>) | undefined;
// Each test has its own server and worker: a worker runs once, and one test's skipped time is not another's.
beforeEach(async () => {
  ({ env, mail, worker, stop } = await startTimeSkippingStack(taskQueue));
});
afterEach(() => stop?.());

const kinds = (to: string) => mail.messages.filter((x) => x.to.includes(to)).map((x) => kindOf(x));

it('two reviewers assess, the lead consolidates once the quorum is in, and the country hears only the WG’s one decision', () =>
  worker.runUntil(async () => {
    expect(exampleReport.indicatorFramework.updated).toBe(true);
    const policy = cyclePolicySchema().parse({ review: { days: 30, remindDaysBeforeEnd: [7], overdueEveryDays: 7, quorum: 2 } });
    const input: CycleInput = { ...cycleInput(Y, peruByTwo), policy };
    const handle = await env.client.workflow.start(reportingCycle, { taskQueue, workflowId: uniqueCycleId('PER', Y), args: [input] });
    await handle.executeUpdate(m.submitReport.update, { args: [{ as: lucia, report: exampleReport }] });
    await mail.waitFor(2, (x) => kindOf(x) === 'review-request');

    // No registry names a review sub-group: the Working Group's chair, Amina, assigned to Peru, leads. Ravi
    // cannot send the decision; Amina cannot before a second assessment makes the quorum of two.
    expect(await rejected(handle.executeUpdate(m.submitReview.update, { args: [{ as: ravi.email, decision: 'accept' }] }))).toContain(
      `as: ${ravi.email} is not the lead of the Working Group's review of PER ${Y} (${amina.email})`,
    );
    expect(
      await rejected(handle.executeUpdate(m.submitReview.update, { args: [{ as: amina.email, decision: 'accept', signs: allMet }] })),
    ).toContain('as: 1 of the 2 assessments the Working Group needs before its decision are in');
    // A focal point assesses nothing; an assessment says every sign.
    expect(await rejected(handle.executeUpdate(m.assessReview.update, { args: [{ as: lucia, signs: allMet }] }))).toContain(
      `as: ${lucia} is not a reviewer assigned to PER ${Y}`,
    );
    expect(
      await rejected(
        handle.executeUpdate(m.assessReview.update, {
          args: [{ as: ravi.email, signs: { commentsAnswered: true } as unknown as Signs }],
        }),
      ),
    ).toContain('signs.indicatorFrameworkUpdated');

    // Ravi assesses, then changes his mind on (c): the framework was not updated, whatever the checkbox says.
    await handle.executeUpdate(m.assessReview.update, { args: [{ as: ravi.email, signs: allMet, comments: 'Solid report.' }] });
    const changed = await handle.executeUpdate(m.assessReview.update, {
      args: [{ as: ravi.email, signs: frameworkNotUpdated, comments: 'The indicators repeat last year’s values.' }],
    });
    expect(changed.assessments).toEqual([expect.objectContaining({ round: 1, by: ravi.email })]);
    const [quorum] = await mail.waitFor(1, (x) => kindOf(x) === 'review-quorum');
    expect(quorum!.to).toEqual([amina.email]);
    expect(quorum!.subject).toBe(`Assessments in: Peru ${Y} report (round 1), the Working Group's decision is yours to send`);

    // Amina consolidates: the report is accepted, and the Working Group judges (c) not met.
    await handle.executeUpdate(m.submitReview.update, {
      args: [{ as: amina.email, decision: 'accept', signs: frameworkNotUpdated, comments: 'Accepted; please update the indicators.' }],
    });
    const result = await handle.result();
    expect(result).toEqual({
      stage: 'finalised',
      outcome: {
        ...fullOutcome,
        indicatorFrameworkUpdated: false,
        declared: { indicatorFrameworkUpdated: true, evidenceOfProgress: true, evidenceOfCollaboration: true },
      },
    });
    const state = await handle.query(m.getCycleQuery);
    expect(state.reviews).toEqual([expect.objectContaining({ by: amina.email, decision: 'accept', signs: frameworkNotUpdated })]);
    expect(state.assessments?.map((a) => a.by)).toEqual([ravi.email]);
    // The country heard one decision, from the Working Group; nothing of the reviewers' own assessments.
    expect(kinds(lucia)).toEqual(['call-for-reports', 'submission-received', 'finalised']);
    const finalised = mail.messages.find((x) => x.to.includes(lucia) && kindOf(x) === 'finalised')!;
    expect(finalised.text).toContain('Accepted; please update the indicators.');
    expect(finalised.text).not.toContain('repeat last year');
    expect(kinds(ravi.email)).toEqual(['review-request']);
    expect(kinds(amina.email)).toEqual(['review-request', 'review-quorum']);
    await recordHistory(env.client, handle.workflowId, 'reporting-cycle-wg-reviews-as-body');
  }));

it('the lead of the year’s review sub-group consolidates, and the WG’s “not updated” is what R19 counts two years running', () =>
  worker.runUntil(async () => {
    // The registry assigns Peru to a review sub-group led by Ravi, though Amina chairs the Working Group.
    const registry = {
      ...exampleRegistry,
      reviewGroups: [{ year: Y, lead: ravi.email, members: [amina.email, ravi.email], countries: ['PER'] }],
      countries: [peruByTwo],
    };
    await importRegistry(env.client, registry);
    const record = () => env.client.workflow.getHandle(countryWorkflowId('PER')).query(country.getRecordQuery);
    await vi.waitUntil(async () => (await record()).country.reviewers.length === 2, { timeout: 30_000, interval: 200 });
    // The year before, the Working Group found the framework not updated either.
    await pastCyclesImported(env.client, 'PER', [{ year: Y - 1, outcome: { ...fullOutcome, indicatorFrameworkUpdated: false } }]);

    const { country: per, governance } = await record();
    const policy = cyclePolicySchema().parse({});
    const handle = await env.client.workflow.start(workflowTypes.reportingCycle, {
      workflowId: reportingCycleId('PER', Y),
      taskQueue,
      args: [{ country: per, year: Y, policy, secretariat: governance.secretariat } satisfies CycleInput],
    });
    await handle.executeUpdate(m.submitReport.update, { args: [{ as: lucia, report: exampleReport }] });
    await handle.executeUpdate(m.assessReview.update, { args: [{ as: amina.email, signs: frameworkNotUpdated }] });
    // The roles are the registry's: the chair is not the lead here.
    await vi.waitUntil(async () => (await handle.query(m.getCycleQuery)).reviewRoles?.groupLead?.email === ravi.email, {
      timeout: 30_000,
      interval: 200,
    });
    expect(await rejected(handle.executeUpdate(m.submitReview.update, { args: [{ as: amina.email, decision: 'accept' }] }))).toContain(
      `(${ravi.email})`,
    );
    await handle.executeUpdate(m.submitReview.update, { args: [{ as: ravi.email, decision: 'accept', signs: frameworkNotUpdated }] });

    await vi.waitUntil(async () => (await record()).cycles.some((c) => c.year === Y), { timeout: 30_000, interval: 200 });
    const cycle = (await record()).cycles.find((c) => c.year === Y)!;
    expect(cycle.outcome).toMatchObject({
      finalised: true,
      indicatorFrameworkUpdated: false,
      declared: { indicatorFrameworkUpdated: true },
    });
    expect(cycle.flag).toEqual({ criteria: ['indicator-framework-not-updated'] });
  }));
