import type { FastifyReply, FastifyRequest } from 'fastify';
import { cycleState } from '../../../app/cycles';
import type { Portal } from '../../server';
import { isFocalPoint, isReviewer, secretariatZone, taskOf, type TaskKind } from '../../tasks';
import { linkedElsewhere, refuse, signedIn, unlessRefused } from '../../access';

export interface TaskParams {
  code: string;
  year: string;
}

/**
 * The signed-in person, the cycle and the page context when this person may do `kind` on this cycle now;
 * otherwise the refusal is sent and undefined returned. Who may act is read from the cycle's own state.
 */
export async function taskAccess(portal: Portal, request: FastifyRequest<{ Params: TaskParams }>, reply: FastifyReply, kind: TaskKind) {
  const access = await signedIn(portal, request, reply);
  if (!access) return undefined;
  const { session, ctx } = access;
  const state = await unlessRefused(cycleState(portal.client, request.params.code, request.params.year));
  if (!state) return refuse(reply, ctx, 404, ctx.w.notFound);
  if (linkedElsewhere(session, kind, state.cycleId)) return refuse(reply, ctx, 403, ctx.w.notYours);
  const involved = kind === 'review' ? isReviewer(state, session.email) : isFocalPoint(state.country, session.email);
  if (!involved) return refuse(reply, ctx, 403, ctx.w.notYours);
  if (taskOf(state, session.email) !== kind || (session.task && kind !== 'report' && session.task.round !== state.round))
    return refuse(reply, ctx, 409, ctx.w.notNow);
  // The reader's own zone for the deadlines the page shows.
  return { session, state, ctx, zone: access.member?.person.zone ?? secretariatZone };
}
