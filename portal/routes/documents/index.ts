import type { FastifyInstance, FastifyReply } from 'fastify';
import { cycleState } from '../../../app/cycles';
import type { Portal } from '../../context';
import { isFocalPoint, isReviewer, isReviewLead } from '../../../domain/cycle/tasks';
import { notFound, steers, unlessRefused } from '../../access';
import type { DocumentRef } from '../../documents';
import type { Session } from '../../sessions';
import { hasReport } from '../../../domain/reactivation/args';
import { reactivationState } from '../../../app/reactivation';

/**
 * /documents/<SHA256>?cycle=<ID>: a report's documents, for the people of its cycle only;
 * ?reactivation=<ID>: a reactivation request's, for the country's focal points and the Alliance's members who steer.
 */
export function documentRoutes(app: FastifyInstance, portal: Portal): void {
  app.get<{ Params: { sha256: string }; Querystring: { cycle?: string; reactivation?: string } }>('/:sha256', async (request, reply) => {
    const { session } = await portal.visit(request, reply);
    if (request.query.reactivation !== undefined) {
      const ref = session && (await reactivationDocument(portal, session, request.query.reactivation, request.params.sha256));
      return sendDocument(reply, ref, ref && (await portal.documents.get(ref.sha256)));
    }
    const [, , code, year] = String(request.query.cycle ?? '').split('-');
    const state = session && code && year ? await unlessRefused(cycleState(portal.client, code, year)) : undefined;
    const allowed =
      session &&
      state &&
      (!session.task || session.task.workflowId === state.cycleId) &&
      (isFocalPoint(state.country, session.email) || isReviewer(state, session.email) || isReviewLead(state, session.email));
    const ref = allowed
      ? state.submissions.flatMap((s) => s.report.attachments).find((a) => a.sha256 === request.params.sha256)
      : undefined;
    return sendDocument(reply, ref, ref && (await portal.documents.get(ref.sha256)));
  });
}

function sendDocument(reply: FastifyReply, ref: DocumentRef | undefined, content: Buffer | undefined) {
  if (!ref || !content) throw notFound();
  return reply
    .type(ref.type)
    .header('content-disposition', `attachment; filename="${ref.name.replace(/[^\w.\- ]/g, '_')}"`)
    .send(content);
}

/** A document of the reactivation request `workflowId`, if this session may read it. */
async function reactivationDocument(portal: Portal, session: Session, workflowId: string, sha256: string) {
  const [, code] = /^reactivation-([A-Z]{3})-\d+$/.exec(workflowId) ?? [];
  if (!code || (session.task && session.task.workflowId !== workflowId)) return undefined;
  const member = await portal.registry.member(session.email);
  const state = await unlessRefused(reactivationState(portal.client, workflowId));
  if (!member || !state || !(steers(member) || member.focalPointOf.includes(code)) || !hasReport(state.request)) return undefined;
  const { report, letter } = state.request;
  return [...report.attachments, ...(letter.document ? [letter.document] : [])].find((d) => d.sha256 === sha256);
}
