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
export const yearlyScheduleId = 'annual-cycle-schedule';

/** The country code of a country record's workflow id. */
export const codeOfCountryWorkflow = (workflowId: string) => workflowId.slice(countryPrefix.length);

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
} as const;

/** The query that returns a country record; the record's workflow defines it under this name. */
export const recordQueryName = 'getRecord';
