// The workflow entry point: every export here becomes a workflow type, so export workflows only.
export { reportingCycle } from './reporting-cycle/workflow';
export { pathfinderCountry } from './country/workflow';
