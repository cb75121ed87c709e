import type { RoadmapDocument, RoadmapDocumentInput } from '../../../domain/roadmap/document';
import { Refusal } from '../../access';
import { typedValues } from '../../views/form-errors';

// The roadmap's form as the person types it, without script: each priority area a fieldset of a title and
// lists typed one item a line (immediate measures and other actions apart, each line may start with its
// due day, YYYY-MM-DD); the budget, the coordination body, and the candidacy's items still to be placed.
// Read from the current document, from what the browser sent, and turned into the document the record
// checks, remembering which field and line each part came from so that a problem is shown where it was typed.

export interface AreaFields {
  title: string;
  immediate: string;
  actions: string;
  indicators: string;
  needs: string;
  /** The empty fieldset offered to add an area: left blank, it adds none. */
  isNew: boolean;
}

export interface RoadmapFields {
  areas: AreaFields[];
  secured: string;
  gaps: string;
  coordinationBody: string;
  /** The candidacy's items, while any is left to place. */
  carried?: { immediate: string; actions: string; needs: string; notes: string };
}

export const areaParts = ['title', 'immediate', 'actions', 'indicators', 'needs'] as const;
export type AreaPart = (typeof areaParts)[number];
export const areaId = (i: number, part: AreaPart) => `area-${i}-${part}`;
export const carriedParts = ['immediate', 'actions', 'needs', 'notes'] as const;
export const carriedId = (part: (typeof carriedParts)[number]) => `carried-${part}`;
export const otherIds = { secured: 'budget-secured', gaps: 'budget-gaps', coordinationBody: 'coordination-body' } as const;

/** The most fieldsets a form may send: the document's twenty areas and the new one, with room to spare. */
const maxAreas = 40;

type Action = RoadmapDocument['priorityAreas'][number]['actions'][number];
const actionLine = (a: Action) => (a.due ? `${a.due} ${a.text}` : a.text);
const lines = (items: string[]) => items.join('\n');
const emptyArea = (): AreaFields => ({ title: '', immediate: '', actions: '', indicators: '', needs: '', isNew: true });

/** The form of a new version, from the current document (none yet: three empty areas to start with). */
export function fieldsOf(doc: RoadmapDocument | undefined): RoadmapFields {
  const areas = (doc?.priorityAreas ?? []).map((a) => ({
    title: a.title,
    immediate: lines(a.actions.filter((x) => x.immediate).map(actionLine)),
    actions: lines(a.actions.filter((x) => !x.immediate).map(actionLine)),
    indicators: lines(a.indicators),
    needs: lines(a.assistanceNeeds),
    isNew: false,
  }));
  const c = doc?.carriedOver;
  const carried = c && (c.actions.length || c.assistanceNeeds.length || c.notes.length);
  return {
    areas: [...areas, ...Array.from({ length: areas.length ? 1 : 3 }, emptyArea)],
    secured: doc?.budget.secured ?? '',
    gaps: doc?.budget.gaps ?? '',
    coordinationBody: doc?.coordinationBody ?? '',
    ...(carried && {
      carried: {
        immediate: lines(c.actions.filter((x) => x.immediate).map(actionLine)),
        actions: lines(c.actions.filter((x) => !x.immediate).map(actionLine)),
        needs: lines(c.assistanceNeeds),
        notes: lines(c.notes),
      },
    }),
  };
}

/** What the browser sent, as typed; a fieldset number past any form's is a bad request. */
export function fieldsSent(body: unknown): RoadmapFields {
  const sent = typedValues(body);
  const value = (name: string) => sent[name]?.[0] ?? '';
  const indexes = new Set<number>();
  for (const name of Object.keys(sent)) {
    const i = /^area-(\d+)-/.exec(name)?.[1];
    if (i === undefined) continue;
    if (Number(i) >= maxAreas) throw new Refusal(400, 'badRequest');
    indexes.add(Number(i));
  }
  const areas = [...indexes]
    .sort((a, b) => a - b)
    .map((i) => ({
      ...(Object.fromEntries(areaParts.map((part) => [part, value(areaId(i, part))])) as Record<AreaPart, string>),
      isNew: value(`area-${i}-new`) === 'yes',
    }));
  const carriedSent = carriedParts.some((part) => sent[carriedId(part)]);
  return {
    areas,
    secured: value(otherIds.secured),
    gaps: value(otherIds.gaps),
    coordinationBody: value(otherIds.coordinationBody),
    ...(carriedSent && {
      carried: Object.fromEntries(carriedParts.map((part) => [part, value(carriedId(part))])) as NonNullable<RoadmapFields['carried']>,
    }),
  };
}

/** A list's items, one a line, each with the number of the line it was typed on. */
function itemsOf(text: string): { item: string; line: number }[] {
  return text
    .split(/\r?\n/)
    .map((item, i) => ({ item: item.trim(), line: i + 1 }))
    .filter((x) => x.item);
}

