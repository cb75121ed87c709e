import type { Client } from '@temporalio/client';
import type { Page } from 'playwright-core';
import { DateTime } from 'luxon';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Actor } from '../../app/actor';
import { candidacyStatus, candidacyStep, startCandidacy } from '../../app/candidacy';
import { cycleState, openYear } from '../../app/cycles';
import { importRegistry, updateRoadmap } from '../../app/countries';
import type { MailCatcher } from '../../scripts/mail-catcher';
import { exampleRegistry } from '../helpers/fixtures';
import { followLink, startPortalStack, type PortalStack } from '../helpers/portal';
import { realClockYear as Y } from '../helpers/clock';
import { kindOf } from '../helpers/mail';
import { readerText } from '../helpers/reader-text';
import { ours, translationFaults } from '../helpers/translation';
import { words } from '../../portal/i18n';

// The pages of a country, its Working Group reviewers and the public, in French and in Spanish in a real
// browser: each is read as its reader meets it, and must hold no English word, no internal name (a stage,
// an evidence kind, a stakeholder group), no ISO date and, in French, no colon without its non-breaking
// space. Madagascar's focal point reads French and its deputy Spanish; so do its two reviewers.

let portal: PortalStack;
let client: Client;
let mail: MailCatcher;

const person = (name: string, email: string, language: 'fr' | 'es', zone: string) => ({ name, email, language, zone });
const hery = person('Hery Rakoto', 'hery.rakoto@example.org', 'fr', 'Indian/Antananarivo');
const rosa = person('Rosa Mamani', 'rosa.mamani@example.org', 'es', 'America/La_Paz');
const awa = person('Awa Ndiaye', 'awa.ndiaye@example.org', 'fr', 'Africa/Dakar');
const carmen = person('Carmen Ruiz', 'carmen.ruiz@example.org', 'es', 'Europe/Madrid');
const registry = {
  secretariat: { ...exampleRegistry.secretariat, language: 'fr' },
  gcm: exampleRegistry.gcm,
  countries: [
    {
      code: 'MDG',
      name: 'Madagascar',
      status: 'active',
      grantedOn: '2019-06-13',
      focalPoint: hery,
      deputy: rosa,
      reviewers: [awa, carmen],
    },
  ],
};
const operator = (email: string): Actor => ({ email, channel: 'cli-operator' });

beforeAll(async () => {
  portal = await startPortalStack();
  client = portal.stack.env.client;
  mail = portal.stack.mail;
  await importRegistry(client, registry);
});
afterAll(() => portal?.stop());

/** Fails, saying what it found and where, if the page holds anything a reader of `language` should not meet. */
async function expectReadable(page: Page, language: 'fr' | 'es', what: string): Promise<void> {
  const text = ours(await readerText(page));
  expect(await page.locator('html').getAttribute('lang'), what).toBe(language);
  expect(translationFaults(text, language), `${what}:\n${text}`).toEqual([]);
}

const alert = (page: Page) => page.locator('[role=alert]').textContent();
const status = (page: Page) => page.locator('[role=status]').textContent();
/** A text to find as it is, in a regular expression. */
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

let published: Promise<void> | undefined;

