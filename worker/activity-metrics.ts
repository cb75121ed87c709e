import type { MetricMeter } from '@temporalio/common';
import type { ActivityInterceptorsFactory } from '@temporalio/worker';

// The counters the alert rules (deploy/alerts/pathfinder.rules.yml) read beside the SDK's own, counted where
// the activities run and served by the SDK's Prometheus exporter: e-mails the relay refused or could not take,
// publications that failed. The activities themselves know nothing of them.

export const alertCounters = {
  /** An addressee the relay refused for good (an SMTP 5xx, or not an address): the e-mail is not retried. */
  mailRefused: { name: 'pathfinder_mail_refused', description: 'E-mails the relay refused for good (the addressee)' },
  /** An attempt to send that failed (relay down, or refusing for now): retried. */
  mailFailed: { name: 'pathfinder_mail_send_failures', description: 'Attempts to send an e-mail that failed and will be retried' },
  /** An attempt to publish (a final report, a profile, the WG report, the public site) that failed. */
  publicationFailed: { name: 'pathfinder_publication_failures', description: 'Attempts to publish that failed' },
} as const;

const mailActivities = new Set(['sendEmail', 'sendNotice']);
const publishing = (activityType: string) => activityType.startsWith('publish') || activityType === 'rebuildSite';

const counter = (meter: MetricMeter, which: keyof typeof alertCounters) =>
  meter.createCounter(alertCounters[which].name, undefined, alertCounters[which].description);

/** Each counter at 0 from the start, so that a rule finds its series before the first fault. */
export function zeroAlertCounters(meter: MetricMeter): void {
  for (const which of Object.keys(alertCounters) as (keyof typeof alertCounters)[]) counter(meter, which).add(0);
}

export const countAlertEvents: ActivityInterceptorsFactory = (ctx) => ({
  inbound: {
    async execute(input, next) {
      const type = ctx.info.activityType;
      try {
        const result: unknown = await next(input);
        const refused = (result as { refused?: unknown } | undefined)?.refused;
        if (mailActivities.has(type) && typeof refused === 'string') counter(ctx.metricMeter, 'mailRefused').add(1);
        return result;
      } catch (error) {
        if (mailActivities.has(type)) counter(ctx.metricMeter, 'mailFailed').add(1);
        if (publishing(type)) counter(ctx.metricMeter, 'publicationFailed').add(1);
        throw error;
      }
    },
  },
});
