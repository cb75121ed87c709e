import { randomBytes, randomUUID } from 'node:crypto';
import { decodeProtectedHeader, errors, jwtVerify, SignJWT } from 'jose';
import { secretSetting } from './secrets';

// The links of the project are JWTs signed with HMAC-SHA256 (jose), each purpose with keys of its own:
// the workers sign action links (ACTION_LINK_KEYS) and the portal verifies them; the portal alone signs
// and verifies sign-in links (SIGN_IN_KEYS). Issuer and audience say which is which, so neither kind is
// ever taken for the other, and nothing a worker holds can sign anyone in to the whole portal. Sessions are
// not tokens: they are records the portal keeps (portal/sessions.ts). Keys carry ids, so a new key can sign
// while links signed with the old one stay valid until it is removed.

/** What a link lets its holder do, always for one person (`sub`, an e-mail address). */
export type Grant = { purpose: 'sign-in'; sub: string } | { purpose: 'act'; sub: string; task: TaskRef };

/** A grant as verified: with the link's own id, which the portal marks used. */
export type VerifiedGrant<P extends Grant['purpose']> = Extract<Grant, { purpose: P }> & { jti: string };

/**
 * One task of one workflow: a cycle's report, the revision or the review of a round; a candidate's planning
 * steps (its candidacy); the GCM's feedback and positions on a candidacy; an inactive country's reactivation
 * request (its record); the GCM's dialogue, support and decision (an escalation); a sub-group's check-ins (a
 * support); the secretariat's verification of a reactivation request; a body's decision (its members' answers,
 * its chair's and the secretariat's procedure).
 */
export interface TaskRef {
  workflowId: string;
  task:
    | 'report'
    | 'revision'
    | 'review'
    | 'candidacy'
    | 'candidacy-gcm'
    | 'reactivation'
    | 'escalation'
    | 'support'
    | 'verification'
    | 'decision';
  round: number;
}

export interface SigningKeys {
  /** The key id new links are signed with. */
  current: string;
  keys: Map<string, Uint8Array>;
}

/** Who signs each kind of link, and for whom. */
const parties: Record<Grant['purpose'], { issuer: string; audience: string }> = {
  act: { issuer: 'pathfinder-worker', audience: 'pathfinder-portal/act' },
  'sign-in': { issuer: 'pathfinder-portal', audience: 'pathfinder-portal/sign-in' },
};

/**
 * Keys from a secret setting: `id1:secret1,id2:secret2` (the first signs) or one bare secret (id `k1`).
 * Each secret needs at least 32 characters.
 */
export function signingKeys(setting: string, variable = 'the key setting'): SigningKeys {
  const entries = setting.includes(':')
    ? setting.split(',').map((pair) => pair.trim().split(/:(.*)/s, 2) as [string, string])
    : [['k1', setting] as [string, string]];
  for (const [id, secret] of entries) {
    if (!id || !secret || secret.length < 32)
      throw new Error(`${variable}: the key ${id || '(no id)'} needs a secret of at least 32 characters`);
  }
  return { current: entries[0]![0], keys: new Map(entries.map(([id, secret]) => [id, new TextEncoder().encode(secret)])) };
}

export function signGrant(keys: SigningKeys, grant: Grant, expiresAt: Date): Promise<string> {
  const { issuer, audience } = parties[grant.purpose];
  return new SignJWT({ ...grant })
    .setProtectedHeader({ alg: 'HS256', kid: keys.current })
    .setIssuer(issuer)
    .setAudience(audience)
    .setJti(randomUUID())
    .setIssuedAt()
    .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
    .sign(keys.keys.get(keys.current)!);
}

/** Why a link is refused, in words for its holder. */
export class TokenRefused extends Error {
  constructor(readonly reason: 'expired' | 'invalid' | 'used') {
    super({ expired: 'this link has expired', invalid: 'this link is not valid', used: 'this link was used already' }[reason]);
  }
}

/** The grant of a link of the expected purpose; throws TokenRefused for anything else. */
export async function verifyGrant<P extends Grant['purpose']>(keys: SigningKeys, token: string, purpose: P): Promise<VerifiedGrant<P>> {
  try {
    const key = keys.keys.get(String(decodeProtectedHeader(token).kid));
    if (!key) throw new TokenRefused('invalid');
    const { payload } = await jwtVerify(token, key, { algorithms: ['HS256'], ...parties[purpose] });
    if (payload.purpose !== purpose || typeof payload.sub !== 'string' || typeof payload.jti !== 'string')
      throw new TokenRefused('invalid');
    return payload as unknown as VerifiedGrant<P>;
  } catch (error) {
    if (error instanceof TokenRefused) throw error;
    throw new TokenRefused(error instanceof errors.JWTExpired ? 'expired' : 'invalid');
  }
}

export const keySetting = (env: NodeJS.ProcessEnv, variable: string, what: string, file: string) =>
  signingKeys(
    secretSetting(env, variable, what, file, () => `k1:${randomBytes(32).toString('base64url')}`),
    variable,
  );

/** The keys of action links (ACTION_LINK_KEYS): workers sign, the portal verifies. */
export const actionLinkKeysFromEnv = (env: NodeJS.ProcessEnv = process.env) =>
  keySetting(env, 'ACTION_LINK_KEYS', 'the keys that sign the action links in e-mails (workers and portal)', 'action-link-keys');

/** The keys of sign-in links (SIGN_IN_KEYS): the portal's alone. */
export const signInKeysFromEnv = (env: NodeJS.ProcessEnv = process.env) =>
  keySetting(env, 'SIGN_IN_KEYS', 'the keys that sign the sign-in links the portal sends (portal only)', 'sign-in-keys');
