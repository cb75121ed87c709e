import type { FastifyCorsOptions } from '@fastify/cors';
import type { PortalSettings } from '../../config';

/**
 * Which browser pages may read the API and the feed: those of the origins in PUBLIC_API_ORIGINS only (the
 * Alliance's website); none by default. Reading only, and without credentials: these answers are public.
 */
export const publicCors = (settings: PortalSettings): FastifyCorsOptions => ({
  origin: settings.publicApiOrigins ?? [],
  methods: ['GET', 'HEAD'],
  credentials: false,
  exposedHeaders: ['ETag'],
  maxAge: 600,
});
