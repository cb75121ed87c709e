import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Client } from '@temporalio/client';
import type { Page } from 'playwright-core';
import { DateTime } from 'luxon';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Actor } from '../../app/actor';
import { candidacyStep, startCandidacy } from '../../app/candidacy';
import type { CandidacyTask } from '../../domain/candidacy/args';
import { countryRecord, importRegistry, requestReactivation } from '../../app/countries';
import { cycleState, openYear, requestExtension } from '../../app/cycles';
import { checkIn, escalationStatus, proposeEnd, proposeSupport, recordDialogue } from '../../app/escalation';
import { escalationDecisionId } from '../../domain/shared/workflow-ids';
import { openReactivation } from '../../app/reactivation';
import { storePublisher } from '../../activities/publisher';
import { words } from '../../portal/i18n';
import {
  exampleRegistry,
  fullOutcome,
  gcmMeetingDecides,
  gcmMeetingMinutes,
  gcmOpensDialogue,
  nepal,
  noOutcome,
  twoCyclesWithoutReport,
} from '../helpers/fixtures';
import { startPortalStack, type PortalStack } from '../helpers/portal';
import { realClockYear as Y } from '../helpers/clock';
import { readerText } from '../helpers/reader-text';
import { internalNames, ours, translationFaults } from '../helpers/translation';

// The pages of those who steer, in French and in Spanish in a real browser: the secretariat reads French,
// Tomás of the GCM reads Spanish. Each page is read as its reader meets it and must hold no English word, no
// internal name, no ISO date and, in French, no colon without its non-breaking space. What people typed is
// set aside as written; the dossier's history lines and audit trail are the reader's words too.

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
  // The GCM decides to open a dialogue with each (R20).
  await Promise.all([gcmOpensDialogue(client, 'NGA', last), gcmOpensDialogue(client, 'NPL', last)]);
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

/**
 * The names the workflows give tasks and messages (`submitReport`, `recordDialogue`, `cycleClosed`…), which the
 * audit trail must never show; « situation » and « position » are French words as well.
 */
const taskNames = Object.keys(words.en.staff.dossier.tasks).filter((name) => name !== 'situation' && name !== 'position');

/** Fails, saying what it found, if the page holds anything a reader of `language` should not meet. */
async function expectReadable(page: Page, language: 'fr' | 'es', what: string, written: string[] = []): Promise<void> {
  const longestFirst = [...written, ...formats].sort((a, b) => b.length - a.length);
  const text = ours(await readerText(page), longestFirst);
  expect(await page.locator('html').getAttribute('lang'), what).toBe(language);
  expect(translationFaults(text, language, [...internalNames, ...taskNames]), `${what}:\n${text}`).toEqual([]);
}

/** The lines of a dossier's history and the tasks of its audit trail, as the page shows them. */
const dossier = async (page: Page, code: string) => {
  await page.goto(`${portal.base}/countries/${code}/dossier`);
  const history = await page.locator('h2 + ol li').allTextContents();
  const tasks = await page.locator('td[data-label="Tâche"], td[data-label="Tarea"]').allTextContents();
  return { history, tasks };
};

