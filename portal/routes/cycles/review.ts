import type { FastifyInstance } from 'fastify';
import { submitReview } from '../../../app/cycles';
import { actorOf } from '../../auth';
import type { Portal } from '../../context';
import { readForm } from '../../form';
import { message } from '../../views/layout';
import { sendPage } from '../../access';
import { taskAccess, type TaskParams } from './access';
import { reviewForm } from './forms';
import { reviewPage } from './review-page';
import { formLimits } from '../../body-limits';
import { submitReviewArgs } from '../../../domain/cycle/args';
import type { Review } from '../../../domain/cycle/state';
import { problemOfChecked } from '../../issues';
import { checkedForm } from '../../views/form-errors';
import { country, titled } from '../../views/say';

/** /cycles/<CODE>/<YEAR>/review: a reviewer reads the report and accepts it or asks for a revision. */
export function reviewRoutes(app: FastifyInstance, portal: Portal): void {
  const csrfCheck = app.csrfProtection.bind(app);
  const options = { preHandler: csrfCheck, bodyLimit: formLimits.oneText };
  app.get<{ Params: TaskParams }>('/:code/:year/review', async (request, reply) => {
    const { ctx, state, zone } = await taskAccess(portal, request, reply, 'review');
    return sendPage(reply, 200, reviewPage(ctx, state, request.url, zone));
  });

  app.post<{ Params: TaskParams }>('/:code/:year/review', options, async (request, reply) => {
    const { state, ctx, session, zone } = await taskAccess(portal, request, reply, 'review');
    const form = readForm(reviewForm, request.body);
    const { w } = ctx;
    const decision: Review['decision'] | undefined = form.decision === 'accept' || form.decision === 'revise' ? form.decision : undefined;
    if (!decision) {
      const errors = { fields: [{ id: 'decision', label: w.decision, text: w.chooseDecision }] };
      return sendPage(reply, 422, reviewPage(ctx, state, request.url, zone, { errors, values: form }));
    }
    const review = {
      decision,
      comments: form.comments,
      guidance: { evidence: form['guidance.evidence'] || undefined, participation: form['guidance.participation'] || undefined },
    };
    const labels: Record<string, string> = {
      comments: w.comments,
      evidence: w.terms.guidanceEvidence,
      participation: w.terms.guidanceParticipation,
    };
    const ids: Record<string, string> = { comments: 'comments', evidence: 'guidance.evidence', participation: 'guidance.participation' };
    const check = {
      schema: submitReviewArgs(),
      args: { as: session.email, ...review },
      label: (path: PropertyKey[]) => labels[String(path.at(-1))] ?? w.decision,
      field: (path: PropertyKey[]) => ({ id: ids[String(path.at(-1))] ?? 'decision', label: labels[String(path.at(-1))] ?? w.decision }),
    };
    const errors = await checkedForm(
      ctx,
      check,
      () =>
        problemOfChecked(ctx, check, () =>
          submitReview(portal.client, { country: state.country.code, year: state.year, ...review, actor: actorOf(session) }),
        ),
      { comments: 'comments', 'guidance.evidence': 'guidance.evidence', 'guidance.participation': 'guidance.participation' },
    );
    if (errors) return sendPage(reply, 422, reviewPage(ctx, state, request.url, zone, { errors, values: form }));
    const title = titled(ctx, w.reviewTitle, `${country(ctx, state.country)} ${state.year}`);
    return sendPage(reply, 200, message(ctx, title, w.reviewRecorded));
  });
}
