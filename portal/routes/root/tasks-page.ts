import { html } from '../../html';
import { type AddressToFix, type CountryTask, type DecisionTask, type OpenTask, type RoadmapLink, type WgReportTask } from '../../tasks';
import { decisionQuestion } from '../../views/decision';
import { dueLine } from '../../views/due';
import { page, type PageContext } from '../../views/layout';
import { country, labelled } from '../../views/say';
import { assistanceLinks } from '../partners/links';

/**
 * `steering` are the links of the secretariat and the GCM: their own page, and the dashboards of these years;
 * `decisions` the bodies' decisions that wait for the reader; `wgReports` the Working Group's drafts that wait for them;
 * `roadmaps` the roadmaps a focal point or deputy keeps, which wait for no one but are theirs to open.
 */
export function tasksPage(
  ctx: PageContext,
  tasks: OpenTask[],
  countryTasks: CountryTask[],
  zone: string,
  steering: { secretariat: boolean; years: number[]; toFix: AddressToFix[]; partner?: boolean },
  decisions: DecisionTask[] = [],
  wgReports: WgReportTask[] = [],
  roadmaps: RoadmapLink[] = [],
) {
  const { w } = ctx;
  const name = (t: { code: string; countryName: string }) => country(ctx, { code: t.code, name: t.countryName });
  const rows = tasks.map(
    (t) =>
      html`<li><a href="${t.path}">${labelled(ctx, w.task[t.task])} ${name(t)} ${t.year}${t.round ? html` (${w.round} ${t.round})` : ''}</a><br>${dueLine(ctx, t.dueAt, zone)}</li>`,
  );
  const others = countryTasks.map(
    (t) =>
      html`<li><a href="${t.path}">${labelled(ctx, t.task === 'candidacy' ? w.candidacyTitle : w.reactivationTitle)} ${name(t)}</a></li>`,
  );
  const waiting = decisions.map(
    (d) =>
      html`<li><a href="${d.path}">${labelled(ctx, w.decisions.tasks[d.stage])} ${decisionQuestion(ctx, d.subject)}</a>${d.endsAt ? html`<br>${dueLine(ctx, d.endsAt, zone)}` : ''}</li>`,
  );
  const drafts = wgReports.map((r) => html`<li><a href="${r.path}">${w.wgReport.draft.task(r.year, r.signs)}</a></li>`);
  const said = w.steering.tasks;
  const fixes = steering.toFix.map(
    (f) =>
      html`<li><a href="/secretariat">${said.fixAddress(f.name, f.address, `${name(f)} (${f.code})`, f.year)}</a><br>${said.refusedForGood} ${f.reason}</li>`,
  );
  const list =
    tasks.length + others.length + waiting.length + drafts.length + fixes.length
      ? html`<ul>${rows}${others}${waiting}${drafts}${fixes}</ul>`
      : html`<p>${w.noTasks}</p>`;
  const dashboards = steering.years.map((y, i) => html`${i ? ' · ' : ''}<a href="/years/${y}">${y}</a>`);
  return page(
    ctx,
    w.myTasks,
    html`${list}${roadmaps.filter((r) => r.active).map((r) => html`<p><a href="${r.path}">${labelled(ctx, w.roadmap.yours)} ${name(r)}</a></p>`)}${assistanceLinks(ctx, roadmaps, !!steering.partner || steering.secretariat)}${steering.secretariat ? html`<p><a href="/secretariat">${said.secretariat}</a></p><p><a href="/learning">${w.learning.link}</a></p><p><a href="/events">${w.events.link}</a></p>` : ''}${
      dashboards.length ? html`<p>${said.dashboards} ${dashboards}</p><p><a href="/policy/dry-run">${said.dryRun}</a></p>` : ''
    }`,
  );
}
