import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DateTime } from 'luxon';
import { answer, circulate, getDecisionQuery, recordMeeting } from '../../workflows/decision/messages';
import { criteria } from '../../domain/r19/criteria';
import { registryKeysFromEnv, signRegistryEntry } from '../../client/registry-signature';
import { parsePolicy } from '../../domain/cycle/policy';
import type { CycleOutcome } from '../../domain/cycle/report';
import { pathfinderCountry, reportingCycle } from '../../workflows';
import * as country from '../../workflows/country/messages';
import * as gcm from '../../workflows/escalation/messages';
import type { DialogueArgs } from '../../domain/escalation/args';
import type { MailCatcher } from '../../scripts/mail-catcher';
import {
  cycleClosedWithoutReport,
  cycleInput,
  exampleIn,
  exampleCountries,
  gcmMeetingDecides,
  governance,
  pastCyclesImported,
  registryImported,
  twoCyclesWithoutReport,
  gcmOpensDialogue,
} from '../helpers/fixtures';
import { startTimeSkipping } from '../helpers/temporal';
import { startStack, type RunningStack } from '../helpers/worker';
import {
  countryWorkflowId,
  decisionWorkflowId,
  escalationWorkflowId,
  reportingCycleId,
  supportWorkflowId,
  escalationDecisionId,
} from '../../domain/shared/workflow-ids';
import { Y } from '../helpers/clock';
import { recordHistory } from '../helpers/record-history';
import { kindOf } from '../helpers/mail';
import { rejected, malformed } from '../helpers/updates';

// The country record: R19 over imported years and cycles run here, escalation, inactivity, decades, forged messages.
let env: TestWorkflowEnvironment;
let mail: MailCatcher;
let stack: RunningStack | undefined;
const taskQueue = 'country-record';
const [helena, tomas] = governance.gcm;

beforeAll(async () => {
  stack = await startStack(startTimeSkipping, taskQueue);
  ({ env, mail } = stack);
});
afterAll(() => stack?.stop());

const good: CycleOutcome = {
  reportSubmitted: true,
  finalised: true,
  indicatorFrameworkUpdated: true,
  evidenceOfProgress: true,
  evidenceOfCollaboration: true,
};
const missing: CycleOutcome = {
  reportSubmitted: false,
  finalised: false,
  indicatorFrameworkUpdated: false,
  evidenceOfProgress: false,
  evidenceOfCollaboration: false,
};
/** A report sent and reviewed, whose Working Group comments went unanswered: R19 (b) alone. */
const commentsLeft: CycleOutcome = { ...good, finalised: false, commentsUnanswered: true };

/** Peru's registry entry under another country's code, so that each test has a record of its own. */
async function registerCountry(code: string, historyLimit?: number) {
  const entry = { ...exampleCountries[0]!, code };
  return env.client.workflow.start(pathfinderCountry, {
    taskQueue,
    workflowId: countryWorkflowId(code),
    args: [{ country: entry, governance, historyLimit }],
  });
}

