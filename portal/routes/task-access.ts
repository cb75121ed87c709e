import type { FastifyReply, FastifyRequest } from 'fastify';
import { cycleState } from '../../app/cycles';
import { isRefusal } from '../../app/errors';
import type { CycleState } from '../../domain/reporting-cycle-state';
import type { Session } from '../auth';
import type { Portal } from '../server';
import { isFocalPoint, isReviewer, taskOf, type TaskKind } from '../tasks';
import { message, type PageContext } from '../views/layout';

export interface TaskParams {
  code: string;
  year: string;
}

/**
 * The signed-in person, the cycle and the page context when this person may do `kind` on this cycle now;
 * otherwise the refusal is sent and undefined returned. Who may act is read from the cycle's own state.
 */
export async function taskAccess(portal: Portal, request: FastifyRequest<{ Params: TaskParams }>, reply: FastifyReply, kind: TaskKind) {
  const session = await portal.auth.session(request);
  const ctx = await portal.page(request, reply, session);
  const refuse = (status: number, text: string) => {
    void reply.code(status).type('text/html').send(String(message(ctx, ctx.w.portal, text)));
    return undefined;
  };
  if (!session) {
    void reply.redirect('/');
    return undefined;
  }
  let state: CycleState;
  try {
    state = await cycleState(portal.client, request.params.code, request.params.year);
  } catch (error) {
    if (isRefusal(error)) return refuse(404, ctx.w.notFound);
    throw error;
  }
  if (session.task && (session.task.workflowId !== state.cycleId || session.task.task !== kind)) return refuse(403, ctx.w.notYours);
  const involved = kind === 'review' ? isReviewer(state, session.email) : isFocalPoint(state, session.email);
  if (!involved) return refuse(403, ctx.w.notYours);
  if (taskOf(state, session.email) !== kind || (session.task && kind !== 'report' && session.task.round !== state.round)) return refuse(409, ctx.w.notNow);
  return { session, state, ctx };
}

export type TaskAccess = { session: Session; state: CycleState; ctx: PageContext };
