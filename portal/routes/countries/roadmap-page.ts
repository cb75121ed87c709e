import type { CountryState } from '../../../domain/record/country-record';
import type { PriorityArea, RoadmapDocument } from '../../../domain/roadmap/document';
import { sameAddress } from '../../../domain/shared/country';
import { html, type Html } from '../../html';
import { formErrorsView, type FormErrors } from '../../views/form-errors';
import { page, type PageContext } from '../../views/layout';
import { country, day, titled } from '../../views/say';
import { versionChanges } from './roadmap-changes';
import { roadmapDocumentsView, type RoadmapDocumentsForm } from './roadmap-documents-page';
import { areaId, carriedId, carriedParts, otherIds, type AreaPart, type RoadmapFields } from './roadmap-form';

// A country's roadmap in the reader's language (R12): the current document, its versions with what each
// changed, and for the country's focal point and deputy the form that writes the next version. What people
// typed (titles, actions, needs, the budget) stays as typed.

type Action = PriorityArea['actions'][number];

function actionItem(ctx: PageContext, a: Action) {
  const said = ctx.w.roadmap;
  return html`<li>${a.text}${a.due ? ` (${said.due(day(ctx, a.due))})` : ''}${a.immediate ? html` <strong>(${said.immediate})</strong>` : ''}</li>`;
}

/** A list under its heading, or a dash when it is empty. */
const listed = (ctx: PageContext, heading: string, items: Html[], level: 'h3' | 'h4') =>
  html`${level === 'h3' ? html`<h3>${heading}</h3>` : html`<h4>${heading}</h4>`}${items.length ? html`<ul>${items}</ul>` : html`<p>${ctx.w.roadmap.none}</p>`}`;

/** The roadmap document itself: also the current roadmap on the country's public profile. */
export function documentView(ctx: PageContext, doc: RoadmapDocument) {
  const said = ctx.w.roadmap;
  const areas = doc.priorityAreas.map(
    (a) => html`<section><h3>${a.title}</h3>
${listed(
  ctx,
  said.actions,
  a.actions.map((x) => actionItem(ctx, x)),
  'h4',
)}
${listed(
  ctx,
  said.indicators,
  a.indicators.map((x) => html`<li>${x}</li>`),
  'h4',
)}
${listed(
  ctx,
  said.assistanceNeeds,
  a.assistanceNeeds.map((x) => html`<li>${x}</li>`),
  'h4',
)}</section>`,
  );
  const text = (value: string) => (value ? html`<p class="pre">${value}</p>` : html`<p>${said.none}</p>`);
  const c = doc.carriedOver;
  const carried =
    c && (c.actions.length || c.assistanceNeeds.length || c.notes.length)
      ? html`<h2>${said.carriedOver}</h2>
${listed(
  ctx,
  said.actions,
  c.actions.map((x) => actionItem(ctx, x)),
  'h3',
)}
${listed(
  ctx,
  said.assistanceNeeds,
  c.assistanceNeeds.map((x) => html`<li>${x}</li>`),
  'h3',
)}
${listed(
  ctx,
  said.notes,
  c.notes.map((x) => html`<li class="pre">${x}</li>`),
  'h3',
)}`
      : '';
  return html`<h2>${said.priorityAreas}</h2>${areas}
<h2>${said.budget}</h2><h3>${said.secured}</h3>${text(doc.budget.secured)}<h3>${said.gaps}</h3>${text(doc.budget.gaps)}
<h2>${said.coordinationBody}</h2>${text(doc.coordinationBody)}
${carried}`;
}

/** Who wrote a version: the focal point or deputy by name, anyone else by address. */
function author(r: CountryState, by: string | undefined) {
  if (!by) return '—';
  const person = [r.country.focalPoint, r.country.deputy].find((p) => sameAddress(p.email, by));
  return person ? `${person.name} <${person.email}>` : by;
}

function versionsView(ctx: PageContext, r: CountryState) {
  const said = ctx.w.roadmap;
  if (!r.roadmaps.length) return html`<h2>${said.versions}</h2><p>${said.nothingYet}</p>`;
  const columns = [said.version, said.on, said.by, said.changed];
  const cell = (i: number, value: unknown) => html`<td data-label="${columns[i]}">${value}</td>`;
  return html`<h2>${said.versions}</h2><table><thead><tr>${columns.map((c) => html`<th>${c}</th>`)}</tr></thead>
<tbody>${[...r.roadmaps]
    .reverse()
    .map(
      (v) => html`<tr>${cell(0, v.version)}${cell(1, day(ctx, v.at))}${cell(2, author(r, v.by))}${cell(3, versionChanges(ctx, v))}</tr>`,
    )}</tbody></table>`;
}

const partLabel = ({ w }: PageContext, part: AreaPart) =>
  part === 'title' ? w.roadmap.form.areaTitle : part === 'needs' ? w.roadmap.form.assistanceNeeds : w.roadmap.form[part];

const carriedLabel = ({ w }: PageContext, part: (typeof carriedParts)[number]) =>
  part === 'notes' ? w.roadmap.notes : part === 'needs' ? w.roadmap.form.assistanceNeeds : w.roadmap.form[part];

