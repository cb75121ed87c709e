import { DateTime } from 'luxon';
import { z } from 'zod';
import type { CyclePolicy } from '../cycle/policy';
import { lazy } from '../shared/lazy';
import type { HlpfCompilation, SiteYear } from './site';

// The compilation for the annual meeting on the margins of the HLPF (DESIGN.md §9): from the policy's day of
// the year (default 1 July) the secretariat publishes what was finalised by then, and again as more comes.

export const publishHlpfArgs = lazy(() =>
  z.object({
    year: z.number().int().min(2000, { message: 'is not a year' }).max(2200, { message: 'is not a year' }),
    actorName: z.string().trim().min(1, { message: 'is required' }).max(300, { message: 'is longer than 300 characters' }),
  }),
);
export type PublishHlpfArgs = z.output<ReturnType<typeof publishHlpfArgs>>;

/** The first instant the year's compilation may be published: the policy's day, at its start in the secretariat's zone. */
export function hlpfOpensAt(year: number, policy: Pick<CyclePolicy, 'publication' | 'secretariatZone'>): DateTime {
  return DateTime.fromObject({ year, ...policy.publication.hlpfFrom }, { zone: policy.secretariatZone }).startOf('day');
}

/** The compilation of the year: the promoted countries' published reports, with who published it and when. */
export function hlpfCompilationOf(file: SiteYear | undefined, year: number, publishedBy: string, at: string): HlpfCompilation {
  return { year, publishedAt: at, publishedBy, countries: (file?.countries ?? []).filter((c) => c.promoted) };
}
