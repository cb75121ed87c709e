import { afterAll, beforeAll, expect, it } from 'vitest';
import { createEmailActivities, mailTransport } from '../../activities/email';
import type { EmailRequest } from '../../domain/reporting-cycle-state';
import { startMailCatcher, type MailCatcher } from '../../scripts/mail-catcher';
import { testPortal } from '../helpers/fixtures';

// A display name from the registry goes into the To header as a name, never parsed as addresses: a name
// that looks like a list of recipients adds none.
let mail: MailCatcher;
beforeAll(async () => {
  mail = await startMailCatcher();
});
afterAll(() => mail?.close());

it('sends to the registered address only, whatever the display name says', async () => {
  const { sendEmail } = createEmailActivities({ mailer: mailTransport(mail.smtpUrl), from: 'Alliance 8.7 secretariat <secretariat@example.org>', portal: testPortal });
  const request: EmailRequest = {
    key: 'reporting-cycle-PER-2027/reminder-42/lucia.quispe@example.org',
    kind: 'submission-reminder',
    to: { name: 'Lucia <attacker@example.net>, Lucia', email: 'lucia.quispe@example.org', language: 'es', zone: 'America/Lima' },
    cc: ['secretariat@example.org'],
    country: { code: 'PER', name: 'Peru' },
    year: 2027,
    secretariatZone: 'Europe/Zurich',
    round: 0,
  };
  await sendEmail(request);
  const [sent] = await mail.waitFor(1);
  expect(sent!.recipients.sort()).toEqual(['lucia.quispe@example.org', 'secretariat@example.org']);
  expect(sent!.to).toEqual(['lucia.quispe@example.org']);
});
