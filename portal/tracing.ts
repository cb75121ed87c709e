import { context, SpanKind, SpanStatusCode, trace, type Span } from '@opentelemetry/api';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { tracing } from '../client/tracing';

/**
 * When this process traces (client/tracing.ts), each request is the root span of its trace, and the
 * Temporal calls its route makes (an Update, a query…) are its children, carried on to the workflow. The
 * span is named by method and route pattern, never by the address asked for: a link's token, a person's
 * address or a document's name stay out of traces.
 */
export function traceRequests(app: FastifyInstance): void {
  if (!tracing()) return;
  const tracer = trace.getTracer('pathfinder-portal');
  const spans = new WeakMap<FastifyRequest, Span>();
  app.addHook('onRequest', (request, _reply, done) => {
    const route = request.routeOptions.url ?? 'unmatched';
    const span = tracer.startSpan(`${request.method} ${route}`, {
      kind: SpanKind.SERVER,
      attributes: { 'http.request.method': request.method, 'http.route': route },
    });
    spans.set(request, span);
    done();
  });
  // Entered once the body is read (its stream's callbacks run outside the request's context), for the
  // handler and whatever it awaits.
  app.addHook('preHandler', (request, _reply, done) => {
    const span = spans.get(request);
    if (span) context.with(trace.setSpan(context.active(), span), done);
    else done();
  });
  app.addHook('onResponse', (request, reply, done) => {
    const span = spans.get(request);
    if (span) {
      span.setAttribute('http.response.status_code', reply.statusCode);
      if (reply.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
    }
    done();
  });
}
