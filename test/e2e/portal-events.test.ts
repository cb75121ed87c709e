import type { Client } from '@temporalio/client';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { importRegistry } from '../../app/countries';
import { readFileSync, writeFileSync } from 'node:fs';
import { exampleFileIn, exampleRegistry } from '../helpers/fixtures';
import { runCli } from '../helpers/cli';
import { startPortalStack, type PortalStack } from '../helpers/portal';
import { kindOf } from '../helpers/mail';
import { readerText } from '../helpers/reader-text';
import { ours, translationFaults } from '../helpers/translation';
import { realClockYear } from '../helpers/clock';

// The Alliance's events in a real browser (R2): the secretariat creates one at /events, a mistake shown at its
// field; the event's page shows Peru, active, invited and Nigeria, inactive, left out with the reason; the
// list shows the event, in French for the secretariat's French-speaking staff; Nigeria's dossier says it was
// left out. Every page is checked with axe, at desktop and phone width.

let portal: PortalStack;
let client: Client;

/** A day of next year: the dev server's clock is the real one, and the event must be ahead of it. */
const date = `${realClockYear}-06-10`;
const title = `Annual workshop ${realClockYear}`;
const place = 'Palais des Nations, Geneva';
const written = [title, place, 'Pathfinders meet'];

beforeAll(async () => {
  portal = await startPortalStack();
  client = portal.stack.env.client;
  // Nigeria is inactive from its first registration: the status is the file's only then.
  const [peru, nigeria] = exampleRegistry.countries;
  await importRegistry(client, { ...exampleRegistry, countries: [peru, { ...nigeria!, status: 'inactive' }] });
});
afterAll(() => portal?.stop());

const field = (page: Page, label: RegExp) => page.getByLabel(label);

