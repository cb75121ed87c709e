import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { WorkflowNotFoundError, type Client } from '@temporalio/client';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { importRegistry } from '../../app/countries';
import { openYear, submitReport } from '../../app/cycles';
import { cancelEvent, createEvent, eventState, listEvents } from '../../app/events';
import { answerSuggestion, introductions, learningView } from '../../app/learning';
import { introductionYear, keptRecordKey } from '../../activities/kept-records';
import type { IntroductionState } from '../../domain/learning/introduction';
import type { ObjectStore } from '../../store/object-store';
import { exampleRegistry, exampleReport } from '../helpers/fixtures';
import { startPortalStack, type PortalStack } from '../helpers/portal';
import { realClockYear as Y } from '../helpers/clock';
import { kindOf } from '../helpers/mail';

// An event and a peer-learning introduction outlive their runs (the namespace's retention): each run keeps its
// final state in the records store before it ends. Once both runs are deleted from the server (what the end of
// retention does), /events, the event's page, /learning and the dossiers still show them, once each, and the
// introduction is not offered, nor sent, again.

let portal: PortalStack;
let client: Client;
let kept: ObjectStore;

const as = (email: string) => ({ email, channel: 'cli-operator' as const });
const interest = 'Survivor-led programme design';
const title = `Thematic series ${Y}: survivors' voices`;

beforeAll(async () => {
  portal = await startPortalStack();
  client = portal.stack.env.client;
  kept = portal.stack.stores.records;
  await importRegistry(client, exampleRegistry);
  await openYear(client, { year: Y });
  await submitReport(client, {
    country: 'PER',
    year: Y,
    report: { ...exampleReport, learningInterests: [interest] },
    actor: as('lucia.quispe@example.org'),
  });
  await submitReport(client, {
    country: 'NGA',
    year: Y,
    report: {
      ...exampleReport,
      learningInterests: [],
      progress: [{ objective: interest, summary: 'Survivor networks co-designed the shelter programme.' }],
      evidence: [{ kind: 'evaluation', description: 'Evaluation of the survivor-led shelter programme.' }],
    },
    actor: as('chidi.okafor@example.org'),
  });
});
afterAll(() => portal?.stop());

/**
 * Deletes closed runs from the server, as the end of the namespace's retention does, and waits until they
 * are gone from it and from its listing (the dev server takes about half a minute).
 */
async function forget(...workflowIds: string[]): Promise<void> {
  for (const workflowId of workflowIds)
    await client.workflowService.deleteWorkflowExecution({ namespace: 'default', workflowExecution: { workflowId } });
  const there = async (workflowId: string) => {
    const described = await client.workflow
      .getHandle(workflowId)
      .describe()
      .then(
        () => true,
        (error: unknown) => {
          if (error instanceof WorkflowNotFoundError) return false;
          throw error;
        },
      );
    for await (const run of client.workflow.list({ query: `WorkflowId = '${workflowId}'` })) return !!run;
    return described;
  };
  await expect
    .poll(async () => (await Promise.all(workflowIds.map(there))).some(Boolean), { timeout: 120_000, interval: 2_000 })
    .toBe(false);
}

