import { createPolicyActivities } from './policy';
import type { Client } from '@temporalio/client';
import type { Transporter } from 'nodemailer';
import type { DeliveryLedger } from './delivery-ledger';
import { createEmailActivities } from './email';
import type { Portal } from './email-links';
import type { CountryProfile, FinalReport, Publisher, WgReport } from './publisher';
import { createRecordActivities } from './records';
import { createKeptRecordActivities } from './kept-records';
import { createRegistryActivities } from './registry';
import { createHolidayActivities } from './holidays';
import { createWgFlagReviewActivities } from './wg-flag-review';
import { createSiteActivities, tellPublicSite } from './site';
import { Context } from '@temporalio/activity';
import type { ObjectStore } from '../store/object-store';
import type { SigningKeys } from '../client/tokens';

export interface ActivityDeps {
  mailer: Transporter;
  /** The From address of every e-mail. */
  from: string;
  publisher: Publisher;
  /** What the relay already accepted, so that no e-mail goes out twice. */
  ledger: DeliveryLedger;
  /** For reading country records from their workflows. */
  client: Client;
  /** The portal that e-mails link to. */
  portal: Portal;
  /** Where closed cycles' records are kept. */
  records: ObjectStore;
  /** The keys registry imports sign entries with, which the country records have checked. */
  registryKeys: SigningKeys;
  /** The public site's store (the published one) and the documents uploaded with reports, which it publishes. */
  site: { published: ObjectStore; documents: ObjectStore };
}

/** All activities, built from their dependencies; workflows import only the type. */
export function createActivities(deps: ActivityDeps) {
  const policy = createPolicyActivities(deps.client);
  return {
    ...createEmailActivities(deps),
    ...createRegistryActivities(deps.client, deps.registryKeys),
    ...createRecordActivities(deps.client, deps.records),
    ...createKeptRecordActivities(deps.records),
    ...createHolidayActivities(),
    ...createWgFlagReviewActivities(deps.client),
    ...policy,
    ...createSiteActivities({ ...deps.site, policyInForce: () => policy.policyInForce() }),
    // Each publication tells the public site, which rebuilds what it shows of the country.
    async publishFinalReport(final: FinalReport) {
      const published = await deps.publisher.publishFinalReport(final);
      await tellPublicSite(deps.client, { country: final.country }, Context.current().info.taskQueue);
      return published;
    },
    async publishProfile(profile: CountryProfile) {
      const published = await deps.publisher.publishProfile(profile);
      await tellPublicSite(deps.client, { country: profile.code }, Context.current().info.taskQueue);
      return published;
    },
    publishWgReport: (report: WgReport) => deps.publisher.publishWgReport(report),
  };
}

export type Activities = ReturnType<typeof createActivities>;
