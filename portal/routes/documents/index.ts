import type { FastifyInstance, FastifyReply } from 'fastify';
import { cycleState } from '../../../app/cycles';
import type { Portal } from '../../context';
import { isFocalPoint, isReviewer, isReviewLead } from '../../../domain/cycle/tasks';
import { notFound, steers, unlessRefused } from '../../access';
import type { DocumentRef } from '../../documents';
import type { Session } from '../../sessions';
import { hasReport } from '../../../domain/reactivation/args';
import { reactivationState } from '../../../app/reactivation';
import { countryRecord } from '../../../app/countries';

/**
 * /documents/<SHA256>?cycle=<ID>: a report's documents, for the people of its cycle only;
 * ?reactivation=<ID>: a reactivation request's, for the country's focal points and the Alliance's members who steer;
 * ?roadmap=<ISO3>: the current roadmap's, for those who read the roadmap (its focal points, who steer, the Working Group);
 * ?past=<ISO3>-<YEAR>: an imported year's, for those who read the country's dossier (who steer).
 */
export function documentRoutes(app: FastifyInstance, portal: Portal): void {
  app.get<{ Params: { sha256: string }; Querystring: { cycle?: string; reactivation?: string; roadmap?: string; past?: string } }>(
    '/:sha256',
    async (request, reply) => {
      const { session } = await portal.visit(request, reply);
      const { sha256 } = request.params;
      const { roadmap, reactivation, past, cycle } = request.query;
      const ref = !session
        ? undefined
        : roadmap !== undefined
          ? await roadmapDocument(portal, session, roadmap, sha256)
          : reactivation !== undefined
            ? await reactivationDocument(portal, session, reactivation, sha256)
            : past !== undefined
              ? await pastDocument(portal, session, past, sha256)
              : await cycleDocument(portal, session, String(cycle ?? ''), sha256);
      return sendDocument(reply, ref, ref && (await portal.documents.get(ref.sha256)));
    },
  );
}

/** A document of a report of the cycle `cycleId`, if this session is one of the cycle's people. */
async function cycleDocument(portal: Portal, session: Session, cycleId: string, sha256: string) {
  const [, , code, year] = cycleId.split('-');
  const state = code && year ? await unlessRefused(cycleState(portal.client, code, year)) : undefined;
  const allowed =
    state &&
    (!session.task || session.task.workflowId === state.cycleId) &&
    (isFocalPoint(state.country, session.email) || isReviewer(state, session.email) || isReviewLead(state, session.email));
  return allowed ? state.submissions.flatMap((s) => s.report.attachments).find((a) => a.sha256 === sha256) : undefined;
}

function sendDocument(reply: FastifyReply, ref: DocumentRef | undefined, content: Buffer | undefined) {
  if (!ref || !content) throw notFound();
  return reply
    .type(ref.type)
    .header('content-disposition', `attachment; filename="${ref.name.replace(/[^\w.\- ]/g, '_')}"`)
    .send(content);
}

/** A document of the reactivation request `workflowId`, if this session may read it. */
async function reactivationDocument(portal: Portal, session: Session, workflowId: string, sha256: string) {
  const [, code] = /^reactivation-([A-Z]{3})-\d+$/.exec(workflowId) ?? [];
  if (!code || (session.task && session.task.workflowId !== workflowId)) return undefined;
  const member = await portal.registry.member(session.email);
  if (!member || !(steers(member) || member.focalPointOf.includes(code))) return undefined;
  const state = await reactivationState(portal.client, workflowId, portal.settings.stores.records).catch(() => undefined);
  if (!state || !hasReport(state.request)) return undefined;
  const { report, letter } = state.request;
  return [...report.attachments, ...(letter.document ? [letter.document] : [])].find((d) => d.sha256 === sha256);
}

/** A document of the country's current roadmap, if this session may read the roadmap (as its page decides). */
async function roadmapDocument(portal: Portal, session: Session, code: string, sha256: string) {
  if (!/^[A-Z]{3}$/.test(code) || session.task) return undefined;
  const member = await portal.registry.member(session.email);
  const record = await unlessRefused(countryRecord(portal.client, code));
  if (!member || !record || !(steers(member) || member.workingGroup || member.focalPointOf.includes(code))) return undefined;
  return record.roadmaps
    .filter((v) => v.document)
    .at(-1)
    ?.document?.attachments?.find((d) => d.sha256 === sha256);
}

/** A document of a year imported from before this system (`<ISO3>-<YEAR>`), if this session may read the dossier (as its page decides). */
async function pastDocument(portal: Portal, session: Session, past: string, sha256: string) {
  const [, code, year] = /^([A-Z]{3})-(\d{4})$/.exec(past) ?? [];
  if (!code || session.task) return undefined;
  const member = await portal.registry.member(session.email);
  if (!member || !steers(member)) return undefined;
  const record = await unlessRefused(countryRecord(portal.client, code));
  return record?.cycles.find((c) => c.year === Number(year))?.imported?.documents?.find((d) => d.sha256 === sha256);
}