it('shows a finished event and introduction once each after their runs have left Temporal', { timeout: 300_000 }, async () => {
  // An event, its list drawn, then cancelled: its run ends.
  const eventId = await createEvent(client, {
    event: {
      kind: 'thematic-series',
      title,
      date: `${Y}-09-15`,
      place: 'Online',
      link: 'https://events.example.org/series',
      description: '',
    },
    actor: as('secretariat@example.org'),
  });
  await expect.poll(async () => (await eventState(client, eventId, kept)).draws, { timeout: 30_000 }).toBe(1);
  await cancelEvent(client, { workflowId: eventId, actor: as('secretariat@example.org'), reason: 'The speakers could not travel' });
  expect((await client.workflow.getHandle(eventId).result()) as { stage: string }).toMatchObject({ stage: 'cancelled' });

  // Peru and Nigeria introduced: the run e-mails both sides and ends.
  const [suggestion] = (await learningView(client, kept)).open;
  expect(suggestion?.id).toMatch(/^introduction-NGA-PER-/);
  await expect(
    answerSuggestion(client, kept, { id: suggestion!.id, decision: 'accept', actor: as('secretariat@example.org') }),
  ).resolves.toMatchObject({
    outcome: 'done',
  });
  const introduced = (await client.workflow.getHandle(suggestion!.id).result()) as IntroductionState;
  expect(introduced.stage).toBe('introduced');
  await portal.stack.mail.waitFor(4, (m) => kindOf(m) === 'learning-introduction');

  // Each kept under its year, and listed once while its run is still on the server too.
  expect(existsSync(join(portal.stack.recordsDir, keptRecordKey('events', Y, eventId)))).toBe(true);
  expect(existsSync(join(portal.stack.recordsDir, keptRecordKey('introductions', introductionYear(introduced), suggestion!.id)))).toBe(
    true,
  );
  const ids = async () => ({
    events: (await listEvents(client, kept)).map((e) => e.workflowId),
    introductions: (await introductions(client, kept)).map((i) => i.id),
  });
  await expect(ids()).resolves.toEqual({ events: [eventId], introductions: [suggestion!.id] });

  await forget(eventId, suggestion!.id);

  // The application layer reads them from the store, once each, as they ended.
  await expect(ids()).resolves.toEqual({ events: [eventId], introductions: [suggestion!.id] });
  await expect(eventState(client, eventId, kept)).resolves.toMatchObject({
    stage: 'cancelled',
    cancelled: { reason: 'The speakers could not travel' },
  });

  // The pages, for the secretariat.
  const { base, person, signIn, shot } = portal;
  const page = await person();
  await signIn(page, 'secretariat@example.org');
  await page.goto(`${base}/events`);
  await expect(page.getByRole('link', { name: title }).count()).resolves.toBe(1);
  await expect(page.locator('tbody tr').filter({ hasText: title }).locator('td[data-label="Stage"]').textContent()).resolves.toBe(
    'cancelled',
  );
  await shot(page, 'events-kept');
  await page.getByRole('link', { name: title }).click();
  await expect(page.locator('h1').textContent()).resolves.toBe(`Thematic series session: ${title}`);
  await expect(page.locator('main').textContent()).resolves.toContain('The speakers could not travel');
  expect(await page.getByRole('button', { name: 'Cancel the event' }).count()).toBe(0);
  await shot(page, 'event-page-kept');

  await page.goto(`${base}/learning`);
  await expect(page.getByRole('heading', { level: 3, name: 'Peru and Nigeria' }).count()).resolves.toBe(0);
  await expect(page.locator('tbody tr td[data-label="Countries"]').allTextContents()).resolves.toEqual(['Peru and Nigeria']);
  await expect(page.locator('tbody tr td[data-label="Answer"]').textContent()).resolves.toBe('Introduced: 4 e-mails sent');
  await shot(page, 'learning-kept');

  // Answering it again from an old form: already answered, and nobody is e-mailed again.
  const _csrf = await page.locator('input[name=_csrf]').first().inputValue();
  const again = await page.request.post(`${base}/learning/answer`, { form: { _csrf, id: suggestion!.id, decision: 'accept' } });
  await page.setContent(await again.text());
  await expect(page.locator('[role=status]').textContent()).resolves.toBe('This suggestion was already answered; nothing was changed.');
  expect(portal.stack.mail.messages.filter((m) => kindOf(m) === 'learning-introduction')).toHaveLength(4);
  await expect(ids()).resolves.toEqual({ events: [eventId], introductions: [suggestion!.id] });

  // Each dossier lists them once.
  await page.goto(`${base}/countries/NGA/dossier`);
  const dossier = await page.locator('main').innerText();
  expect(dossier.split(title).length - 1).toBe(1);
  expect(dossier.split(`Peru (${interest})`).length - 1).toBe(1);
  await shot(page, 'dossier-kept');
});
