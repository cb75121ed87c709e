// Workflow ids: a domain prefix and the business key, so that `WorkflowId STARTS_WITH 'reporting-cycle-PER'`
// finds a country's runs. Workflows, activities and clients all build ids here, and only here.

export const countryWorkflowId = (code: string) => `pathfinder-${code}`;
export const reportingCycleId = (code: string, year: number) => `reporting-cycle-${code}-${year}`;
export const annualCycleId = (year: number) => `annual-cycle-${year}`;
export const candidacyWorkflowId = (code: string) => `candidacy-${code}`;
export const escalationWorkflowId = (code: string, year: number) => `gcm-escalation-${code}-${year}`;
export const supportWorkflowId = (code: string, year: number) => `support-${code}-${year}`;
export const reactivationWorkflowId = (code: string, n: number) => `reactivation-${code}-${n}`;
export const yearlyScheduleId = 'annual-cycle-schedule';

/** The country code of a country record's workflow id. */
export const codeOfCountryWorkflow = (workflowId: string) => workflowId.slice('pathfinder-'.length);

/** The query that returns a country record; the record's workflow defines it under this name. */
export const recordQueryName = 'getRecord';
