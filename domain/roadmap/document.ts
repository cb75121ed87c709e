import { z } from 'zod';
import { isoDate, requiredText } from '../shared/fields';
import { lazy } from '../shared/lazy';
import { reportBytes } from '../cycle/report';
import { documentRef } from '../shared/document-ref';

/** How large a roadmap's priority areas may be together, as the UTF-8 bytes of their JSON. */
export const maxRoadmapBytes = 64 * 1024;
/** How many documents a roadmap keeps. */
export const maxRoadmapDocuments = 10;

// A country's roadmap as a document (R9, R12; DESIGN.md §8): its priority areas, each with the actions that
// carry it out (the immediate measures of this year among them), the indicators of the pathfinder indicator
// framework it is measured by and the technical assistance it needs; its budget, and the body that
// coordinates it. Versions of it are kept on the country's record.

const line = (max: number) => requiredText().max(max, { message: `is longer than ${max} characters` });
const list = <T extends z.ZodType>(item: T, max: number, what: string) =>
  z
    .array(item)
    .max(max, { message: `lists more than ${max} ${what}` })
    .default([]);

export const roadmapAction = lazy(() =>
  z.object({
    text: line(1000),
    /** When it is due, if the roadmap says. */
    due: isoDate().optional(),
    /** One of the immediate measures to be taken before the end of the year (R9). */
    immediate: z.boolean().default(false),
  }),
);

export const priorityArea = lazy(() =>
  z.object({
    title: line(300),
    actions: list(roadmapAction(), 50, 'actions'),
    /** Codes of the pathfinder indicator framework, e.g. `CL-1.2`. */
    indicators: list(
      z
        .string()
        .trim()
        .regex(/^[A-Za-z0-9][A-Za-z0-9.-]{0,19}$/, { message: 'is not an indicator code (letters, digits, dots and dashes)' }),
      50,
      'indicators',
    ),
    assistanceNeeds: list(line(1000), 20, 'assistance needs'),
  }),
);

export const roadmapDocument = lazy(() =>
  z.object({
    priorityAreas: z
      .array(priorityArea())
      .min(1, { message: 'needs at least one priority area' })
      .max(20, { message: 'lists more than 20 priority areas' })
      .refine((areas) => new Set(areas.map((a) => a.title.toLowerCase())).size === areas.length, {
        message: 'names a priority area twice',
      })
      // The record keeps the current document in its state: long texts belong in an attached document.
      .refine((areas) => reportBytes(areas) <= maxRoadmapBytes, {
        message: `are larger than ${maxRoadmapBytes / 1024} KB together; put long texts in an attached document`,
      }),
    budget: z
      .object({ secured: z.string().trim().max(2000).default(''), gaps: z.string().trim().max(2000).default('') })
      .default({ secured: '', gaps: '' }),
    coordinationBody: z.string().trim().max(300).default(''),
    /** The roadmap's documents in the portal's store (the roadmap itself, annexes); absent from versions before 1.1's. */
    attachments: z
      .array(documentRef())
      .max(maxRoadmapDocuments, { message: `lists more than ${maxRoadmapDocuments} documents` })
      .optional(),
    /**
     * What the candidacy's roadmap (or national action plans) said outside any priority area, carried into
     * version 1 for the country to place in its areas; emptied as it does.
     */
    carriedOver: z
      .object({
        actions: list(roadmapAction(), 100, 'actions'),
        assistanceNeeds: list(line(1000), 50, 'assistance needs'),
        notes: list(line(5000), 20, 'notes'),
      })
      .optional(),
  }),
);

export type RoadmapDocument = z.output<ReturnType<typeof roadmapDocument>>;
export type RoadmapDocumentInput = z.input<ReturnType<typeof roadmapDocument>>;
export type PriorityArea = z.output<ReturnType<typeof priorityArea>>;

/** What changed from one version to the next, as data: each a page and the history say in the reader's language. */
export type RoadmapChange =
  | { kind: 'areaAdded' | 'areaRemoved'; area: string }
  | { kind: 'actionsChanged' | 'indicatorsChanged' | 'assistanceChanged'; area: string; added: number; removed: number }
  | { kind: 'documentsChanged'; added: number; removed: number }
  | { kind: 'budgetChanged' | 'coordinationChanged' | 'carriedOverChanged' };

