import type { FastifyInstance } from 'fastify';
import type { Portal } from '../../context';
import { dossierRoutes } from './dossier';
import { publishedRoutes } from './published';
import { reactivationRequestRoutes } from './reactivation';
import { roadmapRoutes } from './roadmap';
import { assistanceRoutes } from './assistance';

/** /countries/<CODE>/…: what is published of a country, its dossier, its reactivation request and its roadmap. */
export function countryRoutes(app: FastifyInstance, portal: Portal): void {
  publishedRoutes(app, portal);
  dossierRoutes(app, portal);
  reactivationRequestRoutes(app, portal);
  roadmapRoutes(app, portal);
  assistanceRoutes(app, portal);
}
