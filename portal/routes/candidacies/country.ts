import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { candidacyStatus, candidacyStep } from '../../../app/candidacy';
import { actorOf } from '../../auth';
import type { Portal } from '../../context';
import { readForm, text } from '../../form';
import { notFound, notNow, sendPage, unlessRefused } from '../../access';
import { countryAccess } from '../countries/access';
import { fieldOf, openSteps, stepArgs } from './country-form';
import { candidacyFieldId, candidacyFieldLabel, candidacyPage } from './country-page';
import { formLimits } from '../../body-limits';
import { filingArgs } from '../../../domain/candidacy/args';
import { problemOfChecked } from '../../issues';
import { checkedForm } from '../../views/form-errors';

/** Each step's fields by name; which a step reads is stepArgs' to say. */
const stepForm = z.record(z.string(), text());

/** /candidacies/<CODE>: a candidate's planning steps (R5–R10), filed by its focal point or deputy only. */
export function candidateRoutes(app: FastifyInstance, portal: Portal): void {
  const csrfCheck = app.csrfProtection.bind(app);
  const options = { preHandler: csrfCheck, bodyLimit: formLimits.eightTexts };

  app.get<{ Params: { code: string }; Querystring: { recorded?: string } }>('/:code', async (request, reply) => {
    const { record, ctx } = await countryAccess(portal, request, reply, 'candidacy');
    const state = await unlessRefused(candidacyStatus(portal.client, record.country.code));
    if (!state) throw notFound();
    return sendPage(reply, 200, candidacyPage(ctx, { state, steps: openSteps(state), recorded: request.query.recorded }));
  });

  app.post<{ Params: { code: string; step: string } }>('/:code/:step', options, async (request, reply) => {
    const { record, ctx, session } = await countryAccess(portal, request, reply, 'candidacy');
    const code = record.country.code;
    const state = await candidacyStatus(portal.client, code);
    const step = openSteps(state).find((s) => s === request.params.step);
    if (!step) throw notNow('candidacyTitle');
    const values = readForm(stepForm, request.body);
    const args = stepArgs(step, values);
    const label = (path: PropertyKey[]) => candidacyFieldLabel(ctx, step, fieldOf(step, args, path));
    const check = {
      schema: filingArgs(step),
      args: { as: session.email, ...args },
      label,
      field: (path: PropertyKey[]) => ({ id: candidacyFieldId(step, fieldOf(step, args, path).field), label: label(path) }),
    };
    const errors = await checkedForm(ctx, check, () =>
      problemOfChecked(ctx, check, () => candidacyStep(portal.client, { country: code, task: step, args, actor: actorOf(session) })),
    );
    if (errors) return sendPage(reply, 422, candidacyPage(ctx, { state, steps: openSteps(state), failed: { step, errors, values } }));
    return reply.redirect(`/candidacies/${code}?recorded=${step}`, 303);
  });
}
