import type { RoadmapChange } from '../../../domain/roadmap/document';
import type { RoadmapVersion } from '../../../domain/record/country-record';
import type { PageContext } from '../../views/layout';

// What changed in a roadmap, in the reader's words: for its page, the dossier and the history. A version
// written before the record kept its changes (or as a line) says its summary as written.

export function changeText({ w }: PageContext, c: RoadmapChange): string {
  const said = w.roadmap.change;
  switch (c.kind) {
    case 'areaAdded':
    case 'areaRemoved':
      return said[c.kind](c.area);
    case 'actionsChanged':
    case 'indicatorsChanged':
    case 'assistanceChanged':
      return said[c.kind](c.area, c.added, c.removed);
    case 'documentsChanged':
      return said.documentsChanged(c.added, c.removed);
    default:
      return said[c.kind];
  }
}

/** Every change, in one line. */
export const changesText = (ctx: PageContext, changes: RoadmapChange[]): string =>
  changes.length ? changes.map((c) => changeText(ctx, c)).join(ctx.w.terms.separator) : ctx.w.roadmap.noChange;

/** What a version changed: its changes in the reader's words, or its summary as written. */
export const versionChanges = (ctx: PageContext, v: Pick<RoadmapVersion, 'changes' | 'summary'>): string =>
  v.changes ? changesText(ctx, v.changes) : v.summary;
