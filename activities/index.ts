import type { Transporter } from 'nodemailer';
import { createEmailActivities } from './email';
import type { FinalReport, Publisher } from './publisher';

export interface ActivityDeps {
  mailer: Transporter;
  /** The From address of every e-mail. */
  from: string;
  publisher: Publisher;
}

/** All activities, built from their dependencies; workflows import only the type. */
export function createActivities(deps: ActivityDeps) {
  return {
    ...createEmailActivities(deps),
    publishFinalReport: (final: FinalReport) => deps.publisher.publishFinalReport(final),
  };
}

export type Activities = ReturnType<typeof createActivities>;
