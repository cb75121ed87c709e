import type { FastifyReply, FastifyRequest } from 'fastify';
import { countryRecord } from '../../../app/countries';
import { candidacyWorkflowId, countryWorkflowId } from '../../../domain/shared/workflow-ids';
import type { Portal } from '../../context';
import { isFocalPoint } from '../../../domain/cycle/tasks';
import { linkedElsewhere, notFound, notYours, signedIn, unlessRefused } from '../../access';

/**
 * The country's focal point or deputy, and its record, for what a country itself is asked outside a
 * reporting cycle: a candidate's planning steps (R5–R10), an inactive country's reactivation request (R23).
 */
export async function countryAccess(
  portal: Portal,
  request: FastifyRequest<{ Params: { code: string } }>,
  reply: FastifyReply,
  task: 'candidacy' | 'reactivation',
) {
  const { session, ctx } = await signedIn(portal, request, reply);
  const record = await unlessRefused(countryRecord(portal.client, request.params.code));
  if (!record) throw notFound();
  const code = record.country.code;
  if (linkedElsewhere(session, task, task === 'candidacy' ? candidacyWorkflowId(code) : countryWorkflowId(code))) throw notYours();
  if (!isFocalPoint(record.country, session.email)) throw notYours();
  return { session, ctx, record };
}
