import { IANAZone } from 'luxon';
import { z } from 'zod';
import { email } from './fields';
import { lazy } from './lazy';

export const languages = ['en', 'fr', 'es'] as const;
export type Language = (typeof languages)[number];

export const personSchema = lazy(() =>
  z.object({
    name: z.string().trim().min(1, { message: 'is required' }),
    email: email(),
    language: z.enum(languages, { message: 'must be one of en, fr, es' }).default('en'),
    zone: z
      .string()
      .refine((zone) => IANAZone.isValidZone(zone), { message: 'is not a known IANA time zone' })
      .default('Europe/Zurich'),
  }),
);
export type Person = z.output<ReturnType<typeof personSchema>>;

/** Who among `after` was not among `before`, by address: those a change of people must tell what waits for them. */
/** Whether two e-mail addresses are the same, whatever their case and surrounding spaces. */
export const sameAddress = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

export const newcomers = (before: Person[], after: Person[]): Person[] => after.filter((p) => !before.some((b) => b.email === p.email));

export const statuses = ['candidate', 'active', 'inactive', 'withdrawn'] as const;
export type PathfinderStatus = (typeof statuses)[number];

// The registry's schemas live in registry.ts, out of the workflow bundle (they need the ISO country list).
export type { Country, Governance, Registry } from '../record/registry';
