import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { candidacyStatus, candidacyStep } from '../../../app/candidacy';
import { countryRecord, requestReactivation } from '../../../app/countries';
import type { CountryState } from '../../../domain/country-record';
import { candidacyWorkflowId, countryWorkflowId } from '../../../domain/workflow-ids';
import { actorOf, type Session } from '../../auth';
import { openSteps, stepArgs, type FormValues } from './country-form';
import type { Portal } from '../../server';
import { candidacyPage } from './country-page';
import { message, type PageContext } from '../../views/layout';
import { reactivationPage } from '../countries/reactivation-page';
import { isFocalPoint, reactivationOpen } from '../../tasks';
import { linkedElsewhere, problemOf, refuse, sendPage, signedIn, unlessRefused } from '../../access';

// What a country itself is asked to do outside a reporting cycle: a candidate's planning steps (R5–R10)
// and an inactive country's reactivation request (R23). Only its focal point and deputy may.

type Access = { session: Session; ctx: PageContext; record: CountryState };

async function countryAccess(
  portal: Portal,
  request: FastifyRequest<{ Params: { code: string } }>,
  reply: FastifyReply,
  task: 'candidacy' | 'reactivation',
): Promise<Access | undefined> {
  const access = await signedIn(portal, request, reply);
  if (!access) return undefined;
  const { session, ctx } = access;
  const record = await unlessRefused(countryRecord(portal.client, request.params.code));
  if (!record) return refuse(reply, ctx, 404, ctx.w.notFound);
  const code = record.country.code;
  if (linkedElsewhere(session, task, task === 'candidacy' ? candidacyWorkflowId(code) : countryWorkflowId(code)))
    return refuse(reply, ctx, 403, ctx.w.notYours);
  if (!isFocalPoint(record.country, session.email)) return refuse(reply, ctx, 403, ctx.w.notYours);
  return { session, ctx, record };
}

export function registerCountryTaskRoutes(app: FastifyInstance, portal: Portal): void {
  const csrfCheck = app.csrfProtection.bind(app);

  app.get<{ Params: { code: string }; Querystring: { recorded?: string } }>('/candidacy/:code', async (request, reply) => {
    const access = await countryAccess(portal, request, reply, 'candidacy');
    if (!access) return reply;
    const state = await unlessRefused(candidacyStatus(portal.client, access.record.country.code));
    if (!state) return refuse(reply, access.ctx, 404, access.ctx.w.notFound) ?? reply;
    return sendPage(reply, 200, candidacyPage(access.ctx, { state, steps: openSteps(state), recorded: request.query.recorded }));
  });

  app.post<{ Params: { code: string; step: string }; Body: FormValues }>(
    '/candidacy/:code/:step',
    { preHandler: csrfCheck },
    async (request, reply) => {
      const access = await countryAccess(portal, request, reply, 'candidacy');
      if (!access) return reply;
      const code = access.record.country.code;
      const state = await candidacyStatus(portal.client, code);
      const step = openSteps(state).find((s) => s === request.params.step);
      if (!step) return sendPage(reply, 409, message(access.ctx, access.ctx.w.candidacyTitle, access.ctx.w.notNow));
      const values = request.body ?? {};
      const problem = await problemOf(() =>
        candidacyStep(portal.client, { country: code, task: step, args: stepArgs(step, values), actor: actorOf(access.session) }),
      );
      if (problem)
        return sendPage(reply, 422, candidacyPage(access.ctx, { state, steps: openSteps(state), failed: { step, problem, values } }));
      return reply.redirect(`/candidacy/${code}?recorded=${step}`, 303);
    },
  );

  app.get<{ Params: { code: string } }>('/countries/:code/reactivation', async (request, reply) => {
    const access = await countryAccess(portal, request, reply, 'reactivation');
    if (!access) return reply;
    if (!reactivationOpen(access.record))
      return sendPage(reply, 409, message(access.ctx, access.ctx.w.reactivationTitle, access.ctx.w.notNow));
    return sendPage(reply, 200, reactivationPage(access.ctx, access.record.country.name));
  });

  app.post<{ Params: { code: string }; Body: Record<string, string> }>(
    '/countries/:code/reactivation',
    { preHandler: csrfCheck },
    async (request, reply) => {
      const access = await countryAccess(portal, request, reply, 'reactivation');
      if (!access) return reply;
      const { record, ctx } = access;
      if (!reactivationOpen(record)) return sendPage(reply, 409, message(ctx, ctx.w.reactivationTitle, ctx.w.notNow));
      const f = request.body ?? {};
      const request_ = {
        progressReport: f.progressReport ?? '',
        indicatorFramework: f.indicatorFramework ?? '',
        evidenceOfProgress: f.evidenceOfProgress ?? '',
        evidenceOfCollaboration: f.evidenceOfCollaboration ?? '',
        letter: { summary: f.letterSummary ?? '', roadmapChanges: f.roadmapChanges ?? '' },
      };
      const problem = await problemOf(() =>
        requestReactivation(portal.client, { country: record.country.code, request: request_, actor: actorOf(access.session) }),
      );
      if (problem) return sendPage(reply, 422, reactivationPage(ctx, record.country.name, f, problem));
      return sendPage(reply, 200, message(ctx, `${ctx.w.reactivationTitle}: ${record.country.name}`, ctx.w.requestSent));
    },
  );
}
