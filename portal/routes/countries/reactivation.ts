import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { requestReactivation } from '../../../app/countries';
import { actorOf } from '../../auth';
import type { Portal } from '../../context';
import { readForm, text } from '../../form';
import { awaitsReactivationRequest } from '../../../domain/record/country-record';
import { message } from '../../views/layout';
import { notNow, problemOf, sendPage } from '../../access';
import { countryAccess } from './access';
import { reactivationPage } from './reactivation-page';
import { formLimits } from '../../body-limits';

const reactivationForm = z.object({
  progressReport: text(),
  indicatorFramework: text(),
  evidenceOfProgress: text(),
  evidenceOfCollaboration: text(),
  letterSummary: text(),
  roadmapChanges: text(),
});

/** /countries/<CODE>/reactivation: an inactive country's focal point asks to be active again (R23). */
export function reactivationRequestRoutes(app: FastifyInstance, portal: Portal): void {
  const csrfCheck = app.csrfProtection.bind(app);
  const options = { preHandler: csrfCheck, bodyLimit: formLimits.sixTexts };

  app.get<{ Params: { code: string } }>('/:code/reactivation', async (request, reply) => {
    const { record, ctx } = await countryAccess(portal, request, reply, 'reactivation');
    if (!awaitsReactivationRequest(record)) throw notNow('reactivationTitle');
    return sendPage(reply, 200, reactivationPage(ctx, record.country.name));
  });

  app.post<{ Params: { code: string } }>('/:code/reactivation', options, async (request, reply) => {
    const { record, ctx, session } = await countryAccess(portal, request, reply, 'reactivation');
    if (!awaitsReactivationRequest(record)) throw notNow('reactivationTitle');
    const f = readForm(reactivationForm, request.body);
    const asked = {
      progressReport: f.progressReport,
      indicatorFramework: f.indicatorFramework,
      evidenceOfProgress: f.evidenceOfProgress,
      evidenceOfCollaboration: f.evidenceOfCollaboration,
      letter: { summary: f.letterSummary, roadmapChanges: f.roadmapChanges },
    };
    const problem = await problemOf(() =>
      requestReactivation(portal.client, { country: record.country.code, request: asked, actor: actorOf(session) }),
    );
    if (problem) return sendPage(reply, 422, reactivationPage(ctx, record.country.name, f, problem));
    return sendPage(reply, 200, message(ctx, `${ctx.w.reactivationTitle}: ${record.country.name}`, ctx.w.requestSent));
  });
}
