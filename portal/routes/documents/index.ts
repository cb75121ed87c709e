import type { FastifyInstance } from 'fastify';
import { cycleState } from '../../../app/cycles';
import type { Portal } from '../../context';
import { isFocalPoint, isReviewer, isReviewLead } from '../../../domain/cycle/tasks';
import { notFound, unlessRefused } from '../../access';

/** /documents/<SHA256>?cycle=<ID>: a report's documents, for the people of its cycle only. */
export function documentRoutes(app: FastifyInstance, portal: Portal): void {
  app.get<{ Params: { sha256: string }; Querystring: { cycle?: string } }>('/:sha256', async (request, reply) => {
    const { session } = await portal.visit(request, reply);
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
    const content = ref && (await portal.documents.get(ref.sha256));
    if (!ref || !content) throw notFound();
    return reply
      .type(ref.type)
      .header('content-disposition', `attachment; filename="${ref.name.replace(/[^\w.\- ]/g, '_')}"`)
      .send(content);
  });
}
