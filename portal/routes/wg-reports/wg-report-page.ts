import type { WgReport } from '../../../activities/publisher';
import { criteria, shows, type Criterion } from '../../../domain/r19/criteria';
import type { CycleEvidence, WgReportRow } from '../../../domain/cycle/wg-report-row';
import type { CycleOutcome } from '../../../domain/cycle/report';
import { wgReportFigures } from '../../../domain/cycle/wg-report-figures';
import { Html, html } from '../../html';
import { criteriaText } from '../../views/criteria';
import { page, stylesheet, type PageContext } from '../../views/layout';
import { country, day, stageName } from '../../views/say';

// The Working Group's report to the GCM (R18) as a document people read and print, in the reader's
// language: the year's figures, then one section per country with its five R19 facts, how its cycle went
// and any flag with the two years it rests on. The page and the PDF are the same document.

const held = (outcome: CycleOutcome | undefined, criterion: Criterion) => outcome !== undefined && !shows(outcome, criterion);

export const wgReportTitle = (ctx: PageContext, year: number) => ctx.w.wgReport.title(year);

function figuresSection(ctx: PageContext, report: WgReport) {
  const { wgReport: g, terms } = ctx.w;
  const f = wgReportFigures(report.rows);
  const item = (label: string, value: unknown) => html`<li>${label}${terms.colon} ${value}</li>`;
  const timing = [g.onTime(f.onTime), g.late(f.late), ...(f.timingUnknown ? [g.undated(f.timingUnknown)] : [])].join(', ');
  return html`<section class="figures"><h2>${g.inFigures(report.year)}</h2><ul>
${item(g.countries, f.countries)}
${item(g.submitted, `${f.reportsSubmitted}${f.reportsSubmitted ? g.ofWhich(timing) : ''}`)}
${item(g.finalised, f.finalised)}
${item(g.frameworks, f.frameworksUpdated)}
${item(g.withProgress, f.evidenceOfProgress)}
${item(g.withCollaboration, f.evidenceOfCollaboration)}
${item(g.flaggedTo, html`${f.flagged}${f.flagged ? html`${g.forCriteria}<ul>${criteria.map((c) => item(terms.criterion[c], f.flagsByCriterion[c]))}</ul>` : ''}`)}
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

function countrySection(ctx: PageContext, year: number, row: WgReportRow) {
  const g = ctx.w.wgReport;
  return html`<section class="country" id="${row.country}"><h2>${country(ctx, { code: row.country, name: row.name })} (${row.country})</h2>
<p>${g.stageAtCloseOfCycle(stageName(ctx, row.stage).toLowerCase())}</p>
${row.missing ? html`<p class="notice">${g.noOutcome} ${row.missing}.</p>` : ''}
${
  row.flagged
    ? html`<p class="notice"><strong>${g.flagged}</strong>${g.flaggedFor(criteriaText(ctx, row.criteria))}</p>`
    : html`<p>${g.notFlagged}</p>`
}
<h3>${g.fiveFacts}</h3>${factsTable(ctx, year, row)}
<h3>${g.howItWent}</h3>${cycleList(ctx, row.evidence)}
</section>`;
}

/** The document itself; `pdfLink` only on the page, where there is somewhere to download it from. */
function wgReportBody(ctx: PageContext, report: WgReport, pdfLink: boolean) {
  const g = ctx.w.wgReport;
  return html`${pdfLink ? html`<p class="no-print"><a href="/wg-reports/${report.year}.pdf">${g.pdf}</a></p>` : ''}
<p>${g.intro(report.year)}</p>
${figuresSection(ctx, report)}
${report.rows.map((r) => countrySection(ctx, report.year, r))}`;
}

export const wgReportPage = (ctx: PageContext, report: WgReport) =>
  page(ctx, wgReportTitle(ctx, report.year), wgReportBody(ctx, report, true));

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
