import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Client } from '@temporalio/client';
import type { Page } from 'playwright-core';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Actor } from '../../app/actor';
import { candidacyStep, startCandidacy } from '../../app/candidacy';
import type { CandidacyTask } from '../../domain/candidacy/args';
import { countryRecord, importRegistry, requestReactivation } from '../../app/countries';
import { openYear, requestExtension } from '../../app/cycles';
import { checkIn, decide, escalationStatus, recordDialogue, startSupport } from '../../app/escalation';
import { openReactivation } from '../../app/reactivation';
import { storePublisher } from '../../activities/publisher';
import { exampleRegistry, fullOutcome, gcmMeeting, nepal, noOutcome, twoCyclesWithoutReport } from '../helpers/fixtures';
import { startPortalStack, type PortalStack } from '../helpers/portal';
import { realClockYear as Y } from '../helpers/clock';
import { readerText } from '../helpers/reader-text';
import { ours, translationFaults } from '../helpers/translation';

// The pages of those who steer, in French and in Spanish in a real browser: the secretariat reads French,
// Tomás of the GCM reads Spanish. Each page is read as its reader meets it and must hold no English word, no
// internal name, no ISO date and, in French, no colon without its non-breaking space. What people typed (and
// the record's own history lines, written by the system as it happened) is set aside as written.

/** The last year whose cycle has closed, on any day: the year before the real one. */
const last = Y - 2;
const examples = join(__dirname, '../../examples');
const example = (name: string) => JSON.parse(readFileSync(join(examples, name), 'utf8')) as Record<string, unknown>;
const operator = (email: string): Actor => ({ email, channel: 'cli-operator' });
const secretariat = 'secretariat@example.org';
const tomas = 'tomas.ferreira@example.org';

let portal: PortalStack;
let client: Client;

const registry = {
  ...exampleRegistry,
  secretariat: { ...exampleRegistry.secretariat, language: 'fr' as const },
  countries: [...exampleRegistry.countries, nepal],
};
const candidacySteps: CandidacyTask[] = ['timeline', 'stakeholders', 'situation', 'workshop', 'roadmap'];
const reactivation = example('reactivation-request.json');
const dialogue = example('dialogue.json');

/** Every string in these values: what people typed, which the reader gets as written. */
const typed = (...values: unknown[]): string[] =>
  values.flatMap((v) => (typeof v === 'string' ? [v] : v && typeof v === 'object' ? typed(...(Object.values(v) as unknown[])) : []));

/** Formats the reader types (an ISO deadline, a policy in JSON) and a file to follow, shown as examples in labels and fields. */
const formats = ['2027-05-31T23:59:59+02:00', 'examples/countries.json', '{"escalation": "any-shortfall"}', 'cycle start --policy'];

beforeAll(async () => {
  portal = await startPortalStack();
  client = portal.stack.env.client;
  await importRegistry(client, registry);
  // Nigeria and Nepal went two cycles without a report: both flagged; Nigeria's year before is imported.
  await Promise.all([twoCyclesWithoutReport(client, 'NGA', last), twoCyclesWithoutReport(client, 'NPL', last)]);
  // Chile presents its candidacy to the GCM.
  await startCandidacy(client, example('candidacy/eoi.json'));
  await candidacyStep(client, {
    country: 'CHL',
    task: 'acknowledge',
    args: { reviewers: [nepal.reviewers[0]!] },
    actor: operator(secretariat),
  });
  for (const task of candidacySteps)
    await candidacyStep(client, {
      country: 'CHL',
      task,
      args: example(`candidacy/${task}.json`),
      actor: operator('valentina.rojas@example.org'),
    });
  await candidacyStep(client, {
    country: 'CHL',
    task: 'presentation',
    args: example('candidacy/presentation.json'),
    actor: operator(secretariat),
  });
}, 240_000);
afterAll(() => portal?.stop());

/** Nigeria's history lines, read after its page: the record writes them in its own words as things happen. */
const history = async () => (await countryRecord(client, 'NGA')).history.map((h) => ours(h.what)); // addresses set aside as on the page

/** Fails, saying what it found, if the page holds anything a reader of `language` should not meet. */
async function expectReadable(page: Page, language: 'fr' | 'es', what: string, written: string[] = []): Promise<void> {
  const longestFirst = [...written, ...formats].sort((a, b) => b.length - a.length);
  const text = ours(await readerText(page), longestFirst);
  expect(await page.locator('html').getAttribute('lang'), what).toBe(language);
  expect(translationFaults(text, language), `${what}:\n${text}`).toEqual([]);
}

