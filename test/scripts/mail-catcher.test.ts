import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { mailTransport } from '../../activities/email';
import { startMailCatcher } from '../../scripts/mail-catcher';

// The mail page of `npm run dev` keeps what it caught across restarts, in a folder beside the server's data.
it('keeps every message of a burst across a restart, as when a year opens and its calls for reports go out at once', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'mail-'));
  const first = await startMailCatcher({ dir });
  const mailer = mailTransport(first.smtpUrl);
  const addresses = Array.from({ length: 8 }, (_, i) => `focal.point${i}@example.org`);
  await Promise.all(
    addresses.map((to) => mailer.sendMail({ from: 'secretariat@example.org', to, subject: `call for ${to}`, text: 'Your report is due.' })),
  );
  await first.waitFor(addresses.length);
  mailer.close();
  await first.close();

  const again = await startMailCatcher({ dir });
  expect(again.messages.map((m) => m.subject).sort()).toEqual(addresses.map((to) => `call for ${to}`).sort());
  await again.close();
});
