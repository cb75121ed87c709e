import { decodeJwt } from 'jose';
import type { CaughtMail, MailCatcher } from '../../scripts/mail-catcher';

/**
 * Throws if a message carrying an action link reached any address but the link's own person's: whoever holds
 * the link can act as that person. Run over every message of a test stack when it stops.
 */
export function expectLinksToTheirPersonOnly(messages: readonly CaughtMail[]): void {
  for (const m of messages) {
    for (const [, token] of m.text.matchAll(/\/act\?token=([\w.-]+)/g)) {
      const { sub } = decodeJwt(token!);
      if (m.recipients.length !== 1 || m.recipients[0] !== sub) {
        throw new Error(`"${m.subject}" carries the action link of ${String(sub)} and reached ${m.recipients.join(', ')}`);
      }
    }
  }
}

/** The copy that whoever was in copy of `message` got, without its addressee's personal link. */
export async function copyOf(mail: MailCatcher, message: CaughtMail): Promise<CaughtMail> {
  const [copy] = await mail.waitFor(1, (m) => m.headers['x-pathfinder-key'] === `${message.headers['x-pathfinder-key']}/copy`);
  return copy!;
}

/** Whether `message` is such a copy, not the e-mail its addressee got. */
export const isCopy = (message: CaughtMail): boolean => message.headers['x-pathfinder-copy-of'] !== undefined;
