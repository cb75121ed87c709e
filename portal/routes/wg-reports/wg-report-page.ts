import type { WgReport } from '../../../activities/publisher';
import { criteria, shows, type Criterion } from '../../../domain/r19/criteria';
import type { CycleEvidence, WgReportRow } from '../../../domain/cycle/wg-report-row';
import type { CycleOutcome } from '../../../domain/cycle/report';
import { wgReportFigures } from '../../../domain/cycle/wg-report-figures';
import { Html, html } from '../../html';
import { criteriaText } from '../../views/criteria';
import { page, stylesheet, type PageContext } from '../../views/layout';
import { country, day, stageName } from '../../views/say';
import { formErrorsView, type FormErrors } from '../../views/form-errors';
import { form, group, radio, type Typed } from '../../views/steering';
import { reviewedRows } from '../../../domain/cycle/annual-cycle';
import { socialPartnersLine } from '../../views/stakeholders';

// The Working Group's report to the GCM (R18) as a document people read and print, in the reader's
// language: the year's figures, then one section per country with its five R19 facts, how its cycle went
// and any flag with the two years it rests on. The page and the PDF are the same document.

const held = (outcome: CycleOutcome | undefined, criterion: Criterion) => outcome !== undefined && !shows(outcome, criterion);

export const wgReportTitle = (ctx: PageContext, year: number) => ctx.w.wgReport.title(year);

/** The draft as the Working Group edits it: who reads it, which form came back, what was recorded. */
export interface DraftView {
  /** The reader is a member of the Working Group (or the secretariat, where the registry names none). */
  edits: boolean;
  /** The reader signs it off. */
  signs: boolean;
  failed?: { form: string; values: Record<string, string[]>; errors: FormErrors };
  recorded?: keyof PageContext['w']['wgReport']['draft']['recorded'];
}

/** The ids of the draft's forms and fields, for the errors tied to them. */
export const draftIds = {
  narrativeForm: (code: string) => `narrative-${code}`,
  narrative: (code: string) => `narrative-${code}-text`,
  socialDialogue: (code: string) => `narrative-${code}-social-dialogue`,
  flagForm: (code: string) => `flag-${code}`,
  decision: (code: string) => `flag-${code}-decision`,
  reason: (code: string) => `flag-${code}-reason`,
  signOff: 'sign-off',
};

/** A report the WG reviewed shows each flag as it judged it; a draft, as the facts propose it. */
const shownRows = (report: WgReport, draft?: DraftView) => (draft || !report.flagReviews ? report.rows : reviewedRows(report));

function figuresSection(ctx: PageContext, report: WgReport, draft?: DraftView) {
  const { wgReport: g, terms } = ctx.w;
  const f = wgReportFigures(shownRows(report, draft));
  const item = (label: string, value: unknown) => html`<li>${label}${terms.colon} ${value}</li>`;
  const timing = [g.onTime(f.onTime), g.late(f.late), ...(f.timingUnknown ? [g.undated(f.timingUnknown)] : [])].join(', ');
  return html`<section class="figures"><h2>${g.inFigures(report.year)}</h2><ul>
${item(g.countries, f.countries)}
${item(g.submitted, `${f.reportsSubmitted}${f.reportsSubmitted ? g.ofWhich(timing) : ''}`)}
${item(g.finalised, f.finalised)}
${item(g.frameworks, f.frameworksUpdated)}
${item(g.withProgress, f.evidenceOfProgress)}
${item(g.withCollaboration, f.evidenceOfCollaboration)}
${item(draft ? g.draft.flagsProposed : g.flaggedTo, html`${f.flagged}${f.flagged ? html`${g.forCriteria}<ul>${criteria.map((c) => item(terms.criterion[c], f.flagsByCriterion[c]))}</ul>` : ''}`)}
</ul></section>`;
}

/** The five facts, this year and (when known) the year before side by side; the criteria of a flag are marked. */
function factsTable(ctx: PageContext, year: number, row: WgReportRow) {
  const { wgReport: g, staff } = ctx.w;
  const yesNo = (value: boolean | undefined) => (value ? staff.yes : staff.no);
  const before = row.previous;
  const flaggedFor = (c: Criterion) => row.flagged && row.criteria.includes(c);
  const line = (label: Html | string, earlier: unknown, now: unknown) =>
    html`<tr><td>${label}</td>${before ? html`<td data-label="${before.year}">${earlier}</td>` : ''}<td data-label="${year}">${now}</td></tr>`;
  return html`<table class="facts"><thead><tr><th>${g.factHeading}</th>${before ? html`<th>${before.year}</th>` : ''}<th>${year}</th></tr></thead><tbody>
${line(g.stageAtClose, before && stageName(ctx, before.stage), stageName(ctx, row.stage))}
${line(g.reportFinalised, before && yesNo(before.outcome.finalised), yesNo(row.outcome?.finalised))}
${criteria.map((c) =>
  line(
    flaggedFor(c) ? html`<strong>${g.fact[c]} ${g.flaggedMark}</strong>` : g.fact[c],
    before && yesNo(held(before.outcome, c)),
    yesNo(held(row.outcome, c)),
  ),
)}</tbody></table>`;
}