/** A line of actions: its due day first, if it starts with one. */
function actionOf(item: string, immediate: boolean) {
  const dated = /^(\d{4}-\d{1,2}-\d{1,2})\s+(.*)$/.exec(item);
  return dated ? { text: dated[2]!, due: dated[1]!, immediate } : { text: item, immediate };
}

/** Where a part of the document was typed: the field's id and, in a list, the line. */
export interface Typed {
  id: string;
  line?: number;
}

/** The two actions' lists, immediate measures first, and where each was typed. */
function actionsOf(immediate: string, others: string, ids: { immediate: string; actions: string }) {
  const typed = [
    ...itemsOf(immediate).map((x) => ({ action: actionOf(x.item, true), at: { id: ids.immediate, line: x.line } })),
    ...itemsOf(others).map((x) => ({ action: actionOf(x.item, false), at: { id: ids.actions, line: x.line } })),
  ];
  return { actions: typed.map((t) => t.action), at: typed.map((t) => t.at) };
}

/**
 * The document the form says, and where each of its parts was typed (`where`, by the path of an issue under
 * `document`). An area with a blank title is left out, unless it is the new one and something else of it was
 * typed: then its missing title is what the person is told.
 */
export function documentOf(
  fields: RoadmapFields,
  current: RoadmapDocument | undefined,
): { document: RoadmapDocumentInput; where: (path: PropertyKey[]) => Typed | undefined } {
  const kept = fields.areas
    .map((area, i) => ({ area, i }))
    .filter(({ area }) => area.title.trim() || (area.isNew && areaParts.some((part) => area[part].trim())));
  const areas = kept.map(({ area, i }) => {
    const { actions, at } = actionsOf(area.immediate, area.actions, { immediate: areaId(i, 'immediate'), actions: areaId(i, 'actions') });
    const indicators = itemsOf(area.indicators);
    const needs = itemsOf(area.needs);
    return {
      value: { title: area.title, actions, indicators: indicators.map((x) => x.item), assistanceNeeds: needs.map((x) => x.item) },
      at: {
        title: { id: areaId(i, 'title') },
        actions: at,
        indicators: indicators.map((x) => ({ id: areaId(i, 'indicators'), line: x.line })),
        assistanceNeeds: needs.map((x) => ({ id: areaId(i, 'needs'), line: x.line })),
        lists: { actions: areaId(i, 'actions'), indicators: areaId(i, 'indicators'), assistanceNeeds: areaId(i, 'needs') },
      },
    };
  });
  const c = fields.carried;
  const carried = c && {
    ...actionsOf(c.immediate, c.actions, { immediate: carriedId('immediate'), actions: carriedId('actions') }),
    needs: itemsOf(c.needs),
    notes: itemsOf(c.notes),
  };
  const carriedAt = carried && {
    actions: carried.at,
    assistanceNeeds: carried.needs.map((x) => ({ id: carriedId('needs'), line: x.line })),
    notes: carried.notes.map((x) => ({ id: carriedId('notes'), line: x.line })),
    lists: { actions: carriedId('actions'), assistanceNeeds: carriedId('needs'), notes: carriedId('notes') },
  };
  // The candidacy's items the form did not show (none left to place) stay as they were.
  const carriedOver = !carried
    ? current?.carriedOver
    : carried.actions.length || carried.needs.length || carried.notes.length
      ? { actions: carried.actions, assistanceNeeds: carried.needs.map((x) => x.item), notes: carried.notes.map((x) => x.item) }
      : undefined;
  const document: RoadmapDocumentInput = {
    priorityAreas: areas.map((a) => a.value),
    budget: { secured: fields.secured, gaps: fields.gaps },
    coordinationBody: fields.coordinationBody,
    ...(carriedOver && { carriedOver }),
  };
  const firstTitle = { id: areaId(kept[0]?.i ?? fields.areas.length - 1, 'title') };
  const where = (path: PropertyKey[]): Typed | undefined => {
    const [part, index, list, item] = path;
    if (part === 'budget') return { id: index === 'gaps' ? otherIds.gaps : otherIds.secured };
    if (part === 'coordinationBody') return { id: otherIds.coordinationBody };
    if (part === 'carriedOver' && carriedAt) {
      const key = String(index) as keyof typeof carriedAt.lists;
      if (!(key in carriedAt.lists)) return { id: carriedId('notes') };
      return (typeof list === 'number' ? carriedAt[key][list] : undefined) ?? { id: carriedAt.lists[key] };
    }
    if (part !== 'priorityAreas') return undefined;
    const area = typeof index === 'number' ? areas[index] : undefined;
    if (!area) return firstTitle;
    if (list === 'title') return area.at.title;
    const key = String(list) as 'actions' | 'indicators' | 'assistanceNeeds';
    if (!(key in area.at.lists)) return area.at.title;
    return (typeof item === 'number' ? area.at[key][item] : undefined) ?? { id: area.at.lists[key] };
  };
  return { document, where };
}
