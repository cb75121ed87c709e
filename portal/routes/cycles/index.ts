import type { FastifyInstance } from 'fastify';
import type { Portal } from '../../context';
import { reportRoutes } from './report';
import { reviewRoutes } from './review';

/** /cycles/<CODE>/<YEAR>/…: the tasks of one country's reporting cycle. */
export function cycleRoutes(app: FastifyInstance, portal: Portal): void {
  reportRoutes(app, portal);
  reviewRoutes(app, portal);
}