function cycleList(ctx: PageContext, evidence: CycleEvidence | undefined) {
  const { wgReport: g, terms } = ctx.w;
  if (!evidence) return html`<p>${g.noRecord}</p>`;
  const item = (label: string, value: unknown) => html`<li>${label}${terms.colon} ${value}</li>`;
  const submissions = evidence.submissions.map(
    (s) =>
      html`<li>${g.submittedOn(s.kind !== 'report', day(ctx, s.at))}${s.late ? html`, <strong>${g.lateMark}</strong>` : g.onTimeMark}</li>`,
  );
  const reviews = evidence.reviews.map((r) => html`<li>${g.roundOn(r.round, day(ctx, r.at), g.reviewDecision[r.decision])}</li>`);
  return html`<ul>
${item(g.deadline, `${day(ctx, evidence.deadline)}${evidence.extensions ? g.afterExtensions(evidence.extensions) : ''}`)}
${item(g.reminders, evidence.remindersSent)}
${item(g.submissions, submissions.length ? html`<ul>${submissions}</ul>` : g.none)}
${item(g.reviews, reviews.length ? html`<ul>${reviews}</ul>` : g.none)}
</ul>`;
}

/** A text of the draft: a reason (required, a few lines) or a narrative (long), tall enough to read what is in it. */
const textArea = (id: string, name: string, label: string, value: string, t: Typed | undefined, required = false) =>
  html`<label for="${id}">${label}</label>${t?.errors.at(id)}<textarea id="${id}" name="${name}" rows="${required ? 3 : 6}" maxlength="${required ? 5000 : 20000}"${required ? html` required` : ''}${t?.errors.attrs(id)}>${t?.values[name]?.[0] ?? value}</textarea>`;

/** A form on one country, its heading under the country's own (the portal's other forms stand alone, under the page's). */
const countryForm = (ctx: PageContext, action: string, title: string, fields: Html, button: string, t: Typed | undefined) =>
  html`<h3>${title}</h3>${t?.errors.summary}<form method="post" action="${action}"><input type="hidden" name="_csrf" value="${ctx.csrf}">${fields}<button type="submit">${button}</button></form>`;

/** The themes of the country's report, and the WG's narrative on it (which its editors read in its form). */
function wordsOn(ctx: PageContext, report: WgReport, code: string, draft?: DraftView) {
  const g = ctx.w.wgReport;
  const themes = report.themes?.[code];
  const narrative = report.narratives?.find((n) => n.country === code);
  const item = (label: string, value: unknown) => html`<li>${label}${ctx.w.terms.colon} <span class="pre">${value}</span></li>`;
  const needs = themes?.assistanceNeeds ?? [];
  const needLines = needs.map((n) => html`<li>${n.area ? html`${n.area}${ctx.w.terms.colon} ` : ''}${n.need}</li>`);
  const participation = themes?.participation;
  const planned = themes?.planned ?? [];
  const reported = themes?.reported ?? [];
  const plan = planned.length
    ? html`<li>${g.plannedVsReported}${ctx.w.terms.colon}<ul><li>${g.planned}${ctx.w.terms.colon} ${planned.join(ctx.w.terms.separator)}</li><li>${g.reported}${ctx.w.terms.colon} ${reported.join(ctx.w.terms.separator) || '—'}</li></ul></li>`
    : '';
  const help = themes?.assistance;
  const helpLine = help
    ? html`<li>${g.assistance(help.requested)}</li>${
        help.given.length
          ? html`<li>${g.assistanceGiven}${ctx.w.terms.colon}<ul>${help.given.map((a) => html`<li>${day(ctx, a.on)}, ${a.need}${a.partner ? html` (${a.partner})` : ''}${ctx.w.terms.colon} ${a.given}</li>`)}</ul></li>`
          : ''
      }`
    : '';
  const said =
    themes && (themes.challenges || themes.learningInterests.length || needs.length || participation || planned.length || help)
      ? html`<h3>${g.themes}</h3><ul>${themes.challenges ? item(g.challenges, themes.challenges) : ''}${
          themes.learningInterests.length ? item(g.learningInterests, themes.learningInterests.join(ctx.w.terms.separator)) : ''
        }${plan}${needs.length ? html`<li>${g.assistanceNeeds}${ctx.w.terms.colon}<ul>${needLines}</ul></li>` : ''}${helpLine}${
          participation
            ? html`<li class="social-partners">${ctx.w.terms.socialPartners.label}${ctx.w.terms.colon} ${socialPartnersLine(ctx, participation)}</li>`
            : ''
        }</ul>`
      : '';
  const shown = narrative && !draft?.edits;
  return html`${said}${shown && narrative.text ? html`<h3>${g.narrative}</h3><p class="pre">${narrative.text}</p>` : ''}${
    shown && narrative.socialDialogue ? html`<h3>${g.socialDialogue}</h3><p class="pre">${narrative.socialDialogue}</p>` : ''
  }`;
}

