import { proxyActivities } from '@temporalio/workflow';
import type { Notice } from '../domain/governance';
import type { Activities } from '../activities';

const { sendNotice } = proxyActivities<Activities>({
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '10 seconds', backoffCoefficient: 2, maximumInterval: '1 hour' },
});

/**
 * Sends a queue of e-mails, oldest first; one leaves the queue only once sent, so a message that arrives
 * meanwhile is sent too. The workflow's clock gives the Date header, so a retried send is the very same message.
 */
export async function drain<T>(outbox: T[], send: (email: T, date: string) => Promise<unknown>): Promise<void> {
  while (outbox.length > 0) {
    await send(outbox[0]!, new Date(Date.now()).toISOString());
    outbox.shift();
  }
}

export const sendNotices = (outbox: Notice[]) => drain(outbox, (notice, date) => sendNotice({ ...notice, date }));
