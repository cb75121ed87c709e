import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { WgReport } from '../../../activities/publisher';
import { reviewWgFlag, signOffWgReport, wgReportOfYear, writeWgNarrative } from '../../../app/wg-report';
import { isRefusal } from '../../../app/errors';
import { flagReviewArgs, narrativeArgs } from '../../../domain/cycle/wg-report-args';
import type { Portal } from '../../context';
import { notFound, notYours, sendPage, signedInAs, steers, unlessRefused } from '../../access';
import { actorOf } from '../../auth';
import { formLimits } from '../../body-limits';
import { readForm, text } from '../../form';
import type { Member } from '../../people';
import { refusalText } from '../../refusals';
import { fieldErrorsOf, refusalErrors, typedValues, type FormErrors } from '../../views/form-errors';
import type { PageContext } from '../../views/layout';
import {
  draftIds,
  wgReportDraftPage,
  wgReportNotYetPage,
  wgReportPdfUnavailablePage,
  wgReportPage,
  wgReportPrintDocument,
  type DraftView,
} from './wg-report-page';
import { PdfUnavailable, wgReportPdfPrinter } from './wg-report-pdf';
import { wgDraftRoles } from '../../tasks';

// /wg-reports/<YEAR> (and .pdf): the Working Group's report (R18). Once signed off (or compiled, before
// 1.1), the published document, for the GCM, the secretariat and the WG, not the public. While the WG
// drafts it, the draft with its forms, for the WG and the secretariat: each member writes a narrative per
// country and confirms or withdraws each proposed flag with its reason; the chair signs it off. Each form is
// sent as the same Update as the CLI's `wg-report narrative`, `wg-report flag` and `wg-report sign-off`.

type Route = { Params: { year: string }; Querystring: { recorded?: string } };

/** Those who read the report: the GCM, the secretariat and the Working Group. */
const reads = (m: Member) => steers(m) || m.workingGroup;

const narrativeForm = z.object({ country: text(), text: text(), socialDialogue: text() });
const flagForm = z.object({ country: text(), decision: text(), reason: text() });

