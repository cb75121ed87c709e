import { WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { Worker } from '@temporalio/worker';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { learningIntroduction } from '../../workflows';
import { getIntroductionQuery } from '../../workflows/learning/messages';
import type { IntroductionInput } from '../../domain/learning/introduction';
import { suggestions, type LearningCountry } from '../../domain/learning/suggestions';
import type { MailCatcher } from '../../scripts/mail-catcher';
import { exampleCountries, peru, secretariat } from '../helpers/fixtures';
import { startTimeSkippingStack, testWorker } from '../helpers/worker';
import { Y } from '../helpers/clock';
import { kindOf } from '../helpers/mail';
import { recordHistory } from '../helpers/record-history';

// S3, « le secrétariat peut faciliter les échanges »: the secretariat accepts a suggestion and both sides'
// focal points and deputies are e-mailed through the real SMTP path, each in their own language (Peru's
// focal point in Spanish, its deputy in French, Nigeria's in English), naming the other side, the area and
// why; the same pair and area cannot be answered twice.
let env: TestWorkflowEnvironment;
let mail: MailCatcher;
let worker: Worker;
const taskQueue = 'learning-introduction';
const nigeria = exampleCountries.find((c) => c.code === 'NGA')!;

let stop: (() => Promise<void>) | undefined;
beforeAll(async () => {
  ({ env, mail, worker, stop } = await startTimeSkippingStack(taskQueue));
});
afterAll(() => stop?.());

const interest = 'Labour inspection in mining';
const progress = 'Inspection units now visit every mining site twice a year.';
const evidence = 'Evaluation of the labour inspection units in mining.';
const countries: LearningCountry[] = [
  {
    code: 'PER',
    name: 'Peru',
    status: 'active',
    priorityAreas: [],
    report: { year: Y, learningInterests: [interest], progress: [{ objective: 'Child labour', summary: 'Survey done.' }], evidence: [] },
  },
  {
    code: 'NGA',
    name: 'Nigeria',
    status: 'active',
    priorityAreas: ['Forced labour in artisanal mining'],
    report: {
      year: Y,
      learningInterests: [],
      progress: [{ objective: 'Forced labour in artisanal mining', summary: progress }],
      evidence: [{ kind: 'evaluation', description: evidence }],
    },
  },
];

const input = (decision: IntroductionInput['decision']): IntroductionInput => ({
  suggestion: suggestions(countries, [])[0]!,
  decision,
  by: 'secretariat@example.org',
  sides: [
    { country: { code: 'PER', name: 'Peru' }, people: [peru.focalPoint, peru.deputy] },
    { country: { code: 'NGA', name: 'Nigeria' }, people: [nigeria.focalPoint, nigeria.deputy] },
  ],
  secretariat,
});

it('introduces both sides once, each reader in their own language, naming the other side, the area and why', { timeout: 60_000 }, () =>
  worker.runUntil(async () => {
    const accepted = input('accept');
    const workflowId = accepted.suggestion.id;
    const run = await env.client.workflow.start(learningIntroduction, { taskQueue, workflowId, args: [accepted] });
    const done = await run.result();
    expect(done.stage).toBe('introduced');
    expect(done.outbox).toEqual([]);
    expect(done.told).toEqual([
      { code: 'PER', emails: [peru.focalPoint.email, peru.deputy.email] },
      { code: 'NGA', emails: [nigeria.focalPoint.email, nigeria.deputy.email] },
    ]);

    const sent = await mail.waitFor(4, (m) => kindOf(m) === 'learning-introduction');
    const to = (email: string) => sent.find((m) => m.to.includes(email))!;
    // Peru's focal point reads Spanish: Peru wants to learn, Nigeria has shown progress, with its evidence and contacts.
    const lucia = to(peru.focalPoint.email);
    expect(lucia.subject).toBe('Aprendizaje entre pares: Perú y Nigeria');
    expect(lucia.text).toContain(
      `desea poner en contacto a Perú con Nigeria, cuyo último informe muestra avances en un ámbito sobre el que Perú desea aprender: ${interest}.`,
    );
    expect(lucia.text).toContain(`Avances informados por Nigeria en ${Y}:\n- Forced labour in artisanal mining: ${progress}`);
    expect(lucia.text).toContain(`Pruebas de avances:\n- evaluación: ${evidence}`);
    expect(lucia.text).toContain(`- ${nigeria.focalPoint.name} <${nigeria.focalPoint.email}>`);
    // Peru's deputy reads French.
    const jean = to(peru.deputy.email);
    expect(jean.subject).toBe('Apprentissage entre pairs\u00a0: Pérou et Nigéria');
    expect(jean.text).toContain('mettre le Pérou en relation avec le Nigéria');
    expect(jean.text).toContain(`- ${nigeria.deputy.name} <${nigeria.deputy.email}>`);
    // Nigeria's focal point reads English: Peru wishes to learn what Nigeria's own report shows.
    const chidi = to(nigeria.focalPoint.email);
    expect(chidi.subject).toBe('Peer learning: Nigeria and Peru');
    expect(chidi.text).toContain(
      `Peru wishes to learn from other pathfinder countries about ${interest}. The latest report of Nigeria shows progress in this area`,
    );
    expect(chidi.text).toContain('Why: the words "Labour", "inspection", "mining" are found in what Nigeria reported and planned.');
    expect(chidi.text).toContain(`- ${peru.focalPoint.name} <${peru.focalPoint.email}>`);
    expect(to(nigeria.deputy.email).subject).toBe('Peer learning: Nigeria and Peru');

    // A second answer to the same pair and area, accept or dismiss, is refused: nothing more is sent.
    for (const decision of ['accept', 'dismiss'] as const)
      await expect(
        env.client.workflow.start(learningIntroduction, {
          taskQueue,
          workflowId,
          args: [input(decision)],
          workflowIdReusePolicy: 'REJECT_DUPLICATE',
        }),
      ).rejects.toBeInstanceOf(WorkflowExecutionAlreadyStartedError);
    expect((await env.client.workflow.getHandle(workflowId).query(getIntroductionQuery)).decision).toBe('accept');
    expect(mail.messages.filter((m) => kindOf(m) === 'learning-introduction')).toHaveLength(4);
    await recordHistory(env.client, workflowId, 'learning-introduction-accepted');
  }),
);

it('records a dismissed suggestion and e-mails no one', { timeout: 60_000 }, async () => {
  const { worker: another } = await testWorker(env, mail.smtpUrl, taskQueue); // a worker runs once
  await another.runUntil(async () => {
    const dismissed = input('dismiss');
    const workflowId = `${dismissed.suggestion.id}-dismissed`;
    const state = await env.client.workflow.execute(learningIntroduction, { taskQueue, workflowId, args: [dismissed] });
    expect(state).toMatchObject({ stage: 'dismissed', decision: 'dismiss', by: 'secretariat@example.org', told: [], outbox: [] });
    expect(mail.messages.filter((m) => kindOf(m) === 'learning-introduction')).toHaveLength(4);
  });
});