/** A flag as the facts propose it (the draft), or as the WG judged it. */
function flagLine(ctx: PageContext, report: WgReport, row: WgReportRow, draft?: DraftView) {
  const g = ctx.w.wgReport;
  const review = report.flagReviews?.find((f) => f.country === row.country);
  if (!row.flagged) return html`<p>${g.notFlagged}</p>`;
  const criteria = criteriaText(ctx, row.criteria);
  if (review?.decision === 'withdrawn') return html`<p>${g.notFlagged}</p><p>${g.flagWithdrawn(review.reason, review.by)}</p>`;
  // In the draft nothing has gone to the GCM yet: a confirmed flag is still the WG's proposal until the chair signs.
  const proposed = html`<p class="notice"><strong>${g.draft.proposed}</strong>${g.draft.proposedFor(criteria)}${review ? '' : html` ${g.draft.toDecide}`}</p>`;
  const flagged = html`<p class="notice"><strong>${g.flagged}</strong>${g.flaggedFor(criteria)}</p>`;
  return html`${draft ? proposed : flagged}${review ? html`<p>${g.flagConfirmed(review.reason, review.by)}</p>` : ''}`;
}

/** The WG's forms on one country: its narrative, and its judgment on a proposed flag. */
function countryForms(ctx: PageContext, report: WgReport, row: WgReportRow, draft: DraftView) {
  if (!draft.edits) return '';
  const d = ctx.w.wgReport.draft;
  const code = row.country;
  const typedIn = (name: string): Typed | undefined =>
    draft.failed?.form === name ? { values: draft.failed.values, errors: formErrorsView(ctx, draft.failed.errors, name) } : undefined;
  const base = `/wg-reports/${report.year}`;
  const nt = typedIn(draftIds.narrativeForm(code));
  const narrative = report.narratives?.find((n) => n.country === code);
  const hidden = html`<input type="hidden" name="country" value="${code}">`;
  const narrativeForm = countryForm(
    ctx,
    `${base}/narrative`,
    ctx.w.wgReport.narrative,
    html`${hidden}<p>${d.narrativeHint}</p>${textArea(draftIds.narrative(code), 'text', d.narrativeText, narrative?.text ?? '', nt)}${textArea(
      draftIds.socialDialogue(code),
      'socialDialogue',
      d.socialDialogueText,
      narrative?.socialDialogue ?? '',
      nt,
    )}`,
    d.saveNarrative,
    nt,
  );
  if (!row.flagged) return narrativeForm;
  const ft = typedIn(draftIds.flagForm(code));
  const review = report.flagReviews?.find((f) => f.country === code);
  const choices = html`${radio('decision', 'confirmed', d.confirm, ft ?? chosen(review?.decision))}${radio('decision', 'withdrawn', d.withdraw, ft ?? chosen(review?.decision))}`;
  const flagForm = countryForm(
    ctx,
    `${base}/flag`,
    d.flagTitle,
    html`${hidden}${group(draftIds.decision(code), d.flagLegend, choices, ft)}${textArea(draftIds.reason(code), 'reason', d.reason, review?.reason ?? '', ft, true)}`,
    d.saveFlag,
    ft,
  );
  return html`${narrativeForm}${flagForm}`;
}

/** The WG's recorded choice, ticked as if typed. */
const chosen = (decision: string | undefined): Typed | undefined =>
  decision
    ? { values: { decision: [decision] }, errors: { summary: html``, attrs: () => html``, at: () => html``, wrong: () => false } }
    : undefined;

