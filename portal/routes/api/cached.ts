import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';

// The public API and the feed are read by websites and feed readers over and over: each answer may be kept a
// few minutes by anyone (a CDN too), then checked again with its ETag, which costs a 304 and no body.

export const publicMaxAgeSeconds = 300;

/** The strong ETag of an answer: the SHA-256 of its bytes, so it changes exactly when the site file it is made from does. */
export const etagOf = (body: string) => `"${createHash('sha256').update(body).digest('base64url')}"`;

/** Whether If-None-Match names this ETag (or is `*`); compared weakly, as RFC 9110 says for this header. */
function alreadyHeld(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(',').some((tag) => {
    const trimmed = tag.trim();
    return trimmed === '*' || trimmed.replace(/^W\//, '') === etag;
  });
}

/** Sends `body` as `type` with its ETag and public caching, or 304 when the client already holds it. */
export function sendCached(request: FastifyRequest, reply: FastifyReply, body: string, type: string): FastifyReply {
  const etag = etagOf(body);
  void reply.header('cache-control', `public, max-age=${publicMaxAgeSeconds}`).header('etag', etag);
  if (alreadyHeld(request.headers['if-none-match'], etag)) return reply.code(304).send();
  return reply.type(type).send(body);
}
