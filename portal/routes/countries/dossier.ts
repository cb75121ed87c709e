import type { FastifyInstance } from 'fastify';
import { countryAuditTrail } from '../../../app/audit';
import { countryRecord } from '../../../app/countries';
import { listEvents } from '../../../app/events';
import { introductions } from '../../../app/learning';
import type { Portal } from '../../context';
import { notFound, sendPage, signedInAs, steers, unlessRefused } from '../../access';
import { dossierPage } from './dossier-page';

/** /countries/<CODE>/dossier: a country's record and audit trail, for the GCM and the secretariat, who steer; not for a link to one task. */
export function dossierRoutes(app: FastifyInstance, portal: Portal): void {
  app.get<{ Params: { code: string } }>('/:code/dossier', async (request, reply) => {
    const { ctx } = await signedInAs(portal, request, reply, steers);
    const record = await unlessRefused(countryRecord(portal.client, request.params.code));
    if (!record) throw notFound();
    const kept = portal.settings.stores.records;
    const [events, introduced] = await Promise.all([listEvents(portal.client, kept), introductions(portal.client, kept)]);
    return sendPage(reply, 200, dossierPage(ctx, record, await countryAuditTrail(portal.client, kept, record), events, introduced));
  });
}
