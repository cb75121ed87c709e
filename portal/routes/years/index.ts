import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import { decideExtension } from '../../../app/cycles';
import { yearDashboard } from '../../../app/years';
import { actorOf } from '../../auth';
import type { Portal } from '../../context';
import { filterRows, rowFilter, rowsAsCsv } from './year-rows';
import { yearPage } from './year-page';
import { notFound, problemOf, sendPage, signedInAs, steers, unlessRefused, type Access } from '../../access';
import { readForm, text } from '../../form';
import { formLimits } from '../../body-limits';
import { refusalErrors } from '../../views/form-errors';
import type { DecisionFailed } from './year-page';

type Query = { stage?: string; risk?: string; decided?: string };

const extensionDecisionForm = z.object({ decision: text(), note: text(2000) });

/**
 * /years/<YEAR> (and .csv): the year's dashboard, for the secretariat and the GCM only; the secretariat
 * decides requests for more time there.
 */
export function yearRoutes(app: FastifyInstance, portal: Portal): void {
  const csrfCheck = app.csrfProtection.bind(app);
  const options = { preHandler: csrfCheck, bodyLimit: formLimits.short };
  const ui = portal.settings.temporalUiUrl;
  const run = ui
    ? (workflowId: string) =>
        `${ui}/namespaces/${encodeURIComponent(portal.client.options.namespace)}/workflows/${encodeURIComponent(workflowId)}`
    : undefined;

  const dashboard = async (reply: FastifyReply, access: Access, year: string, query: Query, failed?: DecisionFailed) => {
    const view = await unlessRefused(yearDashboard(portal.client, year));
    if (!view) throw notFound();
    const filter = rowFilter(query);
    const decided =
      query.decided && /^[A-Z]{3}$/.test(query.decided) ? { ok: true, text: access.ctx.w.staff.years.decided(query.decided) } : undefined;
    const page = yearPage(access.ctx, view, filterRows(view, filter), filter, {
      run,
      canDecide: !!access.member?.secretariat,
      outcome: decided,
      failed,
    });
    return sendPage(reply, failed ? 422 : 200, page);
  };

  app.get<{ Params: { year: string }; Querystring: Query }>('/:year', async (request, reply) => {
    const access = await signedInAs(portal, request, reply, steers);
    const [, year, csv] = /^(\d{4})(\.csv)?$/.exec(request.params.year) ?? [];
    if (!year) throw notFound();
    if (!csv) return dashboard(reply, access, year, request.query);
    const view = await unlessRefused(yearDashboard(portal.client, year));
    if (!view) throw notFound();
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="pathfinder-${year}.csv"`)
      .send(rowsAsCsv(filterRows(view, rowFilter(request.query))));
  });

  app.post<{ Params: { year: string; code: string } }>('/:year/extensions/:code', options, async (request, reply) => {
    const access = await signedInAs(portal, request, reply, (member) => member.secretariat);
    const { year, code } = request.params;
    const f = readForm(extensionDecisionForm, request.body);
    // Anything but grant or refuse is the workflow validator's to refuse, naming the field.
    const decision = f.decision as 'grant' | 'refuse';
    const problem = await problemOf(access.ctx, () =>
      decideExtension(portal.client, { country: code, year, decision, note: f.note, actor: actorOf(access.session) }),
    );
    if (problem) {
      const country = code.toUpperCase();
      const errors = refusalErrors(problem, { note: `note-${country}` })!;
      return dashboard(reply, access, year, {}, { country, note: f.note, errors });
    }
    return reply.redirect(`/years/${year}?decided=${code.toUpperCase()}`, 303);
  });
}
