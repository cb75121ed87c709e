import type { RoadmapDocument } from '../../../domain/roadmap/document';
import { maxRoadmapDocuments } from '../../../domain/roadmap/document';
import { html } from '../../html';
import { formErrorsView } from '../../views/form-errors';
import type { PageContext } from '../../views/layout';

// The roadmap's documents (R12): links for its readers, and for the country's focal point and deputy a form
// that keeps or removes each and adds new ones, which saves a new version.

/** Where the portal serves a document of a country's current roadmap (portal/routes/documents). */
export const roadmapDocumentLink = (code: string, sha256: string) => `/documents/${sha256}?roadmap=${encodeURIComponent(code)}`;

export interface RoadmapDocumentsForm {
  maxMb: number;
  /** What came back wrong with the last upload. */
  problems?: string[];
}

export function roadmapDocumentsView(ctx: PageContext, code: string, doc: RoadmapDocument | undefined, form?: RoadmapDocumentsForm) {
  const said = ctx.w.roadmap.documents;
  const attached = doc?.attachments ?? [];
  const size = (bytes: number) => ctx.w.kilobytes(Math.ceil(bytes / 1024));
  const list = attached.length
    ? html`<ul>${attached.map((a) => html`<li><a href="${roadmapDocumentLink(code, a.sha256)}">${a.name}</a> (${size(a.size)})</li>`)}</ul>`
    : html`<p>${said.none}</p>`;
  if (!form || !doc) return html`<h2>${said.title}</h2>${list}`;
  const e = formErrorsView(ctx, form.problems?.length ? { fields: [], problems: form.problems } : undefined, 'documents');
  return html`<h2 id="documents">${said.title}</h2>${e.summary}
<form method="post" action="/countries/${code}/roadmap/documents" enctype="multipart/form-data"><input type="hidden" name="_csrf" value="${ctx.csrf}">
${
  attached.length
    ? html`<fieldset><legend>${said.keep}</legend>${attached.map(
        (a) =>
          html`<label><input type="checkbox" name="keep" value="${a.sha256}" checked> <a href="${roadmapDocumentLink(code, a.sha256)}">${a.name}</a> (${size(a.size)})</label>`,
      )}</fieldset>`
    : html`<p>${said.none}</p>`
}
<p id="documents-hint">${said.hint(maxRoadmapDocuments, form.maxMb)}</p>
<label for="roadmap-documents">${said.add}</label><input type="file" id="roadmap-documents" name="documents" multiple accept=".pdf,.docx,.xlsx,.odt" aria-describedby="documents-hint">
<button type="submit">${said.save}</button></form>`;
}
