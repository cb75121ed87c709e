import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { countryRecord } from '../../../app/countries';
import { matchAssistance, offerAssistance, recordAssistanceGiven, requestAssistance } from '../../../app/assistance';
import { assistanceGivenArgs, assistanceMatchArgs, assistanceOfferArgs, assistanceRequestArgs } from '../../../domain/assistance/args';
import { isFocalPoint } from '../../../domain/cycle/tasks';
import { notFound, notYours, sendPage, signedIn, steers, unlessRefused } from '../../access';
import { actorOf } from '../../auth';
import { formLimits } from '../../body-limits';
import type { Portal } from '../../context';
import { problemOfChecked, type Issue } from '../../issues';
import { checkedForm, typedValues } from '../../views/form-errors';
import type { PageContext } from '../../views/layout';
import { assistancePage, roadmapNeeds, type AssistanceRoles } from './assistance-page';

type AssistanceRequest = FastifyRequest<{ Params: { code: string }; Querystring: { done?: string; id?: string } }>;

/**
 * The country's assistance is read by its own focal points, the Alliance's partners, those who steer and the
 * Working Group, signed in rather than by a link to one task; who may do what there the record decides.
 */
async function assistanceAccess(portal: Portal, request: AssistanceRequest, reply: FastifyReply) {
  const { session, member, ctx } = await signedIn(portal, request, reply);
  if (session.task || !member) throw notYours();
  const record = await unlessRefused(countryRecord(portal.client, request.params.code));
  if (!record) throw notFound();
  const roles: AssistanceRoles = {
    own: isFocalPoint(record.country, session.email),
    partner: member.partnerOf.length > 0,
    secretariat: member.secretariat,
  };
  if (!roles.own && !roles.partner && !steers(member) && !member.workingGroup) throw notYours();
  return { session, ctx, record, roles };
}

type Sent = { action: string; field: string; request?: number; args: Record<string, unknown> };

/** What a form sent, as the Update's arguments; `field` maps an argument to the id of the field that typed it. */
function sentOf(body: Record<string, string>, needs: ReturnType<typeof roadmapNeeds>): Sent | undefined {
  const id = Number(body.request);
  const num = Number.isInteger(id) && id > 0 ? id : undefined;
  switch (body.action) {
    case 'ask': {
      const chosen = body['need-choice'] ? needs[Number(body['need-choice'])] : undefined;
      const need = chosen?.need ?? body.need ?? '';
      return {
        action: 'ask',
        field: 'ask',
        args: {
          need,
          ...(chosen?.area && { area: chosen.area }),
          mechanism: body.mechanism,
          details: body.details ?? '',
          reactivation: body.reactivation === 'yes',
        },
      };
    }
    case 'offer':
      return { action: 'offer', field: `offer-${num}`, request: num, args: { request: num, offer: body[`offer-${num}`] ?? '' } };
    case 'match':
      return { action: 'match', field: `match-${num}`, request: num, args: { request: num, offer: Number(body[`match-${num}`]) } };
    case 'given':
      return {
        action: 'given',
        field: `given-${num}`,
        request: num,
        args: { request: num, on: body[`on-${num}`] ?? '', given: body[`given-${num}`] ?? '', close: body[`close-${num}`] === 'yes' },
      };
    case 'own':
      return { action: 'own', field: 'own', args: { mechanism: body['own-mechanism'], offer: body['own-offer'] ?? '' } };
  }
  return undefined;
}

const schemas: Record<string, () => z.ZodType> = {
  ask: assistanceRequestArgs,
  offer: assistanceOfferArgs,
  match: assistanceMatchArgs,
  given: assistanceGivenArgs,
  own: assistanceOfferArgs,
};

