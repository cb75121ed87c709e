import { actionLinkKeysFromEnv } from '../client/tokens';
import { registryKeysFromEnv } from '../client/registry-signature';
import { checkKeyPurposes } from '../client/key-purposes';
import { dataConverterFromEnv } from '../client/data-converter';
import { storesFromEnv } from '../store/settings';
import { startTracing } from '../client/tracing';

/** The portal's public base URL, which e-mails link to (PORTAL_URL). */
export const portalUrl = (env = process.env) => (env.PORTAL_URL ?? `http://127.0.0.1:${env.PORTAL_PORT ?? 8080}`).replace(/\/+$/, '');

/** Worker settings read from the environment for a worker of `namespace`, with the embedded defaults of `npm run dev`. */
export function settingsFromEnv(namespace: string, env = process.env) {
  checkKeyPurposes(env, ['ACTION_LINK_KEYS', 'REGISTRY_KEYS', 'PATHFINDER_KEYS']);
  return {
    smtpUrl: env.SMTP_URL ?? 'smtp://127.0.0.1:1025',
    mailFrom: env.MAIL_FROM,
    stores: storesFromEnv(env),
    portal: { url: portalUrl(env), keys: actionLinkKeysFromEnv(env) },
    registryKeys: registryKeysFromEnv(env),
    workflowBundlePath: env.WORKFLOW_BUNDLE_PATH,
    dataConverter: dataConverterFromEnv(namespace, env),
    maxCachedWorkflows: cacheSize(env.WORKER_MAX_CACHED_WORKFLOWS),
    tracing: startTracing('pathfinder-worker', env),
  };
}

/** WORKER_MAX_CACHED_WORKFLOWS: a whole number above 0, or unset for the SDK's default. */
function cacheSize(setting?: string): number | undefined {
  if (setting === undefined || setting.trim() === '') return undefined;
  const size = Number(setting);
  if (!Number.isInteger(size) || size < 1) throw new Error(`WORKER_MAX_CACHED_WORKFLOWS: ${setting} is not a whole number above 0`);
  return size;
}
