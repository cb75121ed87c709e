import { DateTime } from 'luxon';
import { z } from 'zod';

// Field schemas that every message shares. Builders, not values: see lazy.ts for why.

/**
 * An e-mail address, compared in lower case. The pattern is our own: the worker freezes zod's shared one
 * (worker/bundler-options.ts), which zod writes to on every use.
 */
export const email = () =>
  z
    .string({ message: 'is not an e-mail address' })
    .max(254, { message: 'is longer than an e-mail address can be (254 characters)' })
    .pipe(z.email({ pattern: /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/, message: 'is not an e-mail address' }))
    .transform((e) => e.toLowerCase());

/** Text that must be there and not blank. */
export const requiredText = () =>
  z
    .string({ error: (i) => (i.input === undefined ? 'is required' : 'must be text') })
    .trim()
    .min(1, { message: 'is required' });

/** A calendar date, YYYY-MM-DD. (zod's own ISO date check does not hold inside the workflow sandbox, so luxon decides.) */
export const isoDate = () =>
  z.string().refine((d) => /^\d{4}-\d{2}-\d{2}$/.test(d) && DateTime.fromISO(d).isValid, { message: 'must be a date (YYYY-MM-DD)' });
