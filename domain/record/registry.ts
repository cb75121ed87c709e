import { z } from 'zod';
import countryCodes from 'i18n-iso-countries';
import { personSchema, statuses } from '../shared/country';
import { email, isoDate } from '../shared/fields';

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

const people = (what: string) => z.array(personSchema()).min(1, { message: `needs at least one ${what}` });
const uniqueAddresses = (list: { email: string }[]) => new Set(list.map((p) => p.email)).size === list.length;

/** A review sub-group of the Working Group for one year (R16): its lead, its members, the countries it reviews. */
/**
 * An Alliance partner (DESIGN.md §8): an organisation that offers assistance through some of the support
 * mechanisms (I–IV), through the contacts who act for it.
 */
const partnerSchema = z.object({
  name: z.string().trim().min(1, { message: 'is required' }).max(200, { message: 'is longer than 200 characters' }),
  mechanisms: z
    .array(z.enum(['I', 'II', 'III', 'IV'], { message: 'must be I, II, III or IV' }))
    .min(1, { message: 'needs at least one mechanism (I–IV)' }),
  contacts: people('contact').max(20, { message: 'lists more than 20 contacts' }),
});

const reviewGroupSchema = z.object({
  year: z.number().int().min(2000).max(2100),
  lead: email(),
  members: z.array(email()).default([]),
  countries: z.array(iso3Schema).min(1, { message: 'needs at least one country' }),
});

/**
 * Who acts for the Alliance (DESIGN.md §7): the secretariat's shared mailbox and its staff under their own
 * names; the Global Coordinating Group (GCM) and its Chair; the Working Group, its chair and, per year, its
 * review sub-groups. Membership is read when a body decides, never frozen when a process starts.
 */
const governanceShape = {
  secretariat: personSchema(),
  staff: z.array(personSchema()).default([]),
  gcm: people('GCM member'),
  gcmChair: email().optional(),
  workingGroup: z.object({ chair: email(), members: people('Working Group member') }).optional(),
  reviewGroups: z.array(reviewGroupSchema).default([]),
  partners: z.array(partnerSchema).max(200, { message: 'lists more than 200 partners' }).default([]),
};
type GovernanceShape = z.output<z.ZodObject<typeof governanceShape>>;

function checkGovernance(g: GovernanceShape, ctx: z.RefinementCtx): void {
  const problem = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
  if (!uniqueAddresses(g.gcm)) problem(['gcm'], 'lists a member twice');
  if (!uniqueAddresses(g.staff)) problem(['staff'], 'lists a person twice');
  if (g.gcmChair && !g.gcm.some((m) => m.email === g.gcmChair)) problem(['gcmChair'], 'must be one of the GCM members');
  const wg = g.workingGroup?.members.map((m) => m.email) ?? [];
  if (g.workingGroup && !wg.includes(g.workingGroup.chair)) problem(['workingGroup', 'chair'], 'must be one of its members');
  g.reviewGroups.forEach((group, i) => {
    if (!g.workingGroup) return problem(['reviewGroups', i], 'needs a workingGroup with its members');
    for (const address of [group.lead, ...group.members])
      if (!wg.includes(address)) problem(['reviewGroups', i], `${address} is not a member of the Working Group`);
    const other = g.reviewGroups.findIndex(
      (o, j) => j < i && o.year === group.year && o.countries.some((c) => group.countries.includes(c)),
    );
    if (other >= 0) problem(['reviewGroups', i, 'countries'], `shares a country with review group ${other} of ${group.year}`);
  });
  // A contact acts for one partner: an offer must say whose it is.
  const contacts = new Map<string, number>();
  g.partners.forEach((partner, i) => {
    if (g.partners.findIndex((o) => o.name.toLowerCase() === partner.name.toLowerCase()) < i)
      problem(['partners', i, 'name'], 'names a partner twice');
    partner.contacts.forEach((c, j) => {
      const other = contacts.get(c.email);
      if (other !== undefined) problem(['partners', i, 'contacts', j, 'email'], `is already a contact of partner ${other}`);
      contacts.set(c.email, i);
    });
  });
}
export const governanceSchema = z.object(governanceShape).superRefine(checkGovernance);
type ParsedGovernance = z.output<typeof governanceSchema>;
/** As records keep it: the roles added in 1.1 are absent from records imported before, and from empty lists. */
export type Governance = Omit<ParsedGovernance, 'staff' | 'reviewGroups' | 'partners'> &
  Partial<Pick<ParsedGovernance, 'staff' | 'reviewGroups' | 'partners'>>;
export type ReviewGroup = ParsedGovernance['reviewGroups'][number];
export type Partner = ParsedGovernance['partners'][number];

/** The roles of a parsed registry as a record keeps them: an empty list or an absent role is left out. */
export function governanceOf(g: Governance): Governance {
  const { secretariat, gcm, staff, gcmChair, workingGroup, reviewGroups, partners } = g;
  return {
    secretariat,
    gcm,
    ...(staff?.length && { staff }),
    ...(gcmChair && { gcmChair }),
    ...(workingGroup && { workingGroup }),
    ...(reviewGroups?.length && { reviewGroups }),
    ...(partners?.length && { partners }),
  };
}

/** The file `pathfinder countries import` reads. */
export const registrySchema = z.object({ ...governanceShape, countries: countryListSchema }).superRefine(checkGovernance);
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
