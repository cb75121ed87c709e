import type { PlacedEntry } from '../../../app/audit';
import { channelText } from '../../../domain/shared/audit';
import type { CountryState } from '../../../domain/record/country-record';
import { shows } from '../../../domain/r19/criteria';
import { html } from '../../html';
import { criteriaText } from '../../views/criteria';
import { page, type PageContext } from '../../views/layout';

const yes = (b: boolean) => (b ? 'yes' : 'no');

/** A country's dossier for the secretariat and the GCM: everything its record holds, and its dated history. */
export function dossierPage(ctx: PageContext, r: CountryState, trail: PlacedEntry[]) {
  const c = r.country;
  const body = html`<p>Status: ${r.status} since ${r.statusSince.slice(0, 10)}${r.status === 'active' ? '' : ' (benefits suspended)'}.</p>
<p>Focal point ${c.focalPoint.name} &lt;${c.focalPoint.email}&gt;; deputy ${c.deputy.name} &lt;${c.deputy.email}&gt;; reviewers ${c.reviewers.map((x) => x.name).join(', ')}.</p>
<h2>Roadmap versions</h2>${r.roadmaps.length ? html`<ul>${r.roadmaps.map((v) => html`<li>v${v.version} (${v.at.slice(0, 10)}): ${v.summary}</li>`)}</ul>` : html`<p>—</p>`}
<h2>Cycles and the R19 facts</h2>
<table><thead><tr><th>Year</th><th>Stage</th><th>Report</th><th>Finalised</th><th>Comments answered</th><th>Framework</th><th>Progress</th><th>Collaboration</th><th>Flag</th></tr></thead>
<tbody>${r.cycles.map((y) => html`<tr><td data-label="Year">${y.year}${y.imported ? html` (imported)` : ''}</td><td data-label="Stage">${y.stage}</td><td data-label="Report">${yes(y.outcome.reportSubmitted)}</td><td data-label="Finalised">${yes(y.outcome.finalised)}</td><td data-label="Comments answered">${yes(!shows(y.outcome, 'not-finalised'))}</td><td data-label="Framework">${yes(y.outcome.indicatorFrameworkUpdated)}</td><td data-label="Progress">${yes(y.outcome.evidenceOfProgress)}</td><td data-label="Collaboration">${yes(y.outcome.evidenceOfCollaboration)}</td><td data-label="Flag">${y.flag ? criteriaText(y.flag.criteria) : ''}</td></tr>`)}</tbody></table>
<h2>Escalations</h2>${r.escalations.length ? html`<ul>${r.escalations.map((e) => html`<li><a href="/escalations/${c.code}/${e.year}">${e.year}</a>: ${criteriaText(e.criteria)}; opened ${e.openedAt.slice(0, 10)}${e.closedAt ? `, ${e.result ?? 'closed'} ${e.closedAt.slice(0, 10)}` : ''}</li>`)}</ul>` : html`<p>—</p>`}
<h2>Reactivations</h2>${r.reactivations.length ? html`<ul>${r.reactivations.map((x) => html`<li>${x.requestedAt.slice(0, 10)} by ${x.by}: ${x.closedAt ? `${x.result ?? 'closed'} ${x.closedAt.slice(0, 10)}` : 'awaiting verification'}</li>`)}</ul>` : html`<p>—</p>`}
<h2>History</h2><ol>${r.history.map((h) => html`<li>${h.at.slice(0, 10)}: ${h.what}</li>`)}</ol>
<h2>Actions and refusals</h2><table><thead><tr><th>When (UTC)</th><th>Where</th><th>Task</th><th>Who, and how</th><th>Outcome</th></tr></thead>
<tbody>${trail.map(
    (e) =>
      html`<tr><td data-label="When">${e.at.slice(0, 16).replace('T', ' ')}</td><td data-label="Where">${e.where}</td><td data-label="Task">${e.task}</td><td data-label="Who">${channelText(e)}</td><td data-label="Outcome">${e.outcome === 'accepted' ? 'accepted' : html`refused: ${e.reason}`}</td></tr>`,
  )}</tbody></table>`;
  return page(ctx, `Dossier: ${c.name} (${c.code})`, body);
}
