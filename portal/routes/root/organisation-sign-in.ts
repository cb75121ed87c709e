import type { FastifyInstance } from 'fastify';
import { organisationSignIn, type PendingSignIn } from '../../oidc';
import type { Portal } from '../../context';
import type { Member } from '../../people';
import { message } from '../../views/layout';
import { sendPage } from '../../access';

// /auth/oidc sends a member of staff to their organisation's provider; /auth/oidc/callback is where the
// provider sends them back, and opens their session when the provider confirms an address the registry has
// for the secretariat, the GCM or the Working Group. Country focal points sign in by e-mail link.

const pendingCookie = 'pathfinder_oidc';
const pendingMinutes = 10;
const path = '/auth/oidc';

const isStaff = (member: Member | undefined): member is Member =>
  !!member && (member.secretariat || member.gcm || member.reviewerOf.length > 0);

export function organisationSignInRoutes(app: FastifyInstance, portal: Portal): void {
  const { oidc, url } = portal.settings;
  if (!oidc) return;
  const signIn = organisationSignIn(oidc, `${url}${path}/callback`);
  const secure = url.startsWith('https:');

  app.get(path, async (_request, reply) => {
    const { url: providerUrl, pending } = await signIn.start();
    reply.setCookie(pendingCookie, JSON.stringify(pending), { httpOnly: true, sameSite: 'lax', secure, path, maxAge: pendingMinutes * 60 });
    return reply.redirect(providerUrl, 303);
  });

  app.get(`${path}/callback`, async (request, reply) => {
    const ctx = portal.page(request, reply);
    const pending = pendingOf(request.cookies[pendingCookie]);
    reply.clearCookie(pendingCookie, { path });
    let email: string | undefined;
    try {
      if (!pending) throw new Error('no sign-in was started in this browser, or it took too long');
      email = await signIn.finish(new URL(request.url, url), pending);
    } catch (error) {
      request.log.warn({ err: error }, 'a sign-in through the organisation did not complete');
      return sendPage(reply, 400, message(ctx, ctx.w.signIn, ctx.w.organisationFailed));
    }
    const member = email === undefined ? undefined : await portal.registry.member(email);
    if (!isStaff(member)) return sendPage(reply, 403, message(ctx, ctx.w.signIn, ctx.w.organisationRefused));
    await portal.auth.close(request, reply);
    await portal.auth.open(reply, { email: member.person.email });
    return reply.redirect('/', 303);
  });
}

function pendingOf(cookie: string | undefined): PendingSignIn | undefined {
  try {
    const value = JSON.parse(cookie ?? '') as Partial<PendingSignIn>;
    return typeof value.verifier === 'string' && typeof value.state === 'string' && typeof value.nonce === 'string'
      ? (value as PendingSignIn)
      : undefined;
  } catch {
    return undefined;
  }
}
