import type { Report } from '../../domain/cycle/report';
import { html, type Html } from '../html';
import type { Words } from '../i18n';
import type { PageContext } from './layout';
import { capital } from './say';
import { stakeholderName } from './stakeholders';

/** A report as a readable document; `documentLink` gives its attachments a download link where the reader may have them. */
export function reportDocument(ctx: PageContext, report: Report, documentLink?: (sha256: string) => string): Html {
  const { w } = ctx;
  const t = w.terms;
  const list = (items: Html[]) => (items.length ? html`<ul>${items}</ul>` : html`<p>—</p>`);
  const item = (term: string, text: string) => html`<li><strong>${term}</strong>${t.colon} ${text}</li>`;
  const framework = report.indicatorFramework;
  const columns = ['code', 'name', 'baseline', 'target', 'latestValue', 'year'] as const;
  return html`<section><h2>${w.progress}</h2>${list(report.progress.map((p) => item(p.objective, p.summary)))}</section>
<section><h2>${w.challenges}</h2><p>${report.challenges}</p></section>
<section><h2>${w.learningInterestsHeading}</h2>${list(report.learningInterests.map((l) => html`<li>${l}</li>`))}</section>
${report.nextSteps?.length ? html`<section><h2>${w.nextStepsHeading}</h2>${list(report.nextSteps.map((l) => html`<li>${l}</li>`))}</section>` : ''}
<section><h2>${w.evidence}</h2>${list(report.evidence.map((e) => item(capital(t.evidenceKind[e.kind]), e.description)))}</section>
<section><h2>${w.participation}</h2>${list(
    [...report.stakeholderParticipation.national, ...report.stakeholderParticipation.international].map((p) =>
      item(capital(stakeholderName(ctx, p.group)), p.description),
    ),
  )}</section>
<section><h2>${w.collaboration}</h2>${list(report.collaboration.map((c) => html`<li>${c.description}${c.partners.length ? ` (${c.partners.join(', ')})` : ''}</li>`))}</section>
<section><h2>${w.preparedThrough}</h2><p>${report.preparedThrough}</p></section>
<section><h2>${w.framework}</h2><p>${framework.updated ? w.frameworkUpdated : w.frameworkNotUpdated}</p>
<table><thead><tr>${columns.map((c) => html`<th>${w[c]}</th>`)}</tr></thead>
<tbody>${framework.indicators.map((x) => html`<tr>${columns.map((c) => html`<td data-label="${w[c]}">${x[c]}</td>`)}</tr>`)}</tbody></table></section>
${documentLink && report.attachments.length ? html`<section><h2>${w.attachments}</h2>${list(report.attachments.map((a) => html`<li><a href="${documentLink(a.sha256)}">${a.name}</a> (${w.kilobytes(Math.ceil(a.size / 1024))})</li>`))}</section>` : ''}`;
}

/** The parts of the report that differ between two rounds. */
export function changedParts(w: Words, before: Report, after: Report): string[] {
  const parts: [keyof Report, string][] = [
    ['progress', w.progress],
    ['challenges', w.challenges],
    ['learningInterests', w.learningInterestsHeading],
    ['nextSteps', w.nextStepsHeading],
    ['evidence', w.evidence],
    ['stakeholderParticipation', w.participation],
    ['collaboration', w.collaboration],
    ['preparedThrough', w.preparedThrough],
    ['indicatorFramework', w.framework],
    ['attachments', w.attachments],
  ];
  return parts.filter(([key]) => JSON.stringify(before[key]) !== JSON.stringify(after[key])).map(([, label]) => label);
}
