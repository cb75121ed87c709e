import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { decide, escalationStatus, checkIn, recordDialogue, startSupport, supportStatus } from '../../../app/escalation';
import { InputRejected } from '../../../app/errors';
import { countryAuditTrail } from '../../../app/audit';
import { countryRecord } from '../../../app/countries';
import { openReactivation, verifyReactivation } from '../../../app/reactivation';
import { escalationWorkflowId, supportWorkflowId } from '../../../domain/workflow-ids';
import { actorOf } from '../../auth';
import { sameAddress } from '../../people';
import { namedAddresses } from '../../form-values';
import type { Portal } from '../../server';
import { message } from '../../views/layout';
import { dossierPage } from '../countries/dossier-page';
import { escalationPage, supportPage, verificationPage } from './escalation-page';
import { problemOf, refuse, sendPage, signedInAs, signedInFor, steers, unlessRefused } from '../../access';

// The pages of the GCM, a support sub-group and the secretariat. Who may see and act is read from the
// registry and the workflow's state; the workflow's own sender check has the last word.

type Form = Record<string, string | string[] | undefined>;
const all = (v: string | string[] | undefined) => (v === undefined ? [] : [v].flat());
const one = (v: string | string[] | undefined) => all(v)[0] ?? '';

export function registerGcmRoutes(app: FastifyInstance, portal: Portal): void {
  const csrfCheck = app.csrfProtection.bind(app);
  type Flagged = { Params: { code: string; year: string; action?: string }; Querystring: { recorded?: string }; Body: Form };

  const escalation = async (request: FastifyRequest<Flagged>, reply: FastifyReply) => {
    const { code, year } = request.params;
    const state = await unlessRefused(escalationStatus(portal.client, { country: code, year }));
    const access = await signedInFor(portal, request, reply, 'escalation', escalationWorkflowId(code.toUpperCase(), Number(year)));
    if (!access) return undefined;
    if (!state) return refuse(reply, access.ctx, 404, access.ctx.w.notFound);
    if (!access.member || !steers(access.member)) return refuse(reply, access.ctx, 403, access.ctx.w.notYours);
    return { ...access, state, canAct: access.member.gcm };
  };

  app.get<Flagged>('/escalations/:code/:year', async (request, reply) => {
    const e = await escalation(request, reply);
    if (!e) return reply;
    return sendPage(reply, 200, escalationPage(e.ctx, e.state, e.canAct, request.query.recorded));
  });

  app.post<Flagged>('/escalations/:code/:year/:action', { preHandler: csrfCheck }, async (request, reply) => {
    const e = await escalation(request, reply);
    if (!e) return reply;
    if (!e.canAct) {
      refuse(reply, e.ctx, 403, e.ctx.w.notYours);
      return reply;
    }
    const f = request.body ?? {};
    const flagged = { country: e.state.country.code, year: e.state.year, actor: actorOf(e.session) };
    const action = request.params.action;
    const problem = await problemOf(() => {
      if (action === 'dialogue') {
        const dialogue = {
          topics: all(f.topics),
          circumstances: one(f.circumstances),
          unreportedProgress: one(f.unreportedProgress),
          wayForward: {
            summary: one(f.wayForward),
            supportNeeded: one(f.supportNeeded) === 'yes',
            roadmapUpdate: one(f.roadmapUpdate) === 'yes',
          },
        };
        return recordDialogue(portal.client, { ...flagged, dialogue });
      }
      if (action === 'support') {
        return startSupport(portal.client, {
          ...flagged,
          mechanisms: all(f.mechanisms),
          members: namedAddresses(one(f.members)),
          checkInEveryDays: Number(one(f.checkInEveryDays) || 30),
        });
      }
      if (action === 'decide') {
        const takenAt = { how: one(f.how) as 'meeting' | 'written-procedure', on: one(f.on), reference: one(f.reference) };
        return decide(portal.client, { ...flagged, decision: one(f.decision) as 'resumed' | 'inactive', reason: one(f.reason), takenAt });
      }
      throw new InputRejected(`action: ${action} is not dialogue, support or decide`);
    });
    if (problem) return sendPage(reply, 422, escalationPage(e.ctx, e.state, true, undefined, problem));
    return reply.redirect(`/escalations/${e.state.country.code}/${e.state.year}?recorded=${action}`, 303);
  });

  // A country's dossier: for the GCM and the secretariat, who steer; not for a link to one task.
  app.get<{ Params: { code: string } }>('/countries/:code/dossier', async (request, reply) => {
    const access = await signedInAs(portal, request, reply, steers);
    if (!access) return reply;
    const record = await unlessRefused(countryRecord(portal.client, request.params.code));
    if (!record) return refuse(reply, access.ctx, 404, access.ctx.w.notFound) ?? reply;
    return sendPage(reply, 200, dossierPage(access.ctx, record, await countryAuditTrail(portal.client, record)));
  });

  const support = async (request: FastifyRequest<Flagged>, reply: FastifyReply) => {
    const { code, year } = request.params;
    const state = await unlessRefused(supportStatus(portal.client, { country: code, year }));
    const access = await signedInFor(portal, request, reply, 'support', supportWorkflowId(code.toUpperCase(), Number(year)));
    if (!access) return undefined;
    if (!state) return refuse(reply, access.ctx, 404, access.ctx.w.notFound);
    if (!state.members.some((m) => sameAddress(m.email, access.session.email)))
      return refuse(reply, access.ctx, 403, access.ctx.w.notYours);
    return { ...access, state, code: code.toUpperCase(), year: Number(year) };
  };

  app.get<Flagged>('/support/:code/:year', async (request, reply) => {
    const s = await support(request, reply);
    if (!s) return reply;
    return sendPage(reply, 200, supportPage(s.ctx, s.code, s.year, s.state, request.query.recorded));
  });

  app.post<Flagged>('/support/:code/:year', { preHandler: csrfCheck }, async (request, reply) => {
    const s = await support(request, reply);
    if (!s) return reply;
    const f = request.body ?? {};
    const problem = await problemOf(() =>
      checkIn(portal.client, {
        country: s.code,
        year: s.year,
        note: one(f.note),
        readyToResume: one(f.ready) === 'yes',
        actor: actorOf(s.session),
      }),
    );
    if (problem) return sendPage(reply, 422, supportPage(s.ctx, s.code, s.year, s.state, undefined, problem));
    return reply.redirect(`/support/${s.code}/${s.year}?recorded=check-in`, 303);
  });

  const verification = async (request: FastifyRequest<{ Params: { code: string } }>, reply: FastifyReply) => {
    const open = await unlessRefused(openReactivation(portal.client, request.params.code));
    const access = await signedInFor(portal, request, reply, 'verification', open?.workflowId ?? '');
    if (!access) return undefined;
    if (!access.member?.secretariat) return refuse(reply, access.ctx, 403, access.ctx.w.notYours);
    if (!open) return refuse(reply, access.ctx, 409, access.ctx.w.notNow);
    return { ...access, open, code: request.params.code.toUpperCase() };
  };

  app.get<{ Params: { code: string } }>('/reactivations/:code', async (request, reply) => {
    const v = await verification(request, reply);
    if (!v) return reply;
    return sendPage(reply, 200, verificationPage(v.ctx, v.code, v.open));
  });

  app.post<{ Params: { code: string }; Body: Form }>('/reactivations/:code', { preHandler: csrfCheck }, async (request, reply) => {
    const v = await verification(request, reply);
    if (!v) return reply;
    const f = request.body ?? {};
    const problem = await problemOf(() =>
      verifyReactivation(portal.client, {
        country: v.code,
        verified: one(f.verified) === 'yes',
        note: one(f.note),
        actor: actorOf(v.session),
      }),
    );
    if (problem) return sendPage(reply, 422, verificationPage(v.ctx, v.code, v.open, problem));
    return sendPage(
      reply,
      200,
      message(
        v.ctx,
        `Reactivation request: ${v.code}`,
        one(f.verified) === 'yes' ? 'Verified: the country is active again.' : 'Refused: the country and the GCM are told.',
      ),
    );
  });
}
