import type { Criterion } from '../../../domain/r19/criteria';

// The words of the Working Group's report to the GCM (page and PDF), in English.

export const wgReport = {
  title: (year: number) => `Working Group report to the GCM: ${year} cycle`,
  pdf: 'Download as PDF',
  intro: (year: number) =>
    `The Working Group's report to the Global Coordinating Group on the ${year} reporting cycle: the year's figures, then for each pathfinder country the five facts on which insufficient progress is judged, how its cycle went, and any flag, which rests on shortfalls in two consecutive years.`,
  pdfUnavailable:
    'The PDF cannot be made just now: the service that prints it is unavailable. Please try again later, or read the report on',
  itsPage: 'its page',
  printable: ', which your browser can also print.',
  inFigures: (year: number) => `The ${year} cycle in figures`,
  onTime: (n: number) => `${n} on time`,
  late: (n: number) => `${n} late`,
  undated: (n: number) => `${n} without a recorded date`,
  ofWhich: (timing: string) => `, of which ${timing}`,
  countries: 'Countries reporting',
  submitted: 'Progress reports submitted',
  finalised: 'Reports finalised',
  frameworks: 'Indicator frameworks submitted or updated',
  withProgress: 'With evidence of progress',
  withCollaboration: 'With evidence of collaboration',
  flaggedTo: 'Flagged to the GCM',
  forCriteria: ', for:',
  /** The five facts a cycle establishes, each the opposite of one sign (a–e). */
  fact: {
    'no-report': '(a) Progress report submitted',
    'not-finalised': "(b) The Working Group's comments answered",
    'indicator-framework-not-updated': '(c) Indicator framework submitted or updated',
    'no-evidence-of-progress': '(d) Evidence of progress against the roadmap',
    'no-evidence-of-collaboration': '(e) Evidence of collaboration towards priorities',
  } satisfies Record<Criterion, string>,
  factHeading: 'Fact',
  stageAtClose: 'Stage at the close',
  reportFinalised: 'Report finalised',
  flaggedMark: '(flagged)',
  noRecord: 'No record of how the cycle went.',
  deadline: 'Deadline',
  afterExtensions: (n: number) => ` (after ${n} ${n === 1 ? 'extension' : 'extensions'})`,
  reminders: 'Reminders sent',
  submissions: 'Submissions',
  submittedOn: (revision: boolean, day: string) => `${revision ? 'Revision' : 'Report'} submitted on ${day}`,
  lateMark: 'late',
  onTimeMark: ', on time',
  reviews: 'Review rounds',
  roundOn: (round: number, day: string, decision: string) => `Round ${round}, ${day}: ${decision}`,
  reviewDecision: { accept: 'accepted', revise: 'revision requested' },
  none: 'none',
  stageAtCloseOfCycle: (stage: string) => `Stage at the close of the cycle: ${stage}.`,
  noOutcome: 'No outcome was recorded for this report:',
  flagged: 'Flagged to the GCM',
  flaggedFor: (criteria: string) => `, for shortfalls in two consecutive years: ${criteria}. The facts of both years are below.`,
  notFlagged: 'Not flagged.',
  fiveFacts: 'The five facts',
  howItWent: 'How the cycle went',
};

export type WgReportWords = typeof wgReport;