/** The changes from `before` to `after`, area by area (an area is known by its title). */
export function roadmapChanges(before: RoadmapDocument | undefined, after: RoadmapDocument): RoadmapChange[] {
  const areasBefore = new Map((before?.priorityAreas ?? []).map((a) => [a.title.toLowerCase(), a]));
  const changes: RoadmapChange[] = [];
  for (const area of after.priorityAreas) {
    const old = areasBefore.get(area.title.toLowerCase());
    areasBefore.delete(area.title.toLowerCase());
    if (!old) {
      changes.push({ kind: 'areaAdded', area: area.title });
      continue;
    }
    const compare = (kind: 'actionsChanged' | 'indicatorsChanged' | 'assistanceChanged', a: unknown[], b: unknown[]) => {
      const keysA = a.map((x) => JSON.stringify(x));
      const keysB = b.map((x) => JSON.stringify(x));
      const added = keysB.filter((k) => !keysA.includes(k)).length;
      const removed = keysA.filter((k) => !keysB.includes(k)).length;
      if (added || removed) changes.push({ kind, area: area.title, added, removed });
    };
    compare('actionsChanged', old.actions, area.actions);
    compare('indicatorsChanged', old.indicators, area.indicators);
    compare('assistanceChanged', old.assistanceNeeds, area.assistanceNeeds);
  }
  for (const gone of areasBefore.values()) changes.push({ kind: 'areaRemoved', area: gone.title });
  if (before && JSON.stringify(before.budget) !== JSON.stringify(after.budget)) changes.push({ kind: 'budgetChanged' });
  if (before && before.coordinationBody !== after.coordinationBody) changes.push({ kind: 'coordinationChanged' });
  if (before && JSON.stringify(before.carriedOver ?? null) !== JSON.stringify(after.carriedOver ?? null))
    changes.push({ kind: 'carriedOverChanged' });
  const hashes = (doc?: RoadmapDocument) => (doc?.attachments ?? []).map((a) => a.sha256);
  const [docsBefore, docsAfter] = [hashes(before), hashes(after)];
  const added = docsAfter.filter((h) => !docsBefore.includes(h)).length;
  const removed = docsBefore.filter((h) => !docsAfter.includes(h)).length;
  if (added || removed) changes.push({ kind: 'documentsChanged', added, removed });
  return changes;
}

/** The changes in one English line, for the CLI, the history's `what` and older readers. */
export function changesLine(changes: RoadmapChange[]): string {
  if (!changes.length) return 'no change';
  return changes
    .map((c) => {
      switch (c.kind) {
        case 'areaAdded':
          return `priority area added: ${c.area}`;
        case 'areaRemoved':
          return `priority area removed: ${c.area}`;
        case 'budgetChanged':
          return 'budget changed';
        case 'coordinationChanged':
          return 'coordination body changed';
        case 'carriedOverChanged':
          return "the candidacy's items placed";
        case 'documentsChanged':
          return `documents +${c.added} −${c.removed}`;
        default: {
          const what = { actionsChanged: 'actions', indicatorsChanged: 'indicators', assistanceChanged: 'assistance needs' }[c.kind];
          return `${c.area}: ${what} +${c.added} −${c.removed}`;
        }
      }
    })
    .join('; ');
}

/** Every technical-assistance need of the roadmap, with its priority area (for the WG report's themes). */
export const assistanceNeedsOf = (doc: RoadmapDocument | undefined): { area?: string; need: string }[] => [
  ...(doc?.priorityAreas ?? []).flatMap((a) => a.assistanceNeeds.map((need) => ({ area: a.title, need }))),
  ...(doc?.carriedOver?.assistanceNeeds ?? []).map((need) => ({ need })),
];

/** The candidacy's plan, as R9 has the candidate file it (`domain/candidacy/args.ts`). */
export type CandidacyPlan =
  | {
      kind: 'roadmap';
      priorityAreas: string[];
      immediateActions: string[];
      actions: string[];
      technicalAssistanceNeeds: string[];
      timeline: string;
      indicators: string[];
      budget: string;
    }
  | { kind: 'national-action-plans'; plans: { title: string; criteriaAndIndicators: string }[] };

/**
 * Version 1 at the grant: the candidacy's priority areas (or each national action plan) become the areas;
 * its actions, assistance needs, indicators and timeline, filed for the roadmap as a whole, are carried over
 * for the country to place in its areas.
 */
export function roadmapFromCandidacy(plan: CandidacyPlan): RoadmapDocument {
  const unique = (titles: string[]) => [...new Map(titles.map((t) => [t.trim().toLowerCase(), t.trim()])).values()].filter(Boolean);
  const area = (title: string): PriorityArea => ({ title: title.slice(0, 300), actions: [], indicators: [], assistanceNeeds: [] });
  if (plan.kind === 'national-action-plans')
    return {
      priorityAreas: unique(plan.plans.map((p) => p.title)).map(area),
      budget: { secured: '', gaps: '' },
      coordinationBody: '',
      carriedOver: { actions: [], assistanceNeeds: [], notes: plan.plans.map((p) => `${p.title}: ${p.criteriaAndIndicators}`) },
    };
  const notes = [plan.timeline, plan.indicators.length ? plan.indicators.join('; ') : '', plan.budget].filter((n) => n.trim());
  return {
    priorityAreas: unique(plan.priorityAreas).map(area),
    budget: { secured: '', gaps: '' },
    coordinationBody: '',
    carriedOver: {
      actions: [
        ...plan.immediateActions.map((text) => ({ text, immediate: true })),
        ...plan.actions.map((text) => ({ text, immediate: false })),
      ],
      assistanceNeeds: plan.technicalAssistanceNeeds,
      notes,
    },
  };
}
