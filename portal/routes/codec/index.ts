import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { temporal } from '@temporalio/proto';
import { EncryptionCodec } from '../../../client/payload-codec';
import type { Portal } from '../../context';

// The codec server of the Temporal UI (and of `temporal workflow show --codec-endpoint`): /codec/decode
// and /codec/encode turn sealed payloads into readable ones and back. Only for a signed-in member of the
// secretariat (the portal's own session, sent by the UI as a cross-origin credential) or an administrator's
// bearer token (CODEC_TOKENS); browsers may call it from the Temporal UI's origin only. It serves the
// portal's own namespace: payloads are sealed to it, and a request for another (X-Namespace) is refused.

const { Payloads } = temporal.api.common.v1;
/** A page of history payloads is far below this. */
const bodyLimit = 16 * 1024 * 1024;

/** Compared as digests of one length, so that the time taken tells nothing of the token, its length included. */
const digest = (secret: string) => createHash('sha256').update(secret).digest();
const sameSecret = (a: string, b: string) => timingSafeEqual(digest(a), digest(b));

export function codecRoutes(app: FastifyInstance, portal: Portal): void {
  const namespace = portal.client.options.namespace;
  // Decoding here is for reading only, and readers ask for every payload of a history, the search attributes
  // too, which the server keeps in clear: those are shown as they are. Workers and clients still refuse them.
  const codec = new EncryptionCodec(portal.settings.codec, namespace, { passClear: true });
  const uiOrigin = portal.settings.temporalUiUrl ? new URL(portal.settings.temporalUiUrl).origin : undefined;
  const tokens = portal.settings.codecTokens;

  /** Cross-origin headers for the UI's origin; false for a browser on any other origin. */
  const corsFor = (request: FastifyRequest, reply: FastifyReply): boolean => {
    const origin = request.headers.origin;
    if (origin === undefined) return true; // not a browser: the CLI, a script
    if (origin !== uiOrigin) return false;
    void reply.header('access-control-allow-origin', origin).header('access-control-allow-credentials', 'true').header('vary', 'Origin');
    return true;
  };

  /** Who asks: an administrator's token, or a member of the secretariat signed in to the portal. */
  const caller = async (request: FastifyRequest): Promise<string | undefined> => {
    const bearer = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
    if (bearer) return tokens.some((t) => sameSecret(t, bearer)) ? 'administrator token' : undefined;
    const current = await portal.currentSession(request);
    return current && !current.session.task && current.member?.secretariat ? current.session.email : undefined;
  };

  const refuse = (request: FastifyRequest, reply: FastifyReply, status: number, reason: string) => {
    request.log.warn({ path: request.url.split('?')[0], origin: request.headers.origin, ip: request.ip, reason }, 'codec request refused');
    return reply.code(status).send({ message: reason });
  };

  for (const action of ['decode', 'encode'] as const) {
    app.options(`/${action}`, (request, reply) => {
      if (!corsFor(request, reply)) return refuse(request, reply, 403, 'origin not allowed');
      return reply
        .header('access-control-allow-methods', 'POST')
        .header('access-control-allow-headers', 'content-type, x-namespace, authorization')
        .header('access-control-max-age', '600')
        .code(204)
        .send();
    });

    // Who asks is settled before the body is read: nobody else gets up to 16 MB parsed.
    const onRequest = async (request: FastifyRequest, reply: FastifyReply) => {
      if (!corsFor(request, reply)) return refuse(request, reply, 403, 'origin not allowed');
      if (!(await caller(request)))
        return refuse(request, reply, 401, 'sign in to the portal as a member of the secretariat, or send an administrator token');
    };
    app.post<{ Body: unknown }>(`/${action}`, { bodyLimit, onRequest }, async (request, reply) => {
      const asked = request.headers['x-namespace']; // the UI names it; the CLI sends it empty
      if (asked && asked !== namespace)
        return reply.code(400).send({ message: `X-Namespace: this codec server serves the namespace "${namespace}" only` });
      let payloads;
      try {
        payloads = Payloads.fromObject(request.body as object).payloads;
      } catch {
        return reply.code(400).send({ message: 'body: expected {"payloads": [...]}' });
      }
      let result;
      try {
        result = action === 'decode' ? await codec.decode(payloads) : await codec.encode(payloads);
      } catch (error) {
        return reply.code(422).send({ message: `payloads: ${(error as Error).message}` });
      }
      return reply.send(Payloads.toObject(Payloads.create({ payloads: result }), { bytes: String }));
    });
  }
}
