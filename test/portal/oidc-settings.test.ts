import { expect, it } from 'vitest';
import { oidcSettingsFromEnv } from '../../portal/oidc';

// Staff sign-in is set up with three settings together, and only over https unless the provider is on this machine.

const settings = {
  OIDC_ISSUER: 'https://login.example.org/realms/staff',
  OIDC_CLIENT_ID: 'pathfinder-portal',
  OIDC_CLIENT_SECRET: 'an-example-client-secret',
};

it('takes all three settings, or none (e-mail links only)', () => {
  expect(oidcSettingsFromEnv({})).toBeUndefined();
  expect(oidcSettingsFromEnv(settings)).toEqual({
    issuer: settings.OIDC_ISSUER,
    clientId: 'pathfinder-portal',
    clientSecret: 'an-example-client-secret',
  });
  expect(() => oidcSettingsFromEnv({ OIDC_ISSUER: settings.OIDC_ISSUER })).toThrow(
    'OIDC_CLIENT_ID and OIDC_CLIENT_SECRET: required with the other OIDC_ settings',
  );
});

it('refuses an issuer that is not a URL, or plain http to another machine', () => {
  expect(() => oidcSettingsFromEnv({ ...settings, OIDC_ISSUER: 'login.example.org' })).toThrow(
    'OIDC_ISSUER: "login.example.org" is not a URL',
  );
  expect(() => oidcSettingsFromEnv({ ...settings, OIDC_ISSUER: 'http://login.example.org' })).toThrow(
    'OIDC_ISSUER: http://login.example.org must be https (plain http only for a provider on this machine)',
  );
  expect(oidcSettingsFromEnv({ ...settings, OIDC_ISSUER: 'http://127.0.0.1:8091' })?.issuer).toBe('http://127.0.0.1:8091');
});
