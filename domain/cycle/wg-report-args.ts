import { z } from 'zod';
import { email, requiredText as text } from '../shared/fields';
import { lazy } from '../shared/lazy';

// What the Working Group sends to its draft report of the year (R18, DESIGN.md §7): a narrative per country,
// its judgment on each proposed flag with the reason, and its chair's sign-off.

/** A country of the report, by its code (which the report itself must list). */
const code = () =>
  z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{3}$/, { message: 'is not an ISO 3166-1 alpha-3 country code' });
const long = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { message: `must be at most ${max} characters` });

/**
 * A member writes (or rewrites) the narrative on one country, and what the Working Group says of its social
 * dialogue (S1: whether the social partners took part; since 1.1): left out, the line stays as it was; both
 * empty remove it.
 */
export const narrativeArgs = lazy(() =>
  z.object({ as: email(), country: code(), text: long(20_000).default(''), socialDialogue: long(2000).optional() }),
);
export type NarrativeArgs = z.input<ReturnType<typeof narrativeArgs>>;

/** A member confirms or withdraws a proposed flag, always with the reason. */
export const flagReviewArgs = lazy(() =>
  z.object({
    as: email(),
    country: code(),
    decision: z.enum(['confirmed', 'withdrawn'], { message: 'must be confirmed or withdrawn' }),
    reason: text().pipe(long(5000)),
  }),
);
export type FlagReviewArgs = z.input<ReturnType<typeof flagReviewArgs>>;

/** The chair signs the report off: it then goes to the GCM. */
export const signOffArgs = lazy(() => z.object({ as: email() }));
export type SignOffArgs = z.input<ReturnType<typeof signOffArgs>>;
