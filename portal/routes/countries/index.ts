import type { FastifyInstance } from 'fastify';
import type { Portal } from '../../context';
import { dossierRoutes } from './dossier';
import { publishedRoutes } from './published';
import { publicDocumentRoutes } from './public-documents';
import { publicIndexRoutes } from './public-index';
import { reactivationRequestRoutes } from './reactivation';
import { roadmapRoutes } from './roadmap';
import { assistanceRoutes } from './assistance';

/** /countries: the index of pathfinder countries; /countries/<CODE>/…: what is published of a country (its profile, reports
 * and their documents), its dossier, its reactivation request and its roadmap. */
export function countryRoutes(app: FastifyInstance, portal: Portal): void {
  publicIndexRoutes(app, portal);
  publishedRoutes(app, portal);
  publicDocumentRoutes(app, portal);
  dossierRoutes(app, portal);
  reactivationRequestRoutes(app, portal);
  roadmapRoutes(app, portal);
  assistanceRoutes(app, portal);
}