it(
  'speaks French and Spanish to a country and its reviewers: task list, report form and its errors, review, revision, second round',
  { timeout: 240_000 },
  async () => {
    await expect.poll(async () => (await openYear(client, { year: Y })).map((r) => r.country)).toEqual(['MDG']);

    // What waits for each: the report, with its deadline in words.
    const heryPage = await portal.person();
    await portal.signIn(heryPage, hery.email);
    await expect(
      heryPage.getByRole('link', { name: new RegExp(`^Rapport d’avancement attendu\\s: Madagascar ${Y}`) }).count(),
    ).resolves.toBe(1);
    await expectReadable(heryPage, 'fr', 'the task list in French');
    const rosaPage = await portal.person();
    await portal.signIn(rosaPage, rosa.email);
    await expectReadable(rosaPage, 'es', 'the task list in Spanish');

    // The report form: its stakeholder groups and evidence kinds by their names, not the code's.
    await rosaPage.getByRole('link', { name: new RegExp(`Madagascar ${Y}`) }).click();
    await expect(rosaPage.locator('h1').textContent()).resolves.toBe(`Informe de progreso: Madagascar ${Y}`);
    await rosaPage.getByLabel('Organizaciones de la sociedad civil').waitFor();
    await expect(rosaPage.locator('[name="evidence.0.kind"] option[value="case-study"]').textContent()).resolves.toBe('Estudio de caso');
    await expectReadable(rosaPage, 'es', 'the report form in Spanish');

    await heryPage.getByRole('link', { name: new RegExp(`Madagascar ${Y}`) }).click();
    await expect(heryPage.locator('h1').textContent()).resolves.toBe(`Rapport d’avancement\u00a0: Madagascar ${Y}`);
    await expect(heryPage.locator('[name="evidence.0.kind"] option[value="survey"]').textContent()).resolves.toBe('Enquête');
    // Participation by the framework's one vocabulary of stakeholder groups, national and international (S1).
    const participation = heryPage.getByRole('group', { name: 'Participation des parties prenantes' });
    await expect(participation.locator('label').allTextContents()).resolves.toEqual([
      'Gouvernement',
      'Organisations d’employeurs',
      'Organisations de travailleurs',
      'Personnes survivantes et leurs réseaux',
      'Organisations de la société civile',
      'Secteur privé',
      'Milieux universitaires',
      'Organismes des Nations Unies et OIT',
      'Partenaires de développement',
    ]);
    await expect(participation.textContent()).resolves.toContain(
      'Le Groupe de travail et le GCM voient si les organisations d’employeurs et de travailleurs ont toutes deux participé.',
    );
    await expectReadable(heryPage, 'fr', 'the report form in French');

    // Sent with most of it missing: each mistake in French, named by its field's label.
    await heryPage.locator('[name="challenges"]').fill('Le renouvellement du personnel a ralenti les inspections.');
    await heryPage.getByRole('button', { name: 'Soumettre le rapport' }).click();
    await expect(heryPage.locator('#preparedThrough-error').textContent()).resolves.toBe('est obligatoire');
    await expect(alert(heryPage)).resolves.toContain(
      'Progrès par objectif de la feuille de route\u00a0: doit comporter au moins une entrée',
    );
    await expect(alert(heryPage)).resolves.toContain('Cadre d’indicateurs\u00a0: doit comporter au moins une entrée');
    await expectReadable(heryPage, 'fr', 'the report form with its mistakes in French');
    await portal.shot(heryPage, 'report-form-error-fr');

    await heryPage.locator('[name="progress.0.objective"]').fill('Renforcer l’inspection du travail dans les mines');
    await heryPage.locator('[name="progress.0.summary"]').fill('Deux cents inspecteurs formés.');
    await heryPage.locator('[name="evidence.0.kind"]').selectOption('survey');
    await heryPage.locator('[name="evidence.0.description"]').fill('Enquête nationale sur le travail des enfants.');
    await heryPage.getByLabel('Organisations de la société civile').fill('Trois associations membres de la commission nationale.');
    await heryPage.getByLabel('Organisations d’employeurs').fill('Le groupement des entreprises minières.');
    await heryPage.getByLabel('Organisations de travailleurs').fill('Deux confédérations syndicales.');
    await heryPage.getByLabel('Organismes des Nations Unies et OIT').fill('Appui du bureau de pays de l’OIT.');
    await heryPage.locator('[name="collaboration.0.description"]').fill('Protocole d’inspection conjoint.');
    await heryPage.locator('[name="collaboration.0.partners"]').fill('Maurice');
    await heryPage.locator('[name="preparedThrough"]').fill('Comité national de lutte contre le travail des enfants');
    await heryPage.locator('[name="framework.updated"]').check();
    await heryPage.locator('[name="indicator.0.code"]').fill('8.7.1');
    await heryPage.locator('[name="indicator.0.name"]').fill('Enfants de 5 à 17 ans astreints au travail (%)');
    await heryPage.getByRole('button', { name: 'Soumettre le rapport' }).click();
    await expect(status(heryPage)).resolves.toContain('Votre rapport a été reçu');
    const filed = (await cycleState(client, 'MDG', Y)).submissions[0]!.report.stakeholderParticipation;
    expect(filed.national.map((p) => p.group)).toEqual(['employers', 'workers', 'civil-society']);
    expect(filed.international.map((p) => p.group)).toEqual(['un-ilo']);

    // The secretariat, who reads French, would move the deadline of a report already in review: the cycle
    // refuses, and says why in French, with the day the report came in.
    const inReview = await cycleState(client, 'MDG', Y);
    const secretariat = await portal.person();
    await portal.signIn(secretariat, registry.secretariat.email);
    await secretariat.goto(`${portal.base}/secretariat`);
    const extend = secretariat.locator('section', { hasText: 'Reporter la date limite d’un rapport' });
    await extend.locator('[name="country"]').fill('MDG');
    await extend.locator('[name="year"]').fill(String(Y));
    await extend.locator('[name="until"]').fill(`${Y}-05-31T23:59:59+03:00`);
    await extend.locator('[name="reason"]').fill('Le comité national se réunit en mai');
    await extend.getByRole('button').click();
    const received = words.fr.terms.date(
      DateTime.fromISO(inReview.submissions[0]!.at, { zone: registry.secretariat.zone }).setLocale('fr'),
    );
    const refusal = (await alert(secretariat)) ?? '';
    expect(refusal).toContain(
      `Le cycle en est à l’étape «\u00a0rapport en cours d’examen par le Groupe de travail\u00a0» (rapport reçu le ${received})\u00a0: il n’est pas possible de reporter la date limite maintenant.`,
    );
    expect(translationFaults(ours(refusal), 'fr'), refusal).toEqual([]);
    await portal.shot(secretariat, 'deadline-refused-in-review-fr');
    expect((await cycleState(client, 'MDG', Y)).deadline).toBe(inReview.deadline);

    // The reviewers: the report as a document, with its evidence and participation named in their words.
    const awaPage = await portal.person();
    await followLink(awaPage, await portal.linkIn(awa.email, 'review-request'));
    await expect(awaPage.locator('main').textContent()).resolves.toContain('Enquête\u00a0: Enquête nationale sur le travail des enfants.');
    await expect(awaPage.locator('main').textContent()).resolves.toContain('Organisations de la société civile\u00a0: Trois associations');
    // Beside the guidance on participation: both social partners took part, and which groups did.
    await expect(awaPage.locator('#social-partners').textContent()).resolves.toBe(
      'Partenaires sociaux (organisations d’employeurs et de travailleurs)\u00a0: les deux ont participé (organisations d’employeurs, organisations de travailleurs, organisations de la société civile, organismes des Nations Unies et OIT)',
    );
    await expectReadable(awaPage, 'fr', 'the review page in French');
    const carmenPage = await portal.person();
    await followLink(carmenPage, await portal.linkIn(carmen.email, 'review-request'));
    await expect(carmenPage.locator('main').textContent()).resolves.toContain('Encuesta: Enquête nationale');
    await expectReadable(carmenPage, 'es', 'the review page in Spanish');
    await portal.shot(carmenPage, 'review-es');

    // A revision asked without comments is refused in French; with them, recorded.
    await awaPage.getByLabel('Demander une révision').check();
    await awaPage.getByRole('button', { name: 'Enregistrer l’examen' }).click();
    await expect(alert(awaPage)).resolves.toContain(
      'Commentaires pour le pays (requis pour une révision)\u00a0: sont requis pour demander une révision',
    );
    await expect(awaPage.locator('#comments-error').textContent()).resolves.toBe('sont requis pour demander une révision');
    await expect(awaPage.locator('#comments').getAttribute('aria-invalid')).resolves.toBe('true');
    await expectReadable(awaPage, 'fr', 'the review page with its mistake in French');
    await awaPage.getByLabel('Demander une révision').check();
    await awaPage.getByLabel(/Commentaires pour le pays/).fill('Merci d’ajouter les résultats de l’enquête.');
    await awaPage.getByRole('button', { name: 'Enregistrer l’examen' }).click();
    await expect(status(awaPage)).resolves.toBe('Votre examen a été enregistré.');

    // The revision, from the feedback e-mail, for both focal points.
    const heryRevision = await portal.person();
    await followLink(heryRevision, await portal.linkIn(hery.email, 'feedback'));
    await heryRevision.getByText('Merci d’ajouter les résultats de l’enquête.').waitFor();
    await expectReadable(heryRevision, 'fr', 'the revision in French');
    const rosaRevision = await portal.person();
    await followLink(rosaRevision, await portal.linkIn(rosa.email, 'feedback'));
    await expect(rosaRevision.locator('h1').textContent()).resolves.toBe(`Informe de progreso revisado: Madagascar ${Y}`);
    await expectReadable(rosaRevision, 'es', 'the revision in Spanish');
    await rosaRevision.locator('[name="progress.0.summary"]').fill('Deux cents inspecteurs formés et résultats de l’enquête joints.');
    await rosaRevision.getByRole('button', { name: 'Enviar el informe' }).click();
    await expect(status(rosaRevision)).resolves.toContain('Su informe fue recibido');

    // The second round: the first round's decision in words, and what changed.
    await followLink(carmenPage, await portal.linkIn(carmen.email, 'review-request', 2));
    await expect(carmenPage.locator('h3').textContent()).resolves.toBe('Ronda 1: informe revisado solicitado');
    await expectReadable(carmenPage, 'es', 'the second round in Spanish');
    await followLink(awaPage, await portal.linkIn(awa.email, 'review-request', 2));
    await expect(awaPage.locator('h3').textContent()).resolves.toBe('Tour 1\u00a0: révision demandée');
    await expectReadable(awaPage, 'fr', 'the second round in French');
    // The Working Group reviews as a body: Carmen records her assessment in Spanish, Awa (the first reviewer,
    // as the registry names no review sub-group or chair) leads and sends the one decision in French.
    await expect(carmenPage.getByLabel('Aceptar el informe').count()).resolves.toBe(0);
    for (const [sign, judged] of [
      ['(b) El informe da respuesta', 'Cumplido'],
      ['(c) El marco de indicadores', 'No cumplido'],
      ['(d) El informe aporta pruebas de los progresos', 'Cumplido'],
      ['(e) El informe aporta pruebas de los esfuerzos', 'Cumplido'],
    ] as const)
      await carmenPage
        .getByRole('group', { name: new RegExp(`^${escape(sign)}`) })
        .getByLabel(judged, { exact: true })
        .check();
    await carmenPage.getByLabel(/Sus comentarios/).fill('Los indicadores repiten los valores del año anterior.');
    await portal.shot(carmenPage, 'assessment-es'); // and checked with axe
    await carmenPage.getByRole('button', { name: 'Registrar mi evaluación' }).click();
    await expect(status(carmenPage)).resolves.toContain('Su evaluación quedó registrada.');
    await expectReadable(carmenPage, 'es', 'the assessment recorded, in Spanish');
    expect((await cycleState(client, 'MDG', Y)).stage).toBe('in-review');

    await awaPage.reload(); // Awa's page, opened from her link before Carmen assessed
    const assessments = awaPage.locator('section', { hasText: 'Les évaluations des examinateurs' });
    await expect(assessments.textContent()).resolves.toContain('Los indicadores repiten los valores del año anterior.');
    await expect(assessments.textContent()).resolves.toContain('(c) Le cadre d’indicateurs est actualisé\u00a0: Non satisfait');
    await expectReadable(awaPage, 'fr', 'the lead’s consolidation in French');
    await portal.shot(awaPage, 'consolidation-fr');
    // The consolidation starts from Carmen's assessment: (c) not met, whatever the country ticked.
    const frameworkSign = awaPage.getByRole('group', { name: /^\(c\) Le cadre d’indicateurs/ });
    await expect(frameworkSign.getByLabel('Non satisfait', { exact: true }).isChecked()).resolves.toBe(true);
    await awaPage.getByLabel('Accepter le rapport').check();
    await awaPage.getByRole('button', { name: 'Enregistrer l’examen' }).click();
    await expect(status(awaPage)).resolves.toBe('Votre examen a été enregistré.');
    const finalised = await cycleState(client, 'MDG', Y);
    expect(finalised.stage).toBe('finalised');
    expect(finalised.reviews.at(-1)).toMatchObject({ by: awa.email, decision: 'accept', signs: { indicatorFrameworkUpdated: false } });

    published = mail.waitFor(1, (m) => m.to.includes(hery.email) && kindOf(m) === 'finalised').then(() => undefined);
  },
);