export function wgReportRoutes(app: FastifyInstance, portal: Portal): void {
  const published = portal.settings.stores.published;
  const csrfCheck = app.csrfProtection.bind(app);
  const publishedReport = async (year: string) => {
    const key = `wg-reports/${year}.json`;
    const content = /^\d{4}$/.test(year) ? await published.get(key) : undefined;
    return content && { report: JSON.parse(content.toString('utf8')) as WgReport, source: { key, content } };
  };

  /** The draft the year's run keeps while the WG edits it, as the document the page shows. */
  const draftOf = async (year: string): Promise<WgReport | undefined> => {
    if (!/^\d{4}$/.test(year)) return undefined;
    const state = await unlessRefused(wgReportOfYear(portal.client, year));
    if (state?.stage !== 'drafting' || !state.report) return undefined;
    const { rows, themes, narratives, flagReviews, signedBy, signedByName, signedAt } = state.report;
    return { year: state.year, rows, themes, narratives, flagReviews, signedBy, signedByName, signedAt };
  };

  /** Who edits the draft: the WG's members (the secretariat where the registry names no Working Group), and who signs it. */
  const draftRoles = async (member: Member): Promise<Pick<DraftView, 'edits' | 'signs'>> =>
    wgDraftRoles(await portal.registry.records(), member);

  const showDraft = async (
    request: FastifyRequest<Route>,
    reply: FastifyReply,
    ctx: PageContext,
    member: Member,
    failed?: DraftView['failed'],
  ) => {
    const draft = await draftOf(request.params.year);
    if (!draft) throw notFound();
    // Signed off and on its way to the GCM: shown as it stands, without its forms, until it is published.
    const roles = draft.signedAt ? { edits: false, signs: false } : await draftRoles(member);
    if (!roles.edits && !member.secretariat && !member.workingGroup) return sendPage(reply, 200, wgReportNotYetPage(ctx, draft.year));
    const recorded = request.query.recorded;
    const known = recorded && Object.hasOwn(ctx.w.wgReport.draft.recorded, recorded) ? (recorded as DraftView['recorded']) : undefined;
    return sendPage(reply, failed ? 422 : 200, wgReportDraftPage(ctx, draft, { ...roles, failed, recorded: known }));
  };

  app.get<Route>('/:year', async (request, reply) => {
    const { ctx, member } = await signedInAs(portal, request, reply, reads);
    const found = await publishedReport(request.params.year);
    if (found) return sendPage(reply, 200, wgReportPage(ctx, found.report, request.query.recorded === 'signed'));
    return showDraft(request, reply, ctx, member);
  });

  /** After a form: the draft again with what was recorded, or with the form as it came and what is wrong. */
  const answered = async (
    request: FastifyRequest<Route>,
    reply: FastifyReply,
    ctx: PageContext,
    member: Member,
    form: string,
    errors: FormErrors | undefined,
    recorded: NonNullable<DraftView['recorded']>,
  ) =>
    errors
      ? showDraft(request, reply, ctx, member, { form, values: typedValues(request.body), errors })
      : reply.redirect(`/wg-reports/${request.params.year}?recorded=${recorded}`, 303);

  /** Sends the task; its refusal comes back as the form's errors, in the reader's words. */
  const sent = async (ctx: PageContext, task: () => Promise<unknown>, fieldsByPath: Record<string, string>) => {
    try {
      await task();
      return undefined;
    } catch (error) {
      if (!isRefusal(error)) throw error;
      return refusalErrors(`${ctx.w.refused} ${refusalText(ctx, error)}`, fieldsByPath, error.message);
    }
  };

  const editor = async (request: FastifyRequest<Route>, reply: FastifyReply) => {
    const access = await signedInAs(portal, request, reply, reads);
    if (!(await draftRoles(access.member)).edits) throw notYours();
    return access;
  };

  app.post<Route>('/:year/narrative', { preHandler: csrfCheck, bodyLimit: formLimits.oneText }, async (request, reply) => {
    const { ctx, member, session } = await editor(request, reply);
    const f = readForm(narrativeForm, request.body);
    const id = draftIds.narrative(f.country);
    const social = { id: draftIds.socialDialogue(f.country), label: ctx.w.wgReport.draft.socialDialogueText };
    const args = { as: session.email, country: f.country, text: f.text, socialDialogue: f.socialDialogue };
    const errors =
      fieldErrorsOf(ctx, {
        schema: narrativeArgs(),
        args,
        field: (path) => (path[0] === 'socialDialogue' ? social : { id, label: ctx.w.wgReport.narrative }),
      }) ??
      (await sent(
        ctx,
        () =>
          writeWgNarrative(portal.client, {
            year: request.params.year,
            actor: actorOf(session),
            country: f.country,
            text: f.text,
            socialDialogue: f.socialDialogue,
          }),
        { text: id, socialDialogue: social.id },
      ));
    return answered(request, reply, ctx, member, draftIds.narrativeForm(f.country), errors, 'narrative');
  });

  app.post<Route>('/:year/flag', { preHandler: csrfCheck, bodyLimit: formLimits.oneText }, async (request, reply) => {
    const { ctx, member, session } = await editor(request, reply);
    const d = ctx.w.wgReport.draft;
    const f = readForm(flagForm, request.body);
    const ids = { decision: draftIds.decision(f.country), reason: draftIds.reason(f.country) };
    const args = { as: session.email, country: f.country, decision: f.decision, reason: f.reason };
    const errors =
      fieldErrorsOf(ctx, {
        schema: flagReviewArgs(),
        args,
        field: (path) => (path[0] === 'decision' ? { id: ids.decision, label: d.flagLegend } : { id: ids.reason, label: d.reason }),
        say: (issue) => (issue.path[0] === 'decision' ? ctx.w.invalid.required : undefined),
      }) ??
      (await sent(
        ctx,
        () =>
          reviewWgFlag(portal.client, {
            year: request.params.year,
            actor: actorOf(session),
            country: f.country,
            decision: f.decision as 'confirmed' | 'withdrawn',
            reason: f.reason,
          }),
        { decision: ids.decision, reason: ids.reason },
      ));
    return answered(request, reply, ctx, member, draftIds.flagForm(f.country), errors, 'flag');
  });

  app.post<Route>('/:year/sign-off', { preHandler: csrfCheck, bodyLimit: formLimits.short }, async (request, reply) => {
    const { ctx, member, session } = await signedInAs(portal, request, reply, reads);
    if (!(await draftRoles(member)).signs) throw notYours();
    const errors = await sent(ctx, () => signOffWgReport(portal.client, { year: request.params.year, actor: actorOf(session) }), {});
    return answered(request, reply, ctx, member, draftIds.signOff, errors, 'signed');
  });

  // Printing starts a browser: a few per minute per reader are plenty, as each year is printed only once.
  const printer = wgReportPdfPrinter();
  app.get<{ Params: { year: string } }>(
    '/:year.pdf',
    { config: { rateLimit: { max: 10, timeWindow: '1 minute' } } },
    async (request, reply) => {
      const { ctx } = await signedInAs(portal, request, reply, reads);
      const year = request.params.year;
      const found = await publishedReport(year);
      if (!found) throw notFound();
      // Each language's PDF is printed and kept apart: the English one keeps the name it always had.
      const source = ctx.lang === 'en' ? found.source : { ...found.source, key: found.source.key.replace(/\.json$/, `.${ctx.lang}.json`) };
      const printed = await printer
        .pdf(published, source, () => String(wgReportPrintDocument(ctx, found.report)))
        .catch((error: unknown) => {
          if (!(error instanceof PdfUnavailable)) throw error;
          request.log.error(error.message);
          return undefined;
        });
      if (!printed) return sendPage(reply, 503, wgReportPdfUnavailablePage(ctx, Number(year)));
      return reply.type('application/pdf').header('content-disposition', `inline; filename="wg-report-${year}.pdf"`).send(printed);
    },
  );
}
