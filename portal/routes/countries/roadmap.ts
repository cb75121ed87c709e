import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { countryRecord, updateRoadmap } from '../../../app/countries';
import { isFocalPoint } from '../../../domain/cycle/tasks';
import { roadmapUpdateArgs } from '../../../domain/record/args';
import { notFound, notYours, problemOf, sendPage, signedIn, steers, unlessRefused } from '../../access';
import { actorOf } from '../../auth';
import { formLimits, uploadLimits } from '../../body-limits';
import { filesOf, isFile, partsOf, type UploadBody } from '../cycles/report-upload';
import { maxRoadmapDocuments } from '../../../domain/roadmap/document';
import type { Portal } from '../../context';
import { issueText, problemOfChecked, type Issue } from '../../issues';
import { checkedForm } from '../../views/form-errors';
import type { PageContext } from '../../views/layout';
import { documentOf, fieldsOf, fieldsSent, type Typed } from './roadmap-form';
import { fieldLabel, roadmapPage } from './roadmap-page';

type RoadmapRequest = FastifyRequest<{ Params: { code: string }; Querystring: { saved?: string } }>;

/**
 * The roadmap is read by those who steer (the secretariat, the GCM), the Working Group, and the country's
 * own focal point and deputy, signed in rather than by a link to one task; only the latter write it, and
 * the record decides whether they may (R12: an active country).
 */
async function roadmapAccess(portal: Portal, request: RoadmapRequest, reply: FastifyReply) {
  const { session, member, ctx } = await signedIn(portal, request, reply);
  if (session.task || !member) throw notYours();
  const record = await unlessRefused(countryRecord(portal.client, request.params.code));
  if (!record) throw notFound();
  const own = isFocalPoint(record.country, session.email);
  if (!own && !steers(member) && !member.workingGroup) throw notYours();
  return { session, ctx, record, own, writes: own && record.status === 'active' };
}

/** An issue in the reader's words, at its line when it was typed in a list; an indicator's code and a twice-named area said as such. */
function issueSaid(ctx: PageContext, issue: Issue, typed: Typed | undefined): string {
  const said = ctx.w.roadmap.form;
  const path = issue.path;
  const text =
    issue.code === 'invalid_format' && path.at(-2) === 'indicators'
      ? said.notIndicator
      : issue.code === 'custom' && path.at(-1) === 'priorityAreas'
        ? said.twice
        : issueText(ctx.w, issue);
  return typed?.line ? `(${ctx.w.line(typed.line)}) ${text}` : text;
}

/** /countries/<CODE>/roadmap: the country's roadmap, its versions, and the form of its next version (R12). */
export function roadmapRoutes(app: FastifyInstance, portal: Portal): void {
  const csrfCheck = app.csrfProtection.bind(app);
  const maxMb = Math.round(portal.settings.maxAttachmentBytes / 1024 / 1024);
  const limits = uploadLimits(portal.settings.maxAttachmentBytes).report;

  app.get<{ Params: { code: string }; Querystring: { saved?: string } }>('/:code/roadmap', async (request, reply) => {
    const { ctx, record, own, writes } = await roadmapAccess(portal, request, reply);
    const current = record.roadmaps.filter((v) => v.document).at(-1)?.document;
    const saved = Number(request.query.saved);
    const view = {
      ...(writes && { form: { fields: fieldsOf(current) }, documents: { maxMb } }),
      notActive: own && !writes,
      ...(record.roadmaps.some((v) => v.version === saved) && { saved }),
    };
    return sendPage(reply, 200, roadmapPage(ctx, record, view));
  });

  app.post<{ Params: { code: string }; Querystring: { saved?: string } }>(
    '/:code/roadmap',
    { preHandler: csrfCheck, bodyLimit: formLimits.roadmap },
    async (request, reply) => {
      const { ctx, record, session } = await roadmapAccess(portal, request, reply);
      const fields = fieldsSent(request.body);
      const current = record.roadmaps.filter((v) => v.document).at(-1)?.document;
      const { document: typed, where } = documentOf(fields, current);
      // The documents are kept as they are: their own form changes them.
      const document = { ...typed, ...(current?.attachments && { attachments: current.attachments }) };
      const typedAt = (path: PropertyKey[]) => (path[0] === 'document' ? where(path.slice(1)) : undefined);
      const check = {
        schema: roadmapUpdateArgs(),
        args: { as: session.email, document },
        label: (path: PropertyKey[]) => {
          const typed = typedAt(path);
          return typed ? fieldLabel(ctx, fields, typed.id) : ctx.w.roadmap.title;
        },
        field: (path: PropertyKey[]) => {
          const typed = typedAt(path);
          return typed ? { id: typed.id, label: fieldLabel(ctx, fields, typed.id) } : { label: ctx.w.roadmap.title };
        },
        say: (issue: Issue) => issueSaid(ctx, issue, typedAt(issue.path)),
      };
      let version = 0;
      const errors = await checkedForm(ctx, check, () =>
        problemOfChecked(ctx, check, async () => {
          const updated = await updateRoadmap(portal.client, { country: record.country.code, document, actor: actorOf(session) });
          version = updated.roadmaps.length;
        }),
      );
      if (errors) return sendPage(reply, 422, roadmapPage(ctx, record, { form: { fields, errors }, documents: { maxMb } }));
      return reply.redirect(`/countries/${record.country.code}/roadmap?saved=${version}`, 303);
    },
  );

  // The documents: those ticked are kept, new ones checked before any is stored; a new version either way.
  app.post<{ Params: { code: string }; Querystring: { saved?: string }; Body: UploadBody }>(
    '/:code/roadmap/documents',
    { preHandler: csrfCheck, bodyLimit: limits.bodyLimit, config: { uploads: true, multipartOptions: limits.multipartOptions } },
    async (request, reply) => {
      const { ctx, record, session, writes } = await roadmapAccess(portal, request, reply);
      const current = record.roadmaps.filter((v) => v.document).at(-1)?.document;
      if (!writes || !current) throw notYours();
      const again = (problems: string[]) =>
        sendPage(reply, 422, roadmapPage(ctx, record, { form: { fields: fieldsOf(current) }, documents: { maxMb, problems } }));
      const { uploads, problems } = await filesOf(ctx, request.body, 'documents', maxMb);
      const ticked = new Set(partsOf(request.body, 'keep').flatMap((p) => (isFile(p) ? [] : [String(p.value)])));
      const kept = (current.attachments ?? []).filter((a) => ticked.has(a.sha256));
      if (kept.length + uploads.length > maxRoadmapDocuments) problems.push(ctx.w.roadmap.documents.tooMany(maxRoadmapDocuments));
      if (problems.length) return again(problems);
      const stored = await Promise.all(uploads.map((u) => portal.documents.put(u.name, u.type, u.content)));
      const attachments = [...kept, ...stored.filter((d) => !kept.some((k) => k.sha256 === d.sha256))];
      let version = 0;
      const problem = await problemOf(ctx, async () => {
        const document = { ...current, attachments };
        version = (await updateRoadmap(portal.client, { country: record.country.code, document, actor: actorOf(session) })).roadmaps.length;
      });
      if (problem) return again([`${ctx.w.refused} ${problem}`]);
      return reply.redirect(`/countries/${record.country.code}/roadmap?saved=${version}#documents`, 303);
    },
  );
}
