import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { checkIn, supportStatus } from '../../../app/escalation';
import { supportWorkflowId } from '../../../domain/shared/workflow-ids';
import { actorOf } from '../../auth';
import type { Portal } from '../../context';
import { readForm, text, yes } from '../../form';
import { sameAddress } from '../../../domain/shared/country';
import { notFound, notYours, sendPage, signedInFor, unlessRefused } from '../../access';
import { supportPage } from './support-page';
import { formLimits } from '../../body-limits';
import { checkInArgs } from '../../../domain/support/args';
import { problemOfChecked } from '../../issues';
import { checkedForm } from '../../views/form-errors';

type Supported = { Params: { code: string; year: string }; Querystring: { recorded?: string } };

const checkInForm = z.object({ note: text(), ready: yes, end: yes });

/** /support/<CODE>/<YEAR>: a support sub-group's members check in (R21); only its members, whom its workflow knows. */
export function supportRoutes(app: FastifyInstance, portal: Portal): void {
  const csrfCheck = app.csrfProtection.bind(app);

  const support = async (request: FastifyRequest<Supported>, reply: FastifyReply) => {
    const { code, year } = request.params;
    const state = await unlessRefused(supportStatus(portal.client, { country: code, year }));
    const access = await signedInFor(portal, request, reply, 'support', supportWorkflowId(code.toUpperCase(), Number(year)));
    if (!state) throw notFound();
    if (!state.members.some((m) => sameAddress(m.email, access.session.email))) throw notYours();
    return { ...access, state, code: code.toUpperCase(), year: Number(year) };
  };

  app.get<Supported>('/:code/:year', async (request, reply) => {
    const s = await support(request, reply);
    return sendPage(reply, 200, supportPage(s.ctx, s.state, request.query.recorded));
  });

  app.post<Supported>('/:code/:year', { preHandler: csrfCheck, bodyLimit: formLimits.oneText }, async (request, reply) => {
    const s = await support(request, reply);
    const f = readForm(checkInForm, request.body);
    const check = {
      schema: checkInArgs(),
      args: { as: s.session.email, note: f.note, readyToResume: f.ready, endsSupport: f.end },
      label: () => s.ctx.w.support.note,
      field: () => ({ id: 'note', label: s.ctx.w.support.note }),
    };
    const errors = await checkedForm(
      s.ctx,
      check,
      () =>
        problemOfChecked(s.ctx, check, () =>
          checkIn(portal.client, {
            country: s.code,
            year: s.year,
            note: f.note,
            readyToResume: f.ready,
            endsSupport: f.end,
            actor: actorOf(s.session),
          }),
        ),
      { note: 'note' },
    );
    if (errors) return sendPage(reply, 422, supportPage(s.ctx, s.state, undefined, { errors, values: f }));
    return reply.redirect(`/support/${s.code}/${s.year}?recorded=check-in`, 303);
  });
}
