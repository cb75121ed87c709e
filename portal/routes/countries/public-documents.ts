import type { FastifyInstance } from 'fastify';
import { siteKeys, type SiteCountry } from '../../../domain/publication/site';
import { getJson } from '../../../store/object-store';
import { notFound } from '../../access';
import type { Portal } from '../../context';

/** RFC 8187: the name as UTF-8, percent-encoded, for `filename*=`; the plain `filename=` keeps a safe ASCII copy. */
const encoded = (name: string) => encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
const ascii = (name: string) => name.replace(/[^\w.\- ]/g, '_');

/**
 * /countries/<ISO3>/reports/<YEAR>/documents/<SHA256>: a document published with a final report, for everyone.
 * Only what the country's site file lists is served; every part of the address is checked before it becomes a key.
 */
export function publicDocumentRoutes(app: FastifyInstance, portal: Portal): void {
  const published = portal.settings.stores.published;
  app.get<{ Params: { code: string; year: string; sha256: string } }>('/:code/reports/:year/documents/:sha256', async (request, reply) => {
    const { code, year, sha256 } = request.params;
    if (!/^[A-Z]{3}$/.test(code) || !/^\d{4}$/.test(year) || !/^[a-f0-9]{64}$/.test(sha256)) throw notFound();
    const site = await getJson<SiteCountry>(published, siteKeys.country(code));
    const listed = site?.reports.find((r) => r.year === Number(year))?.documents.find((d) => d.sha256 === sha256);
    if (!listed) throw notFound();
    // Its address names its content: the same bytes for ever, so a browser or cache may keep them.
    const etag = `"${sha256}"`;
    reply.header('etag', etag).header('cache-control', 'public, max-age=31536000, immutable');
    if (request.headers['if-none-match']?.split(/\s*,\s*/).includes(etag)) return reply.code(304).send();
    const content = await published.get(siteKeys.document(code, Number(year), sha256));
    if (!content) throw notFound();
    return reply
      .type(listed.type)
      .header('content-disposition', `attachment; filename="${ascii(listed.name)}"; filename*=UTF-8''${encoded(listed.name)}`)
      .send(content);
  });
}
