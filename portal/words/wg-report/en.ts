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
  /** What the reports said, and the Working Group's own words on each country (since 1.1). */
  themes: 'What the report says',
  challenges: 'Challenges',
  learningInterests: 'Learning interests',
  assistanceNeeds: 'Technical-assistance needs in its roadmap',
  narrative: 'The Working Group’s narrative',
  flagConfirmed: (reason: string, by: string) => `The Working Group confirmed this flag (recorded by ${by}): ${reason}`,
  flagWithdrawn: (reason: string, by: string) => `The facts proposed a flag; the Working Group withdrew it (recorded by ${by}): ${reason}`,
  signedOff: (name: string, day: string) => `Signed off by the chair of the Working Group, ${name}, on ${day}.`,
  /** The draft, which the Working Group edits (R18). */
  draft: {
    title: (year: number) => `Draft Working Group report: ${year} cycle`,
    /** On the list of what waits for a member, and for the chair, who signs it off. */
    task: (year: number, signs: boolean) => `Draft Working Group report to complete${signs ? ' and sign off' : ''}: ${year} cycle`,
    intro:
      'This draft was made from the year’s facts at the close of the cycle. Members of the Working Group write a narrative on each country and confirm or withdraw each proposed flag, with the reason; the chair then signs the report off. Only then does it go to the GCM, and the countries hear of their status once the GCM has taken note of it.',
    notYet: (year: number) =>
      `The Working Group is drafting its report on the ${year} cycle: it reaches the GCM once its chair has signed it off.`,
    proposed: 'Proposed flag',
    /** In the draft's figures: no flag has gone to the GCM yet. */
    flagsProposed: 'Flags proposed by the facts',
    proposedFor: (criteria: string) => `, for shortfalls in two consecutive years: ${criteria}.`,
    toDecide: 'The Working Group has not yet confirmed or withdrawn it.',
    narrativeText: 'Text of the narrative',
    narrativeHint: 'What the Working Group tells the GCM about this country; leave empty to say nothing.',
    saveNarrative: 'Save the narrative',
    flagTitle: 'The proposed flag',
    flagLegend: 'The Working Group',
    confirm: 'confirms the flag',
    withdraw: 'withdraws the flag',
    reason: 'Reason',
    saveFlag: 'Record the Working Group’s decision',
    signOffTitle: 'Sign-off by the chair',
    signOffHint: 'Once signed off, the report is published to the GCM and can no longer be edited.',
    unreviewed: (n: number) => `${n === 1 ? 'One proposed flag is' : `${n} proposed flags are`} still to confirm or withdraw.`,
    signOff: 'Sign the report off and send it to the GCM',
    recorded: {
      narrative: 'The narrative is saved.',
      flag: 'The Working Group’s decision on the flag is recorded.',
      signed: 'The report is signed off: it goes to the GCM.',
    },
  },
};

export type WgReportWords = typeof wgReport;
