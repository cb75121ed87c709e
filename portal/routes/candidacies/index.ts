import type { FastifyInstance } from 'fastify';
import type { Portal } from '../../context';
import { candidateRoutes } from './country';
import { gcmCandidacyRoutes } from './gcm';

/** /candidacies/<CODE>/…: a candidacy, the candidate's steps and the GCM's. */
export function candidacyRoutes(app: FastifyInstance, portal: Portal): void {
  candidateRoutes(app, portal);
  gcmCandidacyRoutes(app, portal);
}
