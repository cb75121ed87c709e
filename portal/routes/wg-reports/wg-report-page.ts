import type { WgReport } from '../../../activities/publisher';
import { criteria, shows, type Criterion } from '../../../domain/r19/criteria';
import type { CycleEvidence, WgReportRow } from '../../../domain/cycle/wg-report-row';
import type { CycleOutcome } from '../../../domain/cycle/report';
import { wgReportFigures } from '../../../domain/cycle/wg-report-figures';
import { Html, html } from '../../html';
import { criteriaText, criterionLabel } from '../../views/criteria';
import { page, stylesheet, type PageContext } from '../../views/layout';

// The Working Group's report to the GCM (R18) as a document people read and print: the year's figures,
// then one section per country with its five R19 facts, how its cycle went and any flag with the two
// years it rests on. The page and the PDF are the same document.

/** The five facts a cycle establishes, each the opposite of one R19 sign (a–e). */
const facts: { criterion: Criterion; label: string }[] = [
  { criterion: 'no-report', label: '(a) Progress report submitted' },
  { criterion: 'not-finalised', label: "(b) The Working Group's comments answered" },
  { criterion: 'indicator-framework-not-updated', label: '(c) Indicator framework submitted or updated' },
  { criterion: 'no-evidence-of-progress', label: '(d) Evidence of progress against the roadmap' },
  { criterion: 'no-evidence-of-collaboration', label: '(e) Evidence of collaboration towards priorities' },
];
const held = (outcome: CycleOutcome | undefined, criterion: Criterion) => outcome !== undefined && !shows(outcome, criterion);

const yesNo = (value: boolean | undefined) => (value ? 'yes' : 'no');
const readable = (stage: string) => stage.replace(/-/g, ' ');
const day = (iso: string) => iso.slice(0, 10);
const times = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const wgReportTitle = (year: number) => `Working Group report to the GCM: ${year} cycle`;

function figuresSection(report: WgReport) {
  const f = wgReportFigures(report.rows);
  const timing = [`${f.onTime} on time`, `${f.late} late`, ...(f.timingUnknown ? [`${f.timingUnknown} without a recorded date`] : [])].join(
    ', ',
  );
  return html`<section class="figures"><h2>The ${report.year} cycle in figures</h2><ul>
<li>Countries reporting: ${f.countries}</li>
<li>Progress reports submitted: ${f.reportsSubmitted}${f.reportsSubmitted ? `, of which ${timing}` : ''}</li>
<li>Reports finalised: ${f.finalised}</li>
<li>Indicator frameworks submitted or updated: ${f.frameworksUpdated}</li>
<li>With evidence of progress: ${f.evidenceOfProgress}</li>
<li>With evidence of collaboration: ${f.evidenceOfCollaboration}</li>
<li>Flagged to the GCM: ${f.flagged}${f.flagged ? html`, for:<ul>${criteria.map((c) => html`<li>${criterionLabel[c]}: ${f.flagsByCriterion[c]}</li>`)}</ul>` : ''}</li>
</ul></section>`;
}

/** The five facts, this year and (when known) the year before side by side; the criteria of a flag are marked. */
function factsTable(year: number, row: WgReportRow) {
  const before = row.previous;
  const flaggedFor = (c: Criterion) => row.flagged && row.criteria.includes(c);
  return html`<table class="facts"><thead><tr><th>Fact</th>${before ? html`<th>${before.year}</th>` : ''}<th>${year}</th></tr></thead><tbody>
<tr><td>Stage at the close</td>${before ? html`<td data-label="${before.year}">${readable(before.stage)}</td>` : ''}<td data-label="${year}">${readable(row.stage)}</td></tr>
<tr><td>Report finalised</td>${before ? html`<td data-label="${before.year}">${yesNo(before.outcome.finalised)}</td>` : ''}<td data-label="${year}">${yesNo(row.outcome?.finalised)}</td></tr>
${facts.map(
  (f) =>
    html`<tr><td>${flaggedFor(f.criterion) ? html`<strong>${f.label} (flagged)</strong>` : f.label}</td>${
      before ? html`<td data-label="${before.year}">${yesNo(held(before.outcome, f.criterion))}</td>` : ''
    }<td data-label="${year}">${yesNo(held(row.outcome, f.criterion))}</td></tr>`,
)}</tbody></table>`;
}

