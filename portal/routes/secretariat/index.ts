import type { MultipartFile } from '@fastify/multipart';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { changeFocalPoints, importRegistry } from '../../../app/countries';
import { assignReviewers, extendDeadline, openYear } from '../../../app/cycles';
import { InputRejected, isRefusal } from '../../../app/errors';
import { actorOf, type Session } from '../../auth';
import type { Portal } from '../../context';
import { emailPattern } from '../../people';
import { namedAddresses } from '../../form-values';
import { secretariatFailed, secretariatPage, type SecretariatForm } from './secretariat-page';
import { refusalText } from '../../refusals';
import { Refusal, sendPage, signedInAs } from '../../access';
import { readForm } from '../../form';
import { extendForm, focalPointForm, openYearForm, reviewersForm, sessionsForm } from './forms';
import { formLimits, uploadLimits } from '../../body-limits';
import type { PageContext } from '../../views/layout';
import { dayAndHour } from '../../views/say';

/** What an action says it did, in the reader's words. */
type Said = PageContext['w']['staff']['secretariat'] & { ctx: PageContext };

/**
 * /secretariat: a signed-in member of the secretariat (from the registry) opens years, moves deadlines,
 * replaces reviewers, focal points and deputies, and imports the registry, through the same application
 * layer as the CLI; and ends a person's portal sessions.
 */
export function secretariatRoutes(app: FastifyInstance, portal: Portal): void {
  const csrfCheck = app.csrfProtection.bind(app);

  const secretariat = (request: FastifyRequest, reply: FastifyReply) => signedInAs(portal, request, reply, (member) => member.secretariat);

  /** Runs an action and shows what it did, or the refusal with its reason at its form; anything else goes on up. */
  const act = async (
    request: FastifyRequest,
    reply: FastifyReply,
    form: SecretariatForm,
    run: (session: Session, say: Said) => Promise<string>,
  ) => {
    const access = await secretariat(request, reply);
    try {
      const text = await run(access.session, { ...access.ctx.w.staff.secretariat, ctx: access.ctx });
      return sendPage(reply, 200, secretariatPage(access.ctx, { ok: true, text }));
    } catch (error) {
      if (!isRefusal(error)) throw error;
      const failed = secretariatFailed(form, refusalText(access.ctx, error), request.body, error.message);
      return sendPage(reply, 422, secretariatPage(access.ctx, undefined, failed));
    }
  };

  app.get('/', async (request, reply) => {
    const { ctx } = await secretariat(request, reply);
    return sendPage(reply, 200, secretariatPage(ctx));
  });

  app.post('/open-year', { preHandler: csrfCheck, bodyLimit: formLimits.short }, (request, reply) =>
    act(request, reply, 'open-year', async (_session, say) => {
      const f = readForm(openYearForm, request.body);
      const countries = f.countries
        .split(',')
        .map((c) => c.trim())
        .filter(Boolean);
      const results = await openYear(portal.client, { year: f.year, countries: countries.length ? countries : undefined });
      const colon = say.ctx.w.terms.colon;
      const lines = results.map((r) => `${r.country}${colon} ${say.opened[r.result]}${r.reason ? ` (${r.reason})` : ''}`);
      return lines.join(say.ctx.w.terms.separator) || say.noCountries;
    }),
  );

  app.post('/extend', { preHandler: csrfCheck, bodyLimit: formLimits.oneText }, (request, reply) =>
    act(request, reply, 'extend', async (session, say) => {
      const f = readForm(extendForm, request.body);
      const s = await extendDeadline(portal.client, { ...f, actor: actorOf(session) });
      return say.extended(`${s.country.code} ${s.year}`, dayAndHour(say.ctx, s.deadline));
    }),
  );

  app.post('/reviewers', { preHandler: csrfCheck, bodyLimit: formLimits.oneText }, (request, reply) =>
    act(request, reply, 'reviewers', async (session, say) => {
      const f = readForm(reviewersForm, request.body);
      const s = await assignReviewers(portal.client, {
        country: f.country,
        year: f.year,
        reviewers: namedAddresses(f.reviewers),
        actor: actorOf(session),
      });
      return say.reviewersNow(`${s.country.code} ${s.year}`, s.reviewers.map((r) => r.email).join(', '));
    }),
  );

  app.post('/focal-points', { preHandler: csrfCheck, bodyLimit: formLimits.short }, (request, reply) =>
    act(request, reply, 'focal-points', async (session, say) => {
      const f = readForm(focalPointForm, request.body);
      const role = f.role === 'deputy' ? 'deputy' : 'focalPoint';
      const person = { name: f.name, email: f.email, language: f.language, zone: f.zone };
      const r = await changeFocalPoints(portal.client, { country: f.country, people: { [role]: person }, actor: actorOf(session) });
      portal.registry.forget();
      return say.peopleNow(r.country.code, r.country.focalPoint.email, r.country.deputy.email);
    }),
  );

  // Whoever lost a device, or left, is signed out everywhere at once.
  app.post('/sessions', { preHandler: csrfCheck, bodyLimit: formLimits.address }, (request, reply) =>
    act(request, reply, 'sessions', async (_session, say) => {
      const email = readForm(sessionsForm, request.body).email.trim();
      if (!emailPattern.test(email)) throw new InputRejected(say.whoseSessions);
      const ended = await portal.auth.endAllOf(email);
      return say.sessionsEnded(email, ended);
    }),
  );

  const { bodyLimit, multipartOptions } = uploadLimits(portal.settings.maxAttachmentBytes).registry;
  const registryOptions = { preHandler: csrfCheck, bodyLimit, config: { uploads: true, multipartOptions } };
  app.post<{ Body: { registry?: MultipartFile } }>('/registry', registryOptions, (request, reply) =>
    act(request, reply, 'registry', async (_session, say) => {
      const file = request.body?.registry;
      // A file cut off at its limit is not read as a shorter registry.
      if (file?.type === 'file' && file.file.truncated) throw new Refusal(413, 'tooLarge');
      let registry: unknown;
      try {
        registry = JSON.parse(file && file.type === 'file' ? (await file.toBuffer()).toString('utf8') : '');
      } catch {
        registry = undefined;
      }
      const codes = await importRegistry(portal.client, registry, `registry ${file?.filename ?? ''}`.trim(), portal.settings.registryKeys);
      portal.registry.forget();
      return say.imported(codes.length, codes.join(', '));
    }),
  );
}
