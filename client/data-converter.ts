import { readFileSync } from 'node:fs';
import type { DataConverter } from '@temporalio/common';
import { EncryptionCodec, newKeyEntry, payloadKeys, type CodecSettings, type PayloadKeys } from './payload-codec';
import { secretSetting } from './secrets';

// The one data converter of every process that talks to Temporal: the worker, the CLI, the portal, the
// tests and the bench.

export const failureConverterPath = require.resolve('./failure-converter');

/** The converter of a client or worker of `namespace`, which every payload is sealed to. */
export function dataConverter(codec: CodecSettings, namespace: string): DataConverter {
  return { payloadCodecs: [new EncryptionCodec(codec, namespace)], failureConverterPath };
}

/**
 * The payload keys from PATHFINDER_KEYS, or from the file PATHFINDER_KEY_FILE names; in development a key
 * is made once into `.data/payload-keys`; in production one of the two is required.
 */
export function payloadKeysFromEnv(env: NodeJS.ProcessEnv = process.env): PayloadKeys {
  if (!env.PATHFINDER_KEYS && env.PATHFINDER_KEY_FILE)
    return payloadKeys(readFileSync(env.PATHFINDER_KEY_FILE, 'utf8'), `PATHFINDER_KEY_FILE (${env.PATHFINDER_KEY_FILE})`);
  const setting = secretSetting(
    env,
    'PATHFINDER_KEYS',
    'the keys that encrypt what is stored on the Temporal server (or PATHFINDER_KEY_FILE)',
    'payload-keys',
    () => newKeyEntry('dev-1'),
  );
  return payloadKeys(setting, env.PATHFINDER_KEYS ? 'PATHFINDER_KEYS' : 'payload-keys in the data folder');
}

export const codecSettingsFromEnv = (env: NodeJS.ProcessEnv = process.env): CodecSettings => ({
  keys: payloadKeysFromEnv(env),
});

export const dataConverterFromEnv = (namespace: string, env: NodeJS.ProcessEnv = process.env) =>
  dataConverter(codecSettingsFromEnv(env), namespace);
