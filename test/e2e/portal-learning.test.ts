import type { Client } from '@temporalio/client';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { importRegistry } from '../../app/countries';
import { openYear, submitReport } from '../../app/cycles';
import { introductions } from '../../app/learning';
import { exampleRegistry, exampleReport } from '../helpers/fixtures';
import { startPortalStack, type PortalStack } from '../helpers/portal';
import { realClockYear as Y } from '../helpers/clock';
import { kindOf } from '../helpers/mail';
import { readerText } from '../helpers/reader-text';
import { ours, translationFaults } from '../helpers/translation';

// Peer learning in a real browser (S3): Peru's report says it wants to learn about survivor-led programme
// design, Nigeria's shows progress and evidence in it. The secretariat finds the suggestion with why, a
// forged answer changes nothing, accepting it e-mails both sides in their languages once, and the page
// then lists the introduction; a focal point may not open the page.

let portal: PortalStack;
let client: Client;

const interest = 'Survivor-led programme design';
const progress = 'Survivor networks co-designed the shelter programme in three states.';
const evidence = 'Evaluation of the survivor-led shelter programme.';

beforeAll(async () => {
  portal = await startPortalStack();
  client = portal.stack.env.client;
  await importRegistry(client, exampleRegistry);
  await openYear(client, { year: Y });
  const as = (email: string) => ({ email, channel: 'cli-operator' as const });
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
      progress: [{ objective: interest, summary: progress }],
      evidence: [{ kind: 'evaluation', description: evidence }],
    },
    actor: as('chidi.okafor@example.org'),
  });
});
afterAll(() => portal?.stop());

it(
  'lets the secretariat accept a suggestion with its reasons, which introduces both sides once by e-mail',
  { timeout: 180_000 },
  async () => {
    const { base, person, signIn, shot, stack } = portal;
    const secretariat = await person();
    await signIn(secretariat, 'secretariat@example.org');
    await secretariat.getByRole('link', { name: 'Peer learning: suggested introductions' }).click();
    await expect(secretariat.locator('h1').textContent()).resolves.toBe('Peer learning and exchanges');

    const suggestion = secretariat.locator('section', { has: secretariat.getByRole('heading', { level: 3, name: 'Peru and Nigeria' }) });
    await expect(suggestion.count()).resolves.toBe(1);
    const text = (await suggestion.innerText()).replace(/\s+/g, ' ');
    expect(text).toContain(`Learning interest of Peru: ${interest}`);
    expect(text).toContain('Words found: Survivor, led, programme, design');
    expect(text).toContain(`Progress reported by Nigeria in ${Y} ${interest}: ${progress}`);
    expect(text).toContain(`Evidence of progress evaluation: ${evidence}`);
    await shot(secretariat, 'learning-suggestions');

    // A forged answer (an id the page never showed) is refused, naming the field; nothing is answered.
    await suggestion
      .locator('input[name=id]')
      .evaluate((e: { setAttribute(name: string, value: string): void }) => e.setAttribute('value', 'introduction-NGA-PER-forged'));
    await suggestion.getByRole('button', { name: 'Dismiss' }).click();
    await expect(secretariat.locator('[role=alert]').textContent()).resolves.toBe('Suggestion: is not one of the suggestions shown');
    await expect(introductions(client, stack.stores.records)).resolves.toEqual([]);
    await shot(secretariat, 'learning-refused');

    await secretariat.getByRole('heading', { level: 3, name: 'Peru and Nigeria' }).waitFor();
    await suggestion.getByRole('button', { name: 'Accept and introduce' }).click();
    await expect(secretariat.locator('[role=status]').textContent()).resolves.toBe(
      'Peru and Nigeria are introduced: both sides are being e-mailed.',
    );
    // Each focal point and deputy, in their own language: Peru's in Spanish and French, Nigeria's in English.
    const sent = await stack.mail.waitFor(4, (m) => kindOf(m) === 'learning-introduction');
    const subjects = Object.fromEntries(sent.map((m): [string, string] => [m.to.join(), m.subject]));
    expect(subjects).toEqual({
      'lucia.quispe@example.org': 'Aprendizaje entre pares: Perú y Nigeria',
      'jean.moreau@example.org': 'Apprentissage entre pairs\u00a0: Pérou et Nigéria',
      'chidi.okafor@example.org': 'Peer learning: Nigeria and Peru',
      'ngozi.bello@example.org': 'Peer learning: Nigeria and Peru',
    });
    expect(sent.find((m) => m.to.includes('chidi.okafor@example.org'))!.text).toContain(
      `Peru wishes to learn from other pathfinder countries about ${interest}.`,
    );

    // The suggestion leaves the list; the introduction is shown with who answered, once its e-mails are out.
    await expect(secretariat.getByRole('heading', { level: 3, name: 'Peru and Nigeria' }).count()).resolves.toBe(0);
    const answered = secretariat.locator('tbody tr');
    await expect
      .poll(async () => (await secretariat.reload(), await answered.locator('td[data-label="Answer"]').textContent()), { timeout: 15_000 })
      .toBe('Introduced: 4 e-mails sent');
    await expect(answered.locator('td[data-label="Countries"]').textContent()).resolves.toBe('Peru and Nigeria');
    await expect(answered.locator('td[data-label="Area"]').textContent()).resolves.toBe(interest);
    await expect(answered.locator('td[data-label="By"]').textContent()).resolves.toBe('secretariat@example.org');
    await shot(secretariat, 'learning-introduced');

    // Answering again from an old page is not sent twice.
    const [intro] = await introductions(client, stack.stores.records);
    await secretariat.goto(`${base}/learning`);
    const _csrf = await secretariat.locator('input[name=_csrf]').first().inputValue();
    const again = await secretariat.request.post(`${base}/learning/answer`, { form: { _csrf, id: intro!.id, decision: 'accept' } });
    await secretariat.setContent(await again.text());
    await expect(secretariat.locator('[role=status]').textContent()).resolves.toBe(
      'This suggestion was already answered; nothing was changed.',
    );
    expect(stack.mail.messages.filter((m) => kindOf(m) === 'learning-introduction')).toHaveLength(4);

    // Inès, of the secretariat's staff, reads French: the same page in her words, what countries typed as typed.
    const ines = await person();
    await signIn(ines, 'ines.bauer@example.org');
    await ines.getByRole('link', { name: 'Apprentissage entre pairs\u00a0: mises en relation suggérées' }).click();
    await expect(ines.locator('html').getAttribute('lang')).resolves.toBe('fr');
    await expect(ines.locator('td[data-label="Réponse"]').textContent()).resolves.toBe('Mise en relation\u00a0: 4 courriels envoyés');
    await expect(ines.locator('td[data-label="Pays"]').textContent()).resolves.toBe('Pérou et Nigéria');
    const french = ours(await readerText(ines), [interest, 'secretariat@example.org']);
    expect(translationFaults(french, 'fr'), french).toEqual([]);
    await shot(ines, 'learning-fr');
    // Each country's dossier follows its introductions.
    await ines.goto(`${base}/countries/NGA/dossier`);
    await expect(ines.locator('main').innerText()).resolves.toContain(`Pérou (${interest})`);

    // A focal point may not open the page.
    const lucia = await person();
    await signIn(lucia, 'lucia.quispe@example.org');
    const refused = await lucia.goto(`${base}/learning`);
    expect(refused?.status()).toBe(403);
  },
);
