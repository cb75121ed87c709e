import { DateTime } from 'luxon';
import type { FastifyInstance } from 'fastify';
import { openCycles } from '../../../app/cycles';
import type { Portal } from '../../context';
import {
  addressesToFix,
  countryTasks,
  decisionTasks,
  openTasks,
  pathOfTask,
  roadmapLinks,
  secretariatZone,
  wgReportTasks,
} from '../../tasks';
import { sendPage, steers } from '../../access';
import { signInPage } from './sign-in-page';
import { tasksPage } from './tasks-page';

/** /: the signed-in person's open tasks, or the sign-in form. */
export function taskListRoutes(app: FastifyInstance, portal: Portal): void {
  const { client } = portal;
  app.get('/', async (request, reply) => {
    const { session, member, ctx } = await portal.visit(request, reply);
    if (!session) return sendPage(reply, 200, signInPage(ctx, { organisation: !!portal.settings.oidc }));
    if (session.task) return reply.redirect(pathOfTask(session.task));
    const [tasks, others, decisions, toFix, wgReports, roadmaps] = await Promise.all([
      openTasks(client, session.email),
      portal.registry.records().then((registry) => countryTasks(client, registry, session.email)),
      portal.registry.records().then((registry) => decisionTasks(client, registry, session.email)),
      member?.secretariat ? openCycles(client).then(addressesToFix) : [],
      portal.registry.records().then((registry) => wgReportTasks(client, registry, member)),
      portal.registry.records().then((registry) => roadmapLinks(registry, session.email)),
    ]);
    const year = DateTime.now().setZone(secretariatZone).year;
    const steering = {
      secretariat: !!member?.secretariat,
      years: member && steers(member) ? [year - 1, year, year + 1] : [],
      toFix,
      partner: !!member?.partnerOf.length,
    };
    return sendPage(
      reply,
      200,
      tasksPage(ctx, tasks, others, member?.person.zone ?? 'Europe/Zurich', steering, decisions, wgReports, roadmaps),
    );
  });
}