it('speaks French to the secretariat and Spanish to the GCM on every page of those who steer', { timeout: 300_000 }, async () => {
  // Nigeria's escalation runs its course to inactive, and Nigeria asks to be active again.
  const flagged = { country: 'NGA', year: last };
  for (const country of ['NGA', 'NPL'])
    await expect
      .poll(async () => (await escalationStatus(client, { country, year: last }).catch(() => undefined))?.stage, { timeout: 30_000 })
      .toBe('dialogue');
  await recordDialogue(client, { ...flagged, dialogue, actor: operator('helena.sorensen@example.org') });
  const members = [{ name: 'Sam Okoro', email: 'sam.okoro@example.org' }];
  await proposeSupport(client, { ...flagged, mechanisms: ['IV'], members, checkInEveryDays: 30, actor: operator(tomas) });
  await gcmMeetingDecides(client, 'NGA', escalationDecisionId('support', 'NGA', last, 1));
  const note = { note: 'No meeting held', readyToResume: false, endsSupport: true, actor: operator('sam.okoro@example.org') };
  await expect.poll(async () => (await checkIn(client, { ...flagged, ...note }).catch(() => [])).length, { timeout: 20_000 }).toBe(1);
  await expect.poll(async () => (await escalationStatus(client, flagged)).support?.endedBecause, { timeout: 20_000 }).toBe('not-ready');
  const decision = { decision: 'inactive' as const, reason: 'No coordination mechanism' };
  await proposeEnd(client, { ...flagged, ...decision, actor: operator('helena.sorensen@example.org') });
  await gcmMeetingDecides(client, 'NGA', escalationDecisionId('inactive', 'NGA', last, 1));
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
    ...typed(dialogue, reactivation, decision, note, asked.reason, gcmMeetingMinutes, members),
    ...typed(
      ...candidacySteps.map((s) => example(`candidacy/${s}.json`)),
      example('candidacy/presentation.json'),
      example('candidacy/eoi.json'),
    ),
  ].filter((w) => w.length > 12); // a short word typed (a language code, a name) would hide ours
  const pages: [string, string][] = [
    ['/', 'the task list'],
    [`/years/${Y}`, 'the year dashboard with a request for more time'],
    ['/countries/NGA/dossier', 'the dossier with an imported year, an escalation to inactive and a reactivation request'],
    ['/countries/CHL/dossier', "the dossier of a candidate at the GCM's step"],
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
    await expectReadable(fr, 'fr', `${what} in French`, written);
  }
  await fr.goto(`${portal.base}/years/${Y}`);
  await expect(fr.locator('h1').textContent()).resolves.toBe(`Le cycle ${Y}`);
  await expect(fr.getByRole('button', { name: 'Accorder 30 jours' }).count()).resolves.toBe(1);
  await fr.goto(`${portal.base}/countries/NGA/dossier`);
  await expect(fr.locator('main').textContent()).resolves.toContain(`${last - 1} (importé)`);
  await portal.shot(fr, 'dossier-fr');

  // Every line of the records' histories says what happened (no line falls back to the English the record
  // wrote beside it), and the dossier says it in French: status changes, cycles ended, flags, the escalation's
  // and the candidacy's steps; the audit trail names each task in French.
  for (const code of ['NGA', 'CHL']) {
    const record = await countryRecord(client, code);
    expect(
      record.history.filter((h) => !h.event).map((h) => h.what),
      code,
    ).toEqual([]);
    const kinds =
      code === 'NGA'
        ? ['registered', 'pastCyclesImported', 'cycleEnded', 'flagged', 'escalation', 'statusChanged']
        : ['registered', 'candidacy'];
    expect([...new Set(record.history.map((h) => h.event!.kind))], code).toEqual(expect.arrayContaining(kinds));
  }
  const nga = await dossier(fr, 'NGA');
  expect(nga.history).toHaveLength((await countryRecord(client, 'NGA')).history.length);
  expect(nga.history).toEqual(
    expect.arrayContaining([
      expect.stringContaining(`Fin du cycle ${last}\u00a0: cycle clos sans rapport`),
      expect.stringContaining(`Signalé au GCM après les cycles ${last - 1} et ${last}\u00a0: (a) aucun rapport d’avancement`),
      expect.stringContaining(`Procédure de suivi ${last}\u00a0: sous-groupe de soutien constitué (IV (coordination))\u00a0: Sam Okoro`),
      expect.stringContaining(`Statut\u00a0: pays pionnier inactif, déclaré inactif par le GCM\u00a0: ${decision.reason}`),
      expect.stringContaining('Réactivation demandée par chidi.okafor@example.org'),
    ]),
  );
  expect(nga.tasks).toEqual(
    expect.arrayContaining([
      'Import de cycles passés',
      'Compte rendu de dialogue',
      'Proposition au GCM d’un sous-groupe de soutien',
      'Proposition au GCM de clore la procédure de suivi',
      'Demande de réactivation',
    ]),
  );
  const chl = await dossier(fr, 'CHL');
  expect(chl.history).toEqual(
    expect.arrayContaining([
      expect.stringContaining('Inscrit comme pays candidat'),
      expect.stringContaining('Candidature\u00a0: manifestation d’intérêt adressée à la présidence de l’Alliance 8.7 le'),
      expect.stringMatching(/Candidature\u00a0: calendrier\u00a0: la cartographie des parties prenantes .* pour le \d/),
      expect.stringContaining('Candidature\u00a0: feuille de route soumise (valentina.rojas@example.org)'),
    ]),
  );
  expect(chl.tasks).toEqual(
    expect.arrayContaining(['Accusé de réception de la manifestation d’intérêt', 'Calendrier', 'Présentation au GCM']),
  );
  await portal.shot(fr, 'dossier-candidate-fr');

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
    await expectReadable(es, 'es', `${what} in Spanish`, written);
  }
  await es.goto(`${portal.base}/escalations/NPL/${last}`);
  await expect(es.getByRole('button', { name: 'Registrar el diálogo' }).count()).resolves.toBe(1);
  await portal.shot(es, 'escalation-es');
  await es.goto(`${portal.base}/candidacies/CHL/gcm`);
  await expect(es.getByRole('button', { name: 'Someter el proyecto al GCM' }).count()).resolves.toBe(1);
  await portal.shot(es, 'candidacy-gcm-es');

  // What the workflows refuse themselves is said in the reader's language too, dates as the reader reads them.
  // The secretariat moves Peru's deadline to a day before the current one: refused, in French.
  const { deadline } = await cycleState(client, 'PER', Y);
  await fr.goto(`${portal.base}/secretariat`);
  const extend = fr.locator('section', { hasText: 'Reporter la date limite d’un rapport' });
  await extend.locator('[name="country"]').fill('PER');
  await extend.locator('[name="year"]').fill(String(Y));
  await extend
    .locator('[name="until"]')
    .fill(DateTime.fromISO(deadline, { setZone: true }).minus({ days: 10 }).toISO({ suppressMilliseconds: true })!);
  await extend.locator('[name="reason"]').fill('Le ministre doit approuver le rapport');
  await extend.getByRole('button').click();
  const current = words.fr.terms.dateTime(DateTime.fromISO(deadline, { zone: exampleRegistry.secretariat.zone }).setLocale('fr'));
  await expect(fr.locator('[role=alert]').textContent()).resolves.toContain(
    `La nouvelle date limite doit être postérieure à l’actuelle, le ${current}.`,
  );
  await expectReadable(fr, 'fr', 'the secretariat page with a deadline refused in French', written);
  await portal.shot(fr, 'deadline-refused-fr');
  expect((await cycleState(client, 'PER', Y)).deadline).toBe(deadline);

  // Peru's audit trail keeps the refusal with its reasons, and the dossier says why in French too.
  await expect
    .poll(
      async () => (await cycleState(client, 'PER', Y)).audit?.find((e) => e.task === 'extendDeadline' && e.outcome === 'refused')?.reasons,
    )
    .toEqual([expect.objectContaining({ code: 'extensionNotLater' })]);
  await fr.goto(`${portal.base}/countries/PER/dossier`);
  const refusedRow = fr.locator('tr', { hasText: words.fr.staff.dossier.tasks.extendDeadline });
  await expect(refusedRow.locator(`td[data-label="${words.fr.staff.dossier.outcome}"]`).textContent()).resolves.toBe(
    `refusée\u00a0: La nouvelle date limite doit être postérieure à l’actuelle, le ${current}.`,
  );
  await expectReadable(fr, 'fr', 'the dossier with a refused deadline in its audit trail in French', written);

  // What the application layer refuses itself, before any workflow is asked, is said in French as well: the
  // cycles of a year that has closed.
  await fr.goto(`${portal.base}/secretariat`);
  const openClosed = fr.locator('section', { hasText: 'Ouvrir une année' });
  await openClosed.getByLabel('Année').fill(String(last));
  await openClosed.getByRole('button').click();
  const closedOn = words.fr.terms.date(
    DateTime.fromISO(`${last}-09-30T12:00:00`, { zone: exampleRegistry.secretariat.zone }).setLocale('fr'),
  );
  await expect(fr.locator('[role=alert]').textContent()).resolves.toBe(`Le cycle ${last} s’est clos le ${closedOn}.`);
  // The field the refusal is about is marked, from the refusal's own words.
  await expect(fr.locator('#open-year').getAttribute('aria-invalid')).resolves.toBe('true');
  await expectReadable(fr, 'fr', 'the secretariat page with a closed year refused in French', written);

  // Before any dialogue with Nepal is recorded, Tomás is offered no sub-group yet, and told why, in Spanish.
  await es.goto(`${portal.base}/escalations/NPL/${last}`);
  await expect(es.locator('form[action$="/support"]').count()).resolves.toBe(0);
  await expect(es.locator('main').innerText()).resolves.toContain(
    'Se podrá proponer un subgrupo de apoyo una vez registrado un diálogo con el país.',
  );
  await expectReadable(es, 'es', 'an open escalation offering no sub-group before a dialogue, in Spanish', written);
  await portal.shot(es, 'support-not-yet-es');
  // A proposal sent anyway (through the CLI, or a page opened before) is refused, and the refusal kept.
  const nepal = { country: 'NPL', year: last, mechanisms: ['IV' as const], members, checkInEveryDays: 30 };
  await expect(proposeSupport(client, { ...nepal, actor: operator(tomas) })).rejects.toThrow(/dialogue/);
  expect((await escalationStatus(client, { country: 'NPL', year: last })).support).toBeUndefined();

  // Nepal's dossier says why in Spanish too, from the reasons its escalation's audit trail kept.
  await expect
    .poll(
      async () =>
        (await escalationStatus(client, { country: 'NPL', year: last })).audit?.find(
          (e) => e.task === 'proposeSupport' && e.outcome === 'refused',
        )?.reasons,
    )
    .toEqual([{ code: 'notYet', needs: 'dialogueBeforeSupport' }]);
  await es.goto(`${portal.base}/countries/NPL/dossier`);
  const refusedSupport = es.locator('tr', { hasText: words.es.staff.dossier.tasks.proposeSupport });
  await expect(refusedSupport.locator(`td[data-label="${words.es.staff.dossier.outcome}"]`).textContent()).resolves.toBe(
    `${words.es.staff.dossier.refused}: Registre el diálogo con el país antes de formar un subgrupo de apoyo.`,
  );
  await expectReadable(es, 'es', 'the dossier with a refused sub-group in its audit trail in Spanish', written);

  // And a dry run over years that end before they start: refused by the application layer, in Spanish.
  await es.goto(`${portal.base}/policy/dry-run`);
  await es.getByLabel(/Años/).fill(`${last}-${last - 1}`);
  await es.getByRole('button', { name: words.es.staff.policy.compare }).click();
  await expect(es.locator('[role=alert]').textContent()).resolves.toBe(`El intervalo ${last}-${last - 1} termina antes de empezar.`);
  await expect(es.locator('#years').getAttribute('aria-invalid')).resolves.toBe('true');
  await expectReadable(es, 'es', 'the policy dry run with reversed years refused in Spanish', written);
});