/** The id and label of the field an argument came from, on the form that sent it. */
function fieldOf(ctx: PageContext, sent: Sent, path: Issue['path']): { id?: string; label: string } {
  const f = ctx.w.assistance.form;
  const n = sent.request;
  const key = String(path[0] ?? '');
  const byForm: Record<string, Record<string, { id: string; label: string }>> = {
    ask: {
      need: { id: 'need', label: ctx.w.assistance.need },
      mechanism: { id: 'mechanism', label: f.mechanism },
      details: { id: 'details', label: f.details },
    },
    offer: { offer: { id: `offer-${n}`, label: f.offer } },
    match: { offer: { id: `match-${n}`, label: f.offerChoice } },
    given: { on: { id: `on-${n}`, label: f.on }, given: { id: `given-${n}`, label: f.what } },
    own: { mechanism: { id: 'own-mechanism', label: f.mechanism }, offer: { id: 'own-offer', label: f.offer } },
  };
  return byForm[sent.action]?.[key] ?? { label: ctx.w.assistance.title };
}

/** /countries/<CODE>/assistance: the country's requests for assistance, their offers and what was given (DESIGN.md §8). */
export function assistanceRoutes(app: FastifyInstance, portal: Portal): void {
  const csrfCheck = app.csrfProtection.bind(app);

  app.get<{ Params: { code: string }; Querystring: { done?: string; id?: string } }>('/:code/assistance', async (request, reply) => {
    const { ctx, record, roles } = await assistanceAccess(portal, request, reply);
    const said = ctx.w.assistance.done;
    const { done, id } = request.query;
    const message =
      done === 'requested'
        ? said.requested(Number(id) || 0)
        : done === 'offered' || done === 'matched' || done === 'given'
          ? said[done]
          : undefined;
    return sendPage(reply, 200, assistancePage(ctx, record, { roles, ...(message && { done: message }) }));
  });

  app.post<{ Params: { code: string }; Querystring: { done?: string; id?: string } }>(
    '/:code/assistance',
    { preHandler: csrfCheck, bodyLimit: formLimits.oneText },
    async (request, reply) => {
      const { ctx, record, roles, session } = await assistanceAccess(portal, request, reply);
      const body = Object.fromEntries(Object.entries(typedValues(request.body)).map(([k, v]) => [k, v[0] ?? '']));
      const sent = sentOf(body, roadmapNeeds(record));
      if (!sent) throw notFound();
      const code = record.country.code;
      const actor = actorOf(session);
      const check = {
        schema: schemas[sent.action]!(),
        args: { as: session.email, ...sent.args },
        label: (path: PropertyKey[]) => fieldOf(ctx, sent, path).label,
        field: (path: PropertyKey[]) => fieldOf(ctx, sent, path),
        // The day given is checked by a refinement, which the shared words say only vaguely.
        say: (issue: Issue) => (issue.code === 'custom' && issue.path[0] === 'on' ? ctx.w.invalid.date : undefined),
      };
      let requested = 0;
      const task = async () => {
        const a = sent.args as never;
        if (sent.action === 'ask') {
          const state = await requestAssistance(portal.client, { country: code, actor, request: a });
          requested = (state.assistance?.next ?? 1) - 1;
        } else if (sent.action === 'offer' || sent.action === 'own')
          await offerAssistance(portal.client, { country: code, actor, offer: a });
        else if (sent.action === 'match') await matchAssistance(portal.client, { country: code, actor, match: a });
        else await recordAssistanceGiven(portal.client, { country: code, actor, given: a });
      };
      const fieldsByPath = Object.fromEntries(
        ['need', 'mechanism', 'details', 'offer', 'on', 'given', 'request'].flatMap((p) => {
          const f = fieldOf(ctx, sent, [p]);
          return f.id ? [[p, f.id]] : [];
        }),
      );
      const errors = await checkedForm(ctx, check, () => problemOfChecked(ctx, check, task), fieldsByPath);
      if (errors) {
        const back = {
          form: sent.action === 'ask' || sent.action === 'own' ? sent.action : `${sent.action}-${sent.request}`,
          typed: body,
          errors,
        };
        return sendPage(reply, 422, assistancePage(ctx, record, { roles, back }));
      }
      // The partners' lists of open requests read the records the registry reader keeps: read them afresh.
      portal.registry.forget();
      const done = { ask: 'requested', offer: 'offered', own: 'offered', match: 'matched', given: 'given' }[sent.action];
      return reply.redirect(`/countries/${code}/assistance?done=${done}${sent.action === 'ask' ? `&id=${requested}` : ''}`, 303);
    },
  );
}
