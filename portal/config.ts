import { actionLinkKeysFromEnv, signInKeysFromEnv, type SigningKeys } from '../client/tokens';
import { checkKeyPurposes } from '../client/key-purposes';
import { registryKeysFromEnv } from '../client/registry-signature';
import { codecSettingsFromEnv } from '../client/data-converter';
import type { CodecSettings } from '../client/payload-codec';
import { portalUrl } from '../worker/settings';
import { oidcSettingsFromEnv, type OidcSettings } from './oidc';
import { storesFromEnv, type Stores } from '../store/settings';

export interface PortalSettings {
  host: string;
  port: number;
  /** Public base URL, put in e-mails (PORTAL_URL). */
  url: string;
  /** The keys of the workers' action links, which the portal verifies (ACTION_LINK_KEYS). */
  actionLinkKeys: SigningKeys;
  /** The keys of the sign-in links the portal sends (SIGN_IN_KEYS). */
  signInKeys: SigningKeys;
  /** The keys the secretariat's registry import signs entries with (REGISTRY_KEYS), which the workers check. */
  registryKeys: SigningKeys;
  /**
   * What the workers published (the public pages read it, the report PDFs go beside it), uploaded documents,
   * sessions, and the records the workers keep of finished runs (events, introductions).
   */
  stores: Pick<Stores, 'published' | 'documents' | 'sessions' | 'records'>;
  /** Largest attachment accepted, in bytes. */
  maxAttachmentBytes: number;
  smtpUrl: string;
  mailFrom: string;
  /** Where administrators open a run in the Temporal UI (TEMPORAL_UI_URL); the dashboard links each cycle there, and its codec calls come from there. */
  temporalUiUrl?: string;
  /** The keys that seal payloads, for the codec server. */
  codec: CodecSettings;
  /** Administrators' bearer tokens for the codec server (CODEC_TOKENS, comma-separated). */
  codecTokens: string[];
  /** The bearer token that opens the portal's /metrics to Prometheus (PORTAL_METRICS_TOKEN); without it /metrics is not served. */
  metricsToken?: string;
  /**
   * The proxies in front of the portal whose X-Forwarded-For it believes (PORTAL_TRUST_PROXY: addresses or
   * CIDR ranges, comma-separated). Without it every client is the proxy's address, and shares its limits.
   */
  trustProxy?: string[];
  /** Staff sign-in through the organisation's OpenID provider (OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET), if set. */
  oidc?: OidcSettings;
  /**
   * The origins whose pages may read the public API and the feed from a browser (PUBLIC_API_ORIGINS:
   * e.g. `https://www.alliance87.org`, comma-separated); none by default. Other programs need no permission.
   */
  publicApiOrigins?: string[];
}

export function portalSettingsFromEnv(env = process.env): PortalSettings {
  checkKeyPurposes(env, [
    'ACTION_LINK_KEYS',
    'SIGN_IN_KEYS',
    'REGISTRY_KEYS',
    'CODEC_TOKENS',
    'PATHFINDER_KEYS',
    'OIDC_CLIENT_SECRET',
    'PORTAL_METRICS_TOKEN',
  ]);
  return {
    host: env.PORTAL_HOST ?? '127.0.0.1',
    port: Number(env.PORTAL_PORT ?? 8080),
    url: portalUrl(env),
    actionLinkKeys: actionLinkKeysFromEnv(env),
    signInKeys: signInKeysFromEnv(env),
    registryKeys: registryKeysFromEnv(env),
    stores: storesFromEnv(env),
    maxAttachmentBytes: Number(env.ATTACHMENT_MAX_MB ?? 20) * 1024 * 1024,
    smtpUrl: env.SMTP_URL ?? 'smtp://127.0.0.1:1025',
    mailFrom: env.MAIL_FROM ?? 'Alliance 8.7 secretariat <secretariat@example.org>',
    temporalUiUrl: env.TEMPORAL_UI_URL?.replace(/\/+$/, ''),
    codec: codecSettingsFromEnv(env),
    codecTokens: codecTokens(env.CODEC_TOKENS),
    metricsToken: env.PORTAL_METRICS_TOKEN?.trim() || undefined,
    trustProxy: env.PORTAL_TRUST_PROXY?.split(',')
      .map((p) => p.trim())
      .filter(Boolean),
    oidc: oidcSettingsFromEnv(env),
    publicApiOrigins: publicApiOrigins(env.PUBLIC_API_ORIGINS),
  };
}

/** Origins exactly as browsers send them (scheme, host, port; no path): anything else is a mistake to refuse at start. */
export function publicApiOrigins(setting = ''): string[] {
  const origins = setting
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  const wrong = origins.find((o) => !URL.canParse(o) || new URL(o).origin !== o);
  if (wrong !== undefined) throw new Error(`PUBLIC_API_ORIGINS: ${JSON.stringify(wrong)} is not an origin such as https://www.example.org`);
  return origins;
}

/** Tokens long enough not to be guessed; a short one is a mistake to refuse at start. */
function codecTokens(setting = ''): string[] {
  const tokens = setting
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);
  const short = tokens.find((t) => t.length < 32);
  if (short !== undefined) throw new Error('CODEC_TOKENS: each token must be at least 32 characters');
  return tokens;
}
