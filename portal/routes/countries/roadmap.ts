import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { countryRecord, updateRoadmap } from '../../../app/countries';
import { isFocalPoint } from '../../../domain/cycle/tasks';
import { roadmapUpdateArgs } from '../../../domain/record/args';
import { notFound, notYours, sendPage, signedIn, steers, unlessRefused } from '../../access';
import { actorOf } from '../../auth';
import { formLimits } from '../../body-limits';
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

  app.get<{ Params: { code: string }; Querystring: { saved?: string } }>('/:code/roadmap', async (request, reply) => {
    const { ctx, record, own, writes } = await roadmapAccess(portal, request, reply);
    const current = record.roadmaps.filter((v) => v.document).at(-1)?.document;
    const saved = Number(request.query.saved);
    const view = {
      ...(writes && { form: { fields: fieldsOf(current) } }),
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
      const { document, where } = documentOf(fields, current);
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
      if (errors) return sendPage(reply, 422, roadmapPage(ctx, record, { form: { fields, errors } }));
      return reply.redirect(`/countries/${record.country.code}/roadmap?saved=${version}`, 303);
    },
  );
}
