import { registryKeysFromEnv } from '../../client/registry-signature';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { signingKeys } from '../../client/tokens';
import { codecSettingsFromEnv } from '../../client/data-converter';
import { TASK_QUEUE } from '../../client/config';
import type { PortalSettings } from '../../portal/config';
import { buildPortal } from '../../portal/server';
import { folderStore } from '../../store/object-store';
import type { CaughtMail } from '../../scripts/mail-catcher';
import { startIdentityProvider, type IdentityProvider } from '../../scripts/identity-provider';
import { freePort } from './ports';
import { startDevServer } from './temporal';
import { startStack, type RunningStack } from './worker';
import { expectAccessible } from './axe';
import { kindOf } from './mail';

// The whole stack a person meets: dev server, SMTP sink, worker and portal, and a real browser (Debian's
// Chromium, driven by playwright-core). E-mails link to this portal, so tests follow them as people do.

const screenshots = join(__dirname, '../../test-results/screenshots');

/** The administrators' codec token of the test portal (an example value). */
export const adminCodecToken = 'codec-admin-example-token-0123456789abcdef';

export interface PortalStack {
  stack: RunningStack;
  settings: PortalSettings;
  /** The organisation's OpenID provider, when asked for. */
  identityProvider?: IdentityProvider;
  /** The folder of uploaded documents. */
  documentsDir: string;
  /** The folder of the sessions store: sessions, used links, sign-in e-mails sent. */
  sessionsDir: string;
  base: string;
  /** A fresh browser, as a different person on a different machine; `options.locale` sets its Accept-Language. */
  person: (options?: BrowserContextOptions) => Promise<Page>;
  /** The link in the newest e-mail of this kind to this person. */
  linkIn: (to: string, kind: string, count?: number) => Promise<string>;
  /** Signs in by the e-mail link the portal sends. */
  signIn: (page: Page, email: string) => Promise<void>;
  /** Full-page screenshots, desktop and phone width, in test-results/screenshots, to be looked at. */
  shot: (page: Page, name: string) => Promise<unknown>;
  stop(): Promise<void>;
}

/** Follows a link from an e-mail as its person does: opens it, and gives the one click it asks for. */
export async function followLink(page: Page, link: string): Promise<void> {
  await page.goto(link);
  const confirming = (url: URL) => /^\/(act|auth)$/.test(url.pathname);
  if (!confirming(new URL(page.url()))) return; // already signed in for this task: straight to it
  await page.getByRole('button', { name: /^(Continue|Continuer|Continuar)$/ }).click();
  await page.waitForURL((url) => !confirming(url));
}

/**
 * With `temporalUi`, the dev server's Temporal UI runs too, decoding through the portal's codec server; `refuse`:
 * addresses the mail sink refuses for good; `trustProxy`: the portal's PORTAL_TRUST_PROXY; `organisation`: an
 * OpenID provider for staff sign-in, which does not confirm the addresses in `unverified`.
 */
export async function startPortalStack(
  options: {
    temporalUi?: boolean;
    refuse?: (address: string) => boolean;
    trustProxy?: string[];
    organisation?: { unverified?: string[] };
  } = {},
): Promise<PortalStack> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const oidcClient = {
    id: 'pathfinder-portal',
    secret: 'an-example-client-secret-of-the-portal-tests',
    redirectUri: `${base}/auth/oidc/callback`,
  };
  const identityProvider =
    options.organisation &&
    (await startIdentityProvider({ host: '127.0.0.1', port: 0, client: oidcClient, unverified: options.organisation.unverified }));
  const actionLinkKeys = signingKeys('portal-test-act:an-example-action-link-secret-for-the-portal-tests');
  const ui = options.temporalUi ? { port: await freePort(), codecEndpoint: `${base}/codec` } : undefined;
  const stack = await startStack(() => startDevServer(ui), TASK_QUEUE, { url: base, keys: actionLinkKeys }, { refuse: options.refuse });
  const { mail } = stack;
  const { documentsDir } = stack; // the worker publishes a report's documents from the portal's store
  const sessionsDir = mkdtempSync(join(tmpdir(), 'pathfinder-sessions-'));
  const settings: PortalSettings = {
    host: '127.0.0.1',
    port,
    url: base,
    actionLinkKeys,
    signInKeys: signingKeys('portal-test-sign-in:an-example-sign-in-secret-for-the-portal-tests'),
    registryKeys: registryKeysFromEnv(),
    stores: {
      published: stack.stores.published,
      records: stack.stores.records,
      documents: stack.stores.documents,
      sessions: folderStore(sessionsDir),
    },
    maxAttachmentBytes: 1024 * 1024,
    smtpUrl: mail.smtpUrl,
    mailFrom: 'Alliance 8.7 secretariat <secretariat@example.org>',
    temporalUiUrl: ui ? `http://127.0.0.1:${ui.port}` : 'http://temporal-ui.example.org',
    codec: codecSettingsFromEnv(),
    codecTokens: [adminCodecToken],
    trustProxy: options.trustProxy,
    oidc: identityProvider && { issuer: identityProvider.issuer, clientId: oidcClient.id, clientSecret: oidcClient.secret },
  };
  const portal: FastifyInstance = await buildPortal(stack.env.client, settings);
  await portal.listen({ host: '127.0.0.1', port });
  const browser: Browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox'],
  });
  mkdirSync(screenshots, { recursive: true });

  const linkIn = async (to: string, kind: string, count = 1) => {
    const found: CaughtMail[] = await mail.waitFor(count, (m) => m.to.includes(to) && kindOf(m) === kind);
    const text = found.at(-1)!.text;
    expect(text).not.toMatch(/pathfinder [\w-]+ [\w-]+ --|--as /); // no terminal command for people without a terminal
    return /(http:\/\/127\.0\.0\.1:\d+\/(?:act|auth)\?token=\S+)/.exec(text)![1]!;
  };
  return {
    stack,
    settings,
    identityProvider,
    documentsDir,
    sessionsDir,
    base,
    person: async (options = {}) => (await browser.newContext(options)).newPage(),
    linkIn,
    signIn: async (page, email) => {
      const before = mail.messages.filter((m) => m.to.includes(email) && kindOf(m) === 'sign-in').length;
      await page.goto(base);
      await page.getByLabel(/e-mail|correo|adresse/i).fill(email);
      await page.getByRole('button', { name: 'Send me a sign-in link' }).click();
      await expect(page.locator('[role=status]').textContent()).resolves.toContain('If this address is registered');
      await followLink(page, await linkIn(email, 'sign-in', before + 1));
    },
    shot: async (page, name) => {
      // The portal's own pages are held to WCAG; the Temporal UI, photographed too, is not the project's.
      const ours = page.url().startsWith(base);
      await page.screenshot({ path: join(screenshots, `${name}.png`), fullPage: true });
      if (ours) await expectAccessible(page, name);
      // And as on a phone.
      const size = page.viewportSize()!;
      await page.setViewportSize({ width: 390, height: 844 });
      await page.screenshot({ path: join(screenshots, `${name}-phone.png`), fullPage: true });
      if (ours) await expectAccessible(page, `${name} on a phone`);
      await page.setViewportSize(size);
    },
    async stop() {
      await browser.close();
      await portal.close();
      await identityProvider?.close();
      await stack.stop();
    },
  };
}
