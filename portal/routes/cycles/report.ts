import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { requestExtension, submitReport, submitRevision } from '../../../app/cycles';
import { html } from '../../html';
import type { Report } from '../../../domain/cycle/report';
import { requestExtensionArgs } from '../../../domain/cycle/args';
import type { CycleState, CycleSummary } from '../../../domain/cycle/state';
import { actorOf } from '../../auth';
import { problemOfChecked, type Issue } from '../../issues';
import { checkedForm } from '../../views/form-errors';
import { reportToForm, withRoadmapAreas, type FormValues } from './report-form';
import { planned } from './planned';
import { readReportUpload, valuesOf, type UploadBody } from './report-upload';
import type { Portal } from '../../context';
import { message, page, type PageContext } from '../../views/layout';
import { reportFormPage, type ReportFormView } from './report-page';
import { dueLine } from '../../views/due';
import { country, titled } from '../../views/say';
import { problemOf, sendPage } from '../../access';
import { readForm } from '../../form';
import { extensionForm } from './forms';
import { taskAccess, type TaskParams } from './access';
import { getJson, type ObjectStore } from '../../../store/object-store';
import { formLimits, uploadLimits } from '../../body-limits';

/** The indicator framework published last year, to start this year's table from. */
async function lastYearsFramework(published: ObjectStore, code: string, year: number): Promise<Partial<Report>> {
  const framework = await getJson<Report['indicatorFramework']>(published, `${code}/${year - 1}/indicator-framework.json`);
  return framework ? { indicatorFramework: { updated: false, indicators: framework.indicators } } : {};
}

/** /cycles/<CODE>/<YEAR>/report, /revision and /extension: a focal point's report, its revision, and a request for more time. */
export function reportRoutes(app: FastifyInstance, portal: Portal): void {
  const csrfCheck = app.csrfProtection.bind(app);
  const maxMb = Math.round(portal.settings.maxAttachmentBytes / 1024 / 1024);
  const limits = uploadLimits(portal.settings.maxAttachmentBytes).report;
  const form = async (
    ctx: PageContext,
    zone: string,
    state: CycleState,
    kind: 'report' | 'revision',
    values: FormValues,
    errors: Record<string, Issue>,
    problems: string[],
    moreTime: Partial<ReportFormView['moreTime']> = {},
  ) => {
    const plan = await planned(portal, state.country.code, state.year);
    // A report with no progress rows yet starts from the roadmap's priority areas.
    const shown = kind === 'report' ? withRoadmapAreas(values, plan.roadmapAreas?.map((a) => a.title) ?? []) : values;
    return reportFormPage(ctx, {
      ...plan,
      title: titled(ctx, kind === 'report' ? ctx.w.reportTitle : ctx.w.revisionTitle, `${country(ctx, state.country)} ${state.year}`),
      action: `/cycles/${state.country.code}/${state.year}/${kind}`,
      values: shown,
      errors,
      problems,
      due: dueLine(ctx, state.windowEndsAt ?? state.deadline, zone),
      comments: kind === 'revision' ? state.reviews.at(-1)?.comments : undefined,
      attachments: state.submissions.at(-1)?.report.attachments ?? [],
      maxMb,
      moreTime: kind === 'report' ? { action: `/cycles/${state.country.code}/${state.year}/extension`, ...moreTime } : undefined,
    });
  };

  // A focal point asks for more time from the report page; the report's own link admits them.
  const extensionOptions = { preHandler: csrfCheck, bodyLimit: formLimits.short };
  app.post<{ Params: TaskParams }>('/:code/:year/extension', extensionOptions, async (request, reply) => {
    const { state, ctx, session, zone } = await taskAccess(portal, request, reply, 'report');
    const { days, reason } = readForm(extensionForm, request.body);
    let after: CycleSummary | undefined;
    const label = (path: PropertyKey[]) => (path[0] === 'days' ? ctx.w.moreTime.days : ctx.w.moreTime.reason);
    const check = {
      schema: requestExtensionArgs(),
      args: { as: session.email, days: Number(days.trim() || NaN), reason },
      label,
      field: (path: PropertyKey[]) => ({ id: path[0] === 'days' ? 'moreTime-days' : 'moreTime-reason', label: label(path) }),
    };
    const errors = await checkedForm(
      ctx,
      check,
      () =>
        problemOfChecked(
          ctx,
          check,
          async () =>
            (after = await requestExtension(portal.client, {
              country: state.country.code,
              year: state.year,
              days,
              reason,
              actor: actorOf(session),
            })),
        ),
      { days: 'moreTime-days', reason: 'moreTime-reason' },
    );
    if (errors || !after) {
      const start = reportToForm(
        state.submissions.at(-1)?.report ?? (await lastYearsFramework(portal.settings.stores.published, state.country.code, state.year)),
      );
      return sendPage(reply, 422, await form(ctx, zone, state, 'report', start, {}, [], { days, reason, errors }));
    }
    const text =
      after.deadline !== state.deadline ? html`${ctx.w.moreTime.granted} ${dueLine(ctx, after.deadline, zone)}` : ctx.w.moreTime.sent;
    return sendPage(
      reply,
      200,
      page(
        ctx,
        `${ctx.w.moreTime.title} ${country(ctx, state.country)} ${state.year}`,
        html`<p class="notice" role="status">${text}</p><p><a href="/">${ctx.w.myTasks}</a></p>`,
      ),
    );
  });

  for (const kind of ['report', 'revision'] as const) {
    app.get<{ Params: TaskParams }>(`/:code/:year/${kind}`, async (request, reply) => {
      const { state, ctx, zone } = await taskAccess(portal, request, reply, kind);
      // A revision starts from the last submission; a first report from last year's published framework.
      const last = state.submissions.at(-1)?.report;
      const start = last
        ? reportToForm(last)
        : reportToForm(await lastYearsFramework(portal.settings.stores.published, state.country.code, state.year));
      return sendPage(reply, 200, await form(ctx, zone, state, kind, start, {}, []));
    });

    // Only a signed-in person's upload is read at all; the CSRF token, in the body, is checked once it is read.
    app.post<{ Params: TaskParams; Body: UploadBody }>(
      `/:code/:year/${kind}`,
      { preHandler: csrfCheck, bodyLimit: limits.bodyLimit, config: { uploads: true, multipartOptions: limits.multipartOptions } },
      async (request: FastifyRequest<{ Params: TaskParams; Body: UploadBody }>, reply: FastifyReply) => {
        const { state, ctx, session, zone } = await taskAccess(portal, request, reply, kind);
        const body = request.body;
        const values = valuesOf(body);
        const again = async (errors: Record<string, Issue>, problems: string[]) =>
          sendPage(reply, 422, await form(ctx, zone, state, kind, values, errors, problems));

        const read = await readReportUpload(portal, ctx, body, { kept: state.submissions.at(-1)?.report.attachments ?? [], maxMb });
        if (!read.ok) return again(read.errors, read.problems);
        const report = read.report;
        const task = { country: state.country.code, year: state.year, report, actor: actorOf(session) };
        const problem = await problemOf(ctx, () =>
          kind === 'report' ? submitReport(portal.client, task) : submitRevision(portal.client, task),
        );
        if (problem) return again({}, [`${ctx.w.refused} ${problem}`]);
        return sendPage(
          reply,
          200,
          message(ctx, titled(ctx, ctx.w.reportTitle, `${country(ctx, state.country)} ${state.year}`), ctx.w.reportReceived),
        );
      },
    );
  }
}
