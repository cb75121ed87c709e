import type { WgReport } from '../../activities/publisher';
import { html } from '../html';
import { page, type PageContext } from './layout';

const yes = (b: boolean | undefined) => (b ? 'yes' : 'no');

/** The Working Group's report to the GCM (R18): per country the five R19 facts and any flag. */
export function wgReportPage(ctx: PageContext, report: WgReport) {
  const flagged = report.rows.filter((r) => r.flagged).length;
  return page(
    ctx,
    `Working Group report to the GCM: ${report.year} cycle`,
    html`<p>${report.rows.length} countries; ${flagged} flagged.</p>
<table><thead><tr><th>Country</th><th>Stage</th><th>Report</th><th>Finalised</th><th>Framework</th><th>Progress</th><th>Collaboration</th><th>Flag</th></tr></thead>
<tbody>${report.rows.map(
      (r) => html`<tr><td>${r.name} (${r.country})</td><td>${r.stage}</td><td>${yes(r.outcome?.reportSubmitted)}</td><td>${yes(r.outcome?.finalised)}</td><td>${yes(r.outcome?.indicatorFrameworkUpdated)}</td><td>${yes(r.outcome?.evidenceOfProgress)}</td><td>${yes(r.outcome?.evidenceOfCollaboration)}</td><td>${r.flagged ? r.criteria.join(', ') : ''}</td></tr>`,
    )}</tbody></table>`,
  );
}
