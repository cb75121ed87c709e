import { z } from 'zod';
import countryCodes from 'i18n-iso-countries';
import { personSchema, statuses } from '../shared/country';
import { isoDate } from '../shared/fields';

// What the CLI validates before anything reaches a workflow: the registry file and an expression of
// interest. Kept apart from the schemas workflows use, since the ISO country list is large and a
// workflow never needs it.

export const iso3Schema = z
  .string()
  .transform((code) => code.trim().toUpperCase())
  .refine((code) => /^[A-Z]{3}$/.test(code) && countryCodes.isValid(code), { message: 'is not an ISO 3166-1 alpha-3 country code' });

/** One entry of the country registry that the secretariat imports (`pathfinder countries import`). */
export const countrySchema = z
  .object({
    code: iso3Schema,
    name: z.string().trim().min(1, { message: 'is required' }),
    status: z.enum(statuses).default('active'),
    /** When the GCM granted pathfinder status (R11); drives the first reporting year (R14). */
    grantedOn: isoDate().optional(),
    focalPoint: personSchema(),
    deputy: personSchema(),
    /** Working Group members who review this country's reports (R16). */
    reviewers: z.array(personSchema()).min(1, { message: 'needs at least one Working Group reviewer' }),
  })
  .refine((c) => c.focalPoint.email !== c.deputy.email, { message: 'must differ from the focal point', path: ['deputy', 'email'] })
  .refine((c) => !c.reviewers.some((r) => r.email === c.focalPoint.email || r.email === c.deputy.email), {
    message: "may not include the country's own focal point or deputy: nobody reviews their own report",
    path: ['reviewers'],
  });
export type Country = z.output<typeof countrySchema>;

const countryListSchema = z.array(countrySchema).superRefine((countries, ctx) => {
  const seen = new Set<string>();
  countries.forEach((country, index) => {
    if (seen.has(country.code)) ctx.addIssue({ code: 'custom', message: `lists ${country.code} twice`, path: [index, 'code'] });
    seen.add(country.code);
  });
});

/** Who acts for the Alliance: the secretariat and the members of the Global Coordinating Group (GCM). */
export const governanceSchema = z.object({
  secretariat: personSchema(),
  gcm: z.array(personSchema()).min(1, { message: 'needs at least one GCM member' }),
});
export type Governance = z.output<typeof governanceSchema>;

/** The file `pathfinder countries import` reads. */
export const registrySchema = governanceSchema.extend({ countries: countryListSchema });
export type Registry = z.output<typeof registrySchema>;

const text = z.string().trim().min(1, { message: 'is required' });

/** R3: the government's expression of interest, naming a focal point and a deputy (both required). */
export const expressionOfInterestSchema = z
  .object({
    code: iso3Schema,
    name: text,
    sentTo: z.enum(['ILO Director-General', 'Alliance 8.7 Chair'], { message: 'must be "ILO Director-General" or "Alliance 8.7 Chair"' }),
    receivedOn: isoDate(),
    focalPoint: z
      .unknown()
      .refine((v) => v !== undefined, { message: 'is required: an expression of interest names a focal point and a deputy' })
      .pipe(personSchema()),
    deputy: z
      .unknown()
      .refine((v) => v !== undefined, { message: 'is required: an expression of interest names a focal point and a deputy' })
      .pipe(personSchema()),
  })
  .refine((e) => e.focalPoint?.email !== e.deputy?.email, { message: 'must differ from the focal point', path: ['deputy', 'email'] });
export type ExpressionOfInterest = z.output<typeof expressionOfInterestSchema>;
