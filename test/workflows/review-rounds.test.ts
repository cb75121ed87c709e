import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { Worker } from '@temporalio/worker';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { reportingCycle } from '../../workflows';
import * as m from '../../workflows/reporting-cycle/messages';
import { startMailCatcher, type MailCatcher } from '../../scripts/mail-catcher';
import { cycleInput, exampleReport, peru, secretariat, uniqueCycleId } from '../helpers/fixtures';
import { startTimeSkipping } from '../helpers/temporal';
import { testWorker } from '../helpers/worker';
import { expectLinksToTheirPersonOnly } from '../helpers/personal-links';
import { skipTo, Y } from '../helpers/clock';
import { recordHistory } from '../helpers/record-history';
import { kindOf } from '../helpers/mail';
import { rejected, malformed } from '../helpers/updates';

let env: TestWorkflowEnvironment;
let mail: MailCatcher;
let publishDir: string;
const taskQueue = 'review-rounds';
const lucia = peru.focalPoint.email;
const amina = peru.reviewers[0]!.email;

beforeAll(async () => {
  mail = await startMailCatcher();
});
afterAll(async () => {
  await mail?.close();
});
let worker: Worker;
// Each test has its own server: time skipped by one test's `result()` must not move another's clock.
beforeEach(async () => {
  mail.messages.length = 0;
  env = await startTimeSkipping();
  ({ worker, publishDir } = await testWorker(env, mail.smtpUrl, taskQueue)); // a worker runs once
});
afterEach(async () => {
  await env?.teardown();
  expectLinksToTheirPersonOnly(mail.messages);
});

const start = () => env.client.workflow.start(reportingCycle, { taskQueue, workflowId: uniqueCycleId('PER', Y), args: [cycleInput(Y)] });
const kinds = (to: string) => mail.messages.filter((x) => x.to.includes(to)).map((x) => kindOf(x));

