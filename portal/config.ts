import { resolve } from 'node:path';
import { keysFromEnv, type SigningKeys } from '../activities/tokens';
import { portalUrl } from '../worker/settings';

export interface PortalSettings {
  host: string;
  port: number;
  /** Public base URL, put in e-mails (PORTAL_URL). */
  url: string;
  keys: SigningKeys;
  /** Where the worker publishes final reports and profiles; the public pages read them. */
  publishDir: string;
  /** Where uploaded documents are kept, by SHA-256. */
  documentsDir: string;
  /** Largest attachment accepted, in bytes. */
  maxAttachmentBytes: number;
  smtpUrl: string;
  mailFrom: string;
  /** Where administrators open a run in the Temporal UI (TEMPORAL_UI_URL); the dashboard links each cycle there. */
  temporalUiUrl?: string;
}

export function portalSettingsFromEnv(env = process.env): PortalSettings {
  const dataDir = resolve(env.PATHFINDER_DATA_DIR ?? '.data');
  return {
    host: env.PORTAL_HOST ?? '127.0.0.1',
    port: Number(env.PORTAL_PORT ?? 8080),
    url: portalUrl(env),
    keys: keysFromEnv(env),
    publishDir: resolve(env.PUBLISH_DIR ?? resolve(dataDir, 'published')),
    documentsDir: resolve(env.DOCUMENTS_DIR ?? resolve(dataDir, 'documents')),
    maxAttachmentBytes: Number(env.ATTACHMENT_MAX_MB ?? 20) * 1024 * 1024,
    smtpUrl: env.SMTP_URL ?? 'smtp://127.0.0.1:1025',
    mailFrom: env.MAIL_FROM ?? 'Alliance 8.7 secretariat <secretariat@example.org>',
    temporalUiUrl: env.TEMPORAL_UI_URL?.replace(/\/+$/, ''),
  };
}
