import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { candidacyStatus, candidacyStep } from '../../../app/candidacy';
import { candidacyWorkflowId } from '../../../domain/shared/workflow-ids';
import { actorOf } from '../../auth';
import type { Portal } from '../../context';
import { gcmCandidacyPath } from '../../tasks';
import { gcmCandidacySteps } from '../../../domain/candidacy/candidacy';
import { gcmCandidacyPage, gcmFieldLimits, type GcmField, type GcmValues } from './gcm-page';
import { notFound, notNow, notYours, problemOf, sendPage, signedInFor, steers, unlessRefused } from '../../access';
import { readForm } from '../../form';
import { stepFields, stepForms } from './forms';
import { formLimits } from '../../body-limits';
import { refusalErrors, type FormErrors } from '../../views/form-errors';

// The GCM's steps on a candidacy in the browser: its feedback on the presentation (R10), drafted by a member
// or the secretariat and put to the GCM as a body, and each member's position (R11), sent as the same Updates
// as the CLI's `candidacy feedback` and `candidacy position`; the workflow's sender and stage checks have the
// last word.

type Route = { Params: { code: string; step?: string }; Querystring: { recorded?: string } };

/** The GCM member or secretariat reading the candidacy, unless a link limits them to another task; the steps open to them now. */
async function gcmAccess(portal: Portal, request: FastifyRequest<Route>, reply: FastifyReply) {
  const code = request.params.code.toUpperCase();
  const { session, member, ctx } = await signedInFor(portal, request, reply, 'candidacy-gcm', candidacyWorkflowId(code));
  if (!member || !steers(member)) throw notYours();
  const state = await unlessRefused(candidacyStatus(portal.client, code));
  if (!state) throw notFound();
  const steps = gcmCandidacySteps(state, session.email, { gcm: !!member.gcm, secretariat: !!member.secretariat });
  return { session, member, ctx, state, steps };
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
    // The secretariat drafts the GCM's feedback where the GCM decides it as a body; only members give positions.
    if (!g.member.gcm && !(g.member.secretariat && g.state.feedbackByBody && request.params.step === 'feedback')) throw notYours();
    const step = g.steps.find((s) => s === request.params.step);
    if (!step) throw notNow();
    const values: GcmValues = readForm(stepForms[step], request.body);
    const tooLong = stepFields[step].find((field) => (values[field] ?? '').length > gcmFieldLimits[field]);
    const labels: Record<GcmField, string> = {
      feedback: g.ctx.w.steering.candidacy.feedbackTo,
      ceacrConclusions: g.ctx.w.steering.candidacy.ceacrLinks,
      durbanCallToAction: g.ctx.w.steering.candidacy.durbanLinks,
      position: g.ctx.w.steering.candidacy.positionLegend,
      reason: g.ctx.w.steering.candidacy.objection,
    };
    // Text longer than the form takes is the page's own to say, at its field; the rest the workflow's.
    const tooLongError = (field: GcmField): FormErrors => ({
      fields: [{ id: `${step}-${field}`, label: labels[field], text: g.ctx.w.invalid.atMostCharacters(gcmFieldLimits[field]) }],
    });
    const errors = tooLong
      ? tooLongError(tooLong)
      : refusalErrors(
          await problemOf(g.ctx, () =>
            candidacyStep(portal.client, { country: g.state.code, task: step, args: values, actor: actorOf(g.session) }),
          ),
          Object.fromEntries(stepFields[step].map((field) => [field, `${step}-${field}`])),
        );
    if (errors) return sendPage(reply, 422, gcmCandidacyPage(g.ctx, { state: g.state, steps: g.steps, failed: { step, errors, values } }));
    const recorded = step === 'feedback' && g.state.feedbackByBody ? 'draft' : step;
    return reply.redirect(`${gcmCandidacyPath(g.state.code)}?recorded=${recorded}`, 303);
  });
}
