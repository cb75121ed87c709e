import type { MultipartFile } from '@fastify/multipart';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { changeFocalPoints, importRegistry } from '../../../app/countries';
import { assignReviewers, extendDeadline, openYear } from '../../../app/cycles';
import { InputRejected, isRefusal } from '../../../app/errors';
import { actorOf, type Session } from '../../auth';
import type { Portal } from '../../server';
import { emailPattern } from '../../people';
import { namedAddresses } from '../../form-values';
import { secretariatPage } from './secretariat-page';
import { signedInAs } from '../../access';

// The secretariat's page: a signed-in member of the secretariat (from the registry) opens years, moves
// deadlines, replaces reviewers, focal points and deputies, and imports the registry, through the same
// application layer as the CLI; and ends a person's portal sessions.

type Form = Record<string, string | undefined>;

export function registerSecretariatRoutes(app: FastifyInstance, portal: Portal): void {
  const csrfCheck = app.csrfProtection.bind(app);

  const secretariat = (request: FastifyRequest, reply: FastifyReply) => signedInAs(portal, request, reply, (member) => member.secretariat);

  /** Runs an action and shows what it did, or the refusal with its reason; anything else goes on up. */
  const act = async (request: FastifyRequest, reply: FastifyReply, run: (session: Session) => Promise<string>) => {
    const access = await secretariat(request, reply);
    if (!access) return reply;
    try {
      const text = await run(access.session);
      return reply.type('text/html').send(String(secretariatPage(access.ctx, { ok: true, text })));
    } catch (error) {
      if (!isRefusal(error)) throw error;
      return reply
        .code(422)
        .type('text/html')
        .send(String(secretariatPage(access.ctx, { ok: false, text: error.message })));
    }
  };

  app.get('/secretariat', async (request, reply) => {
    const access = await secretariat(request, reply);
    if (!access) return reply;
    return reply.type('text/html').send(String(secretariatPage(access.ctx)));
  });

  app.post<{ Body: Form }>('/secretariat/open-year', { preHandler: csrfCheck }, (request, reply) =>
    act(request, reply, async () => {
      const f = request.body ?? {};
      const countries = f.countries
        ?.split(',')
        .map((c) => c.trim())
        .filter(Boolean);
      const results = await openYear(portal.client, { year: f.year ?? '', countries: countries?.length ? countries : undefined });
      return results.map((r) => `${r.country}: ${r.result}${r.reason ? ` (${r.reason})` : ''}`).join('; ') || 'no countries registered';
    }),
  );

  app.post<{ Body: Form }>('/secretariat/extend', { preHandler: csrfCheck }, (request, reply) =>
    act(request, reply, async (session) => {
      const f = request.body ?? {};
      const s = await extendDeadline(portal.client, {
        country: f.country ?? '',
        year: f.year ?? '',
        until: f.until ?? '',
        reason: f.reason ?? '',
        actor: actorOf(session),
      });
      return `${s.country.code} ${s.year}: deadline extended to ${s.deadline}`;
    }),
  );

  app.post<{ Body: Form }>('/secretariat/reviewers', { preHandler: csrfCheck }, (request, reply) =>
    act(request, reply, async (session) => {
      const f = request.body ?? {};
      const s = await assignReviewers(portal.client, {
        country: f.country ?? '',
        year: f.year ?? '',
        reviewers: namedAddresses(f.reviewers),
        actor: actorOf(session),
      });
      return `${s.country.code} ${s.year}: reviewers ${s.reviewers.map((r) => r.email).join(', ')}`;
    }),
  );

  app.post<{ Body: Form }>('/secretariat/focal-points', { preHandler: csrfCheck }, (request, reply) =>
    act(request, reply, async (session) => {
      const f = request.body ?? {};
      const role = f.role === 'deputy' ? 'deputy' : 'focalPoint';
      const person = { name: f.name ?? '', email: f.email ?? '', language: f.language, zone: f.zone };
      const r = await changeFocalPoints(portal.client, { country: f.country ?? '', people: { [role]: person }, actor: actorOf(session) });
      portal.registry.forget();
      return `${r.country.code}: focal point ${r.country.focalPoint.email}, deputy ${r.country.deputy.email}`;
    }),
  );

  // Whoever lost a device, or left, is signed out everywhere at once.
  app.post<{ Body: Form }>('/secretariat/sessions', { preHandler: csrfCheck }, (request, reply) =>
    act(request, reply, async () => {
      const email = (request.body?.email ?? '').trim();
      if (!emailPattern.test(email)) throw new InputRejected('email: enter the e-mail address whose sessions to end');
      const ended = await portal.auth.endAllOf(email);
      return `${email}: ${ended} portal session${ended === 1 ? '' : 's'} ended`;
    }),
  );

  app.post<{ Body: { registry?: MultipartFile } }>(
    '/secretariat/registry',
    { preHandler: csrfCheck, config: { uploads: true } },
    (request, reply) =>
      act(request, reply, async () => {
        const file = request.body?.registry;
        let registry: unknown;
        try {
          registry = JSON.parse(file && file.type === 'file' ? (await file.toBuffer()).toString('utf8') : '');
        } catch {
          registry = undefined;
        }
        const codes = await importRegistry(portal.client, registry, `registry ${file?.filename ?? ''}`.trim());
        portal.registry.forget();
        return `imported ${codes.length} countries: ${codes.join(', ')}`;
      }),
  );
}
