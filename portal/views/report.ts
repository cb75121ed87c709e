import type { Report } from '../../domain/cycle/report';
import { html, type Html } from '../html';
import type { Words } from '../i18n';

/** A report as a readable document; `documentLink` gives its attachments a download link where the reader may have them. */
export function reportDocument(w: Words, report: Report, documentLink?: (sha256: string) => string): Html {
  const list = (items: Html[]) => (items.length ? html`<ul>${items}</ul>` : html`<p>—</p>`);
  const framework = report.indicatorFramework;
  return html`<section><h2>${w.progress}</h2>${list(report.progress.map((p) => html`<li><strong>${p.objective}</strong>: ${p.summary}</li>`))}</section>
<section><h2>${w.challenges}</h2><p>${report.challenges}</p></section>
<section><h2>${w.learningInterestsHeading}</h2>${list(report.learningInterests.map((l) => html`<li>${l}</li>`))}</section>
<section><h2>${w.evidence}</h2>${list(report.evidence.map((e) => html`<li>${e.kind}: ${e.description}</li>`))}</section>
<section><h2>${w.participation}</h2>${list(
    [...report.stakeholderParticipation.national, ...report.stakeholderParticipation.international].map(
      (p) => html`<li>${p.group}: ${p.description}</li>`,
    ),
  )}</section>
<section><h2>${w.collaboration}</h2>${list(report.collaboration.map((c) => html`<li>${c.description}${c.partners.length ? ` (${c.partners.join(', ')})` : ''}</li>`))}</section>
<section><h2>${w.preparedThrough}</h2><p>${report.preparedThrough}</p></section>
<section><h2>${w.framework}</h2><p>${framework.updated ? w.frameworkUpdated : '—'}</p>
<table><thead><tr><th>${w.code}</th><th>${w.name}</th><th>${w.baseline}</th><th>${w.target}</th><th>${w.latestValue}</th><th>${w.year}</th></tr></thead>
<tbody>${framework.indicators.map((x) => html`<tr><td data-label="${w.code}">${x.code}</td><td data-label="${w.name}">${x.name}</td><td data-label="${w.baseline}">${x.baseline}</td><td data-label="${w.target}">${x.target}</td><td data-label="${w.latestValue}">${x.latestValue}</td><td data-label="${w.year}">${x.year}</td></tr>`)}</tbody></table></section>
${documentLink && report.attachments.length ? html`<section><h2>${w.attachments}</h2>${list(report.attachments.map((a) => html`<li><a href="${documentLink(a.sha256)}">${a.name}</a> (${Math.ceil(a.size / 1024)} KB)</li>`))}</section>` : ''}`;
}

/** The parts of the report that differ between two rounds. */
export function changedParts(w: Words, before: Report, after: Report): string[] {
  const parts: [keyof Report, string][] = [
    ['progress', w.progress],
    ['challenges', w.challenges],
    ['learningInterests', w.learningInterestsHeading],
    ['evidence', w.evidence],
    ['stakeholderParticipation', w.participation],
    ['collaboration', w.collaboration],
    ['preparedThrough', w.preparedThrough],
    ['indicatorFramework', w.framework],
    ['attachments', w.attachments],
  ];
  return parts.filter(([key]) => JSON.stringify(before[key]) !== JSON.stringify(after[key])).map(([, label]) => label);
}
