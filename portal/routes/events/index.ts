import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { cancelEvent, createEvent, EventExists, eventState, listEvents, redrawEvent } from '../../../app/events';
import { cancelEventArgs, createEventArgs, type EventState } from '../../../domain/event/event';
import { isRefusal } from '../../../app/errors';
import { notFound, sendPage, signedInAs, steers, unlessRefused } from '../../access';
import { actorOf } from '../../auth';
import { formLimits } from '../../body-limits';
import type { Portal } from '../../context';
import { readForm, text } from '../../form';
import { refusalText } from '../../refusals';
import { fieldErrorsOf, type FormErrors } from '../../views/form-errors';
import type { PageContext } from '../../views/layout';
import { eventPage, type EventDone } from './event-page';
import { eventsPage } from './events-page';
import { emptyForm, eventForm, eventOf, fieldId, fieldOf, issueSaid } from './form';

// /events: the Alliance's events (R2), for the secretariat's staff signed in: the list and the form that
// creates one (its workflow draws the invitation list from the country records and sends the invitations),
// and each event's page, where the list is drawn again or the event cancelled. Each sent through the same
// application layer as any client; the workflow's own check of the sender has the last word.

type EventRoute = { Params: { id: string }; Querystring: { done?: string } };

const cancelForm = z.object({ reason: text(2000) });
const done: readonly EventDone[] = ['created', 'redrawn', 'cancelled'];

/** A refusal of the workflow or the application layer, as the form's one problem in the reader's words. */
const refusalErrorsOf = (ctx: PageContext, error: unknown): FormErrors => {
  if (!isRefusal(error)) throw error;
  return { fields: [], problems: [`${ctx.w.refused} ${refusalText(ctx, error)}`] };
};

export function eventRoutes(app: FastifyInstance, portal: Portal): void {
  const csrfCheck = app.csrfProtection.bind(app);
  const secretariat = (request: FastifyRequest, reply: FastifyReply) => signedInAs(portal, request, reply, (member) => member.secretariat);

  /** The event of the URL, or the page that says there is none. */
  const theEvent = async (id: string): Promise<EventState> => {
    const state = await unlessRefused(eventState(portal.client, id, portal.settings.stores.records));
    if (!state) throw notFound();
    return state;
  };

  app.get('/', async (request, reply) => {
    const { ctx } = await secretariat(request, reply);
    return sendPage(reply, 200, eventsPage(ctx, await listEvents(portal.client, portal.settings.stores.records), emptyForm()));
  });

  app.post('/', { preHandler: csrfCheck, bodyLimit: formLimits.oneText }, async (request, reply) => {
    const { ctx, session } = await secretariat(request, reply);
    const values = readForm(eventForm, request.body);
    const event = eventOf(values);
    let workflowId = '';
    const errors =
      fieldErrorsOf(ctx, {
        schema: createEventArgs(),
        args: { as: session.email, event },
        field: (path) => fieldOf(ctx, path),
        say: (issue) => issueSaid(ctx, issue),
      }) ??
      (await createEvent(portal.client, { event, actor: actorOf(session) }).then(
        (id) => void (workflowId = id),
        (error: unknown) =>
          error instanceof EventExists
            ? { fields: [{ id: fieldId('title'), label: ctx.w.events.form.eventTitle, text: ctx.w.events.form.exists }] }
            : refusalErrorsOf(ctx, error),
      ));
    if (errors)
      return sendPage(reply, 422, eventsPage(ctx, await listEvents(portal.client, portal.settings.stores.records), values, errors));
    return reply.redirect(`/events/${workflowId}?done=created`, 303);
  });

  // The GCM reads an event from a country's dossier too; only the secretariat acts on it.
  app.get<EventRoute>('/:id', async (request, reply) => {
    const { ctx, member } = await signedInAs(portal, request, reply, steers);
    const state = await theEvent(request.params.id);
    const said = done.find((d) => d === request.query.done);
    return sendPage(reply, 200, eventPage(ctx, state, { acts: member.secretariat, ...(said && { done: said }) }));
  });

  app.post<EventRoute>('/:id/redraw', { preHandler: csrfCheck, bodyLimit: formLimits.address }, async (request, reply) => {
    const { ctx, session } = await secretariat(request, reply);
    const state = await theEvent(request.params.id);
    const errors = await redrawEvent(portal.client, { workflowId: state.workflowId, actor: actorOf(session) }).then(
      () => undefined,
      (error: unknown) => refusalErrorsOf(ctx, error),
    );
    if (errors) return sendPage(reply, 422, eventPage(ctx, state, { acts: true, cancelErrors: errors }));
    return reply.redirect(`/events/${state.workflowId}?done=redrawn`, 303);
  });

  app.post<EventRoute>('/:id/cancel', { preHandler: csrfCheck, bodyLimit: formLimits.short }, async (request, reply) => {
    const { ctx, session } = await secretariat(request, reply);
    const state = await theEvent(request.params.id);
    const { reason } = readForm(cancelForm, request.body);
    const errors =
      fieldErrorsOf(ctx, {
        schema: cancelEventArgs(),
        args: { as: session.email, reason },
        field: () => ({ id: 'cancel-reason', label: ctx.w.events.cancelReason }),
      }) ??
      (await cancelEvent(portal.client, { workflowId: state.workflowId, actor: actorOf(session), reason }).then(
        () => undefined,
        (error: unknown) => refusalErrorsOf(ctx, error),
      ));
    if (errors) return sendPage(reply, 422, eventPage(ctx, state, { acts: true, cancelErrors: errors }));
    return reply.redirect(`/events/${state.workflowId}?done=cancelled`, 303);
  });
}