// Each test enters the year before from the Alliance's past, then runs a cycle of a closed year, which ends
// without a report as soon as it starts: R19 weighs the two like any two years.
describe('R19 on the country record', () => {
  it('does not flag different criteria missed in two years under the default policy', async () => {
    const handle = await registerCountry('CHL');
    await pastCyclesImported(env.client, 'CHL', [{ year: Y - 2, outcome: commentsLeft }]);
    await cycleClosedWithoutReport(env.client, 'CHL', Y - 1, { taskQueue });
    const record = await handle.query(country.getRecordQuery);
    expect(record.cycles.map((c) => [c.year, c.stage, c.flag, c.imported?.by])).toEqual([
      [Y - 2, 'closed-without-finalisation', undefined, governance.secretariat.email],
      [Y - 1, 'closed-without-report', undefined, undefined],
    ]);
    expect(record.escalations).toEqual([]);
  });

  it('flags them under the strict policy and opens a GCM escalation', async () => {
    const handle = await registerCountry('COL');
    await pastCyclesImported(env.client, 'COL', [{ year: Y - 2, outcome: commentsLeft }]);
    await cycleClosedWithoutReport(env.client, 'COL', Y - 1, { taskQueue, policy: parsePolicy({ escalation: 'any-shortfall' }) });
    await expect.poll(async () => (await handle.query(country.getRecordQuery)).escalations.length).toBe(1);
    const record = await handle.query(country.getRecordQuery);
    expect(record.cycles[1]!.flag).toEqual({ criteria: [...criteria] });
    expect(record.escalations[0]).toMatchObject({ workflowId: escalationWorkflowId('COL', Y - 1), year: Y - 1 });
  });

  it('raises no flag for two imported years without a report; the first cycle run here does', async () => {
    const handle = await registerCountry('PAN');
    await pastCyclesImported(env.client, 'PAN', [
      { year: Y - 3, outcome: missing },
      { year: Y - 2, outcome: missing },
    ]);
    let record = await handle.query(country.getRecordQuery);
    expect(record.cycles.map((c) => [c.year, c.flag])).toEqual([
      [Y - 3, undefined],
      [Y - 2, undefined],
    ]);
    expect(record.history.at(-1)!.what).toBe(`past cycles imported: ${Y - 3}, ${Y - 2} (by ${governance.secretariat.email})`);
    await cycleClosedWithoutReport(env.client, 'PAN', Y - 1, { taskQueue });
    await expect.poll(async () => (await handle.query(country.getRecordQuery)).escalations.length).toBe(1);
    record = await handle.query(country.getRecordQuery);
    expect(record.cycles.at(-1)!.flag).toEqual({
      criteria: ['no-report', 'indicator-framework-not-updated', 'no-evidence-of-progress', 'no-evidence-of-collaboration'],
    });
    expect(record.history).toContainEqual(
      expect.objectContaining({
        what: `flagged to the GCM after ${Y - 2} and ${Y - 1}: no-report, indicator-framework-not-updated, no-evidence-of-progress, no-evidence-of-collaboration`,
      }),
    );
  });
});

