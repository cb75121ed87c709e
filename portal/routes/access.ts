import type { FastifyReply, FastifyRequest } from 'fastify';
import { isRefusal } from '../../app/errors';
import type { TaskRef } from '../../activities/tokens';
import type { Session } from '../auth';
import type { Portal } from '../server';
import { message, type PageContext } from '../views/layout';

// What every page that acts checks first: who is signed in, and whether a link limits them to one task.

/** Sends a page with one message; returns undefined for the caller to return in turn. */
export function refuse(reply: FastifyReply, ctx: PageContext, status: number, text: string): undefined {
  void reply.code(status).type('text/html').send(String(message(ctx, ctx.w.portal, text)));
  return undefined;
}

/** The signed-in person and the page's context; without a session the reader is sent to sign in. */
export async function signedIn(portal: Portal, request: FastifyRequest, reply: FastifyReply): Promise<{ session: Session; ctx: PageContext } | undefined> {
  const session = await portal.auth.session(request);
  const ctx = await portal.page(request, reply, session);
  if (!session) {
    void reply.redirect('/');
    return undefined;
  }
  return { session, ctx };
}

/** Whether the session came from an action link for another task than this one. */
export const linkedElsewhere = (session: Session, task: TaskRef['task'], workflowId: string) => !!session.task && (session.task.workflowId !== workflowId || session.task.task !== task);

/** What a view of the application layer returns, or undefined when it refuses (not found, not now). */
export const unlessRefused = <T>(view: Promise<T>): Promise<T | undefined> =>
  view.catch((error: unknown) => {
    if (isRefusal(error)) return undefined;
    throw error;
  });
