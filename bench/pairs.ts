import { figure, type Figure } from './harness';

// Ratios that beat the noise: the project's step and its floor measured alternately, pair after pair, the
// order swapped every other pair, so that a noisy minute weighs on both sides of one pair only.

export interface Pair<T> {
  project: T;
  floor: T;
}

/** `count` pairs of (project, floor), the floor first in every odd pair. */
export async function interleavedPairs<T>(
  count: number,
  step: { project: (pair: number) => Promise<T>; floor: (pair: number) => Promise<T> },
): Promise<Pair<T>[]> {
  const pairs: Pair<T>[] = [];
  for (let k = 0; k < count; k++) {
    if (k % 2 === 0) {
      const project = await step.project(k);
      pairs.push({ project, floor: await step.floor(k) });
    } else {
      const floor = await step.floor(k);
      pairs.push({ project: await step.project(k), floor });
    }
  }
  return pairs;
}

/** The median of the per-pair ratios of `value`, with their range. */
export const pairRatio = <T>(pairs: Pair<T>[], value: (side: T) => number): Figure =>
  figure(pairs.map((p) => value(p.project) / value(p.floor)));

/** One side's `value` over the pairs. */
export const sideFigure = <T>(pairs: Pair<T>[], side: keyof Pair<T>, value: (s: T) => number): Figure =>
  figure(pairs.map((p) => value(p[side])));
