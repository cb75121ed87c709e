import type { Client } from '@temporalio/client';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Actor } from '../../app/actor';
import { countryRecord, importRegistry, updateRoadmap } from '../../app/countries';
import { exampleRegistry } from '../helpers/fixtures';
import { startPortalStack, type PortalStack } from '../helpers/portal';
import { kindOf } from '../helpers/mail';
import { readerText } from '../helpers/reader-text';
import { ours, translationFaults } from '../helpers/translation';

// Assistance in a real browser (DESIGN.md §8): Peru's deputy focal point, who reads French, asks for
// assistance against a need of the roadmap (a first try without a need is refused at its field); a partner's
// contact, who reads Spanish, finds the request among her open requests and offers; the secretariat matches
// the offer and records what was given, which the country's public page then shows.

let portal: PortalStack;
let client: Client;

const jean = 'jean.moreau@example.org'; // Peru's deputy, who reads French
const sofia = exampleRegistry.partners[0]!.contacts[0]!; // Fundación Andina (II, III), who reads Spanish
const operator = (email: string): Actor => ({ email, channel: 'cli-operator' });
/** A fixed year in the future, for the day the assistance was given. */
const year = 2031;

const area = 'Travail des enfants dans l’agriculture';
const need = 'Appui technique pour l’enquête nationale';
const offer = 'Dos especialistas en encuestas durante tres meses';
const given = 'Enquête conçue et menée dans douze régions';
const written = [area, need, offer, given, exampleRegistry.partners[0]!.name, 'Sofía Herrera', sofia.email, jean];

beforeAll(async () => {
  portal = await startPortalStack();
  client = portal.stack.env.client;
  await importRegistry(client, exampleRegistry);
  await updateRoadmap(client, {
    country: 'PER',
    document: { priorityAreas: [{ title: area, assistanceNeeds: [need] }] },
    actor: operator(jean),
  });
});
afterAll(() => portal?.stop());

/** Fails, saying what it found, if the page holds anything a reader of `language` should not meet. */
async function expectLanguage(page: Page, language: 'fr' | 'es', what: string): Promise<void> {
  expect(await page.locator('html').getAttribute('lang'), what).toBe(language);
  const text = ours(await readerText(page), written);
  expect(translationFaults(text, language), `${what}:\n${text}`).toEqual([]);
}

