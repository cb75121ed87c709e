import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

// A stand-in for an organisation's OpenID provider, for `npm run dev` and the tests: the real
// `oidc-provider`, with its development login page, where whoever types an address is that address. So
// that an unconfirmed address can be tried too, the addresses in `unverified` come without
// `email_verified`. Never for production: there, the portal trusts the organisation's own provider.

export interface IdentityProviderOptions {
  host: string;
  port: number;
  /** The portal registered as this provider's client. */
  client: { id: string; secret: string; redirectUri: string };
  unverified?: string[];
}

export interface IdentityProvider {
  issuer: string;
  close(): Promise<void>;
}

export async function startIdentityProvider(o: IdentityProviderOptions): Promise<IdentityProvider> {
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(o.port, o.host, resolve));
  const issuer = `http://${o.host}:${(server.address() as AddressInfo).port}`;
  const unverified = new Set((o.unverified ?? []).map((a) => a.toLowerCase()));
  const { default: Provider } = await import('oidc-provider'); // an ES module
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: o.client.id,
        client_secret: o.client.secret,
        redirect_uris: [o.client.redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    claims: { openid: ['sub'], email: ['email', 'email_verified'] },
    findAccount: (_ctx, login) => ({
      accountId: login,
      claims: () => ({ sub: login, email: login, email_verified: !unverified.has(login.toLowerCase()) }),
    }),
    pkce: { required: () => true },
    ttl: { Interaction: 600, Session: 3600, Grant: 3600, AccessToken: 600, IdToken: 600 },
    cookies: { keys: ['an-example-cookie-key-of-the-dev-identity-provider'] },
    features: { devInteractions: { enabled: true } },
  });
  const handle = provider.callback();
  server.on('request', (request, response) => void handle(request, response));
  return {
    issuer,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
