import { proxyActivities } from '@temporalio/workflow';
import type { Notice } from '../domain/governance';
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

export const sendNotices = (outbox: Notice[]) => drain(outbox, (notice) => sendNotice(dated(notice)));
