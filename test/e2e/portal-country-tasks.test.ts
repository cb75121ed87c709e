import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Client } from '@temporalio/client';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Actor } from '../../app/actor';
import { candidacyStatus, candidacyStep, startCandidacy } from '../../app/candidacy';
import { countryRecord, importRegistry } from '../../app/countries';
import { checkIn, escalationStatus, proposeEnd, proposeSupport, recordDialogue, supportStatus } from '../../app/escalation';
import { storePublisher } from '../../activities/publisher';
import { signGrant } from '../../client/tokens';
import { examplePdf, exampleRegistry, gcmMeetingDecides, gcmOpensDialogue, twoCyclesWithoutReport } from '../helpers/fixtures';
import { escalationDecisionId } from '../../domain/shared/workflow-ids';
import { followLink, startPortalStack, type PortalStack } from '../helpers/portal';
import { realClockYear as Y } from '../helpers/clock';

/** The last year whose cycle has closed, on any day: the year before the real one. */
const last = Y - 2;

// What a country itself is asked outside a reporting cycle, in the browser from its e-mails: a candidate's
// planning steps, and an inactive country's reactivation request.

let portal: PortalStack;
let client: Client;
const examples = join(__dirname, '../../examples');
const operator = (email: string): Actor => ({ email, channel: 'cli-operator' });

beforeAll(async () => {
  portal = await startPortalStack();
  client = portal.stack.env.client;
  await importRegistry(client, exampleRegistry);
});
afterAll(() => portal?.stop());