describe('GCM escalation', () => {
  async function flagged() {
    const handle = await registerCountry('ECU');
    await twoCyclesWithoutReport(env.client, 'ECU', Y - 1, taskQueue);
    await expect.poll(async () => (await handle.query(country.getRecordQuery)).escalations.length).toBe(1);
    await gcmOpensDialogue(env.client, 'ECU', Y - 1);
    return { entity: handle, escalation: env.client.workflow.getHandle(escalationWorkflowId('ECU', Y - 1)) };
  }

  it('rejects unknown members and steps out of turn, changing nothing; a dialogue that resolves keeps the country active', async () => {
    const { entity, escalation } = await flagged();
    // Once the country has been told of the dialogue, nothing else is pending.
    await expect.poll(async () => (await escalation.query(gcm.getEscalationQuery)).outbox.length, { timeout: 10_000 }).toBe(0);
    const before = await escalation.query(gcm.getEscalationQuery);
    const dialogue = {
      topics: ['progress' as const],
      circumstances: `Floods in ${Y - 1} closed the ministry for months`,
      wayForward: { summary: `Report the ${Y - 1} survey in the next cycle` },
    };

    expect(
      await rejected(escalation.executeUpdate(gcm.recordDialogue.update, { args: [{ ...dialogue, as: 'stranger@example.org' }] })),
    ).toBe('invalid sender: as: stranger@example.org is not a member of the GCM');
    expect(
      await rejected(escalation.executeUpdate(gcm.recordDialogue.update, { args: [{ ...dialogue, topics: [], as: helena!.email }] })),
    ).toBe('invalid dialogue record: topics: needs compliance and/or progress');
    expect(
      await rejected(
        escalation.executeUpdate(gcm.proposeSupport.update, { args: [{ as: helena!.email, mechanisms: ['I'], members: [tomas!] }] }),
      ),
    ).toBe('invalid stage: stage: record the dialogue with the country before forming a support sub-group');
    expect(
      await rejected(
        escalation.executeUpdate(gcm.proposeEnd.update, { args: [{ as: 'stranger@example.org', decision: 'resumed', reason: 'fine' }] }),
      ),
    ).toBe('invalid sender: as: stranger@example.org is not the secretariat or a member of the GCM');
    expect(await escalation.query(gcm.getEscalationQuery)).toEqual(before);

    // The GCM, at its meeting, decides the proposal that the country resumes.
    await escalation.executeUpdate(gcm.recordDialogue.update, { args: [{ ...dialogue, as: tomas!.email }] });
    const proposed = await escalation.executeUpdate(gcm.proposeEnd.update, {
      args: [{ as: tomas!.email, decision: 'resumed', reason: 'Progress not yet reported was shown' }],
    });
    expect(proposed.stage).toBe('dialogue');
    await gcmMeetingDecides(env.client, 'ECU', escalationDecisionId('resume', 'ECU', Y - 1, 1));
    await expect.poll(async () => (await escalation.query(gcm.getEscalationQuery)).stage, { timeout: 20_000 }).toBe('resumed');
    expect(await escalation.result()).toEqual({ result: 'resumed', reason: 'Progress not yet reported was shown' });

    await expect.poll(async () => (await entity.query(country.getRecordQuery)).escalations[0]!.result).toBe('resumed');
    expect((await entity.query(country.getRecordQuery)).status).toBe('active');
    const resumed = await mail.waitFor(2, (m) => kindOf(m) === 'escalation-resumed');
    expect(resumed.every((m) => m.cc.includes(governance.secretariat.email))).toBe(true);
  });

  it(
    'waits for the GCM to decide whether to open a dialogue, and tells the country nothing when it decides not to (R20)',
    { timeout: 90_000 },
    async () => {
      const handle = await registerCountry('CRI');
      await twoCyclesWithoutReport(env.client, 'CRI', Y - 1, taskQueue);
      const escalation = env.client.workflow.getHandle(escalationWorkflowId('CRI', Y - 1));
      const decision = env.client.workflow.getHandle(decisionWorkflowId('gcm', 'dialogue', 'CRI', Y - 1));
      const question = await vi.waitUntil(() => decision.query(getDecisionQuery).catch(() => undefined), {
        timeout: 30_000,
        interval: 200,
      });
      expect(question).toMatchObject({ stage: 'awaiting-procedure', subject: { kind: 'dialogue', year: Y - 1 } });
      expect((await escalation.query(gcm.getEscalationQuery)).stage).toBe('awaiting-gcm');
      // Nothing is recorded with the country before the GCM has decided.
      expect(
        await rejected(
          escalation.executeUpdate(gcm.recordDialogue.update, {
            args: [{ ...(JSON.parse(exampleIn(Y, 'dialogue.json')) as object), as: helena!.email } as DialogueArgs],
          }),
        ),
      ).toBe('invalid stage: stage: the GCM has not yet decided to open a dialogue with the country');

      // A silence procedure, broken by Tomás; the meeting keeps his objection: no dialogue.
      await decision.executeUpdate(circulate.update, { args: [{ as: governance.secretariat.email }] });
      const reason = 'Costa Rica reported late for a flood; its report is in since';
      await decision.executeUpdate(answer.update, { args: [{ as: tomas!.email, answer: 'object', reason }] });
      const heldOn = DateTime.fromMillis(await env.currentTimeMs(), { zone: 'Europe/Zurich' }).toISODate()!;
      await decision.executeUpdate(recordMeeting.update, {
        args: [
          {
            as: governance.secretariat.email,
            heldOn,
            present: [helena!.email, tomas!.email],
            minutes: 'GCM',
            objections: [{ member: tomas!.email, reason }],
          },
        ],
      });
      // Polled rather than awaited as a result: waiting for a result lets the time-skipping server jump ahead.
      await expect.poll(async () => (await escalation.query(gcm.getEscalationQuery)).stage, { timeout: 20_000 }).toBe('not-engaged');
      expect((await escalation.query(gcm.getEscalationQuery)).decision).toMatchObject({
        decision: 'resumed',
        reason: `the GCM decided on ${heldOn} not to open a dialogue: ${reason}`,
      });
      // The record confirms the end with the escalation itself (activity readEscalationEnd); on the
      // time-skipping server a query of a run that has just completed is sometimes lost, and retried after 30 s.
      await expect
        .poll(async () => (await handle.query(country.getRecordQuery)).escalations[0]!.result, { timeout: 45_000 })
        .toBe('resumed');
      expect((await handle.query(country.getRecordQuery)).status).toBe('active');
      const fromEscalation = mail.messages.filter((m) =>
        m.headers['x-pathfinder-key']!.startsWith(`${escalationWorkflowId('CRI', Y - 1)}/`),
      );
      expect(fromEscalation.map(kindOf)).toEqual([]);
    },
  );
});

