import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { currentFigures, type Figures } from '../app/metrics';
import { notFound, Refusal } from './access';
import type { Portal } from './context';

// The portal's Prometheus metrics, at /metrics for whoever holds the token (PORTAL_METRICS_TOKEN; without it
// nobody): requests by route pattern (never the address, which names a country and a year), sign-ins,
// submissions and refusals; and the years under way, read from their annual runs when scraped.

/** How long the years' figures are kept: scrapes every few seconds cost one query of each year's run, not one each. */
const figuresKeptMs = 10_000;

/** What a successful POST or GET of these routes was: a sign-in (by which way), or a submission (of what). */
const signIns: Record<string, string> = { 'POST /auth': 'link', 'POST /act': 'task-link', 'GET /auth/oidc/callback': 'organisation' };
const submissions: Record<string, string> = {
  'POST /cycles/:code/:year/report': 'report',
  'POST /cycles/:code/:year/revision': 'revision',
  'POST /cycles/:code/:year/review': 'review',
};

/** The kind of a refused request, for the refusals counter. */
function refusalKind(error: Error & { code?: string; statusCode?: number }): string | undefined {
  if (error instanceof Refusal) return error.reason;
  if (error.code === 'FST_CSRF_INVALID_TOKEN' || error.code === 'FST_CSRF_MISSING_SECRET') return 'csrf';
  if (error.statusCode === 429) return 'tooManyRequests';
  if (error.statusCode === 413) return 'tooLarge';
}

/** The same answer in the same time whatever the guess: the token is compared digest to digest. */
function holdsToken(request: FastifyRequest, token: string | undefined): boolean {
  const given = /^Bearer (\S+)$/.exec(request.headers.authorization ?? '')?.[1];
  if (!token || !given) return false;
  const digest = (text: string) => createHash('sha256').update(text).digest();
  return timingSafeEqual(digest(given), digest(token));
}

export function portalMetrics(app: FastifyInstance, portal: Portal, token: string | undefined): Registry {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'pathfinder_portal_' });
  const registers = [registry];

  const requests = new Histogram({
    name: 'pathfinder_portal_http_request_duration_seconds',
    help: 'Portal requests by route pattern, method and status, and how long they took',
    labelNames: ['method', 'route', 'status_code'],
    buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers,
  });
  const signInCount = new Counter({ name: 'pathfinder_portal_sign_ins_total', help: 'Sign-ins, by way', labelNames: ['via'], registers });
  const submissionCount = new Counter({
    name: 'pathfinder_portal_submissions_total',
    help: 'Reports, revisions and reviews taken',
    labelNames: ['kind'],
    registers,
  });
  const refusalCount = new Counter({
    name: 'pathfinder_portal_refusals_total',
    help: 'Requests refused, by kind',
    labelNames: ['kind'],
    registers,
  });
  for (const via of Object.values(signIns)) signInCount.inc({ via }, 0);
  for (const kind of Object.values(submissions)) submissionCount.inc({ kind }, 0);
  for (const kind of ['notYours', 'notFound', 'notNow', 'badRequest', 'tooLarge', 'csrf', 'tooManyRequests', 'form'])
    refusalCount.inc({ kind }, 0);

  app.addHook('onError', async (_request, _reply, error) => {
    const kind = refusalKind(error);
    if (kind) refusalCount.inc({ kind });
  });
  app.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? 'unmatched';
    requests.observe({ method: request.method, route, status_code: reply.statusCode }, reply.elapsedTime / 1000);
    const key = `${request.method} ${route}`;
    if (reply.statusCode === 422) refusalCount.inc({ kind: 'form' }); // a form sent back with what is wrong in it
    if (reply.statusCode >= 400) return;
    if (signIns[key]) signInCount.inc({ via: signIns[key] });
    if (submissions[key]) submissionCount.inc({ kind: submissions[key] });
  });

  yearGauges(portal, registers);
  app.get('/metrics', async (request, reply) => {
    if (!holdsToken(request, token)) throw notFound();
    return reply.type(registry.contentType).send(await registry.metrics());
  });
  return registry;
}

/** The years' gauges, from one reading of the figures per scrape (kept a few seconds), or none if it failed. */
function yearGauges(portal: Portal, registers: Registry[]): void {
  let kept: { at: number; figures: Promise<Figures | undefined> } | undefined;
  const figures = () => {
    if (!kept || Date.now() - kept.at > figuresKeptMs) {
      // A query waits for a worker: with none polling, the scrape is not held up for long.
      const reading = portal.client.withDeadline(Date.now() + 5_000, () => currentFigures(portal.client));
      kept = { at: Date.now(), figures: reading.catch(() => undefined) };
    }
    return kept.figures;
  };
  const gauge = (name: string, help: string, labelNames: string[], fill: (g: Gauge, f: Figures) => void) =>
    new Gauge({
      name,
      help,
      labelNames,
      registers,
      async collect() {
        const f = await figures();
        this.reset();
        if (f) fill(this, f);
      },
    });
  new Gauge({
    name: 'pathfinder_year_model_up',
    help: 'Whether the years under way could be read from their annual runs (1) or not (0)',
    registers,
    async collect() {
      this.set((await figures()) ? 1 : 0);
    },
  });
  gauge('pathfinder_cycles', "Countries' reporting cycles of each year under way, by stage", ['year', 'stage'], (g, f) => {
    for (const y of f.years) for (const [stage, n] of Object.entries(y.cycles)) g.set({ year: y.year, stage }, n);
  });
  gauge('pathfinder_overdue_countries', 'Countries whose report is overdue, by year', ['year'], (g, f) => {
    for (const y of f.years) g.set({ year: y.year }, y.overdue);
  });
  gauge('pathfinder_refused_addresses', 'Addresses the relay refused for good, still to correct, by year', ['year'], (g, f) => {
    for (const y of f.years) g.set({ year: y.year }, y.refusedAddresses);
  });
  gauge('pathfinder_pending_decisions', "Decisions that wait: requests for more time, and the bodies' decisions", ['kind'], (g, f) => {
    g.set(
      { kind: 'extension' },
      f.years.reduce((n, y) => n + y.pendingExtensions, 0),
    );
    g.set({ kind: 'body' }, f.pendingBodyDecisions);
  });
  gauge('pathfinder_year_closes_at_seconds', 'When each running annual run means to close (Unix time)', ['year', 'stage'], (g, f) => {
    for (const y of f.years) g.set({ year: y.year, stage: y.stage }, Date.parse(y.closesAt) / 1000);
  });
}