it('lets a focal point ask in French, a partner offer in Spanish, and the secretariat match and record', { timeout: 240_000 }, async () => {
  // The deputy asks, from the home page; without a need the request is refused at its field, nothing sent.
  const page = await portal.person();
  await portal.signIn(page, jean);
  await page.getByRole('link', { name: 'L’assistance de votre pays\u00a0: Pérou' }).click();
  await expect(page.locator('h1').textContent()).resolves.toBe('Assistance\u00a0: Pérou');
  await page.getByLabel('Mécanisme').selectOption('II');
  await page.getByRole('button', { name: 'Envoyer la demande' }).click();
  const alert = (await page.locator('[role=alert]').textContent())!;
  expect(alert).toContain('Besoin');
  await expect(page.locator('#need').getAttribute('aria-invalid')).resolves.toBe('true');
  await expectLanguage(page, 'fr', 'the request refused');
  await portal.shot(page, 'assistance-refused-fr');
  expect((await countryRecord(client, 'PER')).assistance).toBeUndefined();

  await page.getByLabel('Un besoin de votre feuille de route').selectOption({ label: `${area} — ${need}` });
  await page.getByLabel('Mécanisme').selectOption('II');
  await page.getByRole('button', { name: 'Envoyer la demande' }).click();
  await expect(page.locator('[role=status]').textContent()).resolves.toBe(
    'La demande 1 est envoyée. Le secrétariat et les partenaires qui offrent son mécanisme en ont été informés.',
  );
  await expect(page.getByRole('heading', { level: 3, name: 'Demande 1' }).count()).resolves.toBe(1);
  await expectLanguage(page, 'fr', 'the request sent');
  await portal.shot(page, 'assistance-asked-fr');
  const [toPartner] = await portal.stack.mail.waitFor(1, (m) => m.to.includes(sofia.email) && kindOf(m) === 'assistance-requested');
  expect(toPartner!.text).toContain(`${portal.base}/countries/PER/assistance`);

  // The partner's contact finds it among her open requests and offers.
  const partner = await portal.person();
  await portal.signIn(partner, sofia.email);
  await partner.getByRole('link', { name: 'Solicitudes de asistencia abiertas' }).click();
  await expectLanguage(partner, 'es', 'the partner’s open requests');
  await portal.shot(partner, 'partners-es');
  await partner.getByRole('link', { name: 'Perú, solicitud 1' }).click();
  await partner.getByLabel('Su oferta').fill(offer);
  await partner.getByRole('button', { name: 'Enviar la oferta' }).click();
  await expect(partner.locator('[role=status]').textContent()).resolves.toBe(
    'Su oferta se ha enviado. Se ha informado al país y a la secretaría.',
  );
  await expectLanguage(partner, 'es', 'the offer sent');
  await portal.shot(partner, 'assistance-offered-es');
  await portal.stack.mail.waitFor(1, (m) => m.to.includes(jean) && kindOf(m) === 'assistance-offered');

  // The secretariat matches the offer, then records what was given, its day typed wrong once.
  const secretariat = await portal.person();
  await portal.signIn(secretariat, 'secretariat@example.org');
  await secretariat.goto(`${portal.base}/countries/PER/assistance`);
  await secretariat.getByRole('button', { name: 'Match this offer' }).click();
  await expect(secretariat.locator('[role=status]').textContent()).resolves.toBe(
    'The offer is matched. The country and the partner have been told.',
  );
  await portal.stack.mail.waitFor(1, (m) => m.to.includes(sofia.email) && kindOf(m) === 'assistance-matched');
  await secretariat.getByLabel('Given on (YYYY-MM-DD)').fill('12 June');
  await secretariat.getByLabel('What was given').fill(given);
  await secretariat.getByRole('button', { name: 'Record' }).click();
  expect(await secretariat.locator('[role=alert]').textContent()).toContain('Given on (YYYY-MM-DD): must be a date');
  await expect(secretariat.getByLabel('Given on (YYYY-MM-DD)').getAttribute('aria-invalid')).resolves.toBe('true');
  await expect(secretariat.getByLabel('What was given').inputValue()).resolves.toBe(given);
  await portal.shot(secretariat, 'assistance-given-refused');
  await secretariat.getByLabel('Given on (YYYY-MM-DD)').fill(`${year}-06-12`);
  await secretariat.getByRole('button', { name: 'Record' }).click();
  await expect(secretariat.locator('[role=status]').textContent()).resolves.toBe('What was given is recorded.');
  await expect(secretariat.locator('td[data-label="What was given"]').textContent()).resolves.toBe(given);
  await portal.shot(secretariat, 'assistance-given');
  expect((await countryRecord(client, 'PER')).assistance?.closed).toHaveLength(1);

  // The dossier lists it, and the public page shows the assistance given.
  await secretariat.goto(`${portal.base}/countries/PER/dossier`);
  await expect(secretariat.locator('td[data-label="What was given"]').textContent()).resolves.toBe(given);
  const visitor = await portal.person({ locale: 'fr-FR' });
  await expect
    .poll(
      async () => {
        await visitor.goto(`${portal.base}/countries/PER`);
        return visitor.locator('main').innerText();
      },
      { timeout: 30_000 },
    )
    .toContain(given);
  await expectLanguage(visitor, 'fr', 'the public profile with its assistance');
  await portal.shot(visitor, 'profile-assistance-fr');

  // Another country's focal point may not open Peru's assistance.
  const chidi = await portal.person();
  await portal.signIn(chidi, 'chidi.okafor@example.org');
  expect((await chidi.goto(`${portal.base}/countries/PER/assistance`))!.status()).toBe(403);
});
