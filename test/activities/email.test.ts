import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MockActivityEnvironment } from '@temporalio/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { storeLedger } from '../../activities/delivery-ledger';
import { folderStore } from '../../store/object-store';
import { createEmailActivities, mailTransport } from '../../activities/email';
import type { EmailRequest } from '../../domain/cycle/state';
import type { Notice } from '../../domain/shared/notice';
import { startMailCatcher, type MailCatcher } from '../../scripts/mail-catcher';
import { testPortal } from '../helpers/fixtures';
import { verifyGrant } from '../../client/tokens';

// The e-mail activity against a real SMTP sink, run in an activity context as a worker runs it.
let mail: MailCatcher;
beforeAll(async () => {
  mail = await startMailCatcher();
});
afterAll(() => mail?.close());

const from = 'Alliance 8.7 secretariat <secretariat@example.org>';
const reminder = (key: string, name = 'Lucia Quispe'): EmailRequest => ({
  key,
  kind: 'submission-reminder',
  to: { name, email: 'lucia.quispe@example.org', language: 'es', zone: 'America/Lima' },
  cc: ['secretariat@example.org'],
  country: { code: 'PER', name: 'Peru' },
  year: 2027,
  secretariatZone: 'Europe/Zurich',
  round: 0,
});

/** The activities of one worker, sharing `ledgerDir` with the others of its deployment. */
function worker(ledgerDir: string) {
  const activities = createEmailActivities({
    mailer: mailTransport(mail.smtpUrl),
    from,
    portal: testPortal,
    ledger: storeLedger(folderStore(ledgerDir)),
  });
  return (request: EmailRequest) =>
    new MockActivityEnvironment().run<[EmailRequest], Awaited<ReturnType<typeof activities.sendEmail>>, typeof activities.sendEmail>(
      activities.sendEmail,
      request,
    );
}

it('sends to the registered address only, whatever the display name says', async () => {
  // A display name from the registry goes into the To header as a name, never parsed as addresses.
  const request = reminder('reporting-cycle-PER-2027/reminder-42/lucia.quispe@example.org', 'Lucia <attacker@example.net>, Lucia');
  await worker(mkdtempSync(join(tmpdir(), 'ledger-')))(request);
  const [sent] = await mail.waitFor(1, (m) => m.headers['x-pathfinder-key'] === request.key);
  expect(sent!.recipients).toEqual(['lucia.quispe@example.org']);
  expect(sent!.to).toEqual(['lucia.quispe@example.org']);
});

const tokenIn = (text: string) => /\/act\?token=(\S+)/.exec(text)?.[1];

it('sends a personal link to its person alone; whoever is in copy gets a copy without it', async () => {
  const activities = createEmailActivities({
    mailer: mailTransport(mail.smtpUrl),
    from,
    portal: testPortal,
    ledger: storeLedger(folderStore(mkdtempSync(join(tmpdir(), 'ledger-')))),
  });
  const run = new MockActivityEnvironment();
  // An overdue reminder, with the secretariat in copy, and the inactivity notice, which carries the country's reactivation link.
  const overdue = {
    ...reminder('reporting-cycle-PER-2027/submission-overdue-1/lucia.quispe@example.org'),
    cc: ['secretariat@example.org', 'lucia.quispe@example.org'],
  };
  const inactive: Notice = {
    key: 'pathfinder-PER/inactive-2028/jean.moreau@example.org',
    kind: 'country-inactive',
    to: { name: 'Jean Moreau', email: 'jean.moreau@example.org', language: 'fr', zone: 'Europe/Paris' },
    cc: ['secretariat@example.org', 'gcm@example.org'],
    country: { code: 'PER', name: 'Peru' },
    year: 2028,
    reason: 'No coordination mechanism',
  };
  await run.run(activities.sendEmail, overdue);
  await run.run(activities.sendNotice, inactive);

  for (const [request, copyLine, leftOut] of [
    [overdue, 'Copia para su información del correo enviado a Lucia Quispe <lucia.quispe@example.org>.', undefined],
    [
      inactive,
      'Copie pour information du courriel envoyé à Jean Moreau <jean.moreau@example.org>.',
      '(lien personnel, retiré de cette copie)',
    ],
  ] as const) {
    const [own] = await mail.waitFor(1, (m) => m.headers['x-pathfinder-key'] === request.key);
    expect(own!.recipients).toEqual([request.to.email]);
    expect(own!.cc).toEqual([]);
    expect(await verifyGrant(testPortal.keys, tokenIn(own!.text)!, 'act')).toMatchObject({ sub: request.to.email });
    const [copy] = await mail.waitFor(1, (m) => m.headers['x-pathfinder-key'] === `${request.key}/copy`);
    expect(copy!.recipients.sort()).toEqual(request.cc.filter((a) => a !== request.to.email).sort());
    expect(copy!.subject).toBe(own!.subject);
    expect(copy!.headers['x-pathfinder-copy-of']).toBe(request.to.email);
    expect(copy!.text).toContain(copyLine);
    expect(tokenIn(copy!.text)).toBeUndefined();
    if (leftOut) expect(copy!.text).toContain(leftOut);
  }
});