it('speaks French to the secretariat and Spanish to the GCM on every page of those who steer', { timeout: 300_000 }, async () => {
  // Nigeria's escalation runs its course to inactive, and Nigeria asks to be active again.
  const flagged = { country: 'NGA', year: last };
  for (const country of ['NGA', 'NPL'])
    await expect
      .poll(async () => (await escalationStatus(client, { country, year: last }).catch(() => undefined))?.stage, { timeout: 30_000 })
      .toBe('dialogue');
  await recordDialogue(client, { ...flagged, dialogue, actor: operator('helena.sorensen@example.org') });
  const members = [{ name: 'Sam Okoro', email: 'sam.okoro@example.org' }];
  await startSupport(client, { ...flagged, mechanisms: ['IV'], members, checkInEveryDays: 30, actor: operator(tomas) });
  const note = { note: 'No meeting held', readyToResume: false, actor: operator('sam.okoro@example.org') };
  await expect.poll(async () => (await checkIn(client, { ...flagged, ...note }).catch(() => [])).length, { timeout: 20_000 }).toBe(1);
  const decision = { decision: 'inactive' as const, reason: 'No coordination mechanism', takenAt: gcmMeeting };
  await decide(client, { ...flagged, ...decision, actor: operator('helena.sorensen@example.org') });
  await expect.poll(async () => (await countryRecord(client, 'NGA')).status, { timeout: 20_000 }).toBe('inactive');
  await requestReactivation(client, { country: 'NGA', request: reactivation, actor: operator('chidi.okafor@example.org') });
  await expect
    .poll(async () => (await openReactivation(client, 'NGA').catch(() => undefined))?.workflowId, { timeout: 20_000 })
    .toBeTruthy();

  // This year's cycle for Peru, whose focal point asks for more than is granted at once.
  await openYear(client, { year: Y, countries: ['PER'] });
  const asked = { country: 'PER', year: Y, days: 30, reason: 'The new minister must approve the report' };
  await expect
    .poll(
      async () =>
        await requestExtension(client, { ...asked, actor: operator('lucia.quispe@example.org') })
          .then(() => true)
          .catch(() => false),
      { timeout: 20_000 },
    )
    .toBe(true);

  // The Working Group's report on the last closed year.
  await storePublisher(portal.settings.stores.published).publishWgReport({
    year: last,
    rows: [
      { country: 'NGA', name: 'Nigeria', stage: 'closed-without-report', outcome: noOutcome, flagged: true, criteria: ['no-report'] },
      { country: 'PER', name: 'Peru', stage: 'finalised', outcome: fullOutcome, flagged: false, criteria: [] },
    ],
  });

  const written = [
    ...typed(dialogue, reactivation, decision, note, asked.reason, gcmMeeting.reference, members),
    ...typed(
      ...candidacySteps.map((s) => example(`candidacy/${s}.json`)),
      example('candidacy/presentation.json'),
      example('candidacy/eoi.json'),
    ),
  ].filter((w) => w.length > 12); // a short word typed (a language code, a name) would hide ours
  const pages: [string, string][] = [
    ['/', 'the task list'],
    [`/years/${Y}`, 'the year dashboard with a request for more time'],
    ['/countries/NGA/dossier', 'the dossier with an imported year'],
    [`/wg-reports/${last}`, "the Working Group's report"],
    ['/policy/dry-run', 'the policy dry run'],
    [`/escalations/NGA/${last}`, 'a decided escalation'],
    [`/escalations/NPL/${last}`, 'an open escalation'],
    ['/candidacies/CHL/gcm', "a candidacy at the GCM's step"],
  ];

  // The secretariat, in French: every page, and what its actions say.
  const fr = await portal.person();
  await portal.signIn(fr, secretariat);
  // The secretariat's own pages, which the GCM does not open.
  const secretariatPages: [string, string][] = [
    ['/secretariat', 'the secretariat page'],
    ['/reactivations/NGA', 'the reactivation to verify'],
  ];
  for (const [path, what] of [...pages, ...secretariatPages]) {
    expect((await fr.goto(`${portal.base}${path}`))!.status(), what).toBe(200);
    await expectReadable(fr, 'fr', `${what} in French`, [...written, ...(await history())]);
  }
  await fr.goto(`${portal.base}/years/${Y}`);
  await expect(fr.locator('h1').textContent()).resolves.toBe(`Le cycle ${Y}`);
  await expect(fr.getByRole('button', { name: 'Accorder 30 jours' }).count()).resolves.toBe(1);
  await fr.goto(`${portal.base}/countries/NGA/dossier`);
  await expect(fr.locator('main').textContent()).resolves.toContain(`${last - 1} (importé)`);
  await portal.shot(fr, 'dossier-fr');

  await fr.goto(`${portal.base}/policy/dry-run`);
  await fr.getByLabel(/Années/).fill(`${last - 1}-${last}`);
  await fr.getByRole('button', { name: 'Comparer' }).click();
  await expect(fr.locator('tbody tr').count()).resolves.toBeGreaterThan(0);
  await expectReadable(fr, 'fr', 'the policy dry run and its result in French', written);
  await portal.shot(fr, 'policy-dry-run-fr');

  await fr.goto(`${portal.base}/secretariat`);
  const openYearForm = fr.locator('section', { hasText: 'Ouvrir une année' });
  await openYearForm.getByLabel('Année').fill(String(Y));
  await openYearForm.getByLabel(/Seulement ces pays/).fill('PER');
  await openYearForm.getByRole('button').click();
  await expect(fr.locator('[role=status]').textContent()).resolves.toBe('PER\u00a0: déjà ouvert');
  await expectReadable(fr, 'fr', 'the secretariat page after opening a year in French', written);

  // The PDF of the Working Group's report is printed in French too.
  const pdf = await fr.request.get(`${portal.base}/wg-reports/${last}.pdf`);
  expect(pdf.status()).toBe(200);
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(await pdf.body())), { mergePages: true });
  expect(text).toContain(`Rapport du Groupe de travail au GCM`);
  expect(text).toContain('Signalé au GCM');

  // Tomás of the GCM, in Spanish: the same pages, and the forms of the open escalation and the candidacy.
  const es = await portal.person();
  await portal.signIn(es, tomas);
  for (const [path, what] of pages) {
    expect((await es.goto(`${portal.base}${path}`))!.status(), what).toBe(200);
    await expectReadable(es, 'es', `${what} in Spanish`, [...written, ...(await history())]);
  }
  await es.goto(`${portal.base}/escalations/NPL/${last}`);
  await expect(es.getByRole('button', { name: 'Registrar el diálogo' }).count()).resolves.toBe(1);
  await portal.shot(es, 'escalation-es');
  await es.goto(`${portal.base}/candidacies/CHL/gcm`);
  await expect(es.getByRole('button', { name: 'Enviar la opinión' }).count()).resolves.toBe(1);
  await portal.shot(es, 'candidacy-gcm-es');
});
