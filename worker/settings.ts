import { resolve } from 'node:path';
import { keysFromEnv } from '../activities/tokens';
import { dataConverterFromEnv } from '../client/data-converter';

/** The portal's public base URL, which e-mails link to (PORTAL_URL). */
export const portalUrl = (env = process.env) => (env.PORTAL_URL ?? `http://127.0.0.1:${env.PORTAL_PORT ?? 8080}`).replace(/\/+$/, '');

/** Worker settings read from the environment, with the embedded defaults of `npm run dev`. */
export function settingsFromEnv(env = process.env) {
  return {
    smtpUrl: env.SMTP_URL ?? 'smtp://127.0.0.1:1025',
    mailFrom: env.MAIL_FROM,
    publishDir: resolve(env.PUBLISH_DIR ?? resolve(env.PATHFINDER_DATA_DIR ?? '.data', 'published')),
    mailLedgerDir: resolve(env.MAIL_LEDGER_DIR ?? resolve(env.PATHFINDER_DATA_DIR ?? '.data', 'mail-ledger')),
    portal: { url: portalUrl(env), keys: keysFromEnv(env) },
    workflowBundlePath: env.WORKFLOW_BUNDLE_PATH,
    dataConverter: dataConverterFromEnv(env),
  };
}
