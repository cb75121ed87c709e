import type { FastifyInstance } from 'fastify';
import { assessReview, submitReview } from '../../../app/cycles';
import { actorOf } from '../../auth';
import type { Portal } from '../../context';
import { readForm } from '../../form';
import { message } from '../../views/layout';
import { sendPage } from '../../access';
import { taskAccess, type TaskParams } from './access';
import { reviewForm } from './forms';
import { reviewPage, reviewRoleOf, signNames } from './review-page';
import { planned } from './planned';
import { formLimits } from '../../body-limits';
import { assessReviewArgs, submitReviewArgs } from '../../../domain/cycle/args';
import type { Review, Signs } from '../../../domain/cycle/state';
import { problemOfChecked } from '../../issues';
import { checkedForm, type FieldError } from '../../views/form-errors';
import { country, titled } from '../../views/say';

/**
 * /cycles/<CODE>/<YEAR>/review: a reviewer reads the report. Where the Working Group reviews as a body, an
 * assigned reviewer records their assessment and the review lead sends the WG's one decision; in cycles
 * begun before, a reviewer accepts it or asks for a revision.
 */
export function reviewRoutes(app: FastifyInstance, portal: Portal): void {
  const csrfCheck = app.csrfProtection.bind(app);
  const options = { preHandler: csrfCheck, bodyLimit: formLimits.oneText };
  app.get<{ Params: TaskParams }>('/:code/:year/review', async (request, reply) => {
    const { ctx, state, zone, session } = await taskAccess(portal, request, reply, 'review');
    const plan = await planned(portal, state.country.code, state.year);
    return sendPage(reply, 200, reviewPage(ctx, state, request.url, zone, session.email, undefined, plan));
  });

  app.post<{ Params: TaskParams }>('/:code/:year/review', options, async (request, reply) => {
    const { state, ctx, session, zone } = await taskAccess(portal, request, reply, 'review');
    const form = readForm(reviewForm, request.body);
    const { w } = ctx;
    const role = reviewRoleOf(state, session.email);
    // A refused review shows the page as it was, what was planned included.
    const back = async (errors: { fields: FieldError[] }) =>
      sendPage(
        reply,
        422,
        reviewPage(
          ctx,
          state,
          request.url,
          zone,
          session.email,
          { errors, values: form },
          await planned(portal, state.country.code, state.year),
        ),
      );
    const decision: Review['decision'] | undefined = form.decision === 'accept' || form.decision === 'revise' ? form.decision : undefined;
    const missing: FieldError[] = [];
    if (role !== 'assessor' && !decision) missing.push({ id: 'decision', label: w.decision, text: w.chooseDecision });
    const signs: Partial<Signs> = {};
    if (role !== 'decider') {
      for (const name of signNames) {
        const value = form[`signs.${name}`];
        if (value === 'met' || value === 'not-met') signs[name] = value === 'met';
        else missing.push({ id: `signs.${name}`, label: w.review.sign[name], text: w.review.chooseSign });
      }
    }
    if (missing.length) return back({ fields: missing });
    const said = {
      comments: form.comments,
      guidance: { evidence: form['guidance.evidence'] || undefined, participation: form['guidance.participation'] || undefined },
    };
    const labels: Record<string, string> = {
      comments: role === 'assessor' ? w.review.yourComments : w.comments,
      evidence: w.terms.guidanceEvidence,
      participation: w.terms.guidanceParticipation,
    };
    const ids: Record<string, string> = { comments: 'comments', evidence: 'guidance.evidence', participation: 'guidance.participation' };
    const task = { country: state.country.code, year: state.year, actor: actorOf(session) };
    const judged = role === 'decider' ? {} : { signs: signs as Signs };
    const check =
      role === 'assessor'
        ? { schema: assessReviewArgs(), args: { as: session.email, ...said, ...judged } }
        : { schema: submitReviewArgs(), args: { as: session.email, decision, ...said, ...judged } };
    const checked = {
      ...check,
      label: (path: PropertyKey[]) => labels[String(path.at(-1))] ?? w.decision,
      field: (path: PropertyKey[]) => ({ id: ids[String(path.at(-1))] ?? 'decision', label: labels[String(path.at(-1))] ?? w.decision }),
    };
    const send = () =>
      role === 'assessor'
        ? assessReview(portal.client, { ...task, ...said, signs: signs as Signs })
        : submitReview(portal.client, { ...task, decision: decision!, ...said, ...judged });
    const errors = await checkedForm(ctx, checked, () => problemOfChecked(ctx, checked, send), {
      comments: 'comments',
      'guidance.evidence': 'guidance.evidence',
      'guidance.participation': 'guidance.participation',
    });
    if (errors) return back(errors);
    const title = titled(ctx, w.reviewTitle, `${country(ctx, state.country)} ${state.year}`);
    const done = role === 'assessor' ? w.review.assessmentRecorded : w.reviewRecorded;
    return sendPage(reply, 200, message(ctx, title, done));
  });
}
