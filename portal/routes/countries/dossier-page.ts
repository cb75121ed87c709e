import type { CycleOutcome } from '../../../domain/cycle/report';
import type { Place, PlacedEntry } from '../../../app/audit';
import type { AuditEntry } from '../../../domain/shared/audit';
import { flagStatus, type CountryState, type CycleFlag } from '../../../domain/record/country-record';
import { shows } from '../../../domain/r19/criteria';
import { html } from '../../html';
import { criteriaText } from '../../views/criteria';
import { page, type PageContext } from '../../views/layout';
import { country, day, dayAndHour, stageName } from '../../views/say';
import { historyLine, taskName } from './history-line';
import { keptRefusalText } from '../../refusals';
import { versionChanges } from './roadmap-changes';
import { dossierEvents } from './dossier-events';
import { dossierLearning } from './dossier-learning';
import type { IntroductionState } from '../../../domain/learning/introduction';
import type { EventState } from '../../../domain/event/event';
import { dossierAssistance } from './assistance-dossier';

// A country's dossier for the secretariat and the GCM, in the reader's language. What people typed, a
// refusal kept without its reasons and the history lines written before the record kept what each says stay
// as written.

/** How a person reached the task, in words. */
function channel({ w }: PageContext, e: AuditEntry) {
  const d = w.staff.dossier;
  if (e.channel === 'cli-operator') return d.byOperator(e.as, e.operator ?? '');
  if (e.channel === 'portal-link') return d.byLink(e.as);
  if (e.channel === 'portal-session') return d.bySession(e.as);
  return d.direct(e.as, d.raw[e.channel] ?? e.channel);
}

/** Where an entry was kept, in the reader's words. */
function place(ctx: PageContext, where: Place) {
  const p = ctx.w.staff.dossier.place;
  if (where.kind === 'cycle') return p.cycle(String(where.year));
  if (where.kind === 'escalation') return p.escalation(String(where.year));
  if (where.kind === 'reactivation') return p.reactivation(day(ctx, where.requestedOn, 'UTC'));
  return where.kind === 'record' ? p.record : p.candidacy;
}

/** A cycle's flag: its criteria, and where the Working Group's review of it stands. */
function flagText(ctx: PageContext, flag: CycleFlag) {
  const said = ctx.w.staff.dossier.flagStatus;
  const criteria = criteriaText(ctx, flag.criteria);
  const review = flag.withdrawn ?? flag.confirmed;
  const status = flagStatus(flag);
  if (status === 'raised') return criteria;
  return html`${criteria} <em data-flag="${status}">(${status === 'proposed' ? said.proposed : said[status](review!.by, review!.reason)})</em>`;
}

/** The cycles' table: one row a year, with the R19 facts each established. */
function cyclesTable(ctx: PageContext, r: CountryState) {
  const { staff } = ctx.w;
  const d = staff.dossier;
  const yes = (b: boolean) => (b ? staff.yes : staff.no);
  const columns = [staff.year, staff.stage, d.report, d.finalised, d.answered, d.framework, d.progress, d.collaboration, d.flag];
  const cell = (i: number, value: unknown) => html`<td data-label="${columns[i]}">${value}</td>`;
  // (c)–(e) are the Working Group's judgment where it gave one; the country's own declaration is shown beside it when it differs.
  const judged = (o: CycleOutcome, sign: keyof NonNullable<CycleOutcome['declared']>) =>
    o.declared && o.declared[sign] !== o[sign]
      ? html`${yes(o[sign])} <em data-declared="${sign}">(${ctx.w.review.countryDeclared(yes(o.declared[sign]))})</em>`
      : yes(o[sign]);
  return html`<table><thead><tr>${columns.map((c) => html`<th>${c}</th>`)}</tr></thead>
<tbody>${r.cycles.map(
    (y) =>
      html`<tr>${cell(0, html`${y.year}${y.imported ? html` ${d.imported}` : ''}`)}${cell(1, stageName(ctx, y.stage))}${cell(2, yes(y.outcome.reportSubmitted))}${cell(3, yes(y.outcome.finalised))}${cell(4, yes(!shows(y.outcome, 'not-finalised')))}${cell(5, judged(y.outcome, 'indicatorFrameworkUpdated'))}${cell(6, judged(y.outcome, 'evidenceOfProgress'))}${cell(7, judged(y.outcome, 'evidenceOfCollaboration'))}${cell(8, y.flag ? flagText(ctx, y.flag) : '')}</tr>`,
  )}</tbody></table>`;
}

