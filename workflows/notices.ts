import { proxyActivities } from '@temporalio/workflow';
import type { Notice } from '../domain/governance';
import type { Activities } from '../activities';
import { drain } from './drain';

const { sendNotice } = proxyActivities<Activities>({
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '10 seconds', backoffCoefficient: 2, maximumInterval: '1 hour' },
});

/** An e-mail with its Date header from the workflow's clock, so that a retried send is the very same message. */
export const dated = <T>(email: T) => ({ ...email, date: new Date(Date.now()).toISOString() });

export const sendNotices = (outbox: Notice[]) => drain(outbox, (notice) => sendNotice(dated(notice)));