describe('Working Group review', () => {
  it('accepts a first-round report, publishes it and tells the focal points', () =>
    worker.runUntil(async () => {
      const handle = await start();
      const submitted = await handle.executeUpdate(m.submitReport.update, { args: [{ as: lucia, report: exampleReport }] });
      expect(submitted.stage).toBe('in-review');
      expect(submitted.submissions[0]).toMatchObject({ kind: 'report', by: lucia, late: false });
      await mail.waitFor(1, (x) => x.to.includes(amina));

      await handle.executeUpdate(m.submitReview.update, { args: [{ as: amina, decision: 'accept' }] });
      const result = await handle.result();
      expect(result).toEqual({
        stage: 'finalised',
        outcome: {
          reportSubmitted: true,
          finalised: true,
          indicatorFrameworkUpdated: true,
          evidenceOfProgress: true,
          evidenceOfCollaboration: true,
          commentsUnanswered: false,
        },
      });
      const folder = join(publishDir, 'PER', String(Y));
      const published = readFileSync(join(folder, 'report.json'), 'utf8');
      expect(JSON.parse(published)).toMatchObject({
        country: 'PER',
        year: Y,
        preparedThrough: 'National Commission against Forced Labour',
      });
      expect(published).not.toContain('reviews'); // the review record is not public
      expect(published).not.toContain('@example.org');
      expect(existsSync(join(folder, 'indicator-framework.json'))).toBe(true);
      expect(kinds(lucia)).toEqual(['call-for-reports', 'submission-received', 'finalised']);
      expect(kinds(amina)).toEqual(['review-request']);
      const finalised = mail.messages.find((x) => x.to.includes(lucia) && kindOf(x) === 'finalised')!;
      expect(finalised.cc).toEqual([secretariat.email]);
      expect(finalised.text).toContain(`Léalo en línea: http://portal.example.org/countries/PER/reports/${Y}`);
      expect(finalised.text).not.toContain(folder); // a worker's disk is no address for a reader
      const { memo } = await handle.describe();
      expect(memo?.outcome).toEqual(result.outcome);
      await recordHistory(env.client, handle.workflowId, 'reporting-cycle-accepted');
    }));

  it('runs two revision rounds, sending the comments and guidance each time', () =>
    worker.runUntil(async () => {
      const handle = await start();
      await handle.executeUpdate(m.submitReport.update, { args: [{ as: lucia, report: exampleReport }] });
      const revise = {
        as: amina,
        decision: 'revise' as const,
        comments: 'Add the survey results.',
        guidance: { evidence: 'Cite the survey tables.', participation: 'Name the employers consulted.' },
      };
      const afterFirst = await handle.executeUpdate(m.submitReview.update, { args: [revise] });
      expect(afterFirst.stage).toBe('awaiting-revision');
      await handle.executeUpdate(m.submitRevision.update, { args: [{ as: peru.deputy.email, report: exampleReport }] });
      await handle.executeUpdate(m.submitReview.update, { args: [{ ...revise, comments: 'Almost there: add the budget.' }] });
      const second = await handle.executeUpdate(m.submitRevision.update, { args: [{ as: lucia, report: exampleReport }] });
      expect(second).toMatchObject({ stage: 'in-review', round: 3 });
      await handle.executeUpdate(m.submitReview.update, { args: [{ as: amina, decision: 'accept' }] });
      expect((await handle.result()).stage).toBe('finalised');

      expect(kinds(lucia)).toEqual([
        'call-for-reports',
        'submission-received',
        'feedback',
        'submission-received',
        'feedback',
        'submission-received',
        'finalised',
      ]);
      const feedback = mail.messages.filter((x) => x.to.includes(lucia) && kindOf(x) === 'feedback');
      expect(feedback[0]!.text).toContain('Add the survey results.');
      expect(feedback[0]!.text).toContain('Cite the survey tables.');
      expect(feedback[1]!.text).toContain('Almost there: add the budget.');
      expect(feedback[0]!.subject).toBe(`Perú: comentarios del Grupo de Trabajo sobre el informe ${Y}`);
      expect(kinds(amina)).toEqual(['review-request', 'review-request', 'review-request']);
      await recordHistory(env.client, handle.workflowId, 'reporting-cycle-revised-twice');
    }));
});

describe('bad input is rejected with a clear message and changes nothing', () => {
  it('malformed report, wrong sender, wrong stage, duplicate submission, bad signal', () =>
    worker.runUntil(async () => {
      const handle = await start();
      // Once the call for reports is out, nothing else is under way.
      await expect.poll(async () => (await handle.query(m.getCycleQuery)).outbox).toEqual([]);
      const before = await handle.query(m.getCycleQuery);

      const { progress: _dropped, ...noProgress } = exampleReport as Record<string, unknown>;
      expect(
        await rejected(handle.executeUpdate(m.submitReport.update, { args: [{ as: lucia, report: malformed(noProgress) }] })),
      ).toContain('report.progress:');
      expect(
        await rejected(handle.executeUpdate(m.submitReport.update, { args: [{ as: 'someone@example.org', report: exampleReport }] })),
      ).toBe('invalid sender: as: someone@example.org is not the focal point or deputy of PER');
      expect(await rejected(handle.executeUpdate(m.submitReview.update, { args: [{ as: amina, decision: 'accept' }] }))).toContain(
        'stage: the cycle is awaiting-submission',
      );
      // The Working Group's decision is its review lead's to send (Amina, the only reviewer); the focal point's own is refused.
      expect(await rejected(handle.executeUpdate(m.submitReview.update, { args: [{ as: lucia, decision: 'accept' }] }))).toContain(
        `is not the lead of the Working Group's review of PER ${Y} (${amina})`,
      );
      expect(
        await rejected(handle.executeUpdate(m.submitReview.update, { args: [{ as: amina, decision: malformed('maybe') }] })),
      ).toContain('decision: must be accept or revise');
      await handle.signal(m.submitReport.signal, { as: lucia, report: malformed({ progress: [] }) });

      const after = await handle.query(m.getCycleQuery);
      expect(after.rejectedSignals).toHaveLength(1);
      expect(after.rejectedSignals[0]!.reason).toContain('report.progress: needs at least one roadmap objective');
      // Only the record of the refused signal is new: in rejectedSignals and in the audit trail.
      expect(after.audit).toEqual([
        expect.objectContaining({ task: 'submitReport', as: lucia, channel: 'raw signal', outcome: 'refused' }),
      ]);
      expect({ ...after, rejectedSignals: [], audit: before.audit }).toEqual(before);

      await handle.executeUpdate(m.submitReport.update, { args: [{ as: lucia, report: exampleReport }] });
      await expect.poll(async () => (await handle.query(m.getCycleQuery)).outbox).toEqual([]);
      const inReview = await handle.query(m.getCycleQuery);
      expect(await rejected(handle.executeUpdate(m.submitReport.update, { args: [{ as: lucia, report: exampleReport }] }))).toMatch(
        /stage: the cycle is in-review \(a report was received on \d{4}-\d\d-\d\d and is in review\)/,
      );
      expect(await handle.query(m.getCycleQuery)).toEqual(inReview);
      await handle.terminate('test done');
    }));
});