it(
  'lets a visitor choose the language of the public pages with a link, remembered, the browser’s language first',
  { timeout: 120_000 },
  async () => {
    await published;
    await updateRoadmap(client, { country: 'MDG', summary: 'Axe 3 étendu au travail forcé dans les mines', actor: operator(hery.email) });
    const profile = `${portal.base}/countries/MDG`;
    const report = `${profile}/reports/${Y}`;

    // In French, as the browser asks.
    const visitor = await portal.person({ locale: 'fr-FR' });
    await visitor.goto(report);
    await expect(visitor.locator('h1').textContent()).resolves.toBe(`Madagascar\u00a0: Rapport d’avancement final ${Y}`);
    await expect(visitor.getByRole('link', { name: 'Français' }).getAttribute('aria-current')).resolves.toBe('true');
    await expectReadable(visitor, 'fr', 'the published report in French');
    await portal.shot(visitor, 'public-report-fr');

    // A link chooses Spanish; the choice holds on the next page.
    await visitor.getByRole('link', { name: 'Español' }).click();
    await visitor.waitForURL(report);
    await expect(visitor.locator('h1').textContent()).resolves.toBe(`Madagascar: Informe de progreso final ${Y}`);
    await expectReadable(visitor, 'es', 'the published report in Spanish');
    await expect.poll(async () => (await visitor.goto(profile))!.status(), { timeout: 20_000 }).toBe(200);
    await expect(visitor.locator('main').textContent()).resolves.toContain('Estatus: país pionero activo');
    await expectReadable(visitor, 'es', 'the profile in Spanish');
    await portal.shot(visitor, 'public-profile-es');

    await visitor.getByRole('link', { name: 'Français' }).click();
    await visitor.waitForURL(profile);
    await expect(visitor.locator('main').textContent()).resolves.toContain('Statut\u00a0: pays pionnier actif');
    await expectReadable(visitor, 'fr', 'the profile in French');

    // Without a choice, the browser's language; English when it asks for none of the three.
    const spanish = await portal.person({ locale: 'es-ES' });
    await spanish.goto(profile);
    await expectReadable(spanish, 'es', 'the profile for a Spanish browser');
    const other = await portal.person({ locale: 'de-DE' });
    await other.goto(profile);
    await expect(other.locator('html').getAttribute('lang')).resolves.toBe('en');
  },
);