describe('a country declared inactive', () => {
  it('has its running cycle suspended, with no reminder after the decision', async () => {
    const entity = await registerCountry('PRY');
    const cycle = await env.client.workflow.start(reportingCycle, {
      taskQueue,
      workflowId: reportingCycleId('PRY', Y),
      args: [cycleInput(Y, { ...exampleCountries[0]!, code: 'PRY' })],
    });
    await twoCyclesWithoutReport(env.client, 'PRY', Y - 2, taskQueue);
    const escalation = env.client.workflow.getHandle(escalationWorkflowId('PRY', Y - 2));
    await expect.poll(async () => (await entity.query(country.getRecordQuery)).escalations.length).toBe(1);
    await gcmOpensDialogue(env.client, 'PRY', Y - 2);
    const dialogue = {
      topics: ['compliance' as const],
      circumstances: 'No reply to three invitations',
      wayForward: { summary: 'None agreed' },
    };
    await expect
      .poll(() =>
        escalation.query(gcm.getEscalationQuery).then(
          () => true,
          () => false,
        ),
      )
      .toBe(true);
    await escalation.executeUpdate(gcm.recordDialogue.update, { args: [{ ...dialogue, as: helena!.email }] });
    // The GCM forms a sub-group; its final check-in ends the support, and the GCM declares the country inactive.
    await escalation.executeUpdate(gcm.proposeSupport.update, {
      args: [{ as: helena!.email, mechanisms: ['I'], members: [{ name: 'Sam Okoro', email: 'sam.okoro@example.org' }] }],
    });
    await gcmMeetingDecides(env.client, 'PRY', escalationDecisionId('support', 'PRY', Y - 2, 1));
    const support = env.client.workflow.getHandle(supportWorkflowId('PRY', Y - 2));
    await expect
      .poll(
        () =>
          support.query(gcm.getSupportQuery).then(
            () => true,
            () => false,
          ),
        { timeout: 20_000 },
      )
      .toBe(true);
    await support.executeUpdate(gcm.checkIn.update, { args: [{ as: 'sam.okoro@example.org', note: 'No reply', endsSupport: true }] });
    await expect
      .poll(async () => (await escalation.query(gcm.getEscalationQuery)).support?.endedBecause, { timeout: 20_000 })
      .toBe('not-ready');
    await escalation.executeUpdate(gcm.proposeEnd.update, { args: [{ as: helena!.email, decision: 'inactive', reason: 'No engagement' }] });
    await gcmMeetingDecides(env.client, 'PRY', escalationDecisionId('inactive', 'PRY', Y - 2, 1));
    await expect.poll(async () => (await escalation.query(gcm.getEscalationQuery)).stage, { timeout: 20_000 }).toBe('inactive');

    expect(await cycle.result()).toMatchObject({ stage: 'suspended' });
    const decidedAt = Date.parse((await escalation.query(gcm.getEscalationQuery)).decision!.at);
    const reminders = mail.messages.filter((m) => m.headers['x-pathfinder-key']!.startsWith(`${reportingCycleId('PRY', Y)}/submission`));
    expect(reminders.filter((m) => m.date!.getTime() > decidedAt)).toEqual([]);
    const record = await entity.query(country.getRecordQuery);
    expect(record.status).toBe('inactive');
    expect(record.history.at(-1)!.what).toBe(`${Y} cycle suspended: the country is inactive`);
  });
});

