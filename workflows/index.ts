// The workflow entry point: every export here becomes a workflow type, so export workflows only.
export { reportingCycle } from './reporting-cycle/workflow';
export { cycleRecordKeeper } from './reporting-cycle/record-keeper';
export { pathfinderCountry } from './country/workflow';
export { annualCycle, yearlyOpening } from './annual-cycle/workflow';
export { gcmEscalation, support } from './escalation/workflow';
export { reactivation } from './reactivation/workflow';
export { candidacy } from './candidacy/workflow';
export { bodyDecision } from './decision/workflow';
export { learningIntroduction } from './learning/workflow';
export { allianceEvent } from './event/workflow';
export { publicSite } from './public-site/workflow';
