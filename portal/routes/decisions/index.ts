import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { answerDecision, circulateDecision, decision, recordDecisionMeeting } from '../../../app/decisions';
import { isRefusal, ReasonedRefusal } from '../../../app/errors';
import { answerArgs, circulateArgs, meetingArgs } from '../../../domain/decision/args';
import { sameAddress, type Person } from '../../../domain/shared/country';
import type { RefusalReason } from '../../../domain/shared/refusals';
import { notFound, notYours, sendPage, signedInFor, unlessRefused } from '../../access';
import { actorOf } from '../../auth';
import { decisionRoles, governanceOf } from '../../bodies';
import { formLimits } from '../../body-limits';
import type { Portal } from '../../context';
import { list, readForm, text } from '../../form';
import type { Issue } from '../../issues';
import { reasonsText, reasonText, refusalText } from '../../refusals';
import { fieldErrorsOf, refusalErrors, typedValues, type FieldError, type FormErrors } from '../../views/form-errors';
import type { PageContext } from '../../views/layout';
import { capital } from '../../views/say';
import { decisionPage, fieldIds, objectionField, type DecisionForm, type Recorded } from './decision-page';

// /decisions/<id>: a body's decision (DESIGN.md §7). Its members answer a silence procedure; its chair and
// the secretariat circulate it under one, or record the meeting that took it; each sent as the same Update
// as the CLI's `decisions answer`, `decisions circulate` and `decisions record-meeting`. The arguments are
// checked with the domain's schema first, each mistake at its field; the workflow's own checks (the stage,
// the quorum, the days, who was present) have the last word, said in the reader's words at the field they
// are about.

type Route = { Params: { id: string }; Querystring: { recorded?: string } };

const answerForm = z.object({ answer: text(), reason: text() });
const circulateForm = z.object({ until: text() });
const meetingForm = z.looseObject({ heldOn: text(), present: list, minutes: text() });
const objectionText = text();

/** The fields a refusal without reasons names, by the path of the argument, for the field it is about. */
const fieldsByPath: Record<DecisionForm, Record<string, string>> = {
  answer: { answer: fieldIds.answer, reason: fieldIds.reason },
  circulate: { until: fieldIds.until },
  meeting: { heldOn: fieldIds.heldOn, present: fieldIds.present, objections: fieldIds.present, minutes: fieldIds.minutes },
};

/** The signed-in member, chair or secretariat of the decision's body, unless a link limits them to another task. */
async function decisionAccess(portal: Portal, request: FastifyRequest<Route>, reply: FastifyReply) {
  const { id } = request.params;
  const access = await signedInFor(portal, request, reply, 'decision', id);
  const state = await unlessRefused(decision(portal.client, id));
  if (!state) throw notFound();
  const registry = await portal.registry.records();
  const roles = decisionRoles(governanceOf(registry, state.subject.country?.code ?? ''), state, access.session.email);
  if (!roles.member && !roles.steers) throw notYours();
  return { ...access, state, roles, email: access.session.email };
}
type Access = Awaited<ReturnType<typeof decisionAccess>>;

/** The field of the meeting form a reason is about, if it is one field's: the day, who was present, an objection. */
function meetingField(ctx: PageContext, members: Person[], reason: RefusalReason): Omit<FieldError, 'text'> | undefined {
  const r = ctx.w.decisions.record;
  if (reason.code === 'meetingDay') return { id: fieldIds.heldOn, label: r.heldOn };
  if (reason.code === 'quorum' || reason.code === 'notMembers') return { id: fieldIds.present, label: r.members };
  if (reason.code !== 'notPresent') return undefined;
  // An objection of someone not present: the first such member's objection field.
  const i = members.findIndex((m) => reason.emails.some((e) => sameAddress(e, m.email)));
  return i < 0 ? { id: fieldIds.present, label: r.members } : { id: fieldIds.objection(i), label: objectionLabel(ctx, members[i]!) };
}

const objectionLabel = (ctx: PageContext, member: Person) => `${member.name} — ${ctx.w.decisions.record.objection}`;

/**
 * Sends the task. Its refusal comes back as the form's errors: each reason the workflow gave at the field it
 * is about (`field`), the others above the form, in the reader's words; a refusal without reasons as worded.
 */
async function sent(
  ctx: PageContext,
  form: DecisionForm,
  task: () => Promise<unknown>,
  field: (reason: RefusalReason) => Omit<FieldError, 'text'> | undefined = () => undefined,
): Promise<FormErrors | undefined> {
  try {
    await task();
    return undefined;
  } catch (error) {
    if (!isRefusal(error)) throw error;
    const reasons = (error instanceof ReasonedRefusal && error.reasons) || [];
    if (!reasons.length) return refusalErrors(`${ctx.w.refused} ${refusalText(ctx, error)}`, fieldsByPath[form]);
    const fields: FieldError[] = [];
    const loose: RefusalReason[] = [];
    for (const reason of reasons) {
      const at = field(reason);
      if (at) fields.push({ ...at, text: capital(reasonText(ctx, reason)) });
      else loose.push(reason);
    }
    const problems = loose.length ? [`${ctx.w.refused} ${reasonsText(ctx, loose)}`] : [];
    return { fields, ...(problems.length ? { problems } : {}) };
  }
}

