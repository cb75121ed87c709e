import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { answerSuggestion, learningView } from '../../../app/learning';
import { sendPage, signedInAs } from '../../access';
import { actorOf } from '../../auth';
import { formLimits } from '../../body-limits';
import type { Portal } from '../../context';
import { readForm, text } from '../../form';
import { learningPage, pairOf } from './learning-page';

const answerForm = z.object({ id: text(300), decision: text(20) });
type Said = 'accept' | 'dismiss' | 'already' | 'gone';
const saids: Said[] = ['accept', 'dismiss', 'already', 'gone'];

/**
 * /learning: the secretariat's peer-learning suggestions and its answers (S3). Only a signed-in member of
 * the secretariat sees them or answers; the answer names a suggestion by its id, which is found again
 * among today's suggestions, and the deciding member is the session's.
 */
export function learningRoutes(app: FastifyInstance, portal: Portal): void {
  const csrfCheck = app.csrfProtection.bind(app);
  const secretariat = (request: Parameters<typeof signedInAs>[1], reply: Parameters<typeof signedInAs>[2]) =>
    signedInAs(portal, request, reply, (member) => member.secretariat);

  app.get<{ Querystring: { said?: string; id?: string } }>('/', async (request, reply) => {
    const { ctx } = await secretariat(request, reply);
    const view = await learningView(portal.client, portal.settings.stores.records);
    const said = saids.find((s) => s === request.query.said);
    // What an answer did is said from its run, not from the address.
    const answer = view.answered.find((a) => a.id === request.query.id);
    const w = ctx.w.learning;
    const text =
      said === 'accept' || said === 'dismiss' ? answer && w.done[said](pairOf(ctx, answer.suggestion)) : said ? w[said] : undefined;
    return sendPage(reply, 200, learningPage(ctx, view, { said: text }));
  });

  app.post('/answer', { preHandler: csrfCheck, bodyLimit: formLimits.short }, async (request, reply) => {
    const { ctx, session } = await secretariat(request, reply);
    const w = ctx.w.learning;
    const form = readForm(answerForm, request.body);
    const decision = form.decision === 'accept' || form.decision === 'dismiss' ? form.decision : undefined;
    const view = await learningView(portal.client, portal.settings.stores.records);
    const shown = view.open.find((s) => s.id === form.id);
    const answered = view.answered.some((a) => a.id === form.id);
    // A request that names no suggestion shown, or no answer, changes nothing and says which field is wrong.
    if (!decision || (!shown && !answered)) {
      const problems = [
        ...(!shown && !answered ? [`${w.field.id}${ctx.w.terms.colon} ${w.badId}`] : []),
        ...(!decision ? [`${w.field.decision}${ctx.w.terms.colon} ${w.badDecision}`] : []),
      ];
      return sendPage(reply, 422, learningPage(ctx, view, { failed: { id: form.id, errors: { fields: [], problems } } }));
    }
    const result = await answerSuggestion(portal.client, portal.settings.stores.records, {
      id: form.id,
      decision,
      actor: actorOf(session),
    });
    const said: Said = result.outcome === 'done' ? decision : result.outcome;
    return reply.redirect(`/learning?said=${said}&id=${encodeURIComponent(form.id)}`, 303);
  });
}
