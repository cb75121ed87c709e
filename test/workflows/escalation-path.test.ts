import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DateTime } from 'luxon';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { Worker } from '@temporalio/worker';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { annualCycle, pathfinderCountry } from '../../workflows';
import { getAnnualCycleQuery, openCyclesUpdate } from '../../workflows/annual-cycle/messages';
import * as country from '../../workflows/country/messages';
import * as gcm from '../../workflows/escalation/messages';
import { verify } from '../../workflows/reactivation/messages';
import type { CountryProfile, WgReport } from '../../activities/publisher';
import type { DialogueArgs } from '../../domain/escalation/args';
import type { Report } from '../../domain/cycle/report';
import type { ReactivationArgs } from '../../domain/reactivation/args';
import type { MailCatcher } from '../../scripts/mail-catcher';
import { gcmMeetingDecides, governance, peru, testPortal, gcmOpensDialogue } from '../helpers/fixtures';
import { verifyGrant } from '../../client/tokens';
import { startTimeSkippingStack } from '../helpers/worker';
import { wgReportThroughTheBodies } from '../helpers/wg-report';
import {
  annualCycleId,
  countryWorkflowId,
  escalationWorkflowId,
  reportingCycleId,
  supportWorkflowId,
  escalationDecisionId,
} from '../../domain/shared/workflow-ids';
import { Y } from '../helpers/clock';
import { isCopy } from '../helpers/personal-links';
import { recordHistory } from '../helpers/record-history';
import { kindOf } from '../helpers/mail';
import { rejected, malformed } from '../helpers/updates';

// A country that misses two reports, through the real cycles, the GCM's dialogue and support, inactivity
// and reactivation, with the time-skipping server moving through four years.
let env: TestWorkflowEnvironment;
let mail: MailCatcher;
let worker: Worker;
let publishDir: string;
const taskQueue = 'escalation-path';
const examples = join(__dirname, '../../examples');
const [helena] = governance.gcm;
const lucia = peru.focalPoint.email;

let stop: (() => Promise<void>) | undefined;
beforeAll(async () => {
  ({ env, mail, worker, publishDir, stop } = await startTimeSkippingStack(taskQueue));
});
afterAll(() => stop?.());

const readJson = <T>(path: string) => JSON.parse(readFileSync(path, 'utf8')) as T;
const kind = (k: string) => mail.messages.filter((m) => kindOf(m) === k);
const record = () => env.client.workflow.getHandle(countryWorkflowId('PER')).query(country.getRecordQuery);

/**
 * Opens a year for Peru and moves the server's clock to just after the Working Group's report. (Waiting on
 * `result()` would let the server skip on, idle, past what the test checks next.)
 */
async function runYear(year: number) {
  const annual = await env.client.workflow.start(annualCycle, { taskQueue, workflowId: annualCycleId(year), args: [{ year }] });
  const opened = await annual.executeUpdate(openCyclesUpdate, { args: [{ countries: ['PER'] }] });
  const reportAt = Date.parse((await annual.query(getAnnualCycleQuery)).closesAt) + 2 * 3600_000;
  await env.sleep(reportAt - (await env.currentTimeMs()));
  // The WG confirms the flag and signs off its report; the GCM takes note; then the status updates go.
  return { opened, result: await wgReportThroughTheBodies(env.client, year) };
}

