import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from '../app/actor';
import { signGrant, TokenRefused, verifyGrant, type SigningKeys, type TaskRef } from '../activities/tokens';

// Sign-in and sessions. A session is a signed token in an HttpOnly cookie, for one registry address:
// opened by a sign-in link sent to that address (all that person's tasks) or by an action link from a
// task e-mail (that task only). What the person may do is then decided from the registry and the
// workflow's state, and the workflow's own sender check has the last word.

const cookieName = 'pathfinder_session';
const sessionHours = 8;
export const signInLinkMinutes = 15;

export interface Session {
  email: string;
  /** Set when the session came from an action link: it is good for this task only. */
  task?: TaskRef;
}

export function auth(keys: SigningKeys, publicUrl: string) {
  const secure = publicUrl.startsWith('https:');
  return {
    async session(request: FastifyRequest): Promise<Session | undefined> {
      const token = request.cookies[cookieName];
      if (!token) return undefined;
      try {
        const grant = await verifyGrant(keys, token, 'session');
        return { email: grant.sub, task: grant.task };
      } catch (error) {
        if (error instanceof TokenRefused) return undefined;
        throw error;
      }
    },

    async open(reply: FastifyReply, session: Session): Promise<void> {
      const token = await signGrant(keys, { purpose: 'session', sub: session.email, task: session.task }, new Date(Date.now() + sessionHours * 3_600_000));
      reply.setCookie(cookieName, token, { httpOnly: true, sameSite: 'lax', secure, path: '/', maxAge: sessionHours * 3600 });
    },

    close(reply: FastifyReply): void {
      reply.clearCookie(cookieName, { path: '/' });
    },

    signInLink: async (email: string) =>
      `${publicUrl}/auth?token=${await signGrant(keys, { purpose: 'sign-in', sub: email }, new Date(Date.now() + signInLinkMinutes * 60_000))}`,

    /** The person a sign-in link was sent to; throws TokenRefused. */
    signedIn: async (token: string) => (await verifyGrant(keys, token, 'sign-in')).sub,

    /** The task an action link opens, for its person; throws TokenRefused. */
    actionLink: async (token: string) => {
      const grant = await verifyGrant(keys, token, 'act');
      return { email: grant.sub, task: grant.task };
    },
  };
}

export type Auth = ReturnType<typeof auth>;

/** The acting person as the application layer records it: through a signed link, or a signed-in session. */
export const actorOf = (session: Session): Actor => ({ email: session.email, channel: session.task ? 'portal-link' : 'portal-session' });
