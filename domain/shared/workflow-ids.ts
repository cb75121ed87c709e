// Workflow ids: a domain prefix and the business key, so that `WorkflowId STARTS_WITH 'reporting-cycle-PER'`
// finds a country's runs. Workflows, activities and clients all build ids here, and only here.

const countryPrefix = 'pathfinder-';

export const countryWorkflowId = (code: string) => `${countryPrefix}${code}`;
export const reportingCycleId = (code: string, year: number) => `reporting-cycle-${code}-${year}`;
export const cycleRecordId = (code: string, year: number) => `cycle-record-${code}-${year}`;
export const annualCycleId = (year: number) => `annual-cycle-${year}`;
export const candidacyWorkflowId = (code: string) => `candidacy-${code}`;
export const escalationWorkflowId = (code: string, year: number) => `gcm-escalation-${code}-${year}`;
export const supportWorkflowId = (code: string, year: number) => `support-${code}-${year}`;
export const reactivationWorkflowId = (code: string, n: number) => `reactivation-${code}-${n}`;
/** The secretariat's answer to a peer-learning suggestion: the pair in alphabetical order and the area's key (domain/learning/words.ts). */
export const introductionWorkflowId = (a: string, b: string, areaKey: string) => `introduction-${[a, b].sort().join('-')}-${areaKey}`;
/** A body's decision on a country: `decision-gcm-grant-CHL-1` is the GCM's first on granting Chile pathfinder status. */
export const decisionWorkflowId = (body: string, kind: string, code: string, n: number | string) => `decision-${body}-${kind}-${code}-${n}`;
/** The GCM's decision on the `n`th proposal of a kind in the escalation of `year`, which a country may have several of: `decision-gcm-support-NGA-2028-1`. */
export const escalationDecisionId = (kind: string, code: string, year: number, n: number) =>
  decisionWorkflowId('gcm', kind, code, `${year}-${n}`);
export const yearlyScheduleId = 'annual-cycle-schedule';
/** The public site's one writer (DESIGN.md §9), one per namespace. */
export const publicSiteWorkflowId = 'public-site';
/** An Alliance event, by its day and its title: `event-2027-06-10-annual-workshop-2027`. */
export const eventWorkflowId = (date: string, title: string) => {
  const slug = title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/, '');
  return `event-${date}-${slug || 'event'}`;
};

const withYear = ['reporting-cycle-', 'cycle-record-', 'gcm-escalation-', 'support-'];
const withoutYear = [countryPrefix, 'candidacy-', 'reactivation-']; // a reactivation's number is not a year

/** What the id of one of a country's workflows names: the country, and the year of a cycle, escalation or support. */
export function keyOfWorkflowId(workflowId: string): { code: string; year?: number } {
  const prefix = [...withYear, ...withoutYear].find((p) => workflowId.startsWith(p));
  if (prefix === undefined) throw new Error(`${workflowId} is not the id of a country's workflow`);
  const [code = '', year] = workflowId.slice(prefix.length).split('-');
  return withYear.includes(prefix) ? { code, year: Number(year) } : { code };
}

/**
 * Workflow types that clients start or list by name (`WorkflowType = '…'`), so that they need not load
 * the workflow code. Each is the name of an export of workflows/index.ts: renaming one is a new type.
 */
export const workflowTypes = {
  country: 'pathfinderCountry',
  reportingCycle: 'reportingCycle',
  annualCycle: 'annualCycle',
  yearlyOpening: 'yearlyOpening',
  candidacy: 'candidacy',
  cycleRecordKeeper: 'cycleRecordKeeper',
  bodyDecision: 'bodyDecision',
  allianceEvent: 'allianceEvent',
  learningIntroduction: 'learningIntroduction',
  publicSite: 'publicSite',
} as const;

/** The query that returns a country record; the record's workflow defines it under this name. */
export const recordQueryName = 'getRecord';