describe('the country record over decades', () => {
  it('keeps 30 years of outcomes while each run of its history stays bounded', async () => {
    const handle = await registerCountry('BOL', 60);
    const years = Array.from({ length: 30 }, (_, i) => Y - 30 + i);
    for (const year of years) {
      await pastCyclesImported(env.client, 'BOL', [{ year, outcome: year % 3 === 1 ? { ...good, evidenceOfProgress: false } : good }]);
      await registryImported(env.client, [{ ...exampleCountries[0]!, code: 'BOL', name: `Peru ${year}` }]);
    }
    // The time-skipping server now and then never answers a query that reaches a run as it continues as
    // new (the worker logs "Task not found when completing"): each query gets a deadline and is asked again.
    // A registry entry is taken once a worker has checked its signature, so the last name comes a little later.
    const taken = () =>
      env.client
        .withDeadline(Date.now() + 2_000, () => handle.query(country.getRecordQuery))
        .then(
          (r) => `${r.cycles.length} cycles, ${r.country.name}`,
          () => 'no answer',
        );
    await expect.poll(taken, { timeout: 20_000 }).toBe(`30 cycles, Peru ${Y - 1}`);
    const record = await handle.query(country.getRecordQuery);
    expect(record.cycles.map((c) => c.year)).toEqual(years);
    expect(record.country.name).toBe(`Peru ${Y - 1}`);
    const description = await handle.describe();
    expect(description.runId).not.toBe(handle.firstExecutionRunId); // it has continued as new
    expect(description.historyLength).toBeLessThan(120);
  });

  it('takes a focal point change from the secretariat only', async () => {
    const handle = await registerCountry('ARG');
    const ana = { name: 'Ana Torres', email: 'ana.torres@example.org', language: 'es' as const, zone: 'America/Lima' };
    expect(await rejected(handle.executeUpdate(country.changeFocalPoints.update, { args: [{ as: ana.email, focalPoint: ana }] }))).toBe(
      `invalid sender: as: ana.torres@example.org is not the secretariat (${governance.secretariat.email})`,
    );
    const changed = await handle.executeUpdate(country.changeFocalPoints.update, {
      args: [{ as: governance.secretariat.email, focalPoint: ana }],
    });
    expect(changed.country.focalPoint).toEqual(ana);
    expect(changed.history.at(-1)!.what).toMatch(/^focal points now Ana Torres <ana.torres@example.org>/);
  });
});