function cycleList(evidence: CycleEvidence | undefined) {
  if (!evidence) return html`<p>No record of how the cycle went.</p>`;
  const extended = evidence.extensions ? ` (after ${times(evidence.extensions, 'extension', 'extensions')})` : '';
  return html`<ul>
<li>Deadline: ${day(evidence.deadline)}${extended}</li>
<li>Reminders sent: ${evidence.remindersSent}</li>
<li>Submissions: ${
    evidence.submissions.length
      ? html`<ul>${evidence.submissions.map((s) => html`<li>${s.kind === 'report' ? 'Report' : 'Revision'} submitted on ${day(s.at)}${s.late ? html`, <strong>late</strong>` : ', on time'}</li>`)}</ul>`
      : 'none'
  }</li>
<li>Review rounds: ${
    evidence.reviews.length
      ? html`<ul>${evidence.reviews.map((r) => html`<li>Round ${r.round}, ${day(r.at)}: ${r.decision === 'accept' ? 'accepted' : 'revision requested'}</li>`)}</ul>`
      : 'none'
  }</li>
</ul>`;
}

function countrySection(year: number, row: WgReportRow) {
  return html`<section class="country" id="${row.country}"><h2>${row.name} (${row.country})</h2>
<p>Stage at the close of the cycle: ${readable(row.stage)}.</p>
${row.missing ? html`<p class="notice">No outcome was recorded for this report: ${row.missing}.</p>` : ''}
${
  row.flagged
    ? html`<p class="notice"><strong>Flagged to the GCM</strong>, for shortfalls in two consecutive years: ${criteriaText(row.criteria)}. The facts of both years are below.</p>`
    : html`<p>Not flagged.</p>`
}
<h3>The five facts</h3>${factsTable(year, row)}
<h3>How the cycle went</h3>${cycleList(row.evidence)}
</section>`;
}

/** The document itself; `pdfLink` only on the page, where there is somewhere to download it from. */
function wgReportBody(report: WgReport, pdfLink: boolean) {
  return html`${pdfLink ? html`<p class="no-print"><a href="/wg-reports/${report.year}.pdf">Download as PDF</a></p>` : ''}
<p>The Working Group's report to the Global Coordinating Group on the ${report.year} reporting cycle: the year's figures, then for each pathfinder country the five facts on which insufficient progress is judged, how its cycle went, and any flag, which rests on shortfalls in two consecutive years.</p>
${figuresSection(report)}
${report.rows.map((r) => countrySection(report.year, r))}`;
}

export const wgReportPage = (ctx: PageContext, report: WgReport) => page(ctx, wgReportTitle(report.year), wgReportBody(report, true));

/** When the PDF cannot be printed: say so, and point back to the page, which prints from the browser as well. */
export const wgReportPdfUnavailablePage = (ctx: PageContext, year: number) =>
  page(
    ctx,
    wgReportTitle(year),
    html`<p class="notice" role="alert">The PDF cannot be made just now: the service that prints it is unavailable. Please try again later, or read the report on <a href="/wg-reports/${year}">its page</a>, which your browser can also print.</p>`,
  );

/** The same document standing alone, to be printed to PDF from a file: no portal header, the stylesheet inline. */
export function wgReportPrintDocument(report: WgReport): Html {
  const title = wgReportTitle(report.year);
  return html`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${title}</title><style>${new Html(stylesheet)}</style></head>
<body><main><h1>${title}</h1>${wgReportBody(report, false)}</main></body></html>`;
}