export function decisionRoutes(app: FastifyInstance, portal: Portal): void {
  const csrfCheck = app.csrfProtection.bind(app);

  app.get<Route>('/:id', async (request, reply) => {
    const a = await decisionAccess(portal, request, reply);
    const recorded = request.query.recorded as Recorded | undefined;
    const known = recorded && Object.hasOwn(a.ctx.w.decisions.recorded, recorded) ? recorded : undefined;
    return sendPage(reply, 200, decisionPage(a.ctx, { state: a.state, roles: a.roles, email: a.email, recorded: known }));
  });

  /** The page again: after a form taken, with what was recorded; refused, with the form as it came and what is wrong. */
  const answered = (
    reply: FastifyReply,
    a: Access,
    form: DecisionForm,
    body: unknown,
    errors: FormErrors | undefined,
    recorded: Recorded,
  ) =>
    errors
      ? sendPage(reply, 422, decisionPage(a.ctx, { ...a, failed: { form, values: typedValues(body), errors } }))
      : reply.redirect(`/decisions/${encodeURIComponent(a.state.workflowId)}?recorded=${recorded}`, 303);

  app.post<Route>('/:id/answer', { preHandler: csrfCheck, bodyLimit: formLimits.oneText }, async (request, reply) => {
    const a = await decisionAccess(portal, request, reply);
    if (!a.roles.member) throw notYours();
    const { ctx, state } = a;
    const said = ctx.w.decisions.answer;
    const f = readForm(answerForm, request.body);
    const errors =
      fieldErrorsOf(ctx, {
        schema: answerArgs(),
        args: { as: a.email, answer: f.answer, reason: f.reason },
        field: (path) => (path[0] === 'answer' ? { id: fieldIds.answer, label: said.legend } : { id: fieldIds.reason, label: said.reason }),
        say: (issue) => (issue.path[0] === 'answer' ? ctx.w.invalid.required : issue.code === 'custom' ? said.reasonRequired : undefined),
      }) ??
      (await sent(ctx, 'answer', () =>
        answerDecision(portal.client, {
          workflowId: state.workflowId,
          actor: actorOf(a.session),
          answer: f.answer as 'no-objection' | 'object',
          reason: f.reason,
        }),
      ));
    return answered(reply, a, 'answer', request.body, errors, f.answer === 'object' ? 'objection' : 'no-objection');
  });

  app.post<Route>('/:id/circulate', { preHandler: csrfCheck, bodyLimit: formLimits.short }, async (request, reply) => {
    const a = await decisionAccess(portal, request, reply);
    if (!a.roles.steers) throw notYours();
    const { ctx, state } = a;
    const label = ctx.w.decisions.circulate.until;
    const { until } = readForm(circulateForm, request.body);
    const errors =
      fieldErrorsOf(ctx, {
        schema: circulateArgs(),
        args: { as: a.email, ...(until ? { until } : {}) },
        field: () => ({ id: fieldIds.until, label }),
        say: (issue) => (issue.code === 'custom' ? ctx.w.invalid.date : undefined),
      }) ??
      (await sent(
        ctx,
        'circulate',
        () => circulateDecision(portal.client, { workflowId: state.workflowId, until, actor: actorOf(a.session) }),
        (reason) => (reason.code === 'silenceEndPast' ? { id: fieldIds.until, label } : undefined),
      ));
    return answered(reply, a, 'circulate', request.body, errors, 'circulated');
  });

  app.post<Route>('/:id/meeting', { preHandler: csrfCheck, bodyLimit: formLimits.meeting }, async (request, reply) => {
    const a = await decisionAccess(portal, request, reply);
    if (!a.roles.steers) throw notYours();
    const { ctx, state } = a;
    const r = ctx.w.decisions.record;
    const f = readForm(meetingForm, request.body);
    const members = a.roles.members;
    const indexOf = (email: string) => {
      const i = members.findIndex((m) => sameAddress(m.email, email));
      return i < 0 ? members.length : i;
    };
    // Each member's objection, in the order of the form; a field left empty is no objection.
    const objections = Object.entries(f)
      .filter(([name]) => name.startsWith(objectionField('')))
      .map(([name, value]) => ({ member: name.slice(objectionField('').length), reason: objectionText.parse(value).trim() }))
      .filter((o) => o.reason)
      .sort((x, y) => indexOf(x.member) - indexOf(y.member));
    const args = { as: a.email, heldOn: f.heldOn, present: f.present, minutes: f.minutes, objections };
    const field = (path: Issue['path']): { id?: string; label: string } => {
      if (path[0] === 'heldOn') return { id: fieldIds.heldOn, label: r.heldOn };
      if (path[0] === 'minutes') return { id: fieldIds.minutes, label: r.minutes };
      if (path[0] === 'objections' && typeof path[1] === 'number') {
        const member = members[indexOf(objections[path[1]]?.member ?? '')];
        return member ? { id: fieldIds.objection(indexOf(member.email)), label: objectionLabel(ctx, member) } : { label: r.members };
      }
      return { id: fieldIds.present, label: r.members };
    };
    const errors =
      fieldErrorsOf(ctx, {
        schema: meetingArgs(),
        args,
        field,
        say: (issue) => (issue.code === 'custom' && issue.path[0] === 'heldOn' ? ctx.w.invalid.date : undefined),
      }) ??
      (await sent(
        ctx,
        'meeting',
        () => recordDecisionMeeting(portal.client, { workflowId: state.workflowId, actor: actorOf(a.session), ...args }),
        (reason) => meetingField(ctx, members, reason),
      ));
    return answered(reply, a, 'meeting', request.body, errors, 'meeting');
  });
}
