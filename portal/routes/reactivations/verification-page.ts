import type { ReactivationState } from '../../../domain/reactivation/reactivation';
import { html } from '../../html';
import { hasReport } from '../../../domain/reactivation/args';
import { reportDocument } from '../../views/report';

import { area, form, group, notices, radio, type Typed } from '../../views/steering';
import { formErrorsView, type FormErrors } from '../../views/form-errors';

/** The verification's fields by the path of the argument a refusal names, for the field it is about. */
export const verificationFieldsByPath = { verified: 'verified', note: 'note' };
import { page, type PageContext } from '../../views/layout';

/** Where the portal serves a document of a reactivation request (portal/routes/documents). */
const reactivationDocument = (sha256: string, workflowId: string) => `/documents/${sha256}?reactivation=${encodeURIComponent(workflowId)}`;

// The secretariat's verification of a reactivation request (R23), in the reader's language: what the
// country sent, and the verdict.

/** `failed`: the verification that comes back, with what was typed and what is wrong. */
export function verificationPage(
  ctx: PageContext,
  code: string,
  reactivationId: string,
  r: ReactivationState,
  failed?: { values: Record<string, string[]>; errors: FormErrors },
) {
  const { steering, terms } = ctx.w;
  const v = steering.reactivation;
  const q = r.request;
  const evidence = terms.reactivationEvidence;
  // The usual addressee has its name in every language; another is named as the country wrote it.
  const letter = q.letter.to === 'Alliance 8.7 Chair' ? ctx.w.letterSummary : v.letterTo(q.letter.to);
  const open = r.stage === 'awaiting-verification';
  const typed: Typed | undefined = failed && { values: failed.values, errors: formErrorsView(ctx, failed.errors, 'verification') };
  // A verification that comes back when the request is no longer open says why above the page.
  const body = html`${notices(ctx, undefined, failed && !open ? failed.errors.problems?.join(terms.separator) : undefined)}<p>${v.filed(r.by, v.stage[r.stage])}</p>
<dl><dt>${letter}</dt><dd>${q.letter.summary}${hasReport(q) && q.letter.document ? html` (<a href="${reactivationDocument(q.letter.document.sha256, reactivationId)}">${q.letter.document.name}</a>)` : ''}</dd>${q.letter.roadmapChanges ? html`<dt>${v.roadmapChanges}</dt><dd>${q.letter.roadmapChanges}</dd>` : ''}</dl>
${
  hasReport(q)
    ? reportDocument(ctx, q.report, (sha) => reactivationDocument(sha, reactivationId))
    : html`<dl><dt>${evidence.progressReport}</dt><dd>${q.progressReport}</dd><dt>${evidence.indicatorFramework}</dt><dd>${q.indicatorFramework}</dd>
<dt>${evidence.evidenceOfProgress}</dt><dd>${q.evidenceOfProgress}</dd><dt>${evidence.evidenceOfCollaboration}</dt><dd>${q.evidenceOfCollaboration}</dd></dl>`
}
${open ? form(ctx, `/reactivations/${code}`, v.verify, html`${group('verified', v.verification, html`${radio('verified', 'yes', v.holds, typed)}${radio('verified', 'no', v.doesNotHold, typed)}`, typed)}${area('note', v.checked, true, typed)}`, v.button, typed) : ''}`;
  return page(ctx, v.title(code), body);
}
