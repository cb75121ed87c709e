import type { Configuration } from 'openid-client' with { 'resolution-mode': 'import' };

// Staff sign-in through their organisation's OpenID provider: the authorization code flow with PKCE, a
// state and a nonce, the portal a confidential client. The provider is asked for its configuration on the
// first sign-in (and again after a failure), so that the portal starts while the provider is away.

export interface OidcSettings {
  /** OIDC_ISSUER: the provider's issuer URL, e.g. https://login.example.org/realms/staff */
  issuer: string;
  /** OIDC_CLIENT_ID and OIDC_CLIENT_SECRET: the portal as the provider registered it. */
  clientId: string;
  clientSecret: string;
}

/** OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET all together, or none; an issuer over plain http only on this machine. */
export function oidcSettingsFromEnv(env: NodeJS.ProcessEnv): OidcSettings | undefined {
  const [issuer, clientId, clientSecret] = [env.OIDC_ISSUER, env.OIDC_CLIENT_ID, env.OIDC_CLIENT_SECRET].map((v) => v?.trim() || undefined);
  if (!issuer && !clientId && !clientSecret) return undefined;
  const missing = Object.entries({ OIDC_ISSUER: issuer, OIDC_CLIENT_ID: clientId, OIDC_CLIENT_SECRET: clientSecret })
    .filter(([, v]) => !v)
    .map(([k]) => k);
  if (missing.length)
    throw new Error(`${missing.join(' and ')}: required with the other OIDC_ settings, for staff sign-in through the organisation`);
  let url: URL;
  try {
    url = new URL(issuer!);
  } catch {
    throw new Error(`OIDC_ISSUER: "${issuer}" is not a URL`);
  }
  if (url.protocol !== 'https:' && !onThisMachine(url))
    throw new Error(`OIDC_ISSUER: ${issuer} must be https (plain http only for a provider on this machine)`);
  return { issuer: issuer!, clientId: clientId!, clientSecret: clientSecret! };
}

const onThisMachine = (url: URL) => url.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);

/** What the portal keeps between sending the browser to the provider and its coming back. */
export interface PendingSignIn {
  verifier: string;
  state: string;
  nonce: string;
}

export function organisationSignIn(settings: OidcSettings, redirectUri: string) {
  const library = import('openid-client'); // an ES module
  let configuration: Promise<Configuration> | undefined;
  const configured = () => {
    configuration ??= library.then((oidc) =>
      oidc.discovery(new URL(settings.issuer), settings.clientId, settings.clientSecret, undefined, {
        execute: onThisMachine(new URL(settings.issuer)) ? [oidc.allowInsecureRequests] : [],
      }),
    );
    configuration.catch(() => (configuration = undefined));
    return configuration;
  };
  return {
    /** Where to send the browser, and what to keep until it returns. */
    async start(): Promise<{ url: string; pending: PendingSignIn }> {
      const [oidc, config] = await Promise.all([library, configured()]);
      const pending = { verifier: oidc.randomPKCECodeVerifier(), state: oidc.randomState(), nonce: oidc.randomNonce() };
      const url = oidc.buildAuthorizationUrl(config, {
        redirect_uri: redirectUri,
        scope: 'openid email',
        code_challenge: await oidc.calculatePKCECodeChallenge(pending.verifier),
        code_challenge_method: 'S256',
        state: pending.state,
        nonce: pending.nonce,
      });
      return { url: url.href, pending };
    },

    /** The address the provider vouches for, once the code it sent back is exchanged; undefined if it does not confirm one. Throws when the exchange fails. */
    async finish(callbackUrl: URL, pending: PendingSignIn): Promise<string | undefined> {
      const [oidc, config] = await Promise.all([library, configured()]);
      const tokens = await oidc.authorizationCodeGrant(config, callbackUrl, {
        pkceCodeVerifier: pending.verifier,
        expectedState: pending.state,
        expectedNonce: pending.nonce,
        idTokenExpected: true,
      });
      const claims = await oidc.fetchUserInfo(config, tokens.access_token, tokens.claims()!.sub);
      return claims.email_verified === true && typeof claims.email === 'string' ? claims.email : undefined;
    },
  };
}
