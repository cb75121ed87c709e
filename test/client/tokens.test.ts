import { describe, expect, it } from 'vitest';
import { signGrant, signingKeys, TokenRefused, verifyGrant } from '../../client/tokens';
import { checkKeyPurposes } from '../../client/key-purposes';
import { portalSettingsFromEnv } from '../../portal/config';
import { settingsFromEnv } from '../../worker/settings';

// Keys with one purpose: what a worker holds signs action links and nothing else, and production will not
// start with one secret serving two purposes.

const actionLinkKeys = signingKeys('act-1:an-example-action-link-secret-0123456789');
const signInKeys = signingKeys('in-1:an-example-sign-in-secret-0123456789abcdef');
const hour = () => new Date(Date.now() + 3_600_000);
const task = { workflowId: 'reporting-cycle-PER-2031', task: 'report' as const, round: 0 };

describe('links', () => {
  it('opens with the keys of its own purpose only: a worker cannot sign anyone in', async () => {
    const minted = await signGrant(actionLinkKeys, { purpose: 'sign-in', sub: 'secretariat@example.org' }, hour());
    await expect(verifyGrant(signInKeys, minted, 'sign-in')).rejects.toThrow(TokenRefused);
    const act = await signGrant(actionLinkKeys, { purpose: 'act', sub: 'lucia.quispe@example.org', task }, hour());
    await expect(verifyGrant(actionLinkKeys, act, 'act')).resolves.toMatchObject({
      sub: 'lucia.quispe@example.org',
      task,
      iss: 'pathfinder-worker',
      aud: 'pathfinder-portal/act',
    });
  });

  it('is never taken for the other kind, even were the two to share a key: issuer and audience differ', async () => {
    const shared = signingKeys('k:one-secret-for-both-purposes-0123456789abcdef');
    const signIn = await signGrant(shared, { purpose: 'sign-in', sub: 'secretariat@example.org' }, hour());
    await expect(verifyGrant(shared, signIn, 'act')).rejects.toThrow('this link is not valid');
    const act = await signGrant(shared, { purpose: 'act', sub: 'lucia.quispe@example.org', task }, hour());
    await expect(verifyGrant(shared, act, 'sign-in')).rejects.toThrow('this link is not valid');
  });

  it('each carries an id of its own, which the portal marks used', async () => {
    const [a, b] = await Promise.all(
      [0, 1].map(async () =>
        verifyGrant(
          actionLinkKeys,
          await signGrant(actionLinkKeys, { purpose: 'act', sub: 'lucia.quispe@example.org', task }, hour()),
          'act',
        ),
      ),
    );
    expect(a!.jti).not.toBe(b!.jti);
  });
});

describe('production', () => {
  const production = {
    NODE_ENV: 'production',
    ACTION_LINK_KEYS: 'act-1:an-example-action-link-secret-0123456789',
    SIGN_IN_KEYS: 'in-1:an-example-sign-in-secret-0123456789abcdef',
    CODEC_TOKENS: 'an-example-codec-token-0123456789abcdefgh',
    REGISTRY_KEYS: 'reg-1:an-example-registry-secret-0123456789abc',
    PATHFINDER_KEYS: process.env.PATHFINDER_KEYS!,
  };

  it('starts a portal and a worker whose purposes each have their own keys', () => {
    expect(portalSettingsFromEnv(production).signInKeys.current).toBe('in-1');
    expect(settingsFromEnv('default', production).portal.keys.current).toBe('act-1');
    expect(settingsFromEnv('default', production).registryKeys.current).toBe('reg-1');
    expect(portalSettingsFromEnv(production).registryKeys.current).toBe('reg-1');
  });

  it('refuses to start when two purposes share a key, naming both', () => {
    const reused = 'an-example-action-link-secret-0123456789';
    expect(() => portalSettingsFromEnv({ ...production, SIGN_IN_KEYS: `in-2:${reused}` })).toThrow(
      'ACTION_LINK_KEYS and SIGN_IN_KEYS share a key',
    );
    expect(() => portalSettingsFromEnv({ ...production, CODEC_TOKENS: reused })).toThrow('ACTION_LINK_KEYS and CODEC_TOKENS share a key');
    expect(() => settingsFromEnv('default', { ...production, REGISTRY_KEYS: `reg-2:${reused}` })).toThrow(
      'ACTION_LINK_KEYS and REGISTRY_KEYS share a key',
    );
    const staffSignIn = { OIDC_ISSUER: 'https://login.example.org/realms/staff', OIDC_CLIENT_ID: 'pathfinder-portal' };
    expect(() => portalSettingsFromEnv({ ...production, ...staffSignIn, OIDC_CLIENT_SECRET: reused })).toThrow(
      'ACTION_LINK_KEYS and OIDC_CLIENT_SECRET share a key',
    );
    expect(
      portalSettingsFromEnv({ ...production, ...staffSignIn, OIDC_CLIENT_SECRET: 'an-example-client-secret-of-its-own' }).oidc?.clientId,
    ).toBe('pathfinder-portal');
    // Outside production a shared key is allowed: development makes its own keys anyway.
    expect(() =>
      checkKeyPurposes({ ACTION_LINK_KEYS: `a:${reused}`, SIGN_IN_KEYS: `b:${reused}` }, ['ACTION_LINK_KEYS', 'SIGN_IN_KEYS']),
    ).not.toThrow();
  });

  it('refuses a missing key, and the retired PORTAL_SECRET, with what to set instead', () => {
    expect(() => portalSettingsFromEnv({ ...production, SIGN_IN_KEYS: undefined })).toThrow('SIGN_IN_KEYS is required in production');
    expect(() => settingsFromEnv('default', { ...production, REGISTRY_KEYS: undefined })).toThrow(
      'REGISTRY_KEYS is required in production',
    );
    expect(() => settingsFromEnv('default', { ...production, PORTAL_SECRET: 'an-old-secret-of-more-than-32-characters' })).toThrow(
      'set ACTION_LINK_KEYS (workers and portal) and SIGN_IN_KEYS (portal)',
    );
  });
});
