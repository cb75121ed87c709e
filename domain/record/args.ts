import { z } from 'zod';
import { personSchema } from '../shared/country';
import { email, requiredText as text } from '../shared/fields';
import { lazy } from '../shared/lazy';
import { roadmapDocument } from '../roadmap/document';

// What the secretariat changes in a country's record: its focal points and its roadmap.

export const focalPointsArgs = lazy(() =>
  z
    .object({ as: email(), focalPoint: personSchema().optional(), deputy: personSchema().optional() })
    .refine((a) => a.focalPoint || a.deputy, { message: 'name a new focal point and/or deputy', path: ['focalPoint'] }),
);
export type FocalPointsArgs = z.input<ReturnType<typeof focalPointsArgs>>;

/**
 * R12: a new version of an active country's roadmap: the whole document (since 1.1), or, as before, a line
 * saying what changed.
 */
export const roadmapUpdateArgs = lazy(() =>
  z
    .object({ as: email(), summary: text().optional(), document: roadmapDocument().optional() })
    .refine((a) => a.summary || a.document, { message: 'send the roadmap document, or a summary of the change', path: ['document'] }),
);
export type RoadmapUpdateArgs = z.input<ReturnType<typeof roadmapUpdateArgs>>;
