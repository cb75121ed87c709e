import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { decide, escalationStatus, proposeEnd, proposeSupport, recordDialogue, startSupport } from '../../../app/escalation';
import { InputRejected } from '../../../app/errors';
import { escalationWorkflowId } from '../../../domain/shared/workflow-ids';
import { actorOf } from '../../auth';
import type { Portal } from '../../context';
import { readForm } from '../../form';
import { namedAddresses } from '../../form-values';
import { notFound, notYours, problemOf, sendPage, signedInFor, steers, unlessRefused } from '../../access';
import { decisionForm, dialogueForm, supportForm } from './forms';
import { escalationFieldsByPath, escalationPage, type EscalationAction } from './escalation-page';
import { refusalErrors, typedValues } from '../../views/form-errors';
import { formLimits } from '../../body-limits';

type Flagged = { Params: { code: string; year: string; action?: string }; Querystring: { recorded?: string } };

/**
 * /escalations/<CODE>/<YEAR>: a country flagged two cycles running (R20–R22). GCM members record the
 * dialogue; they, the Chair and the secretariat propose the support sub-group and the end, which the GCM
 * decides as a body (escalations begun before 1.1: a member forms and decides). The workflow's own sender
 * check has the last word.
 */
export function escalationRoutes(app: FastifyInstance, portal: Portal): void {
  const csrfCheck = app.csrfProtection.bind(app);

  const escalation = async (request: FastifyRequest<Flagged>, reply: FastifyReply) => {
    const { code, year } = request.params;
    const state = await unlessRefused(escalationStatus(portal.client, { country: code, year }));
    const access = await signedInFor(portal, request, reply, 'escalation', escalationWorkflowId(code.toUpperCase(), Number(year)));
    if (!state) throw notFound();
    if (!access.member || !steers(access.member)) throw notYours();
    const { gcm, secretariat } = access.member;
    const rights = { dialogue: gcm, propose: state.proposals ? gcm || secretariat : gcm };
    return { ...access, state, rights };
  };

  app.get<Flagged>('/:code/:year', async (request, reply) => {
    const e = await escalation(request, reply);
    return sendPage(reply, 200, escalationPage(e.ctx, e.state, e.rights, request.query.recorded));
  });

  app.post<Flagged>('/:code/:year/:action', { preHandler: csrfCheck, bodyLimit: formLimits.threeTexts }, async (request, reply) => {
    const e = await escalation(request, reply);
    const action = request.params.action;
    if (!(action === 'dialogue' ? e.rights.dialogue : e.rights.propose)) throw notYours();
    const flagged = { country: e.state.country.code, year: e.state.year, actor: actorOf(e.session) };
    const proposing = e.state.proposals !== undefined;
    const problem = await problemOf(e.ctx, () => {
      if (action === 'dialogue') {
        const f = readForm(dialogueForm, request.body);
        const wayForward = { summary: f.wayForward, supportNeeded: f.supportNeeded, roadmapUpdate: f.roadmapUpdate };
        const dialogue = { topics: f.topics, circumstances: f.circumstances, unreportedProgress: f.unreportedProgress, wayForward };
        return recordDialogue(portal.client, { ...flagged, dialogue });
      }
      if (action === 'support') {
        const f = readForm(supportForm, request.body);
        const support = {
          ...flagged,
          mechanisms: f.mechanisms,
          members: namedAddresses(f.members),
          checkInEveryDays: Number(f.checkInEveryDays || 30),
        };
        if (!proposing) return startSupport(portal.client, support);
        return proposeSupport(portal.client, { ...support, ...(f.mandateMonths && { mandateMonths: Number(f.mandateMonths) }) });
      }
      if (action === 'decide') {
        const f = readForm(decisionForm, request.body);
        if (proposing) return proposeEnd(portal.client, { ...flagged, decision: f.decision as 'resumed' | 'inactive', reason: f.reason });
        // Anything but the values the form offers is the workflow validator's to refuse, naming the field.
        const takenAt = { how: f.how as 'meeting' | 'written-procedure', on: f.on, reference: f.reference };
        return decide(portal.client, { ...flagged, decision: f.decision as 'resumed' | 'inactive', reason: f.reason, takenAt });
      }
      throw InputRejected.because({ code: 'notAction', action: String(action) });
    });
    if (problem) {
      const known = Object.hasOwn(escalationFieldsByPath, action ?? '');
      const errors = refusalErrors(problem, known ? escalationFieldsByPath[action as EscalationAction] : {})!;
      const failed = { action: action ?? '', values: typedValues(request.body), errors };
      return sendPage(reply, 422, escalationPage(e.ctx, e.state, e.rights, undefined, failed));
    }
    const recorded = proposing && action !== 'dialogue' ? 'proposed' : action;
    return reply.redirect(`/escalations/${e.state.country.code}/${e.state.year}?recorded=${recorded}`, 303);
  });
}
