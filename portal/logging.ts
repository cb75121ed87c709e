import type { FastifyRequest, FastifyServerOptions } from 'fastify';

// The portal's log (Fastify's pino): JSON lines, one object a line, as a log collector reads them. Warnings
// and errors only unless LOG_LEVEL says otherwise. Nothing personal is written: a request is its method, the
// route's pattern and its address without the query (a link's token), and e-mail addresses in a message or
// an error (an SMTP refusal quotes one) are blanked. Reports are never logged.

const address = /[^\s<>"'(),;:]+@[^\s<>"'(),;:]+/g;
const blank = (text = '') => text.replace(address, '[address]');
const blanked = (value: unknown) => (typeof value === 'string' ? blank(value) : value);

const req = (request: FastifyRequest) => ({
  method: request.method,
  route: request.routeOptions?.url,
  url: blank(request.url.split('?')[0]),
  ip: request.ip,
});
const err = (error: Error & { code?: string; statusCode?: number }) => ({
  type: error.name,
  message: blank(error.message),
  ...(error.code && { code: error.code }),
  ...(error.statusCode && { statusCode: error.statusCode }),
  stack: blank(error.stack),
});

export function portalLogger(env = process.env): NonNullable<FastifyServerOptions['logger']> {
  return {
    level: env.LOG_LEVEL?.toLowerCase() ?? 'warn',
    serializers: { req, err },
    // A message's text too: `request.log.warn({ err }, 'text')` and plain `log.warn('text')` alike.
    hooks: {
      logMethod(args, method) {
        method.apply(this, args.map(blanked) as Parameters<typeof method>);
      },
    },
  };
}
