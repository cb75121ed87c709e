import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { openReactivation, verifyReactivation } from '../../../app/reactivation';
import { actorOf } from '../../auth';
import type { Portal } from '../../context';
import { readForm, text, yes } from '../../form';
import { message } from '../../views/layout';
import { notNow, notYours, problemOf, sendPage, signedInFor, unlessRefused } from '../../access';
import { verificationFieldsByPath, verificationPage } from './verification-page';
import { refusalErrors, typedValues } from '../../views/form-errors';
import { formLimits } from '../../body-limits';

const verificationForm = z.object({ verified: yes, note: text() });

/** /reactivations/<CODE>: the secretariat verifies an inactive country's request to be active again (R23). */
export function reactivationRoutes(app: FastifyInstance, portal: Portal): void {
  const csrfCheck = app.csrfProtection.bind(app);

  const verification = async (request: FastifyRequest<{ Params: { code: string } }>, reply: FastifyReply) => {
    const open = await unlessRefused(openReactivation(portal.client, request.params.code));
    const access = await signedInFor(portal, request, reply, 'verification', open?.workflowId ?? '');
    if (!access.member?.secretariat) throw notYours();
    if (!open) throw notNow();
    return { ...access, open, code: request.params.code.toUpperCase() };
  };

  app.get<{ Params: { code: string } }>('/:code', async (request, reply) => {
    const v = await verification(request, reply);
    return sendPage(reply, 200, verificationPage(v.ctx, v.code, v.open.workflowId, v.open));
  });

  app.post<{ Params: { code: string } }>('/:code', { preHandler: csrfCheck, bodyLimit: formLimits.oneText }, async (request, reply) => {
    const v = await verification(request, reply);
    const f = readForm(verificationForm, request.body);
    const problem = await problemOf(v.ctx, () =>
      verifyReactivation(portal.client, { country: v.code, verified: f.verified, note: f.note, actor: actorOf(v.session) }),
    );
    if (problem) {
      const errors = refusalErrors(problem, verificationFieldsByPath)!;
      return sendPage(
        reply,
        422,
        verificationPage(v.ctx, v.code, v.open.workflowId, v.open, { values: typedValues(request.body), errors }),
      );
    }
    const said = v.ctx.w.steering.reactivation;
    return sendPage(reply, 200, message(v.ctx, said.title(v.code), f.verified ? said.verified : said.refused));
  });
}
