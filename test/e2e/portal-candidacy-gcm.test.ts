import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Client } from '@temporalio/client';
import { DateTime } from 'luxon';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Actor } from '../../app/actor';
import { candidacyStatus, candidacyStep, startCandidacy } from '../../app/candidacy';
import { importRegistry } from '../../app/countries';
import { decision } from '../../app/decisions';
import { signGrant, type TaskRef } from '../../client/tokens';
import type { CandidacyTask } from '../../domain/candidacy/args';
import { decisionWorkflowId, escalationWorkflowId } from '../../domain/shared/workflow-ids';
import { exampleRegistry } from '../helpers/fixtures';
import { followLink, startPortalStack, type PortalStack } from '../helpers/portal';
import { realClockYear as Y } from '../helpers/clock';
import { kindOf } from '../helpers/mail';
import { readerText } from '../helpers/reader-text';
import { ours, translationFaults } from '../helpers/translation';

// The GCM's part of a candidacy in the browser (R10, R11): its feedback on the presentation, drafted by a
// member and adopted by the GCM at a meeting before the candidate hears of it, the candidate's follow-up from the e-mail that brings the feedback, and the GCM's decision as a body on the
// grant (DESIGN.md §7): circulated under silence procedure by its Chair, objected to by a member, then taken
// at a meeting. The registry's GCM has a third member, so that a meeting of one is short of the quorum.

let portal: PortalStack;
let client: Client;
const examples = join(__dirname, '../../examples');
const example = (name: string) => JSON.parse(readFileSync(join(examples, `candidacy/${name}.json`), 'utf8')) as object;
const operator = (email: string): Actor => ({ email, channel: 'cli-operator' });
const helena = 'helena.sorensen@example.org';
const tomas = 'tomas.ferreira@example.org';
const kwame = { name: 'Kwame Mensah', email: 'kwame.mensah@example.org', language: 'en' as const, zone: 'Africa/Accra' };
const registry = { ...exampleRegistry, gcm: [...exampleRegistry.gcm, kwame] };

beforeAll(async () => {
  portal = await startPortalStack();
  client = portal.stack.env.client;
  await importRegistry(client, registry);
});
afterAll(() => portal?.stop());

/** The decision, once its workflow has started. */
const unlessGone = (id: string) => decision(client, id).catch(() => undefined);

/** Fails, saying what it found, if the page holds anything a French reader should not meet; `written` is what people typed. */
async function expectFrench(page: Page, what: string, written: string[]): Promise<void> {
  const text = ours(await readerText(page), written);
  expect(await page.locator('html').getAttribute('lang'), what).toBe('fr');
  expect(translationFaults(text, 'fr'), `${what}:\n${text}`).toEqual([]);
}

/** A person's action link for a task of another workflow, signed with the portal's key as the worker signs those of its e-mails. */
const actionLink = async (email: string, task: TaskRef) =>
  `${portal.base}/act?token=${await signGrant(portal.settings.actionLinkKeys, { purpose: 'act', sub: email, task }, new Date(Date.now() + 3_600_000))}`;

