import { randomBytes } from 'node:crypto';
import { decodeProtectedHeader, errors, jwtVerify, SignJWT } from 'jose';
import { secretSetting } from '../client/secrets';

// The one token format of the project: JWTs signed with HMAC-SHA256 (jose). The worker signs the action
// links it puts in e-mails; the portal signs sign-in links and sessions, and verifies all three. Keys carry
// ids, so a new key can sign while tokens signed with the old one stay valid until it is removed.

/** What a token lets its holder do, always for one person (`sub`, an e-mail address of the registry). */
export type Grant =
  | { purpose: 'sign-in'; sub: string }
  | { purpose: 'session'; sub: string; task?: TaskRef }
  | { purpose: 'act'; sub: string; task: TaskRef };

/**
 * One task of one workflow: a cycle's report, the revision or the review of a round; a candidate's planning
 * steps (its candidacy); the GCM's feedback and positions on a candidacy; an inactive country's reactivation
 * request (its record); the GCM's dialogue, support and decision (an escalation); a sub-group's check-ins (a
 * support); the secretariat's verification of a reactivation request.
 */
export interface TaskRef {
  workflowId: string;
  task: 'report' | 'revision' | 'review' | 'candidacy' | 'candidacy-gcm' | 'reactivation' | 'escalation' | 'support' | 'verification';
  round: number;
}

export interface SigningKeys {
  /** The key id new tokens are signed with. */
  current: string;
  keys: Map<string, Uint8Array>;
}

/**
 * Keys from a secret setting: `id1:secret1,id2:secret2` (the first signs) or one bare secret (id `k1`).
 * Each secret needs at least 32 characters.
 */
export function signingKeys(setting: string): SigningKeys {
  const entries = setting.includes(':') ? setting.split(',').map((pair) => pair.trim().split(/:(.*)/s, 2) as [string, string]) : [['k1', setting] as [string, string]];
  for (const [id, secret] of entries) {
    if (!id || !secret || secret.length < 32) throw new Error(`PORTAL_SECRET: the key ${id || '(no id)'} needs a secret of at least 32 characters`);
  }
  return { current: entries[0]![0], keys: new Map(entries.map(([id, secret]) => [id, new TextEncoder().encode(secret)])) };
}

export function signGrant(keys: SigningKeys, grant: Grant, expiresAt: Date): Promise<string> {
  return new SignJWT({ ...grant })
    .setProtectedHeader({ alg: 'HS256', kid: keys.current })
    .setIssuedAt()
    .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
    .sign(keys.keys.get(keys.current)!);
}

/** Why a token is refused, in words for its holder. */
export class TokenRefused extends Error {
  constructor(readonly reason: 'expired' | 'invalid') {
    super(reason === 'expired' ? 'this link has expired' : 'this link is not valid');
  }
}

/** The grant of a token of the expected purpose; throws TokenRefused for anything else. */
export async function verifyGrant<P extends Grant['purpose']>(keys: SigningKeys, token: string, purpose: P): Promise<Extract<Grant, { purpose: P }>> {
  try {
    const key = keys.keys.get(String(decodeProtectedHeader(token).kid));
    if (!key) throw new TokenRefused('invalid');
    const { payload } = await jwtVerify(token, key, { algorithms: ['HS256'] });
    if (payload.purpose !== purpose || typeof payload.sub !== 'string') throw new TokenRefused('invalid');
    return payload as unknown as Extract<Grant, { purpose: P }>;
  } catch (error) {
    if (error instanceof TokenRefused) throw error;
    throw new TokenRefused(error instanceof errors.JWTExpired ? 'expired' : 'invalid');
  }
}

/** The keys from PORTAL_SECRET (see secretSetting for development and production). */
export function keysFromEnv(env: NodeJS.ProcessEnv = process.env): SigningKeys {
  return signingKeys(secretSetting(env, 'PORTAL_SECRET', 'the key that signs e-mail links and portal sessions', 'portal-secret', () => randomBytes(32).toString('base64url')));
}
