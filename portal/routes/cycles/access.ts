import type { FastifyReply, FastifyRequest } from 'fastify';
import { cycleState } from '../../../app/cycles';
import type { Portal } from '../../context';
import { secretariatZone } from '../../tasks';
import { cycleTaskOf, isFocalPoint, isReviewer, isReviewLead, type CycleTask } from '../../../domain/cycle/tasks';
import { linkedElsewhere, notFound, notNow, notYours, signedIn, unlessRefused } from '../../access';

export interface TaskParams {
  code: string;
  year: string;
}

/**
 * The signed-in person, the cycle and the page context when this person may do `kind` on this cycle now;
 * otherwise the refusal is thrown. Who may act is read from the cycle's own state.
 */
export async function taskAccess(portal: Portal, request: FastifyRequest<{ Params: TaskParams }>, reply: FastifyReply, kind: CycleTask) {
  const { session, member, ctx } = await signedIn(portal, request, reply);
  const state = await unlessRefused(cycleState(portal.client, request.params.code, request.params.year));
  if (!state) throw notFound();
  if (linkedElsewhere(session, kind, state.cycleId)) throw notYours();
  const involved =
    kind === 'review' ? isReviewer(state, session.email) || isReviewLead(state, session.email) : isFocalPoint(state.country, session.email);
  if (!involved) throw notYours();
  if (cycleTaskOf(state, session.email) !== kind || (session.task && kind !== 'report' && session.task.round !== state.round))
    throw notNow();
  // The reader's own zone for the deadlines the page shows.
  return { session, state, ctx, zone: member?.person.zone ?? secretariatZone };
}
