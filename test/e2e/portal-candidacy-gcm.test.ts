import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Client } from '@temporalio/client';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Actor } from '../../app/actor';
import { candidacyStatus, candidacyStep, startCandidacy } from '../../app/candidacy';
import { importRegistry } from '../../app/countries';
import { signGrant, type TaskRef } from '../../client/tokens';
import type { CandidacyTask } from '../../domain/candidacy/args';
import { escalationWorkflowId } from '../../domain/shared/workflow-ids';
import { exampleRegistry } from '../helpers/fixtures';
import { followLink, startPortalStack, type PortalStack } from '../helpers/portal';
import { realClockYear as Y } from '../helpers/clock';
import { kindOf } from '../helpers/mail';

// The GCM's part of a candidacy in the browser (R10, R11): its feedback on the presentation, the
// candidate's follow-up from the e-mail that brings the feedback, and each member's position.

let portal: PortalStack;
let client: Client;
const examples = join(__dirname, '../../examples');
const example = (name: string) => JSON.parse(readFileSync(join(examples, `candidacy/${name}.json`), 'utf8')) as object;
const operator = (email: string): Actor => ({ email, channel: 'cli-operator' });
const helena = 'helena.sorensen@example.org';
const tomas = 'tomas.ferreira@example.org';

beforeAll(async () => {
  portal = await startPortalStack();
  client = portal.stack.env.client;
  await importRegistry(client, exampleRegistry);
});
afterAll(() => portal?.stop());

/** A person's action link for a task of another workflow, signed with the portal's key as the worker signs those of its e-mails. */
const actionLink = async (email: string, task: TaskRef) =>
  `${portal.base}/act?token=${await signGrant(portal.settings.actionLinkKeys, { purpose: 'act', sub: email, task }, new Date(Date.now() + 3_600_000))}`;

it(
  'takes the GCM feedback and each member’s position in the browser, and the candidate’s follow-up from its e-mail',
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

    // Text longer than the form takes is refused by the portal, naming the field and keeping what was typed.
    const feedback = 'Link the roadmap to the CEACR conclusions on labour inspection and add survivor participation.';
    await member.getByLabel('Feedback to the candidate').fill(feedback);
    const ceacr = member.getByLabel('Links to the CEACR conclusions (optional)');
    await ceacr.evaluate((e: { removeAttribute(name: string): void }) => e.removeAttribute('maxlength')); // as a client that ignores the form's limit
    await ceacr.fill('x'.repeat(5_001));
    await member.getByRole('button', { name: 'Send the feedback' }).click();
    await expect(member.locator('[role=alert]').textContent()).resolves.toBe(
      'invalid feedback: ceacrConclusions: is longer than 5000 characters',
    );
    await expect(member.getByLabel('Feedback to the candidate').inputValue()).resolves.toBe(feedback);
    expect((await candidacyStatus(client, 'CHL')).gcmRounds[0]!.feedback).toBeUndefined();

    await member.getByLabel('Links to the CEACR conclusions (optional)').fill(`${Y - 2} observation on Convention No. 81`);
    await member.getByLabel('Links to the Durban Call to Action (optional)').fill('Commitments on survivor-centred approaches');
    await member.getByRole('button', { name: 'Send the feedback' }).click();
    await expect(member.locator('[role=status]').textContent()).resolves.toBe('Recorded: feedback.');
    await expect(page()).resolves.toContain("Awaiting the candidate's follow-up");
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
    const secretariat = await portal.person();
    await portal.signIn(secretariat, 'secretariat@example.org');
    expect((await secretariat.goto(`${portal.base}/candidacies/CHL/gcm`))!.status()).toBe(200);
    await expect(secretariat.locator('main').textContent()).resolves.toContain('Survivor networks now sit on the national committee');
    await expect(secretariat.locator('form[action^="/candidacies/"]').count()).resolves.toBe(0);
    for (const email of ['valentina.rojas@example.org', 'amina.diallo@example.org']) {
      const other = await portal.person();
      await portal.signIn(other, email);
      expect((await other.goto(`${portal.base}/candidacies/CHL/gcm`))!.status()).toBe(403);
    }
    expect((await deputy.goto(`${portal.base}/candidacies/CHL/gcm`))!.status()).toBe(403);
    const linked = await portal.person();
    await followLink(linked, await actionLink(helena, { workflowId: escalationWorkflowId('PER', Y - 1), task: 'escalation', round: 0 }));
    expect((await linked.goto(`${portal.base}/candidacies/CHL/gcm`))!.status()).toBe(403);

    // Helena's position: an objection needs a reason, and the page says which field.
    await member.reload();
    await expect(page()).resolves.toContain("Awaiting the GCM members' positions");
    await expect(page()).resolves.toContain('Survivor networks now sit on the national committee');
    await member.getByLabel('I object').check();
    await member.getByRole('button', { name: 'Record my position' }).click();
    await expect(member.locator('[role=alert]').textContent()).resolves.toContain('reason: is required with an objection');
    await expect(member.getByLabel('I object').isChecked()).resolves.toBe(true);
    await portal.shot(member, 'candidacy-gcm-objection-refused');
    expect((await candidacyStatus(client, 'CHL')).stage).toBe('gcm-review');

    await member.getByLabel('I support granting the status').check();
    await member.getByRole('button', { name: 'Record my position' }).click();
    await expect(member.locator('[role=status]').textContent()).resolves.toBe('Recorded: position.');
    await expect(member.locator('form[action^="/candidacies/"]').count()).resolves.toBe(0); // her part is done
    await member.goto(portal.base);
    await expect(member.getByRole('link', { name: 'Candidacy: Chile' }).count()).resolves.toBe(0);

    // Tomás gives his, in Spanish, from the link in the e-mail that asked for it; consensus grants the status.
    const second = await portal.person();
    await followLink(second, await portal.linkIn(tomas, 'candidacy-position-due'));
    expect(new URL(second.url()).pathname).toBe('/candidacies/CHL/gcm');
    await second.getByLabel('Apoyo la concesión del estatus').check();
    await second.getByRole('button', { name: 'Registrar mi posición' }).click();
    await expect(second.locator('main').textContent()).resolves.toContain(
      'Etapa: estatus de país pionero concedido (intento 1). Estatus de país pionero concedido el',
    );
    await expect(second.locator('main').textContent()).resolves.toContain(`${tomas}: a favor`);
    await portal.shot(second, 'candidacy-gcm-granted');
    const granted = await portal.stack.mail.waitFor(
      1,
      (m) => m.to.includes('tomas.herrera@example.org') && kindOf(m) === 'candidacy-granted',
    );
    expect(granted[0]!.subject).toBe('Chile: pathfinder status granted');
    // His link is for this candidacy's GCM steps only.
    expect((await second.goto(`${portal.base}/countries/CHL/dossier`))!.status()).toBe(403);
  },
);
