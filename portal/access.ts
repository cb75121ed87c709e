import type { FastifyReply, FastifyRequest } from 'fastify';
import { isRefusal } from '../app/errors';
import type { TaskRef } from '../client/tokens';
import type { Session } from './auth';
import type { Member } from './people';
import type { Portal } from './context';
import { message, type PageContext } from './views/layout';
import { refusalText } from './refusals';

// What every page that acts checks first (who is signed in, whether a link limits them to one task). A
// check that fails throws: the portal's one error handler (server.ts) answers it, with refusalPage.

export interface Access {
  session: Session;
  member?: Member;
  ctx: PageContext;
}

/** Why a page is not shown to this reader, as the status and the words of the page that says so. */
export class Refusal extends Error {
  override name = 'Refusal';
  constructor(
    readonly status: 400 | 403 | 404 | 409 | 413 | 415,
    readonly reason: 'notYours' | 'notFound' | 'notNow' | 'badRequest' | 'tooLarge',
    /** The page's title, where the page names what was asked for. */
    readonly title?: 'candidacyTitle' | 'reactivationTitle',
  ) {
    super(reason);
  }
}
export const notYours = () => new Refusal(403, 'notYours');
export const notFound = () => new Refusal(404, 'notFound');
export const notNow = (title?: Refusal['title']) => new Refusal(409, 'notNow', title);

/** Nobody is signed in: the reader is sent to sign in. */
export class SignInFirst extends Error {
  override name = 'SignInFirst';
}

/** The page that tells a reader why they were refused. */
export function refusalPage(ctx: PageContext, refusal: Refusal) {
  const title: 'notFound' | 'portal' | NonNullable<Refusal['title']> =
    refusal.title ?? (refusal.reason === 'notFound' ? 'notFound' : 'portal');
  return message(ctx, ctx.w[title], ctx.w[refusal.reason]);
}

/** Sends a rendered page with its status: the one way the portal answers with a page. */
export const sendPage = (reply: FastifyReply, status: number, page: unknown) => reply.code(status).type('text/html').send(String(page));

/** The signed-in person, their registry entry and the page's context. */
export async function signedIn(portal: Portal, request: FastifyRequest, reply: FastifyReply): Promise<Access> {
  const { session, member, ctx } = await portal.visit(request, reply);
  if (!session) throw new SignInFirst();
  return { session, member, ctx };
}

/** A signed-in member of the registry whom `may` admits, by sign-in rather than by a link to one task. */
export async function signedInAs(portal: Portal, request: FastifyRequest, reply: FastifyReply, may: (member: Member) => boolean) {
  const access = await signedIn(portal, request, reply);
  if (access.session.task || !access.member || !may(access.member)) throw notYours();
  return { ...access, member: access.member };
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
): Promise<Access> {
  const access = await signedIn(portal, request, reply);
  if (linkedElsewhere(access.session, task, workflowId)) throw notYours();
  return access;
}

/** What a view of the application layer returns, or undefined when it refuses (not found, not now). */
export const unlessRefused = <T>(view: Promise<T>): Promise<T | undefined> =>
  view.catch((error: unknown) => {
    if (isRefusal(error)) return undefined;
    throw error;
  });

/**
 * Runs a task of the application layer: its refusal (the input, a process not found, not now) as the page's
 * problem to show, its reasons in the reader's language when the workflow or the application layer gave
 * them; anything else goes on up.
 */
export async function problemOf(ctx: PageContext, task: () => Promise<unknown>): Promise<string | undefined> {
  try {
    await task();
    return undefined;
  } catch (error) {
    if (isRefusal(error)) return refusalText(ctx, error);
    throw error;
  }
}
