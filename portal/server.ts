import cookie from '@fastify/cookie';
import csrf from '@fastify/csrf-protection';
import formbody from '@fastify/formbody';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import type { Client } from '@temporalio/client';
import Fastify, { type FastifyInstance } from 'fastify';
import { Refusal, refusalPage, sendPage, SignInFirst } from './access';
import type { PortalSettings } from './config';
import { portalContext, type Portal } from './context';
import { portalLogger } from './logging';
import { portalMetrics } from './metrics';
import { formsFirstChecked } from './forms-first';
import { traceRequests } from './tracing';
import { apiRoutes } from './routes/api';
import { candidacyRoutes } from './routes/candidacies';
import { codecRoutes } from './routes/codec';
import { countryRoutes } from './routes/countries';
import { cycleRoutes } from './routes/cycles';
import { decisionRoutes } from './routes/decisions';
import { learningRoutes } from './routes/learning';
import { documentRoutes } from './routes/documents';
import { escalationRoutes } from './routes/escalations';
import { eventRoutes } from './routes/events';
import { feedRoutes } from './routes/feed';
import { hlpfRoutes } from './routes/hlpf';
import { partnerRoutes } from './routes/partners';
import { policyRoutes } from './routes/policy';
import { reactivationRoutes } from './routes/reactivations';
import { rootRoutes } from './routes/root';
import { secretariatRoutes } from './routes/secretariat';
import { supportRoutes } from './routes/support';
import { wgReportRoutes } from './routes/wg-reports';
import { yearRoutes } from './routes/years';
import { message } from './views/layout';

/**
 * The portal's URLs by their first segment: each is served by its folder of routes/, which holds its
 * routes, forms and pages; routes/root/ serves the pages of one segment (the task list, signing in and out).
 */
export const routesByPrefix: Record<string, (app: FastifyInstance, portal: Portal) => void> = {
  '': rootRoutes,
  '/api': apiRoutes,
  '/candidacies': candidacyRoutes,
  '/codec': codecRoutes,
  '/countries': countryRoutes,
  '/cycles': cycleRoutes,
  '/decisions': decisionRoutes,
  '/learning': learningRoutes,
  '/documents': documentRoutes,
  '/escalations': escalationRoutes,
  '/events': eventRoutes,
  '/feed': feedRoutes,
  '/hlpf': hlpfRoutes,
  '/partners': partnerRoutes,
  '/policy': policyRoutes,
  '/reactivations': reactivationRoutes,
  '/secretariat': secretariatRoutes,
  '/support': supportRoutes,
  '/wg-reports': wgReportRoutes,
  '/years': yearRoutes,
};

// The portal: the web interface of everyone who is not the operator at the terminal (DESIGN.md §6). A
// Temporal client like the CLI; each route parses, calls the application layer (app/) and renders a view.

export async function buildPortal(client: Client, settings: PortalSettings): Promise<FastifyInstance> {
  // Warnings too: refused codec requests are logged. Logged addresses lose their query: a link's token is never written down.
  const app = Fastify({
    logger: portalLogger(),
    bodyLimit: 1024 * 1024,
    trustProxy: settings.trustProxy?.length ? settings.trustProxy : false,
  });
  traceRequests(app);
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
  // What each form may send is its route's to say (body-limits.ts): a POST route without its limit stops the start.
  await app.register(formbody);
  await app.register(multipart, { attachFieldsToBody: true, throwFileSizeLimit: false });
  app.addHook('onRoute', (route) => {
    const limited = route.bodyLimit !== undefined && (!route.config?.uploads || route.config.multipartOptions?.limits !== undefined);
    if ([route.method].flat().includes('POST') && !limited) throw new Error(`POST ${route.url}: give it a limit of body-limits.ts`);
  });
  await app.register(rateLimit, { global: false });

  const portal = portalContext(client, settings);
  // Every refusal, from a route or a hook, is answered here.
  app.setErrorHandler(async (error: Error & { statusCode?: number; code?: string }, request, reply) => {
    if (error instanceof SignInFirst) return reply.redirect('/', request.method === 'GET' ? 302 : 303);
    // The parsers' own 413s (a body that grows past its limit as it is read, too many files or fields) too.
    const refusal = error instanceof Refusal ? error : error.statusCode === 413 ? new Refusal(413, 'tooLarge') : undefined;
    if (refusal) {
      const { ctx } = await portal.visit(request, reply);
      return sendPage(reply, refusal.status, refusalPage(ctx, refusal));
    }
    const ctx = portal.page(request, reply);
    const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500;
    if (status === 500) request.log.error(error);
    const text =
      error.code === 'FST_CSRF_INVALID_TOKEN' || error.code === 'FST_CSRF_MISSING_SECRET'
        ? ctx.w.badRequest
        : status === 429
          ? ctx.w.tooManyRequests
          : status === 500
            ? ctx.w.internalError
            : ctx.w.badRequest;
    return sendPage(reply, status, message(ctx, ctx.w.portal, text));
  });
  portalMetrics(app, portal, settings.metricsToken); // before the routes, whose requests it counts
  app.addHook('onRequest', formsFirstChecked(portal));
  for (const [prefix, routes] of Object.entries(routesByPrefix)) {
    void app.register(
      (scope, _options, done) => {
        routes(scope, portal);
        done();
      },
      { prefix },
    );
  }
  // Candidacies were under /candidacy/<CODE> before 1.1; a page kept from then still opens.
  app.get<{ Params: { code: string } }>('/candidacy/:code', (request, reply) =>
    reply.redirect(`/candidacies/${encodeURIComponent(request.params.code)}`, 301),
  );

  app.setNotFoundHandler(async (request, reply) => {
    const ctx = portal.page(request, reply);
    return sendPage(reply, 404, refusalPage(ctx, new Refusal(404, 'notFound')));
  });
  return app;
}