it('speaks to candidates in their language: the steps, their dates, and what a step lacks', { timeout: 120_000 }, async () => {
  const valentina = { name: 'Valentina Rojas', email: 'valentina.rojas@example.org', language: 'es', zone: 'America/Santiago' };
  const aminata = { name: 'Aminata Diop', email: 'aminata.diop@example.org', language: 'fr', zone: 'Africa/Dakar' };
  const deputy = (name: string, email: string) => ({ name, email, language: 'en', zone: 'UTC' });
  for (const [code, name, focalPoint, second] of [
    ['CHL', 'Chile', valentina, deputy('Tomás Herrera', 'tomas.herrera@example.org')],
    ['SEN', 'Senegal', aminata, deputy('Moussa Fall', 'moussa.fall@example.org')],
  ] as const) {
    await startCandidacy(client, { code, name, sentTo: 'Alliance 8.7 Chair', receivedOn: `${Y - 1}-11-11`, focalPoint, deputy: second });
    await candidacyStep(client, {
      country: code,
      task: 'acknowledge',
      args: { reviewers: [awa] },
      actor: operator('secretariat@example.org'),
    });
  }

  // The Spanish candidate files its timeline; the page lists it in words.
  const es = await portal.person();
  await followLink(es, await portal.linkIn(valentina.email, 'candidacy-invitation'));
  await expect(es.getByLabel('Fecha prevista para el taller de planificación estratégica').count()).resolves.toBe(1);
  await expectReadable(es, 'es', 'the candidacy in Spanish');
  const timeline = es.locator('section', { has: es.getByRole('heading', { name: 'Su calendario' }) });
  for (const [step, due] of [
    ['stakeholder-mapping', `${Y}-03-01`],
    ['situation-mapping', `${Y}-04-01`],
    ['workshop', `${Y}-05-15`],
    ['roadmap', `${Y}-07-01`],
  ]) {
    await timeline.locator(`[name="due.${step}"]`).fill(due!);
  }
  await timeline.getByRole('button').click();
  await expect(status(es)).resolves.toBe('Registrado. Gracias.');
  await expect(es.locator('main li').first().textContent()).resolves.toBe(
    `El mapeo de las partes interesadas y los mecanismos de coordinación: 1 de marzo de ${Y}`,
  );
  await expectReadable(es, 'es', 'the candidacy with its timeline in Spanish');

  // No stakeholder group named: said in Spanish, on the groups of the vocabulary.
  const stakeholders = es.locator('section', { has: es.getByRole('heading', { name: 'Partes interesadas y coordinación' }) });
  await stakeholders.getByLabel('Gobierno').fill('  ');
  await stakeholders.locator('[name="coordinationBodies"]').fill('Mesa Nacional contra la Trata de Personas');
  await stakeholders.getByRole('button').click();
  await expect(alert(es)).resolves.toContain(
    'Grupos de partes interesadas: los nombres de quienes forman cada grupo, uno por línea (al menos un grupo): debe tener al menos una entrada',
  );
  await expect(es.locator('#stakeholders-stakeholders-error').textContent()).resolves.toBe('debe tener al menos una entrada');
  await expect(es.locator('#stakeholders-stakeholders').getAttribute('aria-describedby')).resolves.toBe('stakeholders-stakeholders-error');
  await expectReadable(es, 'es', 'the candidacy with its mistake in Spanish');
  await portal.shot(es, 'candidacy-step-refused-es');

  // The French candidate: national action plans, what they cover typed in French.
  const fr = await portal.person();
  await followLink(fr, await portal.linkIn(aminata.email, 'candidacy-invitation'));
  await expect(fr.locator('h1').textContent()).resolves.toBe('Candidature\u00a0: Sénégal');
  await expectReadable(fr, 'fr', 'the candidacy in French');
  const roadmap = fr.locator('section', { has: fr.getByRole('heading', { name: 'La feuille de route, ou des plans d’action nationaux' }) });
  await roadmap.getByLabel(/Des plans d’action nationaux/).check();
  await roadmap.locator('[name="plans"]').fill('Plan national de lutte | travail des enfants, travail forcé | taux de travail des enfants');
  await roadmap.getByRole('button').click();
  await expect(status(fr)).resolves.toBe('Enregistré. Merci.');
  const filed = (await candidacyStatus(client, 'SEN')).filed.roadmap?.plan;
  expect(filed?.kind === 'national-action-plans' && filed.plans[0]!.covers).toEqual(['child-labour', 'forced-labour']);
  await expectReadable(fr, 'fr', 'the candidacy after its roadmap in French');
});
