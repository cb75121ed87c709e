import type { FastifyInstance } from 'fastify';
import { sendPage, signedInAs } from '../../access';
import type { Portal } from '../../context';
import { partnersPage, type OpenRequest } from './page';

/**
 * /partners: the open requests for assistance a partner may offer on, through its mechanisms, across every
 * country (DESIGN.md §8); the secretariat sees them all. Read from the registry's records.
 */
export function partnerRoutes(app: FastifyInstance, portal: Portal): void {
  app.get('/', async (request, reply) => {
    const { ctx, member } = await signedInAs(portal, request, reply, (m) => m.partnerOf.length > 0 || m.secretariat);
    const records = await portal.registry.records();
    const partners = records
      .flatMap((r) => r.governance.partners ?? [])
      .filter((p, i, all) => member.partnerOf.includes(p.name) && all.findIndex((o) => o.name === p.name) === i);
    const offered = new Set(member.secretariat ? ['I', 'II', 'III', 'IV'] : partners.flatMap((p) => p.mechanisms));
    const open: OpenRequest[] = records.flatMap((r) =>
      (r.assistance?.open ?? [])
        .filter((req) => offered.has(req.mechanism) && (r.status === 'active' || (r.status === 'inactive' && req.reactivation)))
        .map((req) => ({ code: r.country.code, countryName: r.country.name, request: req })),
    );
    return sendPage(reply, 200, partnersPage(ctx, partners, open));
  });
}