it('does not send again what the relay already accepted, on this worker or another sharing the ledger', async () => {
  const ledgerDir = mkdtempSync(join(tmpdir(), 'ledger-'));
  const request = reminder('reporting-cycle-PER-2027/submission-v0-before-14/lucia.quispe@example.org');
  const first = await worker(ledgerDir)(request);
  // The same send retried, as after a worker died before telling the server: here and on another worker.
  const retried = await worker(ledgerDir)(request);
  const elsewhere = await worker(ledgerDir)(request);
  expect([retried.messageId, elsewhere.messageId]).toEqual([first.messageId, first.messageId]);
  await mail.waitFor(1, (m) => m.messageId === first.messageId);
  expect(mail.messages.filter((m) => m.messageId === first.messageId)).toHaveLength(1);

  // Without the ledger's entry (another deployment), the same request would go out again: the ledger is what holds it.
  await worker(mkdtempSync(join(tmpdir(), 'ledger-')))(request);
  await mail.waitFor(2, (m) => m.messageId === first.messageId);
});

it('refuses, without sending, an address or a name that is not one', async () => {
  const send = worker(mkdtempSync(join(tmpdir(), 'ledger-')));
  const request = reminder('reporting-cycle-PER-2027/reminder-43/lucia.quispe@example.org');
  expect((await send({ ...request, cc: ['secretariat@example.org>, attacker@example.net'] })).refused).toBe(
    'not an e-mail address or name: "secretariat@example.org>, attacker@example.net"',
  );
  expect((await send({ ...request, to: { ...request.to, name: 'Lucia\r\nBcc: attacker@example.net' } })).refused).toBe(
    'not an e-mail address or name: "Lucia\\r\\nBcc: attacker@example.net"',
  );
  expect(mail.messages.filter((m) => m.headers['x-pathfinder-key'] === request.key)).toEqual([]);
});

it("R18: the annual status update comes from the GCM, at the secretariat's address", async () => {
  const activities = createEmailActivities({
    mailer: mailTransport(mail.smtpUrl),
    from,
    portal: testPortal,
    ledger: storeLedger(folderStore(mkdtempSync(join(tmpdir(), 'ledger-')))),
  });
  const update: Notice = {
    key: 'annual-cycle-2027/status-update-PER/jean.moreau@example.org',
    kind: 'annual-status-update',
    to: { name: 'Jean Moreau', email: 'jean.moreau@example.org', language: 'fr', zone: 'Europe/Paris' },
    cc: [],
    country: { code: 'PER', name: 'Peru' },
    year: 2027,
    status: 'active',
    flagged: false,
    criteria: [],
  };
  const flag: Notice = { ...update, key: 'pathfinder-PER/flag-2028/jean.moreau@example.org', kind: 'escalation-flag', evidence: [] };
  for (const notice of [update, flag]) await new MockActivityEnvironment().run(activities.sendNotice, notice);
  const [fromGcm] = await mail.waitFor(1, (m) => m.headers['x-pathfinder-key'] === update.key);
  expect([fromGcm!.fromName, fromGcm!.from]).toEqual(['Groupe de coordination mondial de l’Alliance 8.7', 'secretariat@example.org']);
  expect(fromGcm!.text).toMatch(/Statut du Pérou\u00a0: pays pionnier actif/);
  const [fromSecretariat] = await mail.waitFor(1, (m) => m.headers['x-pathfinder-key'] === flag.key);
  expect([fromSecretariat!.fromName, fromSecretariat!.from]).toEqual(['Alliance 8.7 secretariat', 'secretariat@example.org']);
});
