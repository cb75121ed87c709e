import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { candidacyStatus, candidacyStep } from '../../../app/candidacy';
import { candidacyWorkflowId } from '../../../domain/workflow-ids';
import { actorOf } from '../../auth';
import type { Portal } from '../../server';
import { gcmCandidacyPath, gcmCandidacySteps, type GcmCandidacyStep } from '../../tasks';
import { gcmCandidacyPage, gcmFieldLimits, type GcmField } from './gcm-page';
import { problemOf, refuse, sendPage, signedInFor, steers, unlessRefused } from '../../access';

// The GCM's steps on a candidacy in the browser: its feedback on the presentation (R10) and each member's
// position (R11), sent as the same Updates as the CLI's `candidacy feedback` and `candidacy position`. GCM
// members act, the secretariat reads; the workflow's sender and stage checks have the last word.

type Form = Record<string, string | string[] | undefined>;
type Route = { Params: { code: string; step?: string }; Querystring: { recorded?: string }; Body: Form };

/** The fields each step takes from its form: the arguments the CLI sends for it. */
const stepFields: Record<GcmCandidacyStep, GcmField[]> = {
  feedback: ['feedback', 'ceacrConclusions', 'durbanCallToAction'],
  position: ['position', 'reason'],
};

/** A step's fields as typed, and a refusal of the first one longer than its form allows, before it reaches the workflow. */
function readForm(step: GcmCandidacyStep, body: Form) {
  const values = Object.fromEntries(stepFields[step].map((field) => [field, [body[field]].flat()[0] ?? ''])) as Record<GcmField, string>;
  const tooLong = stepFields[step].find((field) => values[field].length > gcmFieldLimits[field]);
  return { values, tooLong: tooLong && `invalid ${step}: ${tooLong}: is longer than ${gcmFieldLimits[tooLong]} characters` };
}

/** The GCM member or secretariat reading the candidacy, unless a link limits them to another task; the steps open to them now. */
async function gcmAccess(portal: Portal, request: FastifyRequest<Route>, reply: FastifyReply) {
  const code = request.params.code.toUpperCase();
  const access = await signedInFor(portal, request, reply, 'candidacy-gcm', candidacyWorkflowId(code));
  if (!access) return undefined;
  const { session, member, ctx } = access;
  if (!member || !steers(member)) return refuse(reply, ctx, 403, ctx.w.notYours);
  const state = await unlessRefused(candidacyStatus(portal.client, code));
  if (!state) return refuse(reply, ctx, 404, ctx.w.notFound);
  return { session, member, ctx, state, steps: member.gcm ? gcmCandidacySteps(state, session.email) : [] };
}

export function registerCandidacyGcmRoutes(app: FastifyInstance, portal: Portal): void {
  const csrfCheck = app.csrfProtection.bind(app);

  app.get<Route>('/candidacies/:code/gcm', async (request, reply) => {
    const g = await gcmAccess(portal, request, reply);
    if (!g) return reply;
    return sendPage(reply, 200, gcmCandidacyPage(g.ctx, { state: g.state, steps: g.steps, recorded: request.query.recorded }));
  });

  app.post<Route>('/candidacies/:code/gcm/:step', { preHandler: csrfCheck }, async (request, reply) => {
    const g = await gcmAccess(portal, request, reply);
    if (!g) return reply;
    if (!g.member.gcm) return refuse(reply, g.ctx, 403, g.ctx.w.notYours) ?? reply;
    const step = g.steps.find((s) => s === request.params.step);
    if (!step) return refuse(reply, g.ctx, 409, g.ctx.w.notNow) ?? reply;
    const { values, tooLong } = readForm(step, request.body ?? {});
    const problem =
      tooLong ??
      (await problemOf(() => candidacyStep(portal.client, { country: g.state.code, task: step, args: values, actor: actorOf(g.session) })));
    if (problem)
      return sendPage(reply, 422, gcmCandidacyPage(g.ctx, { state: g.state, steps: g.steps, failed: { step, problem, values } }));
    return reply.redirect(`${gcmCandidacyPath(g.state.code)}?recorded=${step}`, 303);
  });
}
