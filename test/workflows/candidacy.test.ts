import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { WorkflowHandle } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CandidacyArgs, CandidacyTask } from '../../domain/candidacy/args';
import { expressionOfInterestSchema } from '../../domain/record/registry';
import { defaultPolicy } from '../../domain/cycle/policy';
import { annualCycle, candidacy } from '../../workflows';
import { openCyclesUpdate } from '../../workflows/annual-cycle/messages';
import { candidacyMessages, getCandidacyQuery } from '../../workflows/candidacy/messages';
import * as country from '../../workflows/country/messages';
import type { CaughtMail, MailCatcher } from '../../scripts/mail-catcher';
import { exampleIn, governance } from '../helpers/fixtures';
import { startTimeSkipping } from '../helpers/temporal';
import { startStack, type RunningStack } from '../helpers/worker';
import { annualCycleId, candidacyWorkflowId, countryWorkflowId, decisionWorkflowId } from '../../domain/shared/workflow-ids';
import * as decisionMessages from '../../workflows/decision/messages';
import type { DecisionState } from '../../domain/decision/decision';
import type { TaskDefinition } from '../../workflows/define-task';
import { skipTo, Y } from '../helpers/clock';
import { isCopy } from '../helpers/personal-links';
import { recordHistory } from '../helpers/record-history';
import { kindOf } from '../helpers/mail';
import { rejected } from '../helpers/updates';

let env: TestWorkflowEnvironment;
let mail: MailCatcher;
let publishDir: string;
let stack: RunningStack | undefined;
const taskQueue = 'candidacy';
const file = (name: string) => JSON.parse(exampleIn(Y, `candidacy/${name}.json`)) as Record<string, unknown>;
const eoi = expressionOfInterestSchema.parse(file('eoi'));
const [helena, tomas] = governance.gcm.map((m) => m.email) as [string, string];
const secretariat = governance.secretariat.email;
const valentina = eoi.focalPoint.email;
const amina = { name: 'Amina Diallo', email: 'amina.diallo@example.org', language: 'en' as const, zone: 'Africa/Dakar' };

beforeAll(async () => {
  stack = await startStack(startTimeSkipping, taskQueue);
  ({ env, mail, publishDir } = stack);
});
afterAll(() => stack?.stop());

const kind = (k: string, code: string) =>
  mail.messages.filter((m) => kindOf(m) === k && m.headers['x-pathfinder-key']!.startsWith(`${candidacyWorkflowId(code)}/`) && !isCopy(m));
/** The GCM's decision on a grant or on a feedback draft, once the candidacy has put it to the GCM. */
async function gcmDecision(code: string, n: number, kind: 'grant' | 'feedback' = 'grant') {
  const handle = env.client.workflow.getHandle(decisionWorkflowId('gcm', kind, code, n));
  await expect
    .poll(
      () =>
        handle.describe().then(
          () => true,
          () => false,
        ),
      { timeout: 10_000 },
    )
    .toBe(true);
  return handle;
}
/** The day it is on the test server's clock, in the secretariat's zone. */
const serverDay = async () => DateTime.fromMillis(await env.currentTimeMs(), { zone: 'Europe/Zurich' }).toISODate()!;
const decide = <A>(h: WorkflowHandle, task: TaskDefinition<DecisionState, A>, args: A) => h.executeUpdate(task.update, { args: [args] });
const step = <T extends CandidacyTask>(h: WorkflowHandle, task: T, args: object) =>
  h.executeUpdate(candidacyMessages[task].update, { args: [args as CandidacyArgs<T>] });

/** Chile's expression of interest under another code, so each test has its own candidate. */
function open(code: string) {
  return env.client.workflow.start(candidacy, {
    taskQueue,
    workflowId: candidacyWorkflowId(code),
    args: [{ eoi: { ...eoi, code }, governance, policy: defaultPolicy() }],
  });
}

/** The candidate's planning steps (R4–R9) with the files of examples/candidacy. */
async function plan(h: WorkflowHandle) {
  await step(h, 'acknowledge', { as: secretariat, reviewers: [amina] });
  for (const task of ['timeline', 'stakeholders', 'situation', 'workshop', 'roadmap'] as const)
    await step(h, task, { ...file(task), as: valentina });
}

