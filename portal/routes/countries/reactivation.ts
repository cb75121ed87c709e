import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { requestReactivation } from '../../../app/countries';
import { actorOf } from '../../auth';
import type { Portal } from '../../context';
import { awaitsReactivationRequest } from '../../../domain/record/country-record';
import { message } from '../../views/layout';
import { notNow, problemOf, sendPage } from '../../access';
import { countryAccess } from './access';
import { reactivationPage } from './reactivation-page';
import { uploadLimits } from '../../body-limits';
import { filesOf, readReportUpload, valuesOf, type UploadBody } from '../cycles/report-upload';
import { country, titled } from '../../views/say';
import type { Issue } from '../../issues';
import { z } from 'zod';
import { requiredText } from '../../../domain/shared/fields';

/**
 * /countries/<CODE>/reactivation: an inactive country's focal point asks to be active again (R23), with a
 * progress report in the annual report's form, its documents, and the signed letter to the Chair.
 */
export function reactivationRequestRoutes(app: FastifyInstance, portal: Portal): void {
  const csrfCheck = app.csrfProtection.bind(app);
  const maxMb = Math.round(portal.settings.maxAttachmentBytes / 1024 / 1024);
  const limits = uploadLimits(portal.settings.maxAttachmentBytes).report;

  const access = async (request: FastifyRequest<{ Params: { code: string } }>, reply: FastifyReply) => {
    const found = await countryAccess(portal, request, reply, 'reactivation');
    if (!awaitsReactivationRequest(found.record)) throw notNow('reactivationTitle');
    return found;
  };

  app.get<{ Params: { code: string } }>('/:code/reactivation', async (request, reply) => {
    const { record, ctx } = await access(request, reply);
    return sendPage(reply, 200, reactivationPage(ctx, record, { values: {}, errors: {}, problems: [], maxMb }));
  });

  // Only a signed-in person's upload is read at all; the CSRF token, in the body, is checked once it is read.
  app.post<{ Params: { code: string }; Body: UploadBody }>(
    '/:code/reactivation',
    { preHandler: csrfCheck, bodyLimit: limits.bodyLimit, config: { uploads: true, multipartOptions: limits.multipartOptions } },
    async (request, reply) => {
      const { record, ctx, session } = await access(request, reply);
      const body = request.body;
      const values = valuesOf(body);
      const again = (errors: Record<string, Issue>, problems: string[]) =>
        sendPage(reply, 422, reactivationPage(ctx, record, { values, errors, problems, maxMb }));

      // The letter is checked with the report, and stored only once both are valid.
      const letterFile = await filesOf(ctx, body, 'letterDocument', maxMb);
      const letterProblems = letterFile.uploads.length || letterFile.problems.length ? letterFile.problems : [ctx.w.problem.letterMissing];
      const gist = z.object({ letterGist: requiredText() }).safeParse(values);
      const letterErrors: Record<string, Issue> = gist.success ? {} : { letterGist: gist.error.issues[0]! };
      const letterOk = !letterProblems.length && !Object.keys(letterErrors).length;
      const read = await readReportUpload(portal, ctx, body, { kept: [], maxMb, store: letterOk });
      if (!read.ok || !letterOk)
        return again({ ...letterErrors, ...(read.ok ? {} : read.errors) }, [...letterProblems, ...(read.ok ? [] : read.problems)]);

      const [letter] = letterFile.uploads;
      const document = await portal.documents.put(letter!.name, letter!.type, letter!.content);
      const asked = {
        report: read.report,
        letter: { summary: values.letterGist!, roadmapChanges: values.roadmapChanges ?? '', document },
      };
      const problem = await problemOf(ctx, () =>
        requestReactivation(portal.client, { country: record.country.code, request: asked, actor: actorOf(session) }),
      );
      if (problem) return again({}, [`${ctx.w.refused} ${problem}`]);
      return sendPage(reply, 200, message(ctx, titled(ctx, ctx.w.reactivationTitle, country(ctx, record.country)), ctx.w.requestSent));
    },
  );
}
