import type { Figure } from './harness';

// A row of bench/RESULTS.md that got worse by more than its range against the committed results is named,
// so that a change that slows the project down is seen in the run that made it.

export interface Tracked {
  label: string;
  /** Where the row's figure is in results.json, e.g. `openingRatio` or `emailsPerSecond.sequential`. */
  path: string;
  better: 'lower' | 'higher';
}

const at = (results: unknown, path: string): Figure | undefined => {
  const value = path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], results);
  const f = value as Partial<Figure> | undefined;
  return typeof f?.median === 'number' && typeof f.min === 'number' && typeof f.max === 'number' ? (f as Figure) : undefined;
};

/** The tracked rows whose median moved the wrong way by more than the committed row's range (max − min). */
export function regressions(committed: unknown, current: unknown, tracked: Tracked[]): string[] {
  return tracked.flatMap(({ label, path, better }) => {
    const before = at(committed, path);
    const now = at(current, path);
    if (!before || !now) return [];
    const range = before.max - before.min;
    const worse = better === 'lower' ? now.median - before.median : before.median - now.median;
    const r = (x: number) => Math.round(x * 100) / 100;
    return worse > range
      ? [`${label}: ${r(now.median)} against ${r(before.median)} committed (range ${r(before.min)}–${r(before.max)})`]
      : [];
  });
}