/** The GCM's feedback drafts so far, across the candidacy's rounds. */
const feedbackDrafts = async (h: WorkflowHandle) => (await h.query(getCandidacyQuery)).gcmRounds.flatMap((r) => r.feedbackDrafts ?? []);

/** R10: presentation, the GCM's feedback (drafted by a member, adopted at a meeting the same day) and the follow-up. */
async function present(h: WorkflowHandle) {
  await step(h, 'presentation', { ...file('presentation'), as: secretariat });
  await step(h, 'feedback', { ...file('feedback'), as: helena });
  const code = h.workflowId.slice('candidacy-'.length);
  const feedback = await gcmDecision(code, (await feedbackDrafts(h)).length, 'feedback');
  await decide(feedback, decisionMessages.recordMeeting, {
    as: secretariat,
    heldOn: await serverDay(),
    present: [helena, tomas],
    minutes: 'GCM meeting: feedback on the presentation',
  });
  await expect.poll(async () => (await h.query(getCandidacyQuery)).gcmRounds.at(-1)?.feedback, { timeout: 10_000 }).toBeDefined();
  return step(h, 'followUp', {
    as: valentina,
    response: 'Survivor groups join the coordination body; inspection linked to the CEACR observation',
  });
}

describe('candidacy', () => {
  it(`goes from an expression of interest to status granted in March ${Y}, first reporting in ${Y + 1}`, async () => {
    const h = await open('CHL');
    await plan(h);
    await present(h);
    // Months are skipped only once its e-mails are out: a send under way when the server's clock jumps
    // would outlive its timeouts and wait for a retry in real time.
    await expect.poll(async () => (await h.query(getCandidacyQuery)).outbox, { timeout: 20_000 }).toEqual([]);
    // The GCM decides as a body: the secretariat records, on 12 March, the meeting of 10 March that granted it.
    await skipTo(env, `${Y}-03-12T10:00:00+01:00`);
    const gcm = await gcmDecision('CHL', 1);
    await decide(gcm, decisionMessages.recordMeeting, {
      as: secretariat,
      heldOn: `${Y}-03-10`,
      present: [helena, tomas],
      minutes: 'GCM meeting of 10 March, item 4',
    });
    await expect.poll(async () => (await h.query(getCandidacyQuery)).stage, { timeout: 10_000 }).toBe('granted');
    const granted = await h.query(getCandidacyQuery);
    expect(granted).toMatchObject({ stage: 'granted', grantedOn: `${Y}-03-10` });

    const entity = env.client.workflow.getHandle(countryWorkflowId('CHL'));
    await expect.poll(async () => (await entity.query(country.getRecordQuery)).status).toBe('active');
    const record = await entity.query(country.getRecordQuery);
    expect(record.country).toMatchObject({ grantedOn: `${Y}-03-10`, reviewers: [amina], focalPoint: eoi.focalPoint });
    expect(record.roadmaps).toEqual([
      expect.objectContaining({ version: 1, summary: expect.stringMatching(/^roadmap: Child labour in agriculture/) as string }),
    ]);
    // R9, R12: the roadmap the candidacy filed is version 1 of the document, its areas those it named.
    const v1 = record.roadmaps[0]!.document!;
    expect(v1.priorityAreas.map((a) => a.title)).toEqual([
      'Child labour in agriculture',
      'Forced labour of migrant workers',
      'Labour inspection',
      'Survivor support',
    ]);
    expect(v1.carriedOver).toMatchObject({
      actions: [{ text: 'Joint inspection teams in two regions before December', immediate: true }, expect.anything(), expect.anything()],
      assistanceNeeds: ['Survey design for forced labour'],
    });
    expect(record.history.map((x) => x.what)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(new RegExp(String.raw`^candidacy: planning workshop held on ${Y}-05-20`)),
        `status active: granted by the GCM on ${Y}-03-10`,
      ]),
    );
    await expect.poll(() => readFileSync(join(publishDir, 'CHL/profile.json'), 'utf8')).toContain('"status": "active"');

    // The GCM was told of the expression of interest; the candidate was invited, given feedback, told of the grant.
    expect(
      kind('candidacy-received', 'CHL')
        .flatMap((m) => m.to)
        .sort(),
    ).toEqual(governance.gcm.map((m) => m.email).sort());
    expect(
      kind('candidacy-invitation', 'CHL')
        .map((m) => m.subject)
        .sort(),
    ).toEqual([
      'Chile: invitación a consultas y a un taller de planificación estratégica',
      'Chile: invitation to consultations and a strategic planning workshop',
    ]);
    await mail.waitFor(2, (m) => kindOf(m) === 'candidacy-granted');

    // R14: granted in March 2027, it reports first in April 2028.
    for (const [year, result] of [
      [Y, { country: 'CHL', result: 'not eligible', reason: `first reporting year ${Y + 1}` }],
      [Y + 1, { country: 'CHL', result: 'started' }],
    ] as const) {
      const annual = await env.client.workflow.start(annualCycle, { taskQueue, workflowId: annualCycleId(year), args: [{ year }] });
      expect(await annual.executeUpdate(openCyclesUpdate, { args: [{ countries: ['CHL'] }] })).toEqual([result]);
    }

    // R12: an active country updates its roadmap; the secretariat is told, and the profile follows.
    const fisheries = { title: 'Forced labour in fisheries', actions: [{ text: 'Inspect 40 vessels', due: `${Y + 1}-06-30` }] };
    const updated = await entity.executeUpdate(country.updateRoadmap.update, {
      args: [{ as: valentina, document: { ...v1, priorityAreas: [...v1.priorityAreas, fisheries] } }],
    });
    expect(updated.roadmaps.map((r) => r.version)).toEqual([1, 2]);
    expect(updated.roadmaps[1]!.changes).toEqual([{ kind: 'areaAdded', area: 'Forced labour in fisheries' }]);
    await mail.waitFor(1, (m) => kindOf(m) === 'roadmap-updated' && m.to.includes(governance.secretariat.email));
    await expect.poll(() => readFileSync(join(publishDir, 'CHL/profile.json'), 'utf8')).toContain('Inspect 40 vessels');
    await recordHistory(env.client, candidacyWorkflowId('CHL'), 'candidacy-granted');
    await recordHistory(env.client, countryWorkflowId('CHL'), 'pathfinder-country-granted');
  });

  it('keeps everything after an objection, and is granted on a second attempt', async () => {
    const h = await open('URY');
    await plan(h);
    await present(h);
    // A written silence procedure, which Tomás breaks with his objection; the next meeting does not adopt it.
    const first = await gcmDecision('URY', 1);
    const circulated = await decide(first, decisionMessages.circulate, { as: secretariat });
    expect(circulated.silence!.asked.map((m) => m.email).sort()).toEqual([helena, tomas].sort());
    await mail.waitFor(2, (m) => kindOf(m) === 'decision-circulated' && m.headers['x-pathfinder-key']!.startsWith(`${first.workflowId}/`));
    const reason = 'No survivor participation in the roadmap';
    const broken = await decide(first, decisionMessages.answer, { as: tomas, answer: 'object', reason });
    expect(broken.stage).toBe('awaiting-meeting');
    expect((await h.query(getCandidacyQuery)).stage).toBe('gcm-review'); // an objection is not the decision
    await decide(first, decisionMessages.recordMeeting, {
      as: secretariat,
      heldOn: await serverDay(),
      present: [helena, tomas],
      minutes: 'GCM meeting',
      objections: [{ member: tomas, reason }],
    });
    await expect.poll(async () => (await h.query(getCandidacyQuery)).stage, { timeout: 10_000 }).toBe('planning');
    const blocked = await h.query(getCandidacyQuery);
    expect(blocked).toMatchObject({ stage: 'planning', attempt: 2 });
    expect(blocked.filed.roadmap).toBeDefined();
    const told = await mail.waitFor(2, (m) => m.headers['x-pathfinder-key']!.startsWith(`${candidacyWorkflowId('URY')}/not-granted-1/`));
    expect(told.map((m) => m.text).join()).toContain('No survivor participation in the roadmap');

    // Nothing needs filing again; a second round at the GCM.
    await present(h);
    // Adopted in silence: nobody objects by the end of the period, which is the day of the grant.
    const second = await gcmDecision('URY', 2);
    const until = DateTime.fromISO(await serverDay())
      .plus({ days: 10 })
      .toISODate()!;
    const { silence } = await decide(second, decisionMessages.circulate, { as: secretariat, until });
    await decide(second, decisionMessages.answer, { as: helena, answer: 'no-objection' });
    await expect.poll(async () => (await second.query(decisionMessages.getDecisionQuery)).outbox, { timeout: 20_000 }).toEqual([]);
    await skipTo(env, DateTime.fromISO(silence!.endsAt).plus({ hours: 1 }));
    await expect.poll(async () => (await h.query(getCandidacyQuery)).stage, { timeout: 10_000 }).toBe('granted');
    const granted = await h.query(getCandidacyQuery);
    expect(granted).toMatchObject({ stage: 'granted', attempt: 2, grantedOn: until });
    expect(granted.gcmRounds.map((r) => r.outcome)).toEqual(['not granted', 'granted']);
  });

  it("takes the GCM's feedback as the GCM's own: an objection stops a draft, and the candidate hears only the one adopted", async () => {
    const h = await open('PRY');
    await plan(h);
    await step(h, 'presentation', { ...file('presentation'), as: secretariat });
    const feedbackTo = (code: string) =>
      mail.messages.filter(
        (m) => kindOf(m) === 'candidacy-feedback' && m.headers['x-pathfinder-key']!.startsWith(`${candidacyWorkflowId(code)}/`),
      );

    // The secretariat drafts it; the draft goes to the GCM, and the candidate hears nothing yet.
    const drafted = await step(h, 'feedback', { ...file('feedback'), feedback: 'First draft: add survivors', as: secretariat });
    expect(drafted.gcmRounds[0]!.feedback).toBeUndefined();
    expect(drafted.gcmRounds[0]!.feedbackDrafts).toMatchObject([
      { decision: decisionWorkflowId('gcm', 'feedback', 'PRY', 1), draft: { as: secretariat, feedback: 'First draft: add survivors' } },
    ]);
    // One draft before the GCM at a time, and no follow-up to a feedback not given.
    expect(await rejected(step(h, 'feedback', { ...file('feedback'), as: helena }))).toBe(
      `invalid stage: stage: a feedback draft is before the GCM (${decisionWorkflowId('gcm', 'feedback', 'PRY', 1)}); a new one only if it is not adopted`,
    );
    expect(await rejected(step(h, 'followUp', { as: valentina, response: 'done' }))).toBe(
      'invalid stage: stage: the GCM has not given its feedback yet',
    );

    // A silence procedure that Tomás breaks; the meeting does not adopt the draft.
    const first = await gcmDecision('PRY', 1, 'feedback');
    await decide(first, decisionMessages.circulate, { as: secretariat });
    const reason = 'The feedback must name the CEACR observation';
    expect(await decide(first, decisionMessages.answer, { as: tomas, answer: 'object', reason })).toMatchObject({
      stage: 'awaiting-meeting',
    });
    await decide(first, decisionMessages.recordMeeting, {
      as: secretariat,
      heldOn: await serverDay(),
      present: [helena, tomas],
      minutes: 'GCM meeting',
      objections: [{ member: tomas, reason }],
    });
    await expect.poll(async () => (await feedbackDrafts(h)).map((d) => d.outcome), { timeout: 10_000 }).toEqual(['not-adopted']);
    expect((await h.query(getCandidacyQuery)).gcmRounds[0]!.feedback).toBeUndefined();

    // A second draft, by a member, adopted in silence at the end of the period: then the candidate receives it, dated by the decision.
    const text = 'Name the CEACR observation of 2025 and involve survivor groups';
    await step(h, 'feedback', { ...file('feedback'), feedback: text, as: helena });
    const second = await gcmDecision('PRY', 2, 'feedback');
    const until = DateTime.fromISO(await serverDay())
      .plus({ days: 7 })
      .toISODate()!;
    const { silence } = await decide(second, decisionMessages.circulate, { as: secretariat, until });
    await decide(second, decisionMessages.answer, { as: tomas, answer: 'no-objection' });
    await expect.poll(async () => (await second.query(decisionMessages.getDecisionQuery)).outbox, { timeout: 20_000 }).toEqual([]);
    await expect.poll(async () => (await h.query(getCandidacyQuery)).outbox, { timeout: 20_000 }).toEqual([]);
    expect(feedbackTo('PRY')).toEqual([]);
    await skipTo(env, DateTime.fromISO(silence!.endsAt).plus({ hours: 1 }));
    await expect.poll(async () => (await h.query(getCandidacyQuery)).gcmRounds[0]!.feedbackOn, { timeout: 10_000 }).toBe(until);
    const adopted = await h.query(getCandidacyQuery);
    expect(adopted.gcmRounds[0]!.feedback).toMatchObject({ feedback: text, as: helena });
    expect(adopted.history.at(-1)!.what).toBe(`GCM feedback adopted on ${until} by silence procedure (drafted by ${helena})`);
    const told = (await mail.waitFor(2, (m) => feedbackTo('PRY').includes(m))).filter((m) => !isCopy(m));
    expect(told.map((m) => m.text).join()).toContain(text);
    expect(told.map((m) => m.text).join()).not.toContain('First draft');
    // Each in their language: the focal point in Spanish, the deputy in English.
    const dated = (locale: string) => DateTime.fromISO(until).setLocale(locale).toLocaleString(DateTime.DATE_FULL);
    expect(told.map((m) => m.text).sort()).toEqual([
      expect.stringContaining(`adopted on ${dated('en')}:`),
      expect.stringContaining(`adoptados el ${dated('es')}:`),
    ]);
    expect(await step(h, 'followUp', { as: valentina, response: 'Survivor groups join' })).toMatchObject({ stage: 'gcm-review' });
    expect(await rejected(step(h, 'feedback', { ...file('feedback'), as: helena }))).toBe(
      'invalid stage: stage: the GCM has given its feedback in this round already',
    );
    await recordHistory(env.client, candidacyWorkflowId('PRY'), 'candidacy-feedback-by-gcm');
  });

  it('rejects bad input at every step, naming the field and the reason, and changes nothing', async () => {
    const h = await open('ARG');
    const same = async (send: () => Promise<unknown>) => {
      await expect.poll(async () => (await h.query(getCandidacyQuery)).outbox).toEqual([]); // e-mails of earlier steps are out
      const before = await h.query(getCandidacyQuery);
      const message = await rejected(send());
      expect(await h.query(getCandidacyQuery)).toEqual(before);
      return message;
    };
    expect(await same(() => step(h, 'acknowledge', { as: valentina, reviewers: [amina] }))).toBe(
      'invalid sender: as: valentina.rojas@example.org is not the secretariat (secretariat@example.org)',
    );
    expect(await same(() => step(h, 'timeline', { ...file('timeline'), as: valentina }))).toBe(
      'invalid stage: stage: the candidacy is at expression-of-interest; the timeline is not taken now',
    );
    await step(h, 'acknowledge', { as: secretariat, reviewers: [amina] });
    expect(await same(() => step(h, 'timeline', { steps: [{ step: 'party', due: `${Y}-02-01` }], as: valentina }))).toBe(
      'invalid timeline: steps.0.step: must be one of stakeholder-mapping, situation-mapping, workshop, roadmap',
    );
    expect(await same(() => step(h, 'stakeholders', { ...file('stakeholders'), coordinationBodies: [], as: valentina }))).toBe(
      'invalid stakeholders: coordinationBodies: needs at least one coordination body',
    );
    expect(await same(() => step(h, 'situation', { ...file('situation'), gaps: undefined, as: valentina }))).toBe(
      'invalid situation: gaps: is required',
    );
    expect(await same(() => step(h, 'workshop', { ...file('workshop'), heldOn: 'May', as: valentina }))).toBe(
      'invalid workshop: heldOn: must be a date (YYYY-MM-DD)',
    );
    const naps = {
      kind: 'national-action-plans',
      plans: [
        { title: `National plan against child labour ${Y - 1}–${Y + 3}`, covers: ['child-labour'], criteriaAndIndicators: 'SDG 8.7.1' },
      ],
    };
    expect(await same(() => step(h, 'roadmap', { plan: naps, as: valentina }))).toBe(
      'invalid roadmap: plan.plans: national action plans must cover both child labour and forced labour; none covers forced-labour',
    );
    expect(await same(() => step(h, 'presentation', { ...file('presentation'), as: secretariat }))).toBe(
      'invalid presentation: stage: not ready for the GCM; still missing: a timeline, a stakeholder and coordination mapping, a situation mapping, a planning workshop, a roadmap or national action plans',
    );
    expect(await same(() => step(h, 'feedback', { ...file('feedback'), as: valentina }))).toBe(
      'invalid sender: as: valentina.rojas@example.org is not the secretariat or a member of the GCM',
    );
    expect(await same(() => step(h, 'followUp', { as: valentina, response: 'done' }))).toBe(
      'invalid stage: stage: the candidacy is at planning; a follow-up is not taken now',
    );
    expect(await same(() => step(h, 'position', { as: helena, position: 'object' }))).toBe(
      'invalid position: reason: is required with an objection: say what is missing',
    );
    expect(await same(() => step(h, 'withdraw', { as: 'someone@example.org', reason: 'x' }))).toBe(
      'invalid sender: as: someone@example.org is not the focal point or deputy of ARG',
    );

    // National action plans covering both are accepted instead of a roadmap; a candidate may withdraw.
    await step(h, 'roadmap', {
      plan: {
        ...naps,
        plans: [
          ...naps.plans,
          {
            title: 'Plan against forced labour',
            covers: ['forced-labour', 'human-trafficking'],
            criteriaAndIndicators: 'Victims identified',
          },
        ],
      },
      as: valentina,
    });
    expect(await step(h, 'withdraw', { as: eoi.deputy.email, reason: 'New government priorities' })).toMatchObject({ stage: 'withdrawn' });
    const entity = env.client.workflow.getHandle(countryWorkflowId('ARG'));
    await expect.poll(async () => (await entity.query(country.getRecordQuery)).status).toBe('withdrawn');
  });

  it('reminds the candidate of a late step of its own timeline', async () => {
    const h = await open('BOL');
    await step(h, 'acknowledge', { as: secretariat, reviewers: [amina] });
    const due = DateTime.fromMillis(await env.currentTimeMs())
      .setZone('Europe/Zurich')
      .plus({ days: 20 })
      .toISODate()!;
    await step(h, 'timeline', {
      steps: [
        { step: 'situation-mapping', due },
        { step: 'stakeholder-mapping', due },
      ],
      as: valentina,
    });
    await step(h, 'stakeholders', { ...file('stakeholders'), as: valentina }); // done in time
    await env.sleep('30 days');
    const late = await mail.waitFor(
      2,
      (m: CaughtMail) => m.headers['x-pathfinder-key']!.startsWith(`${candidacyWorkflowId('BOL')}/situation-mapping`) && !isCopy(m),
    );
    // A week after the due date, 09:00 on a working day in each reader's zone (both in Santiago here).
    const expected = DateTime.fromISO(due, { zone: eoi.focalPoint.zone }).plus({ days: 7 }).set({ hour: 9 });
    const weekday = expected.weekday > 5 ? expected.plus({ days: 8 - expected.weekday }) : expected;
    expect(late.map((m) => DateTime.fromJSDate(m.date!).setZone(eoi.focalPoint.zone).toISO())).toEqual([weekday.toISO(), weekday.toISO()]);
    expect(late.map((m) => m.subject).sort()).toEqual([
      'Bolivia: una etapa de su calendario está atrasada',
      'Chile: a step of your pathfinder timeline is late',
    ]);
    expect(late.map((m) => m.text).join('\n')).toContain(
      `the mapping of the SDG 8.7 situation, planned for ${DateTime.fromISO(due).setLocale('en').toLocaleString(DateTime.DATE_FULL)}`,
    );
    expect(
      mail.messages.filter((m) => m.headers['x-pathfinder-key']!.startsWith(`${candidacyWorkflowId('BOL')}/stakeholder-mapping`)),
    ).toEqual([]);
  });
});
