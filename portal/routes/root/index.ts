import type { FastifyInstance } from 'fastify';
import type { Portal } from '../../context';
import { stylesheet } from '../../views/layout';
import { organisationSignInRoutes } from './organisation-sign-in';
import { signInRoutes } from './sign-in';
import { taskListRoutes } from './tasks';

/**
 * The portal's top: the task list, signing in and out, opening links, signing in through the organisation;
 * the stylesheet, and /healthz for whoever watches the portal.
 */
export function rootRoutes(app: FastifyInstance, portal: Portal): void {
  taskListRoutes(app, portal);
  signInRoutes(app, portal);
  organisationSignInRoutes(app, portal);
  app.get('/portal.css', (_request, reply) => reply.type('text/css').send(stylesheet));
  app.get('/healthz', async (_request, reply) => {
    const reachable = await portal.client.workflowService.getSystemInfo({}).then(
      () => true,
      () => false,
    );
    return reply.code(reachable ? 200 : 503).send({ temporal: reachable ? 'reachable' : 'unreachable' });
  });
}
