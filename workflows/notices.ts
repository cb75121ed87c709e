import { proxyActivities } from '@temporalio/workflow';
import type { Person } from '../domain/shared/country';
import type { Notice } from '../domain/shared/notice';
import type { Activities } from '../activities';
import { drain } from './drain';

// As a cycle's e-mails: attempts end within 3 minutes, a dead worker is noticed by its missing heartbeat.
const { sendNotice } = proxyActivities<Activities>({
  startToCloseTimeout: '3 minutes',
  heartbeatTimeout: '30 seconds',
  retry: { initialInterval: '10 seconds', backoffCoefficient: 2, maximumInterval: '1 hour' },
});

/** An e-mail with its Date header from the workflow's clock, so that a retried send is the very same message. */
export const dated = <T>(email: T) => ({ ...email, date: new Date(Date.now()).toISOString() });

/**
 * Sends a workflow's notices, oldest first. One the mail server refuses for good (a wrong address) is not
 * retried: the secretariat, if given, is told whom to correct.
 */
export const sendNotices = (outbox: Notice[], secretariat?: Person) =>
  drain(outbox, async (notice) => {
    const { refused } = await sendNotice(dated(notice));
    if (!refused || !secretariat || notice.to.email === secretariat.email) return;
    const { name, email: address } = notice.to;
    outbox.push({
      key: `${notice.key}/undeliverable`,
      kind: 'notice-undeliverable',
      to: secretariat,
      cc: [],
      country: notice.country,
      year: notice.year,
      undeliverable: { name, address, kind: notice.kind, reason: refused },
    });
  });
