import type { EmailRequest, MailItem } from './state';

// When the relay is away for hours or days, a cycle's e-mails wait in its outbox. What no longer needs
// sending is dropped before the next try: a reminder of a wait that is over (the report came meanwhile),
// or one that a later reminder of the same wait, to the same person, replaces.

export const mailItem = (email: EmailRequest): MailItem => ({
  kind: email.kind,
  round: email.round,
  name: email.to.name,
  address: email.to.email,
});

/** Removes stale reminders from `outbox` (in place) and returns them. */
export function dropStaleReminders(outbox: EmailRequest[], currentWait: string | undefined): EmailRequest[] {
  const stale = outbox.filter(
    (email, i) =>
      email.wait !== undefined &&
      (email.wait !== currentWait || outbox.slice(i + 1).some((later) => later.wait === email.wait && later.to.email === email.to.email)),
  );
  for (const email of stale) outbox.splice(outbox.indexOf(email), 1);
  return stale;
}
