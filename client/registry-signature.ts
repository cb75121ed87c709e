import { createHash } from 'node:crypto';
import { decodeProtectedHeader, jwtVerify, SignJWT } from 'jose';
import { canonicalJson } from '../domain/shared/same-content';
import type { RegistryEntry } from '../workflows/country/messages';
import { keySetting, type SigningKeys } from './tokens';

// A country's registry entry is signed as it is imported (`countries import`, the secretariat's page), with
// keys of their own (REGISTRY_KEYS); the country's record takes it only once a worker has checked the
// signature, so that a signal sent by other means cannot change who a country's focal points are.

const parties = { issuer: 'pathfinder-registry-import', audience: 'pathfinder-country' } as const;
/** A signed entry is taken within this time: an old one cannot be replayed to undo a later import. */
const validFor = '7 days';

const digestOf = (entry: RegistryEntry) =>
  createHash('sha256')
    .update(canonicalJson({ country: entry.country, governance: entry.governance }))
    .digest('base64url');

export function signRegistryEntry(keys: SigningKeys, entry: RegistryEntry): Promise<string> {
  return new SignJWT({ entry: digestOf(entry) })
    .setProtectedHeader({ alg: 'HS256', kid: keys.current })
    .setIssuer(parties.issuer)
    .setAudience(parties.audience)
    .setSubject(entry.country.code)
    .setIssuedAt()
    .setExpirationTime(validFor)
    .sign(keys.keys.get(keys.current)!);
}

/** Whether `signature` was made by a registry import, recently, for exactly this entry. */
export async function registryEntrySigned(keys: SigningKeys, entry: RegistryEntry, signature: string): Promise<boolean> {
  try {
    const key = keys.keys.get(String(decodeProtectedHeader(signature).kid));
    if (!key) return false;
    const { payload } = await jwtVerify(signature, key, { algorithms: ['HS256'], ...parties, subject: entry.country.code });
    return payload.entry === digestOf(entry);
  } catch {
    return false;
  }
}

/** The keys that sign registry entries (REGISTRY_KEYS): whoever imports signs, the workers verify. */
export const registryKeysFromEnv = (env: NodeJS.ProcessEnv = process.env) =>
  keySetting(
    env,
    'REGISTRY_KEYS',
    'the keys that sign country registry entries as they are imported (CLI, portal and workers)',
    'registry-keys',
  );