it(
  "takes a candidate's planning steps from the link in its invitation, keeping what was typed when a step is refused",
  { timeout: 120_000 },
  async () => {
    await startCandidacy(client, JSON.parse(readFileSync(join(examples, 'candidacy/eoi.json'), 'utf8')));
    await candidacyStep(client, {
      country: 'CHL',
      task: 'acknowledge',
      args: { reviewers: [{ name: 'Amina Diallo', email: 'amina.diallo@example.org' }] },
      actor: operator('secretariat@example.org'),
    });

    const valentina = await portal.person();
    await followLink(valentina, await portal.linkIn('valentina.rojas@example.org', 'candidacy-invitation'));
    await expect(valentina.locator('h1').textContent()).resolves.toBe('Candidatura: Chile');

    const timeline = valentina.locator('section', { hasText: 'Su calendario' });
    for (const [step, due] of [
      ['stakeholder-mapping', `${Y}-03-01`],
      ['situation-mapping', `${Y}-04-01`],
      ['workshop', `${Y}-05-15`],
      ['roadmap', `${Y}-07-01`],
    ]) {
      await timeline.locator(`[name="due.${step}"]`).fill(due!);
    }
    await timeline.getByRole('button').click();
    await expect(valentina.locator('[role=status]').textContent()).resolves.toBe('Registrado. Gracias.');
    expect((await candidacyStatus(client, 'CHL')).timeline.map((t) => t.due)).toEqual([
      `${Y}-03-01`,
      `${Y}-04-01`,
      `${Y}-05-15`,
      `${Y}-07-01`,
    ]);

    // The stakeholder groups are the framework's one vocabulary (S1), each with its names one a line. None
    // named: the page says what is missing, in Spanish, and the form keeps what was typed.
    const stakeholders = valentina.locator('section', {
      has: valentina.getByRole('heading', { name: 'Partes interesadas y coordinación' }),
    });
    await expect(stakeholders.getByRole('group').locator('label').allTextContents()).resolves.toEqual([
      'Gobierno',
      'Organizaciones de empleadores',
      'Organizaciones de trabajadores',
      'Personas sobrevivientes y sus redes',
      'Organizaciones de la sociedad civil',
      'Sector privado',
      'Ámbito académico',
      'Organismos de las Naciones Unidas y la OIT',
      'Asociados para el desarrollo',
    ]);
    await stakeholders.locator('[name="coordinationBodies"]').fill('Mesa Nacional contra la Trata de Personas');
    await stakeholders.getByRole('button').click();
    await expect(valentina.locator('[role=alert]').textContent()).resolves.toContain(
      'Grupos de partes interesadas: los nombres de quienes forman cada grupo, uno por línea (al menos un grupo): debe tener al menos una entrada',
    );
    await expect(valentina.locator('#stakeholders-stakeholders').getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(valentina.locator('[name="coordinationBodies"]').inputValue()).resolves.toBe('Mesa Nacional contra la Trata de Personas');
    await portal.shot(valentina, 'candidacy-step-refused');
    expect((await candidacyStatus(client, 'CHL')).filed.stakeholders).toBeUndefined();

    await stakeholders.getByLabel('Gobierno').fill('Ministerio del Trabajo\nMinisterio de Justicia');
    await stakeholders.getByLabel('Organizaciones de trabajadores').fill('CUT Chile');
    await stakeholders.getByRole('button').click();
    await expect(valentina.locator('[role=status]').textContent()).resolves.toBe('Registrado. Gracias.');
    const filed = (await candidacyStatus(client, 'CHL')).filed.stakeholders;
    expect(filed?.stakeholders).toEqual([
      { group: 'government', names: ['Ministerio del Trabajo', 'Ministerio de Justicia'] },
      { group: 'workers', names: ['CUT Chile'] },
    ]);
    expect(filed?.coordinationBodies).toEqual(['Mesa Nacional contra la Trata de Personas']);

    // The candidacy link opens the candidacy only.
    expect((await valentina.goto(`${portal.base}/countries/NGA/reactivation`))!.status()).toBe(403);
    expect((await valentina.goto(`${portal.base}/candidacies/PER`))!.status()).toBe(403);
    // A page kept from before the candidacy moved to /candidacies still opens.
    expect((await valentina.goto(`${portal.base}/candidacy/CHL`))!.status()).toBe(200);
    expect(new URL(valentina.url()).pathname).toBe('/candidacies/CHL');
  },
);

it(
  'lets an inactive country file its reactivation request from the link in the notice that it is inactive',
  { timeout: 120_000 },
  async () => {
    // Two cycles without a report, then dialogue, support and the GCM's decisions, as the secretariat's operator records them.
    await twoCyclesWithoutReport(client, 'NGA', last);
    await gcmOpensDialogue(client, 'NGA', last);
    const flagged = { country: 'NGA', year: last };
    await expect
      .poll(async () => (await escalationStatus(client, flagged).catch(() => undefined))?.stage, { timeout: 20_000 })
      .toBe('dialogue');
    const dialogue = JSON.parse(readFileSync(join(examples, 'dialogue.json'), 'utf8')) as object;
    await recordDialogue(client, { ...flagged, dialogue, actor: operator('helena.sorensen@example.org') });
    await proposeSupport(client, {
      ...flagged,
      mechanisms: ['IV'],
      members: [{ name: 'Sam Okoro', email: 'sam.okoro@example.org' }],
      checkInEveryDays: 30,
      actor: operator('tomas.ferreira@example.org'),
    });
    await gcmMeetingDecides(client, 'NGA', escalationDecisionId('support', 'NGA', last, 1));
    await expect
      .poll(
        async () =>
          (
            await checkIn(client, {
              ...flagged,
              note: 'No meeting held',
              readyToResume: false,
              endsSupport: true,
              actor: operator('sam.okoro@example.org'),
            }).catch(() => [])
          ).length,
        { timeout: 20_000 },
      )
      .toBe(1);
    await expect.poll(async () => (await escalationStatus(client, flagged)).support?.endedBecause, { timeout: 20_000 }).toBe('not-ready');
    await proposeEnd(client, {
      ...flagged,
      decision: 'inactive',
      reason: 'No coordination mechanism',
      actor: operator('helena.sorensen@example.org'),
    });
    await gcmMeetingDecides(client, 'NGA', escalationDecisionId('inactive', 'NGA', last, 1));

    // The public profile says so.
    const visitor = await portal.person();
    await expect.poll(async () => (await visitor.goto(`${portal.base}/countries/NGA`))!.status(), { timeout: 20_000 }).toBe(200);
    await expect(visitor.locator('main').textContent()).resolves.toContain('Status: inactive');

    const chidi = await portal.person();
    await followLink(chidi, await portal.linkIn('chidi.okafor@example.org', 'country-inactive'));
    await expect(chidi.locator('h1').textContent()).resolves.toBe('Reactivation request: Nigeria');
    // R23: a progress report in the annual report's form, with its documents, and the signed letter to the Chair.
    await chidi.locator('[name="progress.0.objective"]').fill('Child labour free cocoa');
    await chidi.locator('[name="progress.0.summary"]').fill('Labour inspections doubled in cocoa regions.');
    await chidi.locator('[name="challenges"]').fill('Inspectors kept out of two states for months.');
    await chidi.locator('[name="collaboration.0.description"]').fill('Joint programme with Ghana on cross-border trafficking.');
    await chidi.locator('[name="preparedThrough"]').fill('National Steering Committee');
    await chidi.locator('[name="indicator.0.code"]').fill('8.7.1');
    await chidi.locator('[name="indicator.0.name"]').fill('Children in child labour (%)');
    await chidi.locator('[name="framework.updated"]').check();
    await chidi.locator('#attachments').setInputFiles({ name: `evaluation-${Y}.pdf`, mimeType: 'application/pdf', buffer: examplePdf() });
    await chidi.getByLabel('What the letter says').fill('Nigeria recommits to its roadmap and asks to be active again.');
    // Without the signed letter the request is not filed, and what was typed stays.
    await chidi.getByRole('button', { name: 'Send the request' }).click();
    await expect(chidi.locator('[role=alert]').textContent()).resolves.toContain('The signed letter to the Alliance 8.7 Chair is missing');
    await expect(chidi.locator('[name="challenges"]').inputValue()).resolves.toBe('Inspectors kept out of two states for months.');
    expect((await countryRecord(client, 'NGA')).reactivations).toEqual([]);
    await chidi.locator('#attachments').setInputFiles({ name: `evaluation-${Y}.pdf`, mimeType: 'application/pdf', buffer: examplePdf() });
    await chidi
      .locator('#letterDocument')
      .setInputFiles({ name: 'letter-to-the-chair.pdf', mimeType: 'application/pdf', buffer: examplePdf(900) });
    await portal.shot(chidi, 'reactivation-form');
    await chidi.getByRole('button', { name: 'Send the request' }).click();
    await expect(chidi.locator('[role=status]').textContent()).resolves.toContain('Your request was filed');

    const record = await countryRecord(client, 'NGA');
    expect(record.reactivations.filter((r) => !r.closedAt)).toHaveLength(1);
    // Filed once: the page now has nothing to ask.
    expect((await chidi.goto(`${portal.base}/countries/NGA/reactivation`))!.status()).toBe(409);

    // The secretariat verifies it from the link in its notice; the country is active again.
    const secretariat = await portal.person();
    await followLink(secretariat, await portal.linkIn('secretariat@example.org', 'reactivation-requested'));
    await secretariat.getByText('Joint programme with Ghana on cross-border trafficking.').waitFor();
    // The report's document and the letter open for the secretariat, as they are.
    for (const name of [`evaluation-${Y}.pdf`, 'letter-to-the-chair.pdf']) {
      const href = await secretariat.getByRole('link', { name }).getAttribute('href');
      const got = await secretariat.request.get(`${portal.base}${href}`);
      expect([got.status(), (await got.body()).subarray(0, 5).toString()]).toEqual([200, '%PDF-']);
      expect((await visitor.request.get(`${portal.base}${href}`)).status()).toBe(404); // and not for anyone else
    }
    await secretariat.getByLabel('The evidence holds').check();
    await secretariat.getByLabel(/What was checked/).fill('Evidence checked with the ILO office.');
    await portal.shot(secretariat, 'reactivation-verification');
    await secretariat.getByRole('button', { name: 'Record the verification' }).click();
    await expect(secretariat.locator('[role=status]').textContent()).resolves.toContain('active again');
    await expect.poll(async () => (await countryRecord(client, 'NGA')).status, { timeout: 20_000 }).toBe('active');
  },
);

it(
  'runs an escalation in the browser: the dialogue, proposals to the GCM, which decides them as a body, the check-in by the sub-group',
  { timeout: 120_000 },
  async () => {
    await twoCyclesWithoutReport(client, 'PER', last);
    await gcmOpensDialogue(client, 'PER', last);

    const flagged = { country: 'PER', year: last };
    await expect
      .poll(async () => (await escalationStatus(client, flagged).catch(() => undefined))?.stage, { timeout: 20_000 })
      .toBe('dialogue');

    // Helena follows the flag's link and records the dialogue.
    const helena = await portal.person();
    await followLink(helena, await portal.linkIn('helena.sorensen@example.org', 'escalation-flag', 2));
    await expect(helena.locator('h1').textContent()).resolves.toBe(`GCM escalation: Peru ${last}`);
    // No sub-group is offered before a dialogue is recorded (R21 follows R20): the page says when it will be.
    const supportForm = helena.locator('form[action$="/support"]');
    expect(await supportForm.count()).toBe(0);
    await expect(helena.locator('main').textContent()).resolves.toContain(
      'A support sub-group can be proposed once a dialogue with the country is recorded.',
    );
    await helena.getByLabel('Compliance with the mechanism').check();
    await helena.getByLabel(/Circumstances/).fill('Elections interrupted the national coordination mechanism.');
    await helena.getByLabel('Way forward').fill('Restart the mechanism with a support sub-group.');
    await helena.getByLabel('Support is needed').check();
    await helena.getByRole('button', { name: 'Record the dialogue' }).click();
    await expect(helena.locator('[role=status]').textContent()).resolves.toBe('Recorded: dialogue.');
    expect(await supportForm.getByRole('button', { name: 'Propose to the GCM' }).count()).toBe(1);
    await expect(helena.locator('main').textContent()).resolves.not.toContain('once a dialogue with the country is recorded');

    // A second GCM member, who reads Spanish, proposes the sub-group to the GCM; a mistake is refused by the
    // workflow with its reason. Nothing is formed until the GCM decides.
    const tomas = await portal.person();
    await followLink(tomas, await portal.linkIn('tomas.ferreira@example.org', 'escalation-flag', 2));
    const proposeSubGroup = tomas.locator('form[action$="/support"]').getByRole('button', { name: 'Proponer al GCM' });
    await tomas.getByLabel('IV: coordinación').check();
    await tomas.getByLabel(/Miembros, uno por línea/).fill('Sam Okoro: not-an-address');
    await proposeSubGroup.click();
    await expect(tomas.locator('[role=alert]').textContent()).resolves.toContain('members.0.email');
    await tomas.getByLabel('IV: coordinación').check();
    await tomas.getByLabel(/Miembros, uno por línea/).fill('Sam Okoro: sam.okoro@example.org');
    await tomas.getByLabel(/Mandato/).fill('6');
    await proposeSubGroup.click();
    await expect(tomas.locator('[role=status]').textContent()).resolves.toBe('Registrado: propuesta sometida al GCM.');
    // The page shows the proposal before the GCM, and no other proposal form until it has decided.
    const supportDecision = escalationDecisionId('support', 'PER', last, 1);
    await expect(tomas.locator('main').textContent()).resolves.toContain('Ante el GCM: Formar un subgrupo de apoyo para Perú');
    expect(await tomas.getByRole('button', { name: 'Proponer al GCM' }).count()).toBe(0);
    await portal.shot(tomas, 'escalation');
    // His link opens this escalation only; signed in, he follows the page's link to the decision.
    const tomasSignedIn = await portal.person();
    await portal.signIn(tomasSignedIn, 'tomas.ferreira@example.org');
    await tomasSignedIn.goto(`${portal.base}/escalations/PER/${last}`);
    await tomasSignedIn.getByRole('link', { name: 'La decisión y su procedimiento' }).click();
    await expect(tomasSignedIn.locator('h1').textContent()).resolves.toContain('Formar un subgrupo de apoyo para Perú');
    expect(tomasSignedIn.url()).toBe(`${portal.base}/decisions/${supportDecision}`);
    expect((await escalationStatus(client, flagged)).stage).toBe('dialogue');
    await gcmMeetingDecides(client, 'PER', supportDecision);
    await expect.poll(async () => (await escalationStatus(client, flagged)).stage, { timeout: 20_000 }).toBe('support');

    // The sub-group member checks in, ready to resume, with the link the check-in-due e-mail carries (30 days on).
    await expect
      .poll(async () => (await supportStatus(client, flagged).catch(() => undefined))?.members.length, { timeout: 20_000 })
      .toBe(1);
    const samLink = await signGrant(
      portal.settings.actionLinkKeys,
      { purpose: 'act', sub: 'sam.okoro@example.org', task: { workflowId: `support-PER-${last}`, task: 'support', round: 0 } },
      new Date(Date.now() + 3_600_000),
    );
    const sam = await portal.person();
    await followLink(sam, `${portal.base}/act?token=${samLink}`);
    await sam.getByLabel(/What happened since/).fill('The coordination body met twice and adopted a workplan.');
    await sam.getByLabel('The country is ready to resume').check();
    await sam.getByRole('button', { name: 'Record the check-in' }).click();
    await expect(sam.locator('[role=status]').textContent()).resolves.toBe('Your check-in was recorded.');
    expect((await sam.goto(`${portal.base}/escalations/PER/${last}`))!.status()).toBe(403); // his link is for the check-in only

    // The GCM is asked to decide; Helena proposes from that e-mail that the country resumes, and the GCM decides.
    await followLink(helena, await portal.linkIn('helena.sorensen@example.org', 'decision-needed'));
    await helena.getByLabel('The country resumes').check();
    await helena.getByLabel(/Reason/).fill('The coordination mechanism works again.');
    await helena.getByRole('button', { name: 'Propose to the GCM' }).click();
    await expect(helena.locator('[role=status]').textContent()).resolves.toBe('Recorded: proposal put to the GCM.');
    await expect(helena.locator('main').textContent()).resolves.toContain(
      'Before the GCM: Close the dialogue with Peru, which resumes its participation: The coordination mechanism works again.',
    );
    expect((await escalationStatus(client, flagged)).stage).toBe('support');
    const resumeDecision = escalationDecisionId('resume', 'PER', last, 1);
    const meetingDay = await gcmMeetingDecides(client, 'PER', resumeDecision);
    await expect.poll(async () => (await escalationStatus(client, flagged)).stage, { timeout: 20_000 }).toBe('resumed');
    // The decision is the GCM's, dated by the procedure that took it, not by who typed it.
    expect((await escalationStatus(client, flagged)).decision).toMatchObject({
      by: 'the GCM',
      takenAt: { how: 'meeting', on: meetingDay, reference: resumeDecision },
    });

    // A focal point is not the GCM.
    const lucia = await portal.person();
    await portal.signIn(lucia, 'lucia.quispe@example.org');
    expect((await lucia.goto(`${portal.base}/escalations/PER/${last}`))!.status()).toBe(403);

    // The Working Group's report, as the annual run publishes it, is a page for the GCM and the secretariat only.
    const missed = {
      reportSubmitted: false,
      finalised: false,
      indicatorFrameworkUpdated: false,
      evidenceOfProgress: false,
      evidenceOfCollaboration: false,
    };
    await storePublisher(portal.settings.stores.published).publishWgReport({
      year: last,
      rows: [{ country: 'PER', name: 'Peru', stage: 'closed-without-report', outcome: missed, flagged: true, criteria: ['no-report'] }],
    });
    const member = await portal.person();
    await portal.signIn(member, 'helena.sorensen@example.org');
    expect((await member.goto(`${portal.base}/wg-reports/${last}`))!.status()).toBe(200);
    await expect(member.locator('section#PER .notice').textContent()).resolves.toContain('(a) no progress report');
    expect((await lucia.goto(`${portal.base}/wg-reports/${last}`))!.status()).toBe(403);

    // The country's dossier: its cycles with the R19 facts and flag, the escalation and how it ended, its history.
    expect((await member.goto(`${portal.base}/countries/PER/dossier`))!.status()).toBe(200);
    const dossier = (await member.locator('main').textContent()) ?? '';
    expect(dossier).toContain('Status: active');
    expect(dossier).toMatch(new RegExp(String.raw`${last}Closed without a reportnonoyesnonono\(a\) no progress report; \(c\)`));
    expect(dossier).toContain(`${last - 1} (imported)Closed without a report`); // the year before, entered from the Alliance's past
    expect(dossier).toMatch(new RegExp(String.raw`${last}: \(a\) no progress report.*resumed`));
    // Its audit trail: who took each step, named in the reader's words, through which channel.
    expect(dossier).toMatch(
      new RegExp(
        String.raw`${last} escalationProposal of a support sub-group to the GCMtomas\.ferreira@example\.org, from the link in an e-mailrefused: invalid support: members\.0\.email`,
      ),
    );
    expect(dossier).toMatch(
      new RegExp(
        String.raw`${last} escalationProposal to the GCM to close the escalationhelena\.sorensen@example\.org, from the link in an e-mailaccepted`,
      ),
    );
    // Its history, each line from what it says: the flag, the escalation's steps, how it ended.
    expect(dossier).toContain(`Flagged to the GCM after the ${last - 1} and ${last} cycles: (a) no progress report`);
    expect(dossier).toMatch(new RegExp(String.raw`GCM escalation ${last}: support sub-group formed \(IV \(coordination\)\): Sam Okoro`));
    await portal.shot(member, 'dossier');
    expect((await lucia.goto(`${portal.base}/countries/PER/dossier`))!.status()).toBe(403);
  },
);
