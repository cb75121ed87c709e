import type { Client } from '@temporalio/client';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Actor } from '../../app/actor';
import { candidacyStatus, candidacyStep, startCandidacy } from '../../app/candidacy';
import { changeFocalPoints, countryRecord, importRegistry, updateRoadmap } from '../../app/countries';
import { InputRejected, NotFound, NotNow } from '../../app/errors';
import { escalationStatus } from '../../app/escalation';
import { verifyReactivation } from '../../app/reactivation';
import { createSchedule, deleteSchedule, describeSchedule } from '../../app/schedule';
import { createPolicyActivities } from '../../activities/policy';
import { TASK_QUEUE } from '../../client/config';
import { exampleIn, exampleRegistry } from '../helpers/fixtures';
import { startDevServer } from '../helpers/temporal';
import { startStack, type RunningStack } from '../helpers/worker';
import { candidacyWorkflowId } from '../../domain/shared/workflow-ids';
import { realClockYear as Y } from '../helpers/clock';

// The application layer's country, candidacy, escalation and schedule tasks: what a person may do, and
// the typed refusal a client shows when the task does not apply.

let stack: RunningStack;
let client: Client;
const secretariat: Actor = { email: exampleRegistry.secretariat.email, channel: 'portal-session' };
const lucia: Actor = { email: 'lucia.quispe@example.org', channel: 'portal-link' };
const eoi = JSON.parse(exampleIn(Y, 'candidacy/eoi.json')) as { code: string };

beforeAll(async () => {
  stack = await startStack(startDevServer, TASK_QUEUE);
  client = stack.env.client;
  await importRegistry(client, exampleRegistry);
});
afterAll(() => stack?.stop());

it("changes a country's people and roadmap for those who may, and refuses everyone else", async () => {
  const deputy = { name: 'Rosa Mamani', email: 'rosa.mamani@example.org', language: 'es', zone: 'America/Lima' };
  await expect(changeFocalPoints(client, { country: 'PER', people: { deputy }, actor: lucia })).rejects.toThrow(InputRejected);
  const changed = await changeFocalPoints(client, { country: 'per', people: { deputy }, actor: secretariat });
  expect(changed.country.deputy.email).toBe('rosa.mamani@example.org');

  const updated = await updateRoadmap(client, { country: 'PER', summary: 'Survivors join the coordination body', actor: lucia });
  expect(updated.roadmaps.at(-1)!.summary).toBe('Survivors join the coordination body');
  expect((await countryRecord(client, 'PER')).roadmaps).toEqual(updated.roadmaps);

  await expect(updateRoadmap(client, { country: 'FRA', summary: 'x', actor: lucia })).rejects.toThrow(
    new NotFound('country: FRA is not registered'),
  );
  await expect(verifyReactivation(client, { country: 'PER', verified: true, note: 'n', actor: secretariat })).rejects.toThrow(
    new NotFound('country: PER has no open reactivation request'),
  );
  await expect(escalationStatus(client, { country: 'PER', year: Y })).rejects.toThrow(
    new NotFound(`country/year: PER has no GCM escalation for ${Y}`),
  );
});

it('opens a candidacy once, takes its steps from their owners, and refuses a country that is already a pathfinder', async () => {
  const started = await startCandidacy(client, eoi);
  expect(started).toEqual({ workflowId: candidacyWorkflowId('CHL'), code: 'CHL', name: 'Chile' });
  await expect(startCandidacy(client, eoi)).rejects.toThrow(
    new NotNow('code: CHL already has a candidacy under way (pathfinder candidacy status --country CHL)'),
  );
  await expect(startCandidacy(client, { ...eoi, code: 'PER' })).rejects.toThrow(
    new NotNow('code: PER is already a pathfinder country (active)'),
  );

  const reviewers = [{ name: 'Amina Diallo', email: 'amina.diallo@example.org' }];
  expect((await candidacyStatus(client, 'chl')).stage).toBe('expression-of-interest');
  await expect(candidacyStep(client, { country: 'CHL', task: 'acknowledge', args: { reviewers }, actor: lucia })).rejects.toThrow(
    InputRejected,
  );
  const acknowledged = await candidacyStep(client, { country: 'CHL', task: 'acknowledge', args: { reviewers }, actor: secretariat });
  expect(acknowledged.stage).toBe('planning');
  await expect(candidacyStep(client, { country: 'CHL', task: 'acknowledge', args: { reviewers }, actor: secretariat })).rejects.toThrow(
    new InputRejected('invalid stage: stage: the candidacy is at planning; an acknowledgement is not taken now'),
  );
  await expect(candidacyStatus(client, 'ARG')).rejects.toThrow(
    new NotFound('country: ARG has no candidacy (pathfinder candidacy start --file eoi.json)'),
  );
});

it('creates the yearly schedule once, describes it and deletes it', async () => {
  await expect(describeSchedule(client)).rejects.toThrow(NotFound);
  const policy = await createSchedule(client);
  expect(policy.yearlyOpening).toEqual({ month: 1, day: 15, hour: 9 });
  await expect(createSchedule(client)).rejects.toThrow(NotNow);
  expect((await describeSchedule(client)).info.nextActionTimes[0]!.toISOString()).toMatch(/-01-15T08:00:00.000Z$/);
  await deleteSchedule(client);
  await expect(deleteSchedule(client)).rejects.toThrow(NotFound);
});

it("reads the policy in force from the schedule, as a reactivation's next cycle follows it; the defaults without one", async () => {
  const activities = createPolicyActivities(client);
  const policyInForce = () => activities.policyInForce();
  expect((await policyInForce()).yearlyOpening).toEqual({ month: 1, day: 15, hour: 9 });
  await createSchedule(client, { yearlyOpening: { month: 2, day: 1, hour: 9 }, secretariatZone: 'Africa/Nairobi' });
  try {
    expect(await policyInForce()).toMatchObject({ yearlyOpening: { month: 2, day: 1, hour: 9 }, secretariatZone: 'Africa/Nairobi' });
  } finally {
    await deleteSchedule(client);
  }
});
