import { z } from 'zod';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { TokenRefused } from '../../../client/tokens';
import { signInLinkMinutes, type Session } from '../../auth';
import { emailPattern } from '../../people';
import { sameAddress } from '../../../domain/shared/country';
import type { Portal } from '../../context';
import { message } from '../../views/layout';
import { linkConfirmPage, signInPage } from './sign-in-page';
import { words } from '../../i18n';
import { linkedElsewhere, sendPage } from '../../access';
import { pathOfTask } from '../../tasks';
import { readForm, text } from '../../form';
import { formLimits } from '../../body-limits';

const signInForm = z.object({ email: text() });

/** /sign-in, /auth, /act and /sign-out: signing in by e-mail link, opening a task's link, signing out. */
export function signInRoutes(app: FastifyInstance, portal: Portal): void {
  const csrfCheck = app.csrfProtection.bind(app);
  const { auth } = portal;
  const organisation = !!portal.settings.oidc;

  // The same answer, at once, whether or not the address is registered and whether or not its e-mail goes
  // out, so the form tells nobody who is: the count is taken and the e-mail sent after answering. Per client
  // (five a minute) and per address (a few an hour), so that nobody floods a mailbox through it.
  app.post(
    '/sign-in',
    { preHandler: csrfCheck, bodyLimit: formLimits.address, config: { signedOut: true, rateLimit: { max: 5, timeWindow: '1 minute' } } },
    async (request, reply) => {
      const email = readForm(signInForm, request.body).email.trim().slice(0, 254);
      const member = emailPattern.test(email) ? await portal.registry.member(email) : undefined;
      if (member) {
        const { person } = member;
        const w = words[person.language];
        const sent = auth.takeSignInMail(person.email).then(async (allowed) => {
          if (!allowed) return;
          await portal.mailer.sendMail({
            from: portal.settings.mailFrom,
            to: { name: person.name, address: person.email },
            subject: w.signIn,
            text: `${person.name},\n\n${w.signInMail(signInLinkMinutes)}\n\n${await auth.signInLink(person.email)}\n\n— ${w.portal}\n`,
            headers: { 'X-Pathfinder-Kind': 'sign-in' },
          });
        });
        sent.catch((error: unknown) => request.log.warn({ err: error }, 'a sign-in e-mail could not be sent'));
      }
      return sendPage(reply, 200, signInPage(portal.page(request, reply), { sent: true, organisation }));
    },
  );

  /** A link that cannot sign anyone in: expired, used, or not one the portal trusts. */
  const linkRefused = (request: FastifyRequest, reply: FastifyReply, error: TokenRefused) => {
    const ctx = portal.page(request, reply);
    const text = { expired: ctx.w.linkExpired, used: ctx.w.linkUsed, invalid: ctx.w.linkInvalid }[error.reason];
    return sendPage(reply, 401, message(ctx, ctx.w.signIn, text));
  };
  const whereTo = (session: Session) => (session.task ? pathOfTask(session.task) : '/');
  /** Whether the browser's session already is this one: its person's, for all their tasks or for this one. */
  const covers = (current: Session | undefined, { email, task }: Session) =>
    !!current &&
    sameAddress(current.email, email) &&
    (!current.task || (!!task && !linkedElsewhere(current, task.task, task.workflowId) && current.task.round === task.round));

  for (const kind of ['auth', 'act'] as const) {
    // Opening a link takes its token out of the address (and so out of Referer headers, history and logs)
    // into a cookie for the question that follows.
    app.get<{ Querystring: { token?: string } }>(`/${kind}`, async (request, reply) => {
      if (request.query.token !== undefined) {
        auth.holdLink(reply, kind, String(request.query.token));
        return reply.redirect(`/${kind}`, 303);
      }
      try {
        const { session, once } = await auth.sessionOf(kind, auth.heldLink(request));
        const current = await portal.currentSession(request);
        if (covers(current?.session, session)) {
          auth.releaseLink(reply, kind);
          return reply.redirect(whereTo(session), 303);
        }
        if (await auth.wasUsed(once)) throw new TokenRefused('used');
        const ctx = portal.page(request, reply, current?.member, current?.session.email);
        return sendPage(reply, 200, linkConfirmPage(ctx, kind, session.email));
      } catch (error) {
        if (!(error instanceof TokenRefused)) throw error;
        return linkRefused(request, reply, error);
      }
    });

    // The click that opens the session: a link's one use.
    app.post(`/${kind}`, { preHandler: csrfCheck, bodyLimit: formLimits.address, config: { signedOut: true } }, async (request, reply) => {
      try {
        const { session, once } = await auth.sessionOf(kind, auth.heldLink(request));
        if (!(await auth.useOnce(once))) throw new TokenRefused('used');
        await auth.close(request, reply);
        await auth.open(reply, session);
        auth.releaseLink(reply, kind);
        return reply.redirect(whereTo(session), 303);
      } catch (error) {
        if (!(error instanceof TokenRefused)) throw error;
        return linkRefused(request, reply, error);
      }
    });
  }

  app.post('/sign-out', { preHandler: csrfCheck, bodyLimit: formLimits.address, config: { signedOut: true } }, async (request, reply) => {
    await auth.close(request, reply);
    return reply.redirect('/', 303);
  });
}