it('lets the secretariat create an event, shows who was invited and who was left out and why', { timeout: 180_000 }, async () => {
  const page = await portal.person();
  await portal.signIn(page, 'secretariat@example.org');
  await page.getByRole('link', { name: 'Alliance events and their invitations' }).click();
  await expect(page.locator('h1').textContent()).resolves.toBe('Alliance events');
  await expect(page.locator('main').textContent()).resolves.toContain('No event yet.');

  // A start time that is none: the form comes back with the mistake at its field, and what was typed.
  await page.getByLabel('Kind').selectOption('annual-workshop');
  await field(page, /^Title/).fill(title);
  await field(page, /^Day/).fill(date);
  await field(page, /^Start time/).fill('25:00');
  await field(page, /^Place/).fill(place);
  await field(page, /^Description/).fill('Pathfinders meet');
  await page.getByRole('button', { name: 'Create and send the invitations' }).click();
  const summary = page.locator('#event-errors');
  await expect(summary.textContent()).resolves.toContain('Start time (HH:MM), if it has one: must be a time, HH:MM (e.g. 14:30)');
  await expect(page.locator('#event-time').getAttribute('aria-invalid')).resolves.toBe('true');
  await expect(field(page, /^Title/).inputValue()).resolves.toBe(title);
  await portal.shot(page, 'events-form-error');
  expect(portal.stack.mail.messages.filter((m) => kindOf(m)?.startsWith('event-'))).toEqual([]);

  // A day already over would invite everyone to the past: refused at its field, no e-mail.
  await field(page, /^Start time/).fill('14:30');
  await field(page, /^Day/).fill(`${realClockYear - 2}-06-10`);
  await page.getByRole('button', { name: 'Create and send the invitations' }).click();
  await expect(summary.textContent()).resolves.toContain('is past: an event invites to a day still ahead');
  expect(portal.stack.mail.messages.filter((m) => kindOf(m)?.startsWith('event-'))).toEqual([]);

  await field(page, /^Day/).fill(date);
  await page.getByRole('button', { name: 'Create and send the invitations' }).click();
  await expect(page.locator('h1').textContent()).resolves.toBe(`Annual workshop: ${title}`);
  await expect(page.locator('[role=status]').textContent()).resolves.toContain('The event is created');
  // The list is drawn by the workflow: the page shows it once drawn.
  await expect
    .poll(
      async () => {
        await page.reload();
        return page.locator('main').textContent();
      },
      { timeout: 30_000 },
    )
    .toContain('Left out');
  const main = (await page.locator('main').textContent())!;
  expect(main).toContain('Peru (PER)');
  expect(main).toContain('Lucía Quispe <lucia.quispe@example.org>');
  expect(main).toContain('Nigeria (NGA)');
  expect(main).toContain('inactive: the benefits of pathfinder status hold only while a country is active');
  expect(main).toMatch(/June 10, \d{4} at 2:30\s?PM/);
  await portal.shot(page, 'event-page');

  // The invitations went to Peru's focal point and deputy; Nigeria's were told why.
  const mail = portal.stack.mail;
  await mail.waitFor(2, (m) => kindOf(m) === 'event-invitation');
  await mail.waitFor(2, (m) => kindOf(m) === 'event-left-out');
  expect(
    mail.messages
      .filter((m) => kindOf(m) === 'event-invitation')
      .flatMap((m) => m.to)
      .sort(),
  ).toEqual(['jean.moreau@example.org', 'lucia.quispe@example.org']);

  // The list, for the secretariat's French-speaking staff.
  const ines = await portal.person();
  await portal.signIn(ines, 'ines.bauer@example.org');
  await ines.goto(`${portal.base}/events`);
  await expect
    .poll(
      async () => {
        await ines.reload();
        return ines.locator('tbody').textContent();
      },
      { timeout: 30_000 },
    )
    .toContain(title);
  expect(await ines.locator('h1').textContent()).toBe('Événements de l’Alliance');
  const text = ours(await readerText(ines), written);
  expect(translationFaults(text, 'fr'), text).toEqual([]);
  await portal.shot(ines, 'events-list-fr');
  await ines.getByRole('link', { name: title }).click();
  await expect(ines.locator('main').textContent()).resolves.toMatch(/inactif\s: les avantages du statut de pays pionnier/);
  const eventText = ours(await readerText(ines), written);
  expect(translationFaults(eventText, 'fr'), eventText).toEqual([]);
  await portal.shot(ines, 'event-page-fr');

  // Nigeria's dossier says it was left out, and why.
  await page.goto(`${portal.base}/countries/NGA/dossier`);
  const dossier = (await page.locator('main').textContent())!;
  expect(dossier).toContain(`Annual workshop, ${title}`);
  expect(dossier).toContain('left out (inactive: the benefits of pathfinder status hold only while a country is active)');
  await portal.shot(page, 'dossier-events');

  // A member of the GCM, who reads Spanish, follows the dossier's link to the event: read, without the secretariat's forms.
  const tomas = await portal.person();
  await portal.signIn(tomas, 'tomas.ferreira@example.org');
  await tomas.goto(`${portal.base}/countries/NGA/dossier`);
  await tomas.getByRole('link', { name: `Taller anual, ${title}` }).click();
  await expect(tomas.locator('h1').textContent()).resolves.toBe(`Taller anual: ${title}`);
  await expect(tomas.locator('main').textContent()).resolves.toContain('inactivo: los beneficios de la condición de país pionero');
  expect(await tomas.getByRole('button', { name: 'Cancelar el evento' }).count()).toBe(0);
  const spanish = ours(await readerText(tomas), written);
  expect(translationFaults(spanish, 'es'), spanish).toEqual([]);
  await portal.shot(tomas, 'event-page-gcm-es');
  expect((await tomas.goto(`${portal.base}/events`))?.status()).toBe(403);

  // A focal point is refused the events.
  const lucia = await portal.person();
  await portal.signIn(lucia, 'lucia.quispe@example.org');
  const refused = await lucia.goto(`${portal.base}/events`);
  expect(refused?.status()).toBe(403);

  // The operator's terminal reads the same list, and names a bad field of an event file.
  const pathfinder = (...args: string[]) => runCli(portal.stack.env.address, ...args);
  const shown = await pathfinder('events', 'show', '--id', `event-${date}-annual-workshop-${realClockYear}`);
  expect(shown.code).toBe(0);
  expect(shown.out).toMatch(/PER {2}invited \d{4}-\d{2}-\d{2}\n {2}NGA {2}left out \(inactive\)/);
  const file = exampleFileIn(realClockYear, 'event.json');
  writeFileSync(file, JSON.stringify({ ...(JSON.parse(readFileSync(file, 'utf8')) as object), time: '9am' }));
  const bad = await pathfinder('events', 'create', '--file', file, '--as', 'secretariat@example.org');
  expect(bad).toMatchObject({ code: 2 });
  expect(bad.err).toContain('event.time: must be a time (HH:MM)');
});