it(
  'escalates two missed reports in the second year; dialogue and support fail; inactive; reactivated into the following cycle',
  () =>
    worker.runUntil(async () => {
      await env.client.workflow.start(pathfinderCountry, {
        taskQueue,
        workflowId: countryWorkflowId('PER'),
        args: [{ country: peru, governance }],
      });

      // 2027: nothing submitted. One shortfall is not yet a flag.
      const y2027 = await runYear(Y);
      expect(y2027.opened).toEqual([{ country: 'PER', result: 'started' }]);
      expect(y2027.result.report!.rows).toEqual([
        expect.objectContaining({ country: 'PER', stage: 'closed-without-report', flagged: false }),
      ]);
      expect((await record()).escalations).toEqual([]);
      expect(kind('escalation-flag')).toHaveLength(0);
      expect(kind('wg-report').map((m) => m.to[0])).toEqual(governance.gcm.map((p) => p.email));
      expect(kind('annual-status-update').map((m) => m.subject)).toEqual([
        `Perú: actualización anual del estatus, ciclo ${Y}`,
        `Pérou\u00a0: mise à jour annuelle du statut, cycle ${Y}`,
      ]);
      expect(readJson<WgReport>(join(publishDir, `wg-reports/${Y}.json`)).rows[0]!.stage).toBe('closed-without-report');

      // 2028: nothing again. Flagged, with the evidence of both years, and a dialogue opens.
      const y2028 = await runYear(Y + 1);
      expect(y2028.result.report!.rows[0]).toMatchObject({
        flagged: true,
        criteria: ['no-report', 'indicator-framework-not-updated', 'no-evidence-of-progress', 'no-evidence-of-collaboration'],
      });
      const flags = kind('escalation-flag');
      expect(flags.map((m) => m.to[0]).sort()).toEqual([...governance.gcm.map((p) => p.email), governance.secretariat.email].sort());
      expect(flags[0]!.subject).toBe(`Flag to the Global Coordinating Group: Peru after the ${Y} and ${Y + 1} cycles`);
      expect(flags[0]!.text).toContain(`${Y}: closed without a report. Deadline: April 30, ${Y}; 50 reminders sent.`);
      expect(flags[0]!.text).toContain('(a) no progress report');
      // R20: the country hears of a dialogue only once the GCM, as a body, has decided to open one.
      expect(kind('dialogue-opened')).toEqual([]);
      await gcmOpensDialogue(env.client, 'PER', Y + 1);
      await expect
        .poll(() => kind('dialogue-opened').map((m) => m.subject), { timeout: 10_000 })
        .toContain('Perú: el Grupo de Coordinación Mundial abre un diálogo');

      const escalation = env.client.workflow.getHandle(escalationWorkflowId('PER', Y + 1));
      const escalationState = () => escalation.query(gcm.getEscalationQuery);
      const dialogue = readJson<DialogueArgs>(join(examples, 'dialogue.json'));
      await escalation.executeUpdate(gcm.recordDialogue.update, { args: [{ ...dialogue, as: helena!.email }] });
      // R22: not inactive on a dialogue alone; support is tried first.
      const inactive = { as: helena!.email, decision: 'inactive' as const, reason: 'No coordination mechanism after a year of support' };
      expect(await rejected(escalation.executeUpdate(gcm.proposeEnd.update, { args: [inactive] }))).toBe(
        "invalid GCM decision: decision: a country may be proposed inactive only once support has ended without it being ready: the sub-group's final check-in says so, or its mandate has run out (R21, R22)",
      );
      // R21: the sub-group is proposed, and formed once the GCM has decided it at a meeting.
      const sam = { name: 'Sam Okoro', email: 'sam.okoro@example.org', language: 'en' as const, zone: 'Africa/Lagos' };
      await escalation.executeUpdate(gcm.proposeSupport.update, {
        args: [{ as: helena!.email, mechanisms: ['II', 'IV'], members: [sam], checkInEveryDays: 30 }],
      });
      expect((await escalationState()).stage).toBe('dialogue');
      await gcmMeetingDecides(env.client, 'PER', escalationDecisionId('support', 'PER', Y + 1, 1));
      await expect.poll(async () => (await escalationState()).stage, { timeout: 10_000 }).toBe('support');

      // The sub-group is reminded when a check-in is due, at the sending hour of a weekday in Lagos; its
      // check-in is kept in the country's history.
      await env.sleep('34 days');
      const [due] = await mail.waitFor(1, (m) => kindOf(m) === 'support-check-in-due');
      const inLagos = DateTime.fromJSDate(due!.date!).setZone(sam.zone);
      expect([inLagos.hour, inLagos.minute, inLagos.weekday <= 5]).toEqual([9, 0, true]);
      // Its own link to the check-in page, instead of a terminal command.
      const token = /^Check in online: http:\/\/portal\.example\.org\/act\?token=(\S+)$/m.exec(due!.text)![1]!;
      expect(await verifyGrant(testPortal.keys, token, 'act')).toMatchObject({
        sub: sam.email,
        task: { workflowId: supportWorkflowId('PER', Y + 1), task: 'support' },
      });
      // Its final check-in ends the support, the country not ready: only now may inactivity be proposed (R22).
      const support = env.client.workflow.getHandle(supportWorkflowId('PER', Y + 1));
      await support.executeUpdate(gcm.checkIn.update, {
        args: [{ as: sam.email, note: 'Ministry did not attend the planning meeting', endsSupport: true }],
      });
      await expect.poll(async () => (await escalationState()).support?.endedBecause, { timeout: 10_000 }).toBe('not-ready');

      await escalation.executeUpdate(gcm.proposeEnd.update, { args: [inactive] });
      const inactiveDecision = escalationDecisionId('inactive', 'PER', Y + 1, 1);
      const meetingDay = await gcmMeetingDecides(env.client, 'PER', inactiveDecision);
      await expect.poll(async () => (await escalationState()).stage, { timeout: 10_000 }).toBe('inactive');
      // The record reads how the escalation ended; the time-skipping server may leave one query unanswered (30 s).
      await expect.poll(async () => (await record()).status, { timeout: 70_000 }).toBe('inactive');
      expect((await record()).history.map((h) => h.what)).toContainEqual(
        `GCM escalation ${Y + 1}: GCM decision: inactive (No coordination mechanism after a year of support), taken at the GCM meeting of ${meetingDay} (${inactiveDecision})`,
      );
      const told = await mail.waitFor(2, (m) => kindOf(m) === 'country-inactive' && !isCopy(m));
      expect(told.map((m) => m.subject).sort()).toEqual([
        'Perú: estatus de país pionero ahora inactivo',
        'Pérou\u00a0: statut de pays pionnier désormais inactif',
      ]);
      expect(told[0]!.text).toContain('No coordination mechanism after a year of support');
      // R22: what was tried, as it was: the dialogue, then the sub-group's technical assistance and coordination.
      const inFrench = told.find((m) => m.to.includes(peru.deputy.email))!;
      expect(inFrench.text).toContain('assistance technique directe\u00a0; coordination');
      await expect.poll(() => existsSync(join(publishDir, 'PER/profile.json'))).toBe(true);
      expect(readJson<CountryProfile>(join(publishDir, 'PER/profile.json'))).toMatchObject({ status: 'inactive', benefits: false });

      // 2029: inactive, so no cycle and not one reminder; only the GCM's annual status update (R18).
      const before2029 = mail.messages.length;
      const y2029 = await runYear(Y + 2);
      expect(y2029.opened).toEqual([{ country: 'PER', result: 'not eligible', reason: 'status inactive' }]);
      const to2029 = mail.messages.slice(before2029).filter((m) => m.to.includes(lucia) || m.to.includes(peru.deputy.email));
      expect(to2029.map((m) => kindOf(m))).toEqual(['annual-status-update', 'annual-status-update']);
      expect(to2029.find((m) => m.to.includes(peru.deputy.email))!.text).toContain('pays pionnier inactif');
      expect(
        to2029.every(
          (m) =>
            m.fromName === 'Grupo de Coordinación Mundial de la Alianza 8.7' ||
            m.fromName === 'Groupe de coordination mondial de l’Alliance 8.7',
        ),
      ).toBe(true);

      // Reactivation: an incomplete request is refused naming what is missing; a complete one goes to the secretariat.
      const entity = env.client.workflow.getHandle(countryWorkflowId('PER'));
      const request = readJson<ReactivationArgs['request']>(join(examples, 'reactivation-request.json'));
      const incomplete = { ...request, report: { ...(request.report as Report), collaboration: [{ description: '' }] } };
      expect(
        await rejected(entity.executeUpdate(country.requestReactivation.update, { args: [{ as: lucia, request: malformed(incomplete) }] })),
      ).toBe('invalid reactivation request: request.report.collaboration.0.description: is required');
      const filed = await entity.executeUpdate(country.requestReactivation.update, { args: [{ as: lucia, request }] });
      const open = filed.reactivations[0]!;
      await mail.waitFor(1, (m) => kindOf(m) === 'reactivation-requested');
      await env.client.workflow.getHandle(open.workflowId).executeUpdate(verify.update, {
        args: [{ as: governance.secretariat.email, verified: true, note: 'Evidence checked with the ILO country office' }],
      });
      await expect.poll(async () => (await record()).status, { timeout: 10_000 }).toBe('active');
      const reactivated = await mail.waitFor(4, (m) => kindOf(m) === 'country-reactivated');
      expect(reactivated.flatMap((m) => m.to).sort()).toEqual([...governance.gcm.map((p) => p.email), peru.deputy.email, lucia].sort());
      expect((await record()).roadmaps).toEqual([expect.objectContaining({ version: 1, summary: request.letter.roadmapChanges })]);

      // 2030: in the cycle again; the old shortfalls do not count against it.
      const annual2030 = await env.client.workflow.start(annualCycle, {
        taskQueue,
        workflowId: annualCycleId(Y + 3),
        args: [{ year: Y + 3 }],
      });
      expect(await annual2030.executeUpdate(openCyclesUpdate, { args: [{ countries: ['PER'] }] })).toEqual([
        { country: 'PER', result: 'started' },
      ]);
      const history = (await record()).history.map((h) => h.what);
      expect(history).toEqual(
        expect.arrayContaining([
          `${Y} cycle ended closed-without-report`,
          expect.stringMatching(new RegExp(String.raw`^flag proposed to the Working Group's report after ${Y} and ${Y + 1}`)),
          expect.stringMatching(new RegExp(String.raw`^${Y + 1} flag confirmed by the Working Group `)),
          expect.stringMatching(new RegExp(String.raw`^GCM escalation ${Y + 1}: support check-in by sam.okoro@example.org`)),
          'status inactive: declared inactive by the GCM: No coordination mechanism after a year of support',
          'status active: reactivated: Evidence checked with the ILO country office',
        ]),
      );
      await recordHistory(env.client, countryWorkflowId('PER'), 'pathfinder-country-inactive-reactivated');
      await recordHistory(env.client, escalationWorkflowId('PER', Y + 1), 'gcm-escalation-inactive-after-support');
      await recordHistory(env.client, supportWorkflowId('PER', Y + 1), 'support-check-in');
      await recordHistory(env.client, open.workflowId, 'reactivation-verified');
      await recordHistory(env.client, annualCycleId(Y + 1), 'annual-cycle-flagged');
      await recordHistory(env.client, reportingCycleId('PER', Y), 'reporting-cycle-no-report');
    }),
  300_000,
);
