import type { FastifyInstance } from 'fastify';
import { submitReview } from '../../../app/cycles';
import { actorOf } from '../../auth';
import type { Portal } from '../../server';
import { isFocalPoint, isReviewer } from '../../tasks';
import { cycleState } from '../../../app/cycles';
import { message } from '../../views/layout';
import { reviewPage } from './review-page';
import { problemOf, sendPage, unlessRefused } from '../../access';
import { taskAccess, type TaskParams } from './access';

interface ReviewForm {
  decision?: string;
  comments?: string;
  'guidance.evidence'?: string;
  'guidance.participation'?: string;
}

export function registerReviewRoutes(app: FastifyInstance, portal: Portal): void {
  const csrfCheck = app.csrfProtection.bind(app);
  app.get<{ Params: TaskParams }>('/cycles/:code/:year/review', async (request, reply) => {
    const access = await taskAccess(portal, request, reply, 'review');
    if (!access) return reply;
    return reply.type('text/html').send(String(reviewPage(access.ctx, access.state, request.url, access.zone)));
  });

  app.post<{ Params: TaskParams; Body: ReviewForm }>('/cycles/:code/:year/review', { preHandler: csrfCheck }, async (request, reply) => {
    const access = await taskAccess(portal, request, reply, 'review');
    if (!access) return reply;
    const { state, ctx, session, zone } = access;
    const form = request.body ?? {};
    const decision = form.decision === 'accept' || form.decision === 'revise' ? form.decision : undefined;
    if (!decision)
      return reply
        .code(422)
        .type('text/html')
        .send(String(reviewPage(ctx, state, request.url, zone, `${ctx.w.decision}: ${ctx.w.accept} / ${ctx.w.revise}`)));
    const problem = await problemOf(() =>
      submitReview(portal.client, {
        country: state.country.code,
        year: state.year,
        decision,
        comments: String(form.comments ?? ''),
        guidance: { evidence: form['guidance.evidence'] || undefined, participation: form['guidance.participation'] || undefined },
        actor: actorOf(session),
      }),
    );
    if (problem) return sendPage(reply, 422, reviewPage(ctx, state, request.url, zone, problem));
    return reply
      .type('text/html')
      .send(String(message(ctx, `${ctx.w.reviewTitle}: ${state.country.name} ${state.year}`, ctx.w.reviewRecorded)));
  });

  // A report's documents, for the people of its cycle only.
  app.get<{ Params: { sha256: string }; Querystring: { cycle?: string } }>('/documents/:sha256', async (request, reply) => {
    const { session, ctx } = await portal.visit(request, reply);
    const [, , code, year] = String(request.query.cycle ?? '').split('-');
    const state = session && code && year ? await unlessRefused(cycleState(portal.client, code, year)) : undefined;
    const allowed =
      session &&
      state &&
      (!session.task || session.task.workflowId === state.cycleId) &&
      (isFocalPoint(state.country, session.email) || isReviewer(state, session.email));
    const ref = allowed
      ? state.submissions.flatMap((s) => s.report.attachments).find((a) => a.sha256 === request.params.sha256)
      : undefined;
    const content = ref && (await portal.documents.get(ref.sha256));
    if (!ref || !content)
      return reply
        .code(404)
        .type('text/html')
        .send(String(message(ctx, ctx.w.notFound, ctx.w.notFound)));
    return reply
      .type(ref.type)
      .header('content-disposition', `attachment; filename="${ref.name.replace(/[^\w.\- ]/g, '_')}"`)
      .send(content);
  });
}
