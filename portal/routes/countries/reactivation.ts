import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { requestReactivation } from '../../../app/countries';
import { actorOf } from '../../auth';
import type { Portal } from '../../context';
import { readForm, text } from '../../form';
import { awaitsReactivationRequest } from '../../../domain/record/country-record';
import { message } from '../../views/layout';
import { notNow, sendPage } from '../../access';
import { countryAccess } from './access';
import { reactivationFields, reactivationLabel, reactivationPage, type ReactivationField } from './reactivation-page';
import { formLimits } from '../../body-limits';
import { reactivationArgs } from '../../../domain/reactivation/args';
import { problemOfChecked } from '../../issues';
import { checkedForm } from '../../views/form-errors';
import { country, titled } from '../../views/say';

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
    return sendPage(reply, 200, reactivationPage(ctx, country(ctx, record.country)));
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
    const fieldOf = (path: PropertyKey[]): ReactivationField =>
      path[1] === 'letter' ? (path[2] === 'summary' ? 'letterSummary' : 'roadmapChanges') : (path[1] as ReactivationField);
    const check = {
      schema: reactivationArgs(),
      args: { as: session.email, request: asked },
      label: (path: PropertyKey[]) => reactivationLabel(ctx, fieldOf(path)),
      field: (path: PropertyKey[]) => ({
        id: reactivationFields.find((field) => field === fieldOf(path)),
        label: reactivationLabel(ctx, fieldOf(path)),
      }),
    };
    const errors = await checkedForm(ctx, check, () =>
      problemOfChecked(ctx, check, () =>
        requestReactivation(portal.client, { country: record.country.code, request: asked, actor: actorOf(session) }),
      ),
    );
    const name = country(ctx, record.country);
    if (errors) return sendPage(reply, 422, reactivationPage(ctx, name, f, errors));
    return sendPage(reply, 200, message(ctx, titled(ctx, ctx.w.reactivationTitle, name), ctx.w.requestSent));
  });
}
