import cookie from '@fastify/cookie';
import csrf from '@fastify/csrf-protection';
import formbody from '@fastify/formbody';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import type { Client } from '@temporalio/client';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { createTransport } from 'nodemailer';
import { auth, type Session } from './auth';
import type { PortalSettings } from './config';
import { storeDocuments } from './documents';
import { words } from './i18n';
import { languageOf, registryReader, type Member } from './people';
import { readCountries } from '../activities/registry';
import { registerCandidacyGcmRoutes } from './routes/candidacies/gcm';
import { registerCodecRoutes } from './routes/codec';
import { registerCountryTaskRoutes } from './routes/candidacies/country';
import { registerGcmRoutes } from './routes/escalations';
import { registerPolicyRoutes } from './routes/policy';
import { registerPublicRoutes } from './routes/countries/published';
import { registerReportRoutes } from './routes/cycles/report';
import { registerReviewRoutes } from './routes/cycles/review';
import { registerSecretariatRoutes } from './routes/secretariat';
import { registerSessionRoutes } from './routes/root/sign-in';
import { registerOrganisationSignInRoutes } from './routes/root/organisation-sign-in';
import { registerYearRoutes } from './routes/years';
import { formsFirstChecked } from './forms-first';
import { message, stylesheet, type PageContext } from './views/layout';

// The portal: the web interface of everyone who is not the operator at the terminal (DESIGN.md §6). A
// Temporal client like the CLI; each route parses, calls the application layer (app/) and renders a view.

export type Portal = ReturnType<typeof portalContext>;

function portalContext(client: Client, settings: PortalSettings) {
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
    /** A page's language (the reader's registry entry, else the browser's), CSRF token and signed-in header. */
    page(request: FastifyRequest, reply: FastifyReply, member?: Member, signedIn?: string): PageContext {
      const lang = languageOf(member, request.headers['accept-language']);
      return { lang, w: words[lang], csrf: reply.generateCsrf(), signedIn };
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
    async visit(request: FastifyRequest, reply: FastifyReply): Promise<{ session?: Session; member?: Member; ctx: PageContext }> {
      const { session, member } = (await this.currentSession(request)) ?? {};
      return { session, member, ctx: this.page(request, reply, member, session?.email) };
    },
  };
}

export async function buildPortal(client: Client, settings: PortalSettings): Promise<FastifyInstance> {
  // Warnings too: refused codec requests are logged.
  // Logged addresses lose their query: a link's token is never written down.
  const req = (request: FastifyRequest) => ({ method: request.method, url: request.url.split('?')[0], ip: request.ip });
  const app = Fastify({
    logger: { level: 'warn', serializers: { req } },
    bodyLimit: 1024 * 1024,
    trustProxy: settings.trustProxy?.length ? settings.trustProxy : false,
  });
  const secure = settings.url.startsWith('https:');
  // Over plain http (a local portal) neither HSTS nor upgrading requests to https would work.
  await app.register(helmet, { hsts: secure, contentSecurityPolicy: { directives: { upgradeInsecureRequests: secure ? [] : null } } });
  await app.register(cookie);
  await app.register(csrf, {
    cookieOpts: { httpOnly: true, sameSite: 'lax', path: '/', secure },
    getToken: (request) => {
      const field = (request.body as Record<string, unknown> | undefined)?._csrf;
      return typeof field === 'string' ? field : (field as { value?: string } | undefined)?.value;
    },
  });
  await app.register(formbody, { bodyLimit: 256 * 1024 });
  await app.register(multipart, {
    attachFieldsToBody: true,
    throwFileSizeLimit: false,
    limits: { fileSize: settings.maxAttachmentBytes, files: 11, fields: 400, fieldSize: 512 * 1024, parts: 420 },
  });
  await app.register(rateLimit, { global: false });

  const portal = portalContext(client, settings);
  app.addHook('onRequest', formsFirstChecked(portal));
  app.get('/portal.css', (_request, reply) => reply.type('text/css').send(stylesheet));
  app.get('/healthz', async (_request, reply) => {
    const reachable = await client.workflowService.getSystemInfo({}).then(
      () => true,
      () => false,
    );
    return reply.code(reachable ? 200 : 503).send({ temporal: reachable ? 'reachable' : 'unreachable' });
  });
  registerSessionRoutes(app, portal);
  registerOrganisationSignInRoutes(app, portal);
  registerReportRoutes(app, portal);
  registerReviewRoutes(app, portal);
  registerCountryTaskRoutes(app, portal);
  registerGcmRoutes(app, portal);
  registerCandidacyGcmRoutes(app, portal);
  registerSecretariatRoutes(app, portal);
  registerYearRoutes(app, portal);
  registerPolicyRoutes(app, portal);
  registerPublicRoutes(app, portal);
  registerCodecRoutes(app, portal);

  app.setErrorHandler(async (error: Error & { statusCode?: number; code?: string }, request, reply) => {
    const ctx = portal.page(request, reply);
    const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500;
    if (status === 500) request.log.error(error);
    const text =
      error.code === 'FST_CSRF_INVALID_TOKEN' || error.code === 'FST_CSRF_MISSING_SECRET'
        ? ctx.w.badRequest
        : status === 429
          ? error.message
          : status === 500
            ? 'Internal error'
            : ctx.w.badRequest;
    return reply
      .code(status)
      .type('text/html')
      .send(String(message(ctx, ctx.w.portal, text)));
  });
  app.setNotFoundHandler(async (request, reply) => {
    const ctx = portal.page(request, reply);
    return reply
      .code(404)
      .type('text/html')
      .send(String(message(ctx, ctx.w.notFound, ctx.w.notFound)));
  });
  return app;
}
