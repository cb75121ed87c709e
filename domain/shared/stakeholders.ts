// The stakeholder groups of the framework (S1: "social dialogue as the foundation"), one vocabulary from the
// candidacy's mapping to the annual report. Their words are in the shared vocabulary
// (activities/texts/vocabulary), which pages and e-mails both read.

/** The groups a candidate maps (R6) and a report's participation names (R15), in the framework's order. */
export const stakeholderGroups = [
  'government',
  'employers',
  'workers',
  'survivors',
  'civil-society',
  'private-sector',
  'academia',
  'un-ilo',
  'development-partners',
] as const;
export type StakeholderGroup = (typeof stakeholderGroups)[number];

/** The social partners: employers' and workers' organisations, whose dialogue the mechanism rests on. */
export const socialPartners = ['employers', 'workers'] as const satisfies readonly StakeholderGroup[];

/** The groups a report lists as national participation, and as international (R15 keeps the two apart). */
export const nationalGroups = [
  'government',
  'employers',
  'workers',
  'survivors',
  'civil-society',
  'private-sector',
  'academia',
] as const satisfies readonly StakeholderGroup[];
export const internationalGroups = ['un-ilo', 'development-partners'] as const satisfies readonly StakeholderGroup[];

/**
 * The report's groups before 1.1, from the framework's list of R15. Two say the same as a group of the
 * vocabulary (ministries are the government, NGOs civil society); "international organisations" is wider than
 * the UN and the ILO (the OSCE, the Council of Europe, the World Bank), and regional initiatives and other
 * countries have no group of their own: those three are still read, and shown as they were.
 */
export const earlierReportGroups = {
  national: ['ministries', 'ngos'],
  international: ['international-organisations', 'regional-initiatives', 'other-countries'],
} as const;
const sameAs: Record<string, StakeholderGroup> = { ministries: 'government', ngos: 'civil-society' };
/** An earlier group that no group of the vocabulary replaces, still shown under its own name. */
export type EarlierGroup = (typeof earlierReportGroups.international)[number];

export const isStakeholderGroup = (key: string): key is StakeholderGroup => (stakeholderGroups as readonly string[]).includes(key);

/** The vocabulary's group a key names: itself, or the group an earlier report's key means; undefined if none. */
export const groupOf = (key: string): StakeholderGroup | undefined => (isStakeholderGroup(key) ? key : sameAs[key]);

/** A key as it is shown: the vocabulary's group where it has one, else the key as it was (an earlier group). */
export const shownGroup = (key: string): string => groupOf(key) ?? key;

/** Whether both social partners took part, among the groups named (in the vocabulary or an earlier report's keys). */
export const socialPartnersTookPart = (groups: Iterable<string>): boolean => {
  const named = new Set([...groups].map(groupOf));
  return socialPartners.every((g) => named.has(g));
};

/** The groups named, each once, the vocabulary's in its order and then any earlier group as it was. */
export function groupsNamed(keys: Iterable<string>): string[] {
  const shown = new Set([...keys].map(shownGroup));
  return [...stakeholderGroups.filter((g) => shown.has(g)), ...[...shown].filter((k) => !isStakeholderGroup(k))];
}
