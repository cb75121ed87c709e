import type { FastifyInstance } from 'fastify';
import { TokenRefused } from '../../activities/tokens';
import { signInLinkMinutes } from '../auth';
import { findMember } from '../people';
import type { Portal } from '../server';
import { countryTasks, openTasks, pathOfTask } from '../tasks';
import { message } from '../views/layout';
import { signInPage } from '../views/sign-in';
import { tasksPage } from '../views/tasks';

const emailPattern = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:"]+$/;

export function registerSessionRoutes(app: FastifyInstance, portal: Portal): void {
  const csrfCheck = app.csrfProtection.bind(app);
  const { auth, client } = portal;

  app.get('/', async (request, reply) => {
    const session = await auth.session(request);
    const ctx = await portal.page(request, reply, session);
    if (!session) return reply.type('text/html').send(String(signInPage(ctx)));
    if (session.task) return reply.redirect(pathOfTask(session.task));
    const member = await findMember(client, session.email);
    const [tasks, others] = await Promise.all([openTasks(client, session.email), countryTasks(client, session.email)]);
    return reply.type('text/html').send(String(tasksPage(ctx, tasks, others, member?.person.zone ?? 'Europe/Zurich', member?.secretariat)));
  });

  // The same answer whether or not the address is registered, so the form tells nobody who is.
  app.post<{ Body: { email?: string } }>('/sign-in', { preHandler: csrfCheck, config: { rateLimit: { max: 5, timeWindow: '1 minute' } } }, async (request, reply) => {
    const email = String(request.body?.email ?? '').trim().slice(0, 254);
    const member = emailPattern.test(email) ? await findMember(client, email) : undefined;
    if (member) {
      const ctx = await portal.page(request, reply, { email: member.person.email });
      await portal.mailer.sendMail({
        from: portal.settings.mailFrom,
        to: { name: member.person.name, address: member.person.email },
        subject: ctx.w.signIn,
        text: `${member.person.name},\n\n${ctx.w.signInMail(signInLinkMinutes)}\n\n${await auth.signInLink(member.person.email)}\n\n— ${ctx.w.portal}\n`,
        headers: { 'X-Pathfinder-Kind': 'sign-in' },
      });
    }
    const ctx = await portal.page(request, reply);
    return reply.type('text/html').send(String(signInPage(ctx, true)));
  });

  app.get<{ Querystring: { token?: string } }>('/auth', async (request, reply) => {
    try {
      await auth.open(reply, { email: await auth.signedIn(String(request.query.token ?? '')) });
      return reply.redirect('/');
    } catch (error) {
      if (!(error instanceof TokenRefused)) throw error;
      const ctx = await portal.page(request, reply);
      return reply.code(401).type('text/html').send(String(message(ctx, ctx.w.signIn, error.reason === 'expired' ? ctx.w.linkExpired : ctx.w.linkInvalid)));
    }
  });

  // An action link signs its person in for its one task.
  app.get<{ Querystring: { token?: string } }>('/act', async (request, reply) => {
    try {
      const { email, task } = await auth.actionLink(String(request.query.token ?? ''));
      await auth.open(reply, { email, task });
      return reply.redirect(pathOfTask(task));
    } catch (error) {
      if (!(error instanceof TokenRefused)) throw error;
      const ctx = await portal.page(request, reply);
      return reply.code(401).type('text/html').send(String(message(ctx, ctx.w.signIn, error.reason === 'expired' ? ctx.w.linkExpired : ctx.w.linkInvalid)));
    }
  });

  app.post('/sign-out', { preHandler: csrfCheck }, async (_request, reply) => {
    auth.close(reply);
    return reply.redirect('/');
  });
}
