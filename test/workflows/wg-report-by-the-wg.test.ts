import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { Worker } from '@temporalio/worker';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { getAnnualCycleQuery, reviewFlag, signOffReport, writeNarrative } from '../../workflows/annual-cycle/messages';
import { circulate, getDecisionQuery } from '../../workflows/decision/messages';
import type { MailCatcher } from '../../scripts/mail-catcher';
import { exampleCountries, exampleRegistry } from '../helpers/fixtures';
import { yearOpenedAfterAYearWithoutReport } from '../helpers/wg-report';
import { governanceOf } from '../../domain/record/registry';
import type { AnnualState } from '../../domain/cycle/annual-cycle';
import type { TaskDefinition } from '../../workflows/define-task';
import { startTimeSkippingStack } from '../helpers/worker';
import { decisionWorkflowId } from '../../domain/shared/workflow-ids';
import { skipTo, Y } from '../helpers/clock';
import { recordHistory } from '../helpers/record-history';
import { kindOf } from '../helpers/mail';
import { rejected } from '../helpers/updates';

// Peru and Nigeria send no report two years running: the year's facts propose a flag of each (R19). The
// Working Group withdraws Peru's and confirms Nigeria's, its chair signs the report off, and only then does
// it go to the GCM; the GCM takes note of it by silence procedure, and only then do the countries hear of
// their status, Nigeria with its flag and Peru without.
let env: TestWorkflowEnvironment;
let mail: MailCatcher;
let worker: Worker;
const taskQueue = 'wg-report-by-the-wg';
let stop: (() => Promise<void>) | undefined;
beforeAll(async () => {
  ({ env, mail, worker, stop } = await startTimeSkippingStack(taskQueue));
});
afterAll(() => stop?.());

const governance = governanceOf(exampleRegistry);
const [chair, member] = exampleRegistry.workingGroup!.members;

it('goes to the GCM once the WG signed it off, and to the countries once the GCM took note', { timeout: 180_000 }, () =>
  worker.runUntil(async () => {
    const annual = await yearOpenedAfterAYearWithoutReport(env.client, {
      taskQueue,
      year: Y,
      countries: exampleCountries,
      governance,
      open: ['PER', 'NGA'],
    });

    // The close: the WG is told its draft is ready; nothing goes to the GCM or the countries.
    await skipTo(env, `${Y}-10-01T12:00:00Z`);
    await mail.waitFor(2, (m) => kindOf(m) === 'wg-report-draft');
    const drafted = await annual.query(getAnnualCycleQuery);
    expect(drafted.stage).toBe('drafting');
    expect(drafted.report!.rows.filter((r) => r.flagged).map((r) => r.country)).toEqual(['PER', 'NGA']);
    const act = <A>(task: TaskDefinition<AnnualState, A>, args: A) => annual.executeUpdate(task.update, { args: [args] });

    await act(writeNarrative, { as: member!.email, country: 'PER', text: 'Peru’s new focal point took office in May.' });
    await act(reviewFlag, {
      as: member!.email,
      country: 'PER',
      decision: 'withdrawn',
      reason: 'The report was sent by post and arrived after the close.',
    });
    // The chair cannot sign while a proposed flag awaits the WG's word; a member who is not the chair cannot sign.
    expect(await rejected(act(signOffReport, { as: chair!.email }))).toBe(
      'invalid flags: flags: confirm or withdraw the proposed flag of NGA first',
    );
    expect(await rejected(act(signOffReport, { as: member!.email }))).toBe(
      `invalid as: as: ${member!.email} is not the chair of the Working Group`,
    );
    await act(reviewFlag, {
      as: chair!.email,
      country: 'NGA',
      decision: 'confirmed',
      reason: 'No report for two years, and no word from the focal point.',
    });
    await skipTo(env, `${Y}-10-03T12:00:00Z`);
    expect(mail.messages.filter((m) => ['wg-report', 'annual-status-update'].includes(kindOf(m) ?? ''))).toEqual([]);
    await act(signOffReport, { as: chair!.email });

    // Signed off: the report goes to the GCM, each flag as the WG judged it; the countries still wait.
    const toGcm = await mail.waitFor(2, (m) => kindOf(m) === 'wg-report');
    expect(toGcm[0]!.text).toMatch(/Peru \(PER\)[^\n]*\n[^\n]*\n {2}Not flagged\./);
    expect(toGcm[0]!.text).toMatch(/Nigeria \(NGA\)[^\n]*\n[^\n]*\n {2}Flagged to the GCG/);
    const signed = await annual.query(getAnnualCycleQuery);
    expect(signed.stage).toBe('with-gcm');
    expect(signed.report!.flagReviews).toEqual([
      expect.objectContaining({ country: 'NGA', decision: 'confirmed', by: chair!.email }),
      expect.objectContaining({ country: 'PER', decision: 'withdrawn', by: member!.email }),
    ]);
    expect(signed.report!.signedBy).toBe(chair!.email);

    // The GCM takes note by silence procedure; until it ends, no status update.
    const decision = env.client.workflow.getHandle(decisionWorkflowId('gcm', 'wg-report', String(Y), 1));
    await vi.waitUntil(() => decision.query(getDecisionQuery).catch(() => undefined), { timeout: 30_000, interval: 200 });
    await decision.executeUpdate(circulate.update, { args: [{ as: governance.secretariat.email }] });
    await skipTo(env, `${Y}-10-10T12:00:00Z`);
    expect(mail.messages.filter((m) => kindOf(m) === 'annual-status-update')).toEqual([]);
    await skipTo(env, `${Y}-10-20T12:00:00Z`);
    const updates = await mail.waitFor(4, (m) => kindOf(m) === 'annual-status-update');
    const to = (email: string) => updates.find((m) => m.to.includes(email))!.text;
    expect(to('chidi.okafor@example.org')).toContain('has flagged them to the GCG');
    expect(to('lucia.quispe@example.org')).toContain('El Grupo de Trabajo no hizo ningún señalamiento.');
    const done = await vi.waitUntil(
      async () => {
        const s = await annual.query(getAnnualCycleQuery);
        return s.stage === 'done' && s;
      },
      { timeout: 30_000, interval: 200 },
    );
    expect(done.report!.gcm?.decision).toBe(decision.workflowId);
    expect(done.report!.gcm?.outcome).toMatchObject({ result: 'adopted', how: 'silence-procedure' });
    await recordHistory(env.client, annual.workflowId, 'annual-cycle-wg-report-by-the-wg');
  }),
);
