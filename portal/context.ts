import type { Client } from '@temporalio/client';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { createTransport } from 'nodemailer';
import { readCountries } from '../client/registry';
import { auth, type Session } from './auth';
import type { PortalSettings } from './config';
import { storeDocuments } from './documents';
import { words } from './i18n';
import { languageOf } from './language';
import { registryReader, type Member } from './people';
import { secretariatZone } from './tasks';
import type { PageContext } from './views/layout';

// What every route of the portal works with: the Temporal client, the settings, sign-in and sessions, the
// stored documents, the registry and the mailer; and who reads the page.

export type Portal = ReturnType<typeof portalContext>;

export function portalContext(client: Client, settings: PortalSettings) {
  const sessionsOf = new WeakMap<FastifyRequest, Promise<{ session: Session; member?: Member } | undefined>>();
  return {
    client,
    settings,
    auth: auth({
      url: settings.url,
      actionLinkKeys: settings.actionLinkKeys,
      signInKeys: settings.signInKeys,
      sessions: settings.stores.sessions,
    }),
    documents: storeDocuments(settings.stores.documents),
    registry: registryReader(() => readCountries(client)),
    mailer: createTransport({ url: settings.smtpUrl }),
    /**
     * A page's language (language.ts), the zone its dates are read in, its CSRF token and signed-in header;
     * with `offersLanguages`, the page has the language links and the reader's choice comes first.
     */
    page(request: FastifyRequest, reply: FastifyReply, member?: Member, signedIn?: string, offersLanguages = false): PageContext {
      const lang = languageOf(request, member, offersLanguages);
      const languageLinks = offersLanguages ? request.url.split('?')[0] : undefined;
      return { lang, w: words[lang], zone: member?.person.zone ?? secretariatZone, csrf: reply.generateCsrf(), signedIn, languageLinks };
    },
    /**
     * The browser's session and its person's registry entry, looked up once a request (the form check
     * before the body and the route both ask). Whoever has left the registry has no session any more, on
     * any replica; only a support sub-group's members are not in it (their workflow knows them).
     */
    currentSession(request: FastifyRequest): Promise<{ session: Session; member?: Member } | undefined> {
      let current = sessionsOf.get(request);
      if (!current) sessionsOf.set(request, (current = this.lookUpSession(request)));
      return current;
    },
    async lookUpSession(request: FastifyRequest): Promise<{ session: Session; member?: Member } | undefined> {
      const session = await this.auth.session(request);
      if (!session) return undefined;
      const member = await this.registry.member(session.email);
      if (!member && session.task?.task !== 'support') {
        await this.auth.endAllOf(session.email);
        return undefined;
      }
      return { session, member };
    },
    /** Who reads this page: their session and registry entry (the registry is read once), and the page context. */
    async visit(
      request: FastifyRequest,
      reply: FastifyReply,
      offersLanguages = false,
    ): Promise<{ session?: Session; member?: Member; ctx: PageContext }> {
      const { session, member } = (await this.currentSession(request)) ?? {};
      return { session, member, ctx: this.page(request, reply, member, session?.email, offersLanguages) };
    },
  };
}