describe('malformed messages from outside', () => {
  it('records them as refused and goes on taking tasks, instead of failing its workflow task for ever', async () => {
    const handle = await registerCountry('URY');
    await handle.signal(country.updateCountrySignal, malformed({ country: { code: '../x', name: '' }, governance }));
    await handle.signal(country.cycleClosedSignal, malformed({ year: 'last year', outcome: 'bad' }));
    await handle.signal(country.grantedSignal, malformed({ grantedOn: 'soon' }));
    // The record still answers an Update, and nothing of the three changed it.
    const after = await handle.executeUpdate(country.updateRoadmap.update, {
      args: [{ as: exampleCountries[0]!.focalPoint.email, summary: 'Labour inspection added to the roadmap' }],
    });
    expect(after.country.code).toBe('URY');
    expect(after.cycles).toEqual([]);
    expect(after.status).toBe('active');
    const refused = after.history.filter((h) => h.what.startsWith('rejected')).map((h) => h.what);
    expect(refused).toEqual([
      expect.stringMatching(/^rejected updateCountry: country\.code: is not an ISO 3166-1 alpha-3 code/),
      expect.stringMatching(/^rejected cycleClosed: year: /),
      expect.stringMatching(/^rejected granted: grantedOn: must be a date/),
    ]);
    expect(after.audit!.filter((e) => e.outcome === 'refused').map((e) => [e.task, e.channel])).toEqual([
      ['updateCountry', 'raw signal'],
      ['cycleClosed', 'raw signal'],
      ['granted', 'raw signal'],
    ]);
  });

  it('does not take a well-formed but forged grant: the candidacy it names must say so', async () => {
    const handle = await env.client.workflow.start(pathfinderCountry, {
      taskQueue,
      workflowId: countryWorkflowId('VEN'),
      args: [{ country: { ...exampleCountries[0]!, code: 'VEN', status: 'candidate', reviewers: [] }, governance }],
    });
    await handle.signal(country.grantedSignal, { grantedOn: `${Y}-03-10`, reviewers: [], roadmap: 'a roadmap nobody presented' });
    await expect
      .poll(async () => (await handle.query(country.getRecordQuery)).history.at(-1)?.what)
      .toBe('rejected granted: the candidacy of VEN is not on record');
    expect((await handle.query(country.getRecordQuery)).status).toBe('candidate');
  });

  it('does not take a forged end of a cycle, an escalation or a reactivation request: their own workflows must say so', async () => {
    const handle = await registerCountry('GUY');
    const history = async () => (await handle.query(country.getRecordQuery)).history.map((h) => h.what);
    const finalised = {
      stage: 'finalised',
      outcome: good,
      rule: 'same-criterion' as const,
      evidence: { deadline: `${Y - 1}-04-30T21:59:59.000Z`, extensions: 0, remindersSent: 0, submissions: [], reviews: [] },
    };
    await handle.signal(country.cycleClosedSignal, { year: Y - 1, ...finalised });
    await expect.poll(history).toContainEqual(`rejected cycleClosed: the ${Y - 1} reporting cycle of GUY has not ended`);
    await cycleClosedWithoutReport(env.client, 'GUY', Y - 2, { taskQueue });
    await handle.signal(country.cycleClosedSignal, { year: Y - 2, ...finalised });
    await expect
      .poll(history)
      .toContainEqual(`rejected cycleClosed: the ${Y - 2} reporting cycle of GUY ended closed-without-report, not as told`);
    expect((await handle.query(country.getRecordQuery)).cycles.map((c) => [c.year, c.stage])).toEqual([[Y - 2, 'closed-without-report']]);

    await handle.signal(country.escalationClosedSignal, { year: Y + 1, result: 'inactive', reason: 'forged' });
    await expect.poll(history).toContainEqual(`rejected escalationClosed: the ${Y + 1} escalation of GUY has not ended`);
    await handle.signal(country.reactivationClosedSignal, {
      workflowId: 'reactivation-PER-1',
      result: 'reactivated',
      note: 'forged',
      nextCycleYear: Y + 2,
    });
    await expect
      .poll(history)
      .toContainEqual('rejected reactivationClosed: the reactivation request reactivation-PER-1 of this country has not ended');
    // The GCM's note of a reactivation nobody requested: the record reads the request's own workflow.
    await handle.signal(country.reactivationNotedSignal, {
      workflowId: 'reactivation-GUY-1',
      noted: true,
      on: `${Y}-03-02`,
      how: 'meeting',
      reasons: [],
    });
    await expect
      .poll(history)
      .toContainEqual('rejected reactivationNoted: the GCM has not decided on the reactivation request reactivation-GUY-1 of this country');
    // A registry entry nobody imported, and one imported for another country.
    const forgedEntry = {
      country: { ...exampleCountries[0]!, code: 'GUY', focalPoint: { ...exampleCountries[0]!.focalPoint, email: 'someone@example.net' } },
      governance,
    };
    await handle.signal(country.updateCountrySignal, { ...forgedEntry, signature: 'not-a-signature' });
    await expect.poll(history).toContainEqual('rejected updateCountry: the entry of GUY is not signed by a registry import for GUY');
    const suriname = { country: { ...exampleCountries[0]!, code: 'SUR' }, governance };
    await handle.signal(country.updateCountrySignal, { ...suriname, signature: await signRegistryEntry(registryKeysFromEnv(), suriname) });
    await expect.poll(history).toContainEqual('rejected updateCountry: the entry of SUR is not signed by a registry import for GUY');
    const after = await handle.query(country.getRecordQuery);
    expect(after.country.focalPoint).toEqual(exampleCountries[0]!.focalPoint);
    expect(after.status).toBe('active');
    expect(after.audit!.filter((a) => a.outcome === 'refused').map((a) => a.task)).toEqual([
      'cycleClosed',
      'cycleClosed',
      'escalationClosed',
      'reactivationClosed',
      'reactivationNoted',
      'updateCountry',
      'updateCountry',
    ]);
    await recordHistory(env.client, handle.workflowId, 'pathfinder-country-forged-ends');
  });
});
