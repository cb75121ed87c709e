import cors from '@fastify/cors';
import swagger from '@fastify/swagger';
import type { FastifyError, FastifyInstance } from 'fastify';
import type { Portal } from '../../context';
import { sendCached } from './cached';
import { publicCors } from './cors';
import { sendError } from './errors';
import { v1Routes } from './v1';

/**
 * /api: the public site as JSON for the Alliance's website (DESIGN.md §9), read-only, under a versioned path
 * (/api/v1/…) described by the OpenAPI document at /api/openapi.json. A later version of an answer gets a
 * new path beside it; what v1 answers only grows.
 */
export function apiRoutes(app: FastifyInstance, portal: Portal): void {
  void app.register(async (api) => {
    await api.register(cors, publicCors(portal.settings));
    await api.register(swagger, {
      openapi: {
        openapi: '3.0.3',
        info: {
          title: 'Alliance 8.7 pathfinder countries: public API',
          version: '1',
          description:
            'What the Alliance 8.7 secretariat published of the pathfinder countries: their profiles, final reports and ' +
            'indicator frameworks, and each year across countries. Read-only; answers may be cached for five minutes and ' +
            'checked again with their ETag. The Atom feed of publications is at /feed.',
        },
        servers: [{ url: portal.settings.url.replace(/\/+$/, '') }],
      },
    });
    // Answers are built as plain data and sent as JSON text: the schemas describe them, the tests hold them to it.
    api.setSerializerCompiler(() => (data) => JSON.stringify(data));
    // Every error of the API in JSON, never one of the portal's pages.
    api.setErrorHandler((error: FastifyError, request, reply) => {
      const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500;
      if (status === 500) request.log.error(error);
      const message = status === 500 ? 'Something went wrong on our side.' : error.message;
      return sendError(reply, status, status === 500 ? 'internal' : 'bad-request', message);
    });
    api.setNotFoundHandler((request, reply) => sendError(reply, 404, 'not-found', `There is no ${request.url.split('?')[0]} in the API.`));

    void api.register(
      (v1, _options, done) => {
        v1Routes(v1, portal);
        done();
      },
      { prefix: '/v1' },
    );
    api.get('/openapi.json', { schema: { hide: true } }, (request, reply) =>
      sendCached(request, reply, JSON.stringify(api.swagger()), 'application/json; charset=utf-8'),
    );
  });
}
