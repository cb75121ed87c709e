import type { MultipartFile, MultipartValue } from '@fastify/multipart';
import { maxReportBytes, reportBytes, reportSchema, type Report } from '../../../domain/cycle/report';
import { attachmentProblem, type DocumentRef } from '../../documents';
import type { Issue } from '../../issues';
import type { Portal } from '../../context';
import type { PageContext } from '../../views/layout';
import { fieldErrors, formToReport, type FormValues } from './report-form';

// A report as a multipart form brings it: its fields or a JSON file, and its documents. Used by the
// reporting cycle's report and revision, and by a reactivation request, which carries a report in the same form.

type Part = MultipartFile | MultipartValue;
export type UploadBody = Record<string, Part | Part[]>;

export const partsOf = (body: UploadBody, name: string): Part[] => [body[name] ?? []].flat();
export const isFile = (part: Part): part is MultipartFile => part.type === 'file';

/** The form's text fields, as typed. */
export function valuesOf(body: UploadBody): FormValues {
  const values: FormValues = {};
  for (const [name, part] of Object.entries(body)) {
    const first = [part].flat()[0];
    if (first && !isFile(first) && name !== '_csrf' && name !== 'keep') values[name] = String(first.value);
  }
  return values;
}

export interface Upload {
  name: string;
  type: string;
  content: Buffer;
}

/** The files sent in the field `name`, each checked (type, content, size) before any is kept. */
export async function filesOf(ctx: PageContext, body: UploadBody, name: string, maxMb: number) {
  const problems: string[] = [];
  const uploads: Upload[] = [];
  for (const file of partsOf(body, name)
    .filter(isFile)
    .filter((f) => f.filename)) {
    const content = await file.toBuffer();
    if (file.file.truncated) problems.push(ctx.w.problem.fileTooLarge(file.filename, maxMb));
    else {
      const problem = attachmentProblem(file.filename, file.mimetype, content);
      if (problem)
        problems.push(
          problem.reason === 'type' ? ctx.w.problem.fileType(file.filename) : ctx.w.problem.fileContent(file.filename, problem.kind),
        );
      else uploads.push({ name: file.filename, type: file.mimetype, content });
    }
  }
  return { uploads, problems };
}

export type ReadReport = { ok: true; report: Report } | { ok: false; errors: Record<string, Issue>; problems: string[] };

/**
 * The report a form sends, with its documents: `kept` are earlier documents the form may keep (ticked), the
 * new ones are stored only once the whole report is valid, and `store` says the rest of the form is too.
 * Nothing is stored otherwise.
 */
export async function readReportUpload(
  portal: Portal,
  ctx: PageContext,
  body: UploadBody,
  { kept, maxMb, store = true }: { kept: DocumentRef[]; maxMb: number; store?: boolean },
): Promise<ReadReport> {
  const { uploads, problems } = await filesOf(ctx, body, 'attachments', maxMb);
  const json = partsOf(body, 'reportJson')
    .filter(isFile)
    .find((f) => f.filename);
  let candidate: Record<string, unknown>;
  let rows: Record<string, number[]> = {};
  if (json) {
    try {
      candidate = JSON.parse((await json.toBuffer()).toString('utf8')) as Record<string, unknown>;
    } catch {
      return { ok: false, errors: {}, problems: [...problems, ctx.w.problem.notJson(json.filename)] };
    }
  } else ({ report: candidate, rows } = formToReport(valuesOf(body)));
  if (reportBytes(candidate) > maxReportBytes)
    return { ok: false, errors: {}, problems: [...problems, ctx.w.problem.reportTooLarge(maxReportBytes / 1024)] };
  const checked = reportSchema().safeParse({ ...candidate, attachments: [] });
  if (!checked.success || problems.length)
    return { ok: false, errors: checked.success ? {} : fieldErrors(checked.error.issues, rows), problems };

  const ticked = new Set(
    partsOf(body, 'keep')
      .filter((p) => !isFile(p))
      .map((p) => String((p as { value: unknown }).value)),
  );
  const stored: DocumentRef[] = [];
  if (store) for (const upload of uploads) stored.push(await portal.documents.put(upload.name, upload.type, upload.content));
  return { ok: true, report: { ...candidate, attachments: [...kept.filter((a) => ticked.has(a.sha256)), ...stored] } as Report };
}
