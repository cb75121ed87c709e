import { createPolicyActivities } from './policy';
import type { Client } from '@temporalio/client';
import type { Transporter } from 'nodemailer';
import type { DeliveryLedger } from './delivery-ledger';
import { createEmailActivities } from './email';
import type { Portal } from './email-links';
import type { CountryProfile, FinalReport, Publisher, WgReport } from './publisher';
import { createRecordActivities } from './records';
import { createRegistryActivities } from './registry';
import { createHolidayActivities } from './holidays';
import { createWgFlagReviewActivities } from './wg-flag-review';
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
}

/** All activities, built from their dependencies; workflows import only the type. */
export function createActivities(deps: ActivityDeps) {
  return {
    ...createEmailActivities(deps),
    ...createRegistryActivities(deps.client, deps.registryKeys),
    ...createRecordActivities(deps.client, deps.records),
    ...createHolidayActivities(),
    ...createWgFlagReviewActivities(deps.client),
    ...createPolicyActivities(deps.client),
    publishFinalReport: (final: FinalReport) => deps.publisher.publishFinalReport(final),
    publishProfile: (profile: CountryProfile) => deps.publisher.publishProfile(profile),
    publishWgReport: (report: WgReport) => deps.publisher.publishWgReport(report),
  };
}

export type Activities = ReturnType<typeof createActivities>;