function countrySection(ctx: PageContext, report: WgReport, row: WgReportRow, draft?: DraftView) {
  const g = ctx.w.wgReport;
  const year = report.year;
  return html`<section class="country" id="${row.country}"><h2>${country(ctx, { code: row.country, name: row.name })} (${row.country})</h2>
<p>${g.stageAtCloseOfCycle(stageName(ctx, row.stage).toLowerCase())}</p>
${row.missing ? html`<p class="notice">${g.noOutcome} ${row.missing}.</p>` : ''}
${flagLine(ctx, report, row, draft)}
${wordsOn(ctx, report, row.country, draft)}
<h3>${g.fiveFacts}</h3>${factsTable(ctx, year, draft || !report.flagReviews ? row : (reviewedRows(report).find((r) => r.country === row.country) ?? row))}
<h3>${g.howItWent}</h3>${cycleList(ctx, row.evidence)}
${draft ? html`<div class="no-print">${countryForms(ctx, report, row, draft)}</div>` : ''}
</section>`;
}

/** The chair's sign-off, once every proposed flag has the WG's word. */
function signOffSection(ctx: PageContext, report: WgReport, draft: DraftView) {
  if (!draft.signs) return '';
  const d = ctx.w.wgReport.draft;
  const t =
    draft.failed?.form === draftIds.signOff
      ? { values: draft.failed.values, errors: formErrorsView(ctx, draft.failed.errors, draftIds.signOff) }
      : undefined;
  const unreviewed = report.rows.filter((r) => r.flagged && !report.flagReviews?.some((f) => f.country === r.country));
  // Each flag still to judge, linked to its country's form: the chair cannot sign before.
  const toJudge = unreviewed.map((r) => html`<li><a href="#${r.country}">${country(ctx, { code: r.country, name: r.name })}</a></li>`);
  return form(
    ctx,
    `/wg-reports/${report.year}/sign-off`,
    d.signOffTitle,
    html`<p>${d.signOffHint}</p>${unreviewed.length ? html`<p>${d.unreviewed(unreviewed.length)}</p><ul>${toJudge}</ul>` : ''}`,
    d.signOff,
    t,
  );
}

/** The document itself; `pdfLink` only on the page, where there is somewhere to download it from. */
function wgReportBody(ctx: PageContext, report: WgReport, pdfLink: boolean, draft?: DraftView) {
  const g = ctx.w.wgReport;
  const signer =
    report.signedBy && report.signedAt
      ? html`<p>${g.signedOff(report.signedByName ?? report.signedBy, day(ctx, report.signedAt))}</p>`
      : '';
  return html`${pdfLink ? html`<p class="no-print"><a href="/wg-reports/${report.year}.pdf">${g.pdf}</a></p>` : ''}
${draft?.recorded ? html`<p class="notice" role="status">${g.draft.recorded[draft.recorded]}</p>` : ''}
${draft?.failed && !draft.edits ? formErrorsView(ctx, draft.failed.errors, draft.failed.form).summary : ''}
<p>${draft ? g.draft.intro : g.intro(report.year)}</p>
${signer}
${figuresSection(ctx, report, draft)}
${report.rows.map((r) => countrySection(ctx, report, r, draft))}
${draft ? signOffSection(ctx, report, draft) : ''}`;
}

/** The published report; `signed` just after the chair signed it off, to say so. */
export const wgReportPage = (ctx: PageContext, report: WgReport, signed = false) =>
  page(
    ctx,
    wgReportTitle(ctx, report.year),
    html`${signed ? html`<p class="notice" role="status">${ctx.w.wgReport.draft.recorded.signed}</p>` : ''}${wgReportBody(ctx, report, true)}`,
  );

/** The draft, for the Working Group: the same document with its forms. */
export const wgReportDraftPage = (ctx: PageContext, report: WgReport, draft: DraftView) =>
  page(ctx, ctx.w.wgReport.draft.title(report.year), wgReportBody(ctx, report, false, draft));

/** For the GCM while the WG drafts: not yet. */
export const wgReportNotYetPage = (ctx: PageContext, year: number) =>
  page(ctx, wgReportTitle(ctx, year), html`<p>${ctx.w.wgReport.draft.notYet(year)}</p>`);

/** When the PDF cannot be printed: say so, and point back to the page, which prints from the browser as well. */
export const wgReportPdfUnavailablePage = (ctx: PageContext, year: number) => {
  const g = ctx.w.wgReport;
  return page(
    ctx,
    wgReportTitle(ctx, year),
    html`<p class="notice" role="alert">${g.pdfUnavailable} <a href="/wg-reports/${year}">${g.itsPage}</a>${g.printable}</p>`,
  );
};

/** The same document standing alone, to be printed to PDF from a file: no portal header, the stylesheet inline. */
export function wgReportPrintDocument(ctx: PageContext, report: WgReport): Html {
  const title = wgReportTitle(ctx, report.year);
  return html`<!doctype html>
<html lang="${ctx.lang}"><head><meta charset="utf-8"><title>${title}</title><style>${new Html(stylesheet)}</style></head>
<body><main><h1>${title}</h1>${wgReportBody(ctx, report, false)}</main></body></html>`;
}