it(
  'takes the GCM feedback, the candidate’s follow-up from its e-mail, and the GCM’s decision on the grant from the e-mails of its procedure',
  { timeout: 180_000 },
  async () => {
    // Chile plans and presents, as the CLI records it.
    await startCandidacy(client, example('eoi'));
    await candidacyStep(client, {
      country: 'CHL',
      task: 'acknowledge',
      args: { reviewers: [{ name: 'Amina Diallo', email: 'amina.diallo@example.org' }] },
      actor: operator('secretariat@example.org'),
    });
    for (const task of ['timeline', 'stakeholders', 'situation', 'workshop', 'roadmap'] satisfies CandidacyTask[]) {
      await candidacyStep(client, { country: 'CHL', task, args: example(task), actor: operator('valentina.rojas@example.org') });
    }
    await candidacyStep(client, {
      country: 'CHL',
      task: 'presentation',
      args: example('presentation'),
      actor: operator('secretariat@example.org'),
    });

    // Every GCM member is asked by e-mail; Helena signs in and finds the feedback waiting in her tasks.
    const [asked] = await portal.stack.mail.waitFor(1, (m) => m.to.includes(helena) && kindOf(m) === 'candidacy-feedback-due');
    expect(asked!.subject).toBe('Chile has presented its candidacy: the feedback of the Global Coordinating Group is due');
    const member = await portal.person();
    await portal.signIn(member, helena);
    await expect
      .poll(async () => (await member.reload(), await member.getByRole('link', { name: 'Candidacy: Chile' }).count()), { timeout: 20_000 })
      .toBe(1);
    await member.getByRole('link', { name: 'Candidacy: Chile' }).click();
    await expect(member.locator('h1').textContent()).resolves.toBe('GCM candidacy: Chile');
    const page = () => member.locator('main').textContent();
    await expect(page()).resolves.toContain("Stage: with the Global Coordinating Group (attempt 1). Awaiting the GCM's feedback");
    await expect(page()).resolves.toContain('Train 200 labour inspectors'); // the roadmap she is asked about
    await expect(page()).resolves.toContain('Three regional consultations and one national workshop'); // and the presentation

    // The secretariat may draft it too, while no draft is before the GCM.
    const secretariat = await portal.person();
    await portal.signIn(secretariat, 'secretariat@example.org');
    await secretariat.goto(`${portal.base}/candidacies/CHL/gcm`);
    await expect(secretariat.getByRole('heading', { name: "Draft the GCM's feedback on the presentation (R10)" }).count()).resolves.toBe(1);

    // Text longer than the form takes is refused by the portal, naming the field and keeping what was typed.
    const feedback = 'Link the roadmap to the CEACR conclusions on labour inspection and add survivor participation.';
    await member.getByLabel('Feedback to the candidate').fill(feedback);
    const ceacr = member.getByLabel('Links to the CEACR conclusions (optional)');
    await ceacr.evaluate((e: { removeAttribute(name: string): void }) => e.removeAttribute('maxlength')); // as a client that ignores the form's limit
    await ceacr.fill('x'.repeat(5_001));
    await member.getByRole('button', { name: 'Put the draft to the GCM' }).click();
    await expect(member.locator('[role=alert]').textContent()).resolves.toContain(
      'Links to the CEACR conclusions (optional): must be at most 5000 characters',
    );
    await expect(member.getByLabel('Feedback to the candidate').inputValue()).resolves.toBe(feedback);
    expect((await candidacyStatus(client, 'CHL')).gcmRounds[0]!.feedback).toBeUndefined();

    await member.getByLabel('Links to the CEACR conclusions (optional)').fill(`${Y - 2} observation on Convention No. 81`);
    await member.getByLabel('Links to the Durban Call to Action (optional)').fill('Commitments on survivor-centred approaches');
    await member.getByRole('button', { name: 'Put the draft to the GCM' }).click();
    // Her text is a draft the GCM decides as a body (R10): the page shows it, pending, with its decision; no second draft meanwhile.
    await expect(member.locator('[role=status]').textContent()).resolves.toBe('Recorded: feedback draft, put to the GCM.');
    const draft = member.locator('section', { hasText: "The GCM's feedback, as drafted" });
    await expect(draft.textContent()).resolves.toContain(
      `Feedback drafted by ${helena} on ${DateTime.now().setZone('Europe/Zurich').setLocale('en').toLocaleString(DateTime.DATE_FULL)}: the GCM decides it as a body`,
    );
    await expect(draft.textContent()).resolves.toContain(feedback);
    await expect(member.locator('form[action^="/candidacies/"]').count()).resolves.toBe(0);
    await portal.shot(member, 'candidacy-gcm-feedback-draft');
    const feedbackId = decisionWorkflowId('gcm', 'feedback', 'CHL', 1);
    expect((await candidacyStatus(client, 'CHL')).gcmRounds[0]).toMatchObject({
      feedbackDrafts: [
        { decision: feedbackId, draft: { as: helena, feedback, ceacrConclusions: `${Y - 2} observation on Convention No. 81` } },
      ],
    });
    expect((await candidacyStatus(client, 'CHL')).gcmRounds[0]!.feedback).toBeUndefined();

    // From the draft, the Chair opens its decision and records the meeting that adopted it; only then is the candidate told.
    await expect.poll(async () => (await unlessGone(feedbackId))?.stage, { timeout: 20_000 }).toBe('awaiting-procedure');
    await draft.getByRole('link', { name: 'open the decision' }).click();
    expect(new URL(member.url()).pathname).toBe(`/decisions/${feedbackId}`);
    await expect(member.locator('h1').textContent()).resolves.toBe('GCM decision: Send Chile the feedback drafted on its presentation');
    expect(portal.stack.mail.messages.filter((m) => kindOf(m) === 'candidacy-feedback')).toEqual([]);
    const adoptedOn = DateTime.now().setZone('Europe/Zurich').toISODate()!;
    await member.getByLabel('Held on').fill(adoptedOn);
    for (const name of ['Helena Sørensen', 'Tomás Ferreira']) await member.getByRole('group', { name }).getByLabel('Present').check();
    await member.getByLabel('Minutes: a reference or the text').fill('GCM meeting, item 3: feedback to Chile');
    await member.getByRole('button', { name: 'Record the meeting' }).click();
    await expect(member.locator('[role=status]').textContent()).resolves.toBe('The meeting is recorded.');
    await expect.poll(async () => (await candidacyStatus(client, 'CHL')).gcmRounds[0]!.feedbackOn, { timeout: 20_000 }).toBe(adoptedOn);
    await member.goto(`${portal.base}/candidacies/CHL/gcm`);
    await expect(page()).resolves.toContain("Awaiting the candidate's follow-up");
    await expect(page()).resolves.toContain(
      `(drafted by ${helena}, adopted by the GCM on ${DateTime.fromISO(adoptedOn).setLocale('en').toLocaleString(DateTime.DATE_FULL)})`,
    );
    await portal.shot(member, 'candidacy-gcm-feedback');
    const round = (await candidacyStatus(client, 'CHL')).gcmRounds[0]!;
    expect(round.feedback).toMatchObject({ as: helena, feedback, ceacrConclusions: `${Y - 2} observation on Convention No. 81` });

    // The candidate hears of it by e-mail and follows up from that e-mail's link.
    const [told] = await portal.stack.mail.waitFor(
      1,
      (m) => m.to.includes('tomas.herrera@example.org') && kindOf(m) === 'candidacy-feedback',
    );
    expect(told!.text).toContain(feedback);
    const deputy = await portal.person();
    await followLink(deputy, await portal.linkIn('tomas.herrera@example.org', 'candidacy-feedback'));
    const followUp = deputy.locator('section', { hasText: 'Your follow-up to the feedback of the Global Coordinating Group' });
    await followUp
      .locator('[name="response"]')
      .fill('Survivor networks now sit on the national committee; the roadmap cites the CEACR observation.');
    await followUp.getByRole('button').click();
    await expect(deputy.locator('[role=status]').textContent()).resolves.toBe('Recorded. Thank you.');

    // The secretariat reads the page without a form; a focal point, a reviewer and a link for another task are refused it.
    expect((await secretariat.goto(`${portal.base}/candidacies/CHL/gcm`))!.status()).toBe(200);
    await expect(secretariat.locator('main').textContent()).resolves.toContain('Survivor networks now sit on the national committee');
    await expect(secretariat.locator('form[action^="/candidacies/"]').count()).resolves.toBe(0);
    const outsiders: Page[] = [];
    for (const email of ['valentina.rojas@example.org', 'amina.diallo@example.org']) {
      const other = await portal.person();
      await portal.signIn(other, email);
      outsiders.push(other);
      expect((await other.goto(`${portal.base}/candidacies/CHL/gcm`))!.status()).toBe(403);
    }
    expect((await deputy.goto(`${portal.base}/candidacies/CHL/gcm`))!.status()).toBe(403);
    const linked = await portal.person();
    await followLink(linked, await actionLink(helena, { workflowId: escalationWorkflowId('PER', Y - 1), task: 'escalation', round: 0 }));
    expect((await linked.goto(`${portal.base}/candidacies/CHL/gcm`))!.status()).toBe(403);

    // The GCM no longer grants by its members' positions: Helena is asked for none.
    await member.reload();
    await expect(page()).resolves.toContain('The GCM decides the grant as a body, at a meeting or by silence procedure');
    await expect(page()).resolves.toContain('Survivor networks now sit on the national committee');
    await expect(member.locator('form[action^="/candidacies/"]').count()).resolves.toBe(0);

    // The grant waits for its procedure: the Chair and the secretariat are asked by e-mail, and find it in their tasks.
    const id = decisionWorkflowId('gcm', 'grant', 'CHL', 1);
    await expect.poll(async () => (await unlessGone(id))?.stage, { timeout: 20_000 }).toBe('awaiting-procedure');
    await member.goto(portal.base);
    const waiting = member.getByRole('link', { name: 'Decision waiting for its procedure: Grant pathfinder status to Chile' });
    await expect.poll(async () => (await member.reload(), await waiting.count()), { timeout: 20_000 }).toBe(1);
    const chair = await portal.person();
    await followLink(chair, await portal.linkIn(helena, 'decision-pending'));
    expect(new URL(chair.url()).pathname).toBe(`/decisions/${id}`);
    const chairPage = () => chair.locator('main').textContent();
    await expect(chair.locator('h1').textContent()).resolves.toBe('GCM decision: Grant pathfinder status to Chile');
    await expect(chairPage()).resolves.toContain('StageAwaiting its procedure');
    await portal.shot(chair, 'decision-pending');

    // She circulates it under silence procedure, for the period the rules set.
    await chair.getByRole('button', { name: 'Circulate' }).click();
    await expect(chair.locator('[role=status]').textContent()).resolves.toBe(
      'The proposal is circulated under silence procedure: every member is sent it by e-mail.',
    );
    await expect(chairPage()).resolves.toContain('StageSilence procedure');
    await expect(chairPage()).resolves.toContain(`Tomás Ferreira (${tomas}): no answer yet`);
    await expect(chair.getByRole('button', { name: 'Circulate' }).count()).resolves.toBe(0);
    // Helena is a member too: her tasks now hold her answer, due by the end of the period.
    await member.goto(portal.base);
    const toAnswer = member.getByRole('link', { name: 'Your answer to a silence procedure: Grant pathfinder status to Chile' });
    await expect.poll(async () => (await member.reload(), await toAnswer.count()), { timeout: 20_000 }).toBe(1);
    await expect(member.locator('main li', { has: toAnswer }).textContent()).resolves.toMatch(/Due: .+ \(your time\)/);
    const { silence } = await decision(client, id);
    expect(silence!.asked.map((m) => m.email)).toEqual([helena, tomas, kwame.email]);

    // Tomás follows the link of the e-mail that circulated it, in Spanish, and objects without a reason: refused, at its field.
    const second = await portal.person();
    await followLink(second, await portal.linkIn(tomas, 'decision-circulated'));
    expect(new URL(second.url()).pathname).toBe(`/decisions/${id}`);
    await expect(second.locator('h1').textContent()).resolves.toBe('Decisión del GCM: Conceder a Chile el estatus de país pionero');
    await second.getByLabel('Formulo una objeción').check();
    await second.getByRole('button', { name: 'Enviar mi respuesta' }).click();
    const reason = second.getByLabel(/^Motivo: obligatorio con una objeción/);
    await expect(second.locator('[role=alert]').textContent()).resolves.toContain(
      'Motivo: obligatorio con una objeción (la presidencia y la secretaría lo leen): es obligatorio con una objeción',
    );
    await expect(reason.getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(reason.getAttribute('aria-describedby')).resolves.toBe('answer-reason-error');
    await expect(second.locator('#answer-reason-error').textContent()).resolves.toBe('es obligatorio con una objeción');
    await expect(second.locator(':focus').getAttribute('id')).resolves.toBe('answer-errors');
    await expect(second.getByLabel('Formulo una objeción').isChecked()).resolves.toBe(true);
    await portal.shot(second, 'decision-objection-refused-es');
    expect(await decision(client, id)).toMatchObject({ stage: 'silence-procedure', answers: [] });

    const objection = 'La hoja de ruta no dice cómo participan las organizaciones de sobrevivientes.';
    await reason.fill(objection);
    await second.getByRole('button', { name: 'Enviar mi respuesta' }).click();
    await expect(second.locator('[role=status]').textContent()).resolves.toBe(
      'Su objeción quedó registrada: el silencio se ha roto y la cuestión pasa a la próxima reunión.',
    );
    await expect(second.locator('main').textContent()).resolves.toContain(objection);
    await expect(second.getByRole('button', { name: 'Enviar mi respuesta' }).count()).resolves.toBe(0);
    expect(await decision(client, id)).toMatchObject({ stage: 'awaiting-meeting', objections: [{ member: tomas, reason: objection }] });

    // Inès of the secretariat reads French: her tasks and the decision, without a word of English, and axe finds nothing.
    const ines = await portal.person();
    await portal.signIn(ines, 'ines.bauer@example.org');
    const toMeeting = ines.getByRole('link', {
      name: /^Décision renvoyée à une réunion\s: Accorder au Chili le statut de pays pionnier$/,
    });
    await expect.poll(async () => (await ines.reload(), await toMeeting.count()), { timeout: 20_000 }).toBe(1);
    await expectFrench(ines, 'her task list', [objection]);
    await toMeeting.click();
    await expect(ines.locator('h1').textContent()).resolves.toBe('Décision du GCM\u00a0: Accorder au Chili le statut de pays pionnier');
    await expectFrench(ines, 'the decision awaiting a meeting', [objection]);
    await portal.shot(ines, 'decision-fr');

    // The Chair records the meeting: with one member of three present it is short of the quorum, and nothing changes.
    const heldOn = DateTime.now().setZone('Europe/Zurich').toISODate()!;
    await chair.reload();
    await expect(chair.getByRole('button', { name: 'Send my answer' }).count()).resolves.toBe(0); // her objection is no longer asked
    await chair.getByLabel('Held on').fill(heldOn);
    await chair.getByRole('group', { name: 'Tomás Ferreira' }).getByLabel('Present').check();
    await chair.getByLabel('Minutes: a reference or the text').fill('GCM meeting, item 4');
    await chair.getByRole('button', { name: 'Record the meeting' }).click();
    await expect(chair.locator('[role=alert]').textContent()).resolves.toContain('Members: 1 of 3 members present: the quorum is 2.');
    await expect(chair.locator('#meeting-present').getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(chair.locator(':focus').getAttribute('id')).resolves.toBe('meeting-errors');
    await expect(chair.getByLabel('Held on').inputValue()).resolves.toBe(heldOn);
    await expect(chair.getByRole('group', { name: 'Tomás Ferreira' }).getByLabel('Present').isChecked()).resolves.toBe(true);
    await expect(chair.getByLabel('Minutes: a reference or the text').inputValue()).resolves.toBe('GCM meeting, item 4');
    await portal.shot(chair, 'decision-meeting-refused');
    expect(await decision(client, id)).toMatchObject({ stage: 'awaiting-meeting' });
    expect((await decision(client, id)).meeting).toBeUndefined();

    // With her and Tomás present, and no objection this time, the proposal is adopted on the meeting's day.
    await chair.getByRole('group', { name: 'Helena Sørensen' }).getByLabel('Present').check();
    await chair.getByRole('button', { name: 'Record the meeting' }).click();
    await expect(chair.locator('[role=status]').textContent()).resolves.toBe('The meeting is recorded.');
    const [day] = /Adopted at the meeting of [^.]+\./.exec((await chairPage()) ?? '') ?? [];
    expect(day).toBe(`Adopted at the meeting of ${DateTime.fromISO(heldOn).setLocale('en').toLocaleString(DateTime.DATE_FULL)}.`);
    await expect(chairPage()).resolves.toContain(`La hoja de ruta no dice cómo participan`); // the objection under the silence procedure is kept
    await portal.shot(chair, 'decision-adopted');
    await expect.poll(async () => (await candidacyStatus(client, 'CHL')).stage, { timeout: 20_000 }).toBe('granted');
    expect((await candidacyStatus(client, 'CHL')).grantedOn).toBe(heldOn);
    const granted = await portal.stack.mail.waitFor(
      1,
      (m) => m.to.includes('tomas.herrera@example.org') && kindOf(m) === 'candidacy-granted',
    );
    expect(granted[0]!.subject).toBe('Chile: pathfinder status granted');
    expect(portal.stack.mail.messages.filter((m) => kindOf(m) === 'candidacy-position-due')).toEqual([]);

    // Only the body's members, its chair and the secretariat read the decision; his link is for this decision only.
    for (const other of outsiders) expect((await other.goto(`${portal.base}/decisions/${id}`))!.status()).toBe(403);
    expect((await linked.goto(`${portal.base}/decisions/${id}`))!.status()).toBe(403);
    expect((await secretariat.goto(`${portal.base}/decisions/${id}`))!.status()).toBe(200);
    expect((await secretariat.goto(`${portal.base}/decisions/${decisionWorkflowId('gcm', 'grant', 'CHL', 9)}`))!.status()).toBe(404);
    expect((await secretariat.goto(`${portal.base}/decisions/not-a-decision`))!.status()).toBe(404);
    expect((await second.goto(`${portal.base}/countries/CHL/dossier`))!.status()).toBe(403);
  },
);