describe('deadlines', () => {
  it('accepts a report after the deadline as late, until the cycle closes', () =>
    worker.runUntil(async () => {
      const handle = await start();
      await skipTo(env, `${Y}-06-10T12:00:00Z`); // past the 30 April deadline
      expect((await handle.query(m.getCycleQuery)).stage).toBe('overdue');
      const state = await handle.executeUpdate(m.submitReport.update, { args: [{ as: lucia, report: exampleReport }] });
      expect(state.submissions[0]!.late).toBe(true);
      const received = await mail.waitFor(1, (x) => x.to.includes(lucia) && kindOf(x) === 'submission-received');
      expect(received[0]!.text).toContain('registrado como tardío');
      await handle.terminate('test done');
    }));

  it('extends the deadline with a reason; reminders follow the new date', () =>
    worker.runUntil(async () => {
      const handle = await start();
      expect(
        await rejected(
          handle.executeUpdate(m.extendDeadline.update, {
            args: [{ as: secretariat.email, until: `${Y}-05-31T23:59:59+02:00`, reason: ' ' }],
          }),
        ),
      ).toContain('reason: is required');
      expect(
        await rejected(
          handle.executeUpdate(m.extendDeadline.update, { args: [{ as: lucia, until: `${Y}-05-31T23:59:59+02:00`, reason: 'Elections' }] }),
        ),
      ).toContain('is not the secretariat');
      const state = await handle.executeUpdate(m.extendDeadline.update, {
        args: [{ as: secretariat.email, until: `${Y}-05-31T23:59:59+02:00`, reason: 'National elections in April' }],
      });
      expect(state.deadline).toBe(`${Y}-05-31T21:59:59.000Z`);
      expect(state.extensions[0]).toMatchObject({ reason: 'National elections in April', by: secretariat.email });

      await skipTo(env, `${Y}-05-31T12:00:00Z`); // the new deadline's day
      const reminders = mail.messages.filter((x) => x.to.includes(lucia) && kindOf(x) === 'submission-reminder');
      // 42, 14, 7 and 1 days before Monday 31 May: Mondays 19 April, 17 May and 24 May, and Sunday 30 May, no
      // sending day, so the Friday before. None is left of the 30 April plan.
      expect(reminders.map((x) => x.date!.toISOString().slice(0, 10))).toEqual([`${Y}-04-19`, `${Y}-05-17`, `${Y}-05-24`, `${Y}-05-28`]);
      expect(kinds(lucia).slice(0, 2)).toEqual(['call-for-reports', 'deadline-extended']);
      const extended = mail.messages.find((x) => x.to.includes(lucia) && kindOf(x) === 'deadline-extended')!;
      expect(extended.text).toContain(`31 de mayo de ${Y}`);
      expect((await handle.query(m.getCycleQuery)).stage).toBe('awaiting-submission');
      await handle.terminate('test done');
    }));
});
