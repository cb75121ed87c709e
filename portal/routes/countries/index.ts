import type { FastifyInstance } from 'fastify';
import type { Portal } from '../../context';
import { dossierRoutes } from './dossier';
import { publishedRoutes } from './published';
import { reactivationRequestRoutes } from './reactivation';

/** /countries/<CODE>/…: what is published of a country, its dossier, and its reactivation request. */
export function countryRoutes(app: FastifyInstance, portal: Portal): void {
  publishedRoutes(app, portal);
  dossierRoutes(app, portal);
  reactivationRequestRoutes(app, portal);
}
