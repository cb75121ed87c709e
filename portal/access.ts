import type { FastifyReply, FastifyRequest } from 'fastify';
import { InputRejected, isRefusal } from '../app/errors';
import type { TaskRef } from '../activities/tokens';
import type { Session } from './auth';
import type { Member } from './people';
import type { Portal } from './server';
import { message, type PageContext } from './views/layout';

// What every page that acts checks first (who is signed in, whether a link limits them to one task), and
// how it answers.

export interface Access {
  session: Session;
  member?: Member;
  ctx: PageContext;
}

/** Sends a rendered page with its status. */
export const sendPage = (reply: FastifyReply, status: number, page: unknown) => reply.code(status).type('text/html').send(String(page));

/** Sends a page with one message; returns undefined for the caller to return in turn. */
export function refuse(reply: FastifyReply, ctx: PageContext, status: number, text: string): undefined {
  void sendPage(reply, status, message(ctx, ctx.w.portal, text));
  return undefined;
}

/** The signed-in person, their registry entry and the page's context; without a session the reader is sent to sign in. */
export async function signedIn(portal: Portal, request: FastifyRequest, reply: FastifyReply): Promise<Access | undefined> {
  const { session, member, ctx } = await portal.visit(request, reply);
  if (!session) {
    void reply.redirect('/');
    return undefined;
  }
  return { session, member, ctx };
}

/** A signed-in member of the registry whom `may` admits, by sign-in rather than by a link to one task. */
export async function signedInAs(
  portal: Portal,
  request: FastifyRequest,
  reply: FastifyReply,
  may: (member: Member) => boolean,
): Promise<Access | undefined> {
  const access = await signedIn(portal, request, reply);
  if (!access) return undefined;
  if (access.session.task || !access.member || !may(access.member)) return refuse(reply, access.ctx, 403, access.ctx.w.notYours);
  return access;
}

/** The GCM and the secretariat: those who steer the process. */
export const steers = (member: Member) => member.gcm || member.secretariat;

/** Whether the session came from an action link for another task than this one. */
export const linkedElsewhere = (session: Session, task: TaskRef['task'], workflowId: string) =>
  !!session.task && (session.task.workflowId !== workflowId || session.task.task !== task);

/** The signed-in person, unless a link limits them to another task than this workflow's `task`. */
export async function signedInFor(
  portal: Portal,
  request: FastifyRequest,
  reply: FastifyReply,
  task: TaskRef['task'],
  workflowId: string,
): Promise<Access | undefined> {
  const access = await signedIn(portal, request, reply);
  if (access && linkedElsewhere(access.session, task, workflowId)) return refuse(reply, access.ctx, 403, access.ctx.w.notYours);
  return access;
}

/** What a view of the application layer returns, or undefined when it refuses (not found, not now). */
export const unlessRefused = <T>(view: Promise<T>): Promise<T | undefined> =>
  view.catch((error: unknown) => {
    if (isRefusal(error)) return undefined;
    throw error;
  });

/** Runs a task of the application layer: its refusal as the page's problem to show, anything else goes on up. */
export async function problemOf(task: () => Promise<unknown>): Promise<string | undefined> {
  try {
    await task();
    return undefined;
  } catch (error) {
    if (error instanceof InputRejected) return error.message;
    throw error;
  }
}
