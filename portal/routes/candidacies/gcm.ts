import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { candidacyStatus, candidacyStep } from '../../../app/candidacy';
import { candidacyWorkflowId } from '../../../domain/shared/workflow-ids';
import { actorOf } from '../../auth';
import type { Portal } from '../../context';
import { gcmCandidacyPath } from '../../tasks';
import { gcmCandidacySteps } from '../../../domain/candidacy/candidacy';
import { gcmCandidacyPage, gcmFieldLimits, type GcmValues } from './gcm-page';
import { notFound, notNow, notYours, problemOf, sendPage, signedInFor, steers, unlessRefused } from '../../access';
import { readForm } from '../../form';
import { stepFields, stepForms } from './forms';
import { formLimits } from '../../body-limits';

// The GCM's steps on a candidacy in the browser: its feedback on the presentation (R10) and each member's
// position (R11), sent as the same Updates as the CLI's `candidacy feedback` and `candidacy position`. GCM
// members act, the secretariat reads; the workflow's sender and stage checks have the last word.

type Route = { Params: { code: string; step?: string }; Querystring: { recorded?: string } };

/** The GCM member or secretariat reading the candidacy, unless a link limits them to another task; the steps open to them now. */
async function gcmAccess(portal: Portal, request: FastifyRequest<Route>, reply: FastifyReply) {
  const code = request.params.code.toUpperCase();
  const { session, member, ctx } = await signedInFor(portal, request, reply, 'candidacy-gcm', candidacyWorkflowId(code));
  if (!member || !steers(member)) throw notYours();
  const state = await unlessRefused(candidacyStatus(portal.client, code));
  if (!state) throw notFound();
  return { session, member, ctx, state, steps: member.gcm ? gcmCandidacySteps(state, session.email) : [] };
}

/** /candidacies/<CODE>/gcm: the GCM's feedback on a candidate's presentation and each member's position. */
export function gcmCandidacyRoutes(app: FastifyInstance, portal: Portal): void {
  const csrfCheck = app.csrfProtection.bind(app);

  app.get<Route>('/:code/gcm', async (request, reply) => {
    const g = await gcmAccess(portal, request, reply);
    return sendPage(reply, 200, gcmCandidacyPage(g.ctx, { state: g.state, steps: g.steps, recorded: request.query.recorded }));
  });

  app.post<Route>('/:code/gcm/:step', { preHandler: csrfCheck, bodyLimit: formLimits.threeTexts }, async (request, reply) => {
    const g = await gcmAccess(portal, request, reply);
    if (!g.member.gcm) throw notYours();
    const step = g.steps.find((s) => s === request.params.step);
    if (!step) throw notNow();
    const values: GcmValues = readForm(stepForms[step], request.body);
    const tooLong = stepFields[step].find((field) => (values[field] ?? '').length > gcmFieldLimits[field]);
    const problem =
      (tooLong && `invalid ${step}: ${tooLong}: is longer than ${gcmFieldLimits[tooLong]} characters`) ??
      (await problemOf(() => candidacyStep(portal.client, { country: g.state.code, task: step, args: values, actor: actorOf(g.session) })));
    if (problem)
      return sendPage(reply, 422, gcmCandidacyPage(g.ctx, { state: g.state, steps: g.steps, failed: { step, problem, values } }));
    return reply.redirect(`${gcmCandidacyPath(g.state.code)}?recorded=${step}`, 303);
  });
}
