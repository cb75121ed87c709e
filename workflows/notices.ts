import { proxyActivities } from '@temporalio/workflow';
import type { Notice } from '../domain/governance';
import type { Activities } from '../activities';

const { sendNotice } = proxyActivities<Activities>({
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '10 seconds', backoffCoefficient: 2, maximumInterval: '1 hour' },
});

/**
 * Sends queued notices, oldest first; one leaves the queue only once sent. The workflow's clock stamps the
 * Date header, so a retried send is the very same message.
 */
export async function sendNotices(outbox: Notice[]): Promise<void> {
  while (outbox.length > 0) {
    await sendNotice({ ...outbox[0]!, date: new Date(Date.now()).toISOString() });
    outbox.shift();
  }
}
