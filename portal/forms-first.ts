import type { FastifyRequest } from 'fastify';
import type { Portal } from './context';
import { Refusal, SignInFirst } from './access';

// What every form's POST must pass before its body is read, so that nobody gets an upload parsed, or a
// large form read, without a session of their own on a page of the portal's own: the browser's word on
// where the form comes from, uploads only where a route takes them, a session unless the route is one of
// signing in, and a body no larger than the route reads (body-limits.ts; a body sent without its length is
// cut off at the limit as it is read). The CSRF token, which is in the body, is checked after it is read.

/** What a route says of its POST body. */
export interface FormConfig {
  /** The route is used signed out: signing in, confirming a link, signing out. */
  signedOut?: boolean;
  /** The route takes files (multipart/form-data). */
  uploads?: boolean;
}

declare module 'fastify' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface FastifyContextConfig extends FormConfig {}
}

export const formsFirstChecked = (portal: Portal) => {
  const portalOrigin = new URL(portal.settings.url).origin;
  return async (request: FastifyRequest) => {
    // The codec server answers other programs, with checks of its own.
    if (request.method !== 'POST' || request.url.startsWith('/codec/')) return;
    const config = request.routeOptions.config;
    // A browser says whose page sent the form (Sec-Fetch-Site; Origin is "null" under the portal's
    // no-referrer policy); a program says neither, and has the CSRF token to show like anyone.
    const site = request.headers['sec-fetch-site'];
    const origin = request.headers.origin;
    const sameOrigin =
      site !== undefined
        ? site === 'same-origin' || site === 'none'
        : origin === undefined ||
          origin === 'null' ||
          origin === portalOrigin ||
          (URL.canParse(origin) && new URL(origin).host === request.headers.host);
    const unexpectedUpload = !config.uploads && !!request.headers['content-type']?.toLowerCase().startsWith('multipart/');
    if (!sameOrigin || unexpectedUpload) throw new Refusal(sameOrigin ? 415 : 403, 'badRequest');
    if (!config.signedOut && !(await portal.currentSession(request))) throw new SignInFirst();
    if (Number(request.headers['content-length']) > request.routeOptions.bodyLimit) throw new Refusal(413, 'tooLarge');
  };
};