/** The documents kept of the years run before this system, each a link the dossier's readers may open; nothing if none. */
function pastDocuments(ctx: PageContext, r: CountryState) {
  const years = r.cycles.filter((y) => y.imported?.documents?.length);
  if (!years.length) return '';
  const link = (year: number, d: { name: string; sha256: string }) =>
    html`<a href="/documents/${d.sha256}?past=${r.country.code}-${year}">${d.name}</a>`;
  return html`<h3>${ctx.w.staff.dossier.pastDocuments}</h3>
<ul>${years.map(
    (y) => html`<li>${y.year}${ctx.w.terms.colon} ${y.imported!.documents!.map((d, i) => html`${i ? ', ' : ''}${link(y.year, d)}`)}</li>`,
  )}</ul>`;
}

/** Every human task taken or refused, with who took it and how. */
function trailTable(ctx: PageContext, trail: PlacedEntry[]) {
  const d = ctx.w.staff.dossier;
  return html`<table><thead><tr><th>${d.when}</th><th>${d.where}</th><th>${d.task}</th><th>${d.whoAndHow}</th><th>${d.outcome}</th></tr></thead>
<tbody>${trail.map(
    (e) =>
      html`<tr><td data-label="${d.whenShort}">${dayAndHour(ctx, e.at, 'UTC')}</td><td data-label="${d.where}">${place(ctx, e.where)}</td><td data-label="${d.task}">${taskName(ctx, e.task)}</td><td data-label="${d.who}">${channel(ctx, e)}</td><td data-label="${d.outcome}">${e.outcome === 'accepted' ? d.accepted : html`${d.refused}${ctx.w.terms.colon} ${keptRefusalText(ctx, e.reasons, e.reason ?? '')}`}</td></tr>`,
  )}</tbody></table>`;
}

/** A country's dossier for the secretariat and the GCM: everything its record holds, and its dated history. */
export function dossierPage(
  ctx: PageContext,
  r: CountryState,
  trail: PlacedEntry[],
  events: EventState[] = [],
  introductions: IntroductionState[] = [],
) {
  const { staff, steering, terms } = ctx.w;
  const d = staff.dossier;
  const c = r.country;
  const colon = terms.colon;
  const none = html`<p>—</p>`;
  const person = (p: { name: string; email: string }) => `${p.name} <${p.email}>`;
  const escalations = r.escalations.map(
    (e) =>
      html`<li><a href="/escalations/${c.code}/${e.year}">${e.year}</a>${colon} ${criteriaText(ctx, e.criteria)}${terms.separator}${d.opened(day(ctx, e.openedAt))}${e.closedAt ? `, ${d.closedOn(e.result ? steering.escalation.decided[e.result] : d.closed, day(ctx, e.closedAt))}` : ''}</li>`,
  );
  const reactivations = r.reactivations.map(
    (x) =>
      html`<li>${d.requestedBy(day(ctx, x.requestedAt), x.by)}${colon} ${x.closedAt ? d.closedOn(x.result ? d.reactivation[x.result] : d.closed, day(ctx, x.closedAt)) : d.awaitingVerification}</li>`,
  );
  const body = html`<p>${d.status(terms.status[r.status], day(ctx, r.statusSince))}${r.status === 'active' ? '' : d.suspended}.</p>
<p>${d.people(person(c.focalPoint), person(c.deputy), c.reviewers.map((x) => x.name).join(', ') || staff.none)}</p>
<h2>${d.roadmaps}</h2>${r.roadmaps.length ? html`<ul>${r.roadmaps.map((v) => html`<li>v${v.version} (${day(ctx, v.at)})${colon} ${versionChanges(ctx, v)}</li>`)}</ul>` : none}<p><a href="/countries/${c.code}/roadmap">${ctx.w.roadmap.open}</a></p>
<h2>${d.cycles}</h2>
${cyclesTable(ctx, r)}
${pastDocuments(ctx, r)}
<h2>${d.escalations}</h2>${escalations.length ? html`<ul>${escalations}</ul>` : none}
<h2>${d.reactivations}</h2>${reactivations.length ? html`<ul>${reactivations}</ul>` : none}
${dossierEvents(ctx, c.code, events)}
${dossierLearning(ctx, c.code, introductions)}
${dossierAssistance(ctx, r)}
<h2>${d.history}</h2><ol>${r.history.map((h) => html`<li>${day(ctx, h.at)}${colon} ${historyLine(ctx, h)}</li>`)}</ol>
<h2>${d.trail}</h2>${trailTable(ctx, trail)}`;
  return page(ctx, `${d.title}${colon} ${country(ctx, c)} (${c.code})`, body);
}
