import type { CaughtMail } from '../../scripts/mail-catcher';

/** What an e-mail is (`call-for-reports`, `feedback`, …), as its X-Pathfinder-Kind header says. */
export const kindOf = (mail: Pick<CaughtMail, 'headers'>): string | undefined => mail.headers['x-pathfinder-kind'];