/** A field's label as the list of mistakes names it: an area's field after the area's name. */
export function fieldLabel(ctx: PageContext, fields: RoadmapFields, id: string): string {
  const said = ctx.w.roadmap;
  const area = /^area-(\d+)-(\w+)$/.exec(id);
  if (area) {
    const i = Number(area[1]);
    const legend = fields.areas[i]?.isNew ? said.form.newArea : said.form.area(i + 1);
    return titled(ctx, legend, partLabel(ctx, area[2] as AreaPart));
  }
  const carried = carriedParts.find((part) => carriedId(part) === id);
  if (carried) return titled(ctx, said.carriedOver, carriedLabel(ctx, carried));
  if (id === otherIds.secured) return titled(ctx, said.budget, said.secured);
  if (id === otherIds.gaps) return titled(ctx, said.budget, said.gaps);
  return said.coordinationBody;
}

/** A list's box tall enough for what it holds and a line more. */
const rows = (value: string) => Math.min(15, Math.max(3, value.split('\n').length + 1));

function editForm(ctx: PageContext, fields: RoadmapFields, errors?: FormErrors) {
  const said = ctx.w.roadmap;
  const e = formErrorsView(ctx, errors, 'roadmap');
  const hint = 'roadmap-hint';
  // A field is described by its mistake when it has one, else by the hint that says how to fill it in.
  const described = (id: string, hintId: string) => (e.wrong(id) ? e.attrs(id) : html` aria-describedby="${hintId}"`);
  const textarea = (id: string, label: string, value: string, max: number, hintId = hint) =>
    html`<label for="${id}">${label}</label>${e.at(id)}<textarea id="${id}" name="${id}" rows="${rows(value)}" maxlength="${max}"${described(id, hintId)}>${value}</textarea>`;
  const areas = fields.areas.map((a, i) => {
    const title = areaId(i, 'title');
    return html`<fieldset><legend>${a.isNew ? said.form.newArea : said.form.area(i + 1)}</legend>${a.isNew ? html`<input type="hidden" name="area-${i}-new" value="yes">` : ''}
<label for="${title}">${said.form.areaTitle}</label>${e.at(title)}<input type="text" id="${title}" name="${title}" maxlength="300" value="${a.title}"${described(title, `${title}-hint`)}>
<p id="${title}-hint">${a.isNew ? said.form.newHint : said.form.removeHint}</p>
${textarea(areaId(i, 'immediate'), said.form.immediate, a.immediate, 20000)}
${textarea(areaId(i, 'actions'), said.form.actions, a.actions, 20000)}
${textarea(areaId(i, 'indicators'), said.form.indicators, a.indicators, 2000)}
${textarea(areaId(i, 'needs'), said.form.assistanceNeeds, a.needs, 20000)}</fieldset>`;
  });
  const c = fields.carried;
  const carried = c
    ? html`<fieldset><legend>${said.carriedOver}</legend><p id="carried-hint">${said.form.carriedOver}</p>
${carriedParts.map((part) => textarea(carriedId(part), carriedLabel(ctx, part), c[part], 20000, `carried-hint ${hint}`))}</fieldset>`
    : '';
  return html`<h2 id="roadmap-form">${said.form.title}</h2><p id="${hint}">${said.form.intro}</p>${e.summary}
<form method="post"><input type="hidden" name="_csrf" value="${ctx.csrf}">
${areas}
<fieldset><legend>${said.budget}</legend>
${textarea(otherIds.secured, said.secured, fields.secured, 2000)}
${textarea(otherIds.gaps, said.gaps, fields.gaps, 2000)}</fieldset>
<label for="${otherIds.coordinationBody}">${said.coordinationBody}</label>${e.at(otherIds.coordinationBody)}<input type="text" id="${otherIds.coordinationBody}" name="${otherIds.coordinationBody}" maxlength="300" value="${fields.coordinationBody}"${e.attrs(otherIds.coordinationBody)}>
${carried}
<button type="submit">${said.form.save}</button></form>`;
}

export interface RoadmapView {
  /** The form of the next version, for the country's focal point or deputy while it is active; as typed when it came back. */
  form?: { fields: RoadmapFields; errors?: FormErrors };
  /** A focal point or deputy of a country that is not active: told why there is no form. */
  notActive?: boolean;
  /** The version just saved. */
  saved?: number;
  /** The documents' form, for those who write the roadmap. */
  documents?: RoadmapDocumentsForm;
}

export function roadmapPage(ctx: PageContext, r: CountryState, view: RoadmapView) {
  const said = ctx.w.roadmap;
  const current = r.roadmaps.filter((v) => v.document).at(-1)?.document;
  const body = html`${view.saved ? html`<p class="notice" role="status">${said.saved(view.saved)}</p>` : ''}
${current ? documentView(ctx, current) : r.roadmaps.length ? html`<p>${said.noDocument}</p>` : ''}
${current ? roadmapDocumentsView(ctx, r.country.code, current, view.documents) : ''}
${versionsView(ctx, r)}
${view.notActive ? html`<p>${said.inactive}</p>` : ''}
${view.form ? editForm(ctx, view.form.fields, view.form.errors) : ''}`;
  return page(ctx, titled(ctx, said.title, country(ctx, r.country)), body);
}
