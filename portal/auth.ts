import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from '../app/actor';
import { signGrant, verifyGrant, type SigningKeys } from '../client/tokens';
import type { ObjectStore } from '../store/object-store';
import { sessionStore, type Session } from './sessions';

// Sign-in and sessions. A session is a record the portal keeps, named by an HttpOnly cookie, for one
// address: opened by a sign-in link sent to that address (all that person's tasks) or by an action link
// from a task e-mail (that task only). A link opens a session once, and only after its holder confirms
// with a click: opening it merely shows the question, so a link followed by accident, or planted, signs
// nobody in. What the person may do is then decided from the registry and the workflow's state, and the
// workflow's own sender check has the last word.

export type { Session } from './sessions';

const cookieName = 'pathfinder_session';
/** Holds a link between opening it and confirming it, so that its token leaves the address bar at once. */
const heldLinkCookie = 'pathfinder_link';
const sessionHours = 8;
export const signInLinkMinutes = 15;
const heldLinkMinutes = 15;

/** The two kinds of link a session is opened from, and the path each is opened at. */
export type LinkKind = 'auth' | 'act';

export interface AuthSettings {
  url: string;
  actionLinkKeys: SigningKeys;
  signInKeys: SigningKeys;
  sessions: ObjectStore;
}

export function auth({ url, actionLinkKeys, signInKeys, sessions: store }: AuthSettings) {
  const secure = url.startsWith('https:');
  const sessions = sessionStore(store, sessionHours * 3_600_000);
  return {
    session: (request: FastifyRequest): Promise<Session | undefined> => sessions.find(request.cookies[cookieName]),

    async open(reply: FastifyReply, session: Session): Promise<void> {
      const value = await sessions.open(session);
      reply.setCookie(cookieName, value, { httpOnly: true, sameSite: 'lax', secure, path: '/', maxAge: sessionHours * 3600 });
    },

    /** Ends this browser's session, for every replica. */
    async close(request: FastifyRequest, reply: FastifyReply): Promise<void> {
      await sessions.end(request.cookies[cookieName]);
      reply.clearCookie(cookieName, { path: '/' });
    },

    endAllOf: (email: string) => sessions.endAllOf(email),

    signInLink: async (email: string) =>
      `${url}/auth?token=${await signGrant(signInKeys, { purpose: 'sign-in', sub: email }, new Date(Date.now() + signInLinkMinutes * 60_000))}`,

    /** Keeps an opened link's token for the confirmation, in a cookie only its own path receives. */
    holdLink(reply: FastifyReply, kind: LinkKind, token: string): void {
      reply.setCookie(heldLinkCookie, token, { httpOnly: true, sameSite: 'lax', secure, path: `/${kind}`, maxAge: heldLinkMinutes * 60 });
    },
    heldLink: (request: FastifyRequest): string => request.cookies[heldLinkCookie] ?? '',
    releaseLink(reply: FastifyReply, kind: LinkKind): void {
      reply.clearCookie(heldLinkCookie, { path: `/${kind}` });
    },

    /**
     * The session a link would open, and the link's id, which marks it used: each link (each e-mail's)
     * opens one session, for its one person and, for an action link, its one task and round. Throws TokenRefused.
     */
    async sessionOf(kind: LinkKind, token: string): Promise<{ session: Session; once: string }> {
      if (kind === 'auth') {
        const grant = await verifyGrant(signInKeys, token, 'sign-in');
        return { session: { email: grant.sub }, once: `sign-in/${grant.jti}` };
      }
      const { sub, task, jti } = await verifyGrant(actionLinkKeys, token, 'act');
      return { session: { email: sub, task }, once: `act/${jti}` };
    },

    /** Marks a link used; false when it was already. */
    useOnce: sessions.useOnce,
    wasUsed: sessions.wasUsed,
    takeSignInMail: sessions.takeSignInMail,
  };
}

export type Auth = ReturnType<typeof auth>;

/** The acting person as the application layer records it: through a signed link, or a signed-in session. */
export const actorOf = (session: Session): Actor => ({ email: session.email, channel: session.task ? 'portal-link' : 'portal-session' });
