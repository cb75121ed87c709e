import type { Signs } from '../../../domain/cycle/state';

// The Working Group's review as a body (DESIGN.md §7, R16) in English: a reviewer's assessment of R19's signs
// (b)–(e), and the review lead's page that consolidates the assessments into the WG's one decision.

export const review = {
  /** What the roadmap and last year's report planned, beside what the report says (R15). */
  planned: 'What the roadmap and last year’s report planned',
  roadmapAreas: 'Priority areas of the current roadmap',
  actionsDue: (year: number) => `actions due by the end of ${year}`,
  lastNextSteps: 'Next steps set in last year’s report',
  /** R19's signs (b)–(e), as a reviewer judges each met or not. */
  sign: {
    commentsAnswered: '(b) The report answers the Working Group’s comments (in the first round: nothing is left unanswered)',
    indicatorFrameworkUpdated: '(c) The indicator framework is updated',
    evidenceOfProgress: '(d) The report gives evidence of progress against the roadmap',
    evidenceOfCollaboration: '(e) The report gives evidence of collaboration',
  } satisfies Record<keyof Signs, string>,
  met: 'Met',
  notMet: 'Not met',
  chooseSign: 'Say whether this sign is met or not.',
  /** What the country itself ticked or listed, shown beside each sign. */
  declared: (yes: boolean) => `The country declares: ${yes ? 'yes' : 'no'}.`,
  declaredNothing: 'Nothing to declare: the country is not asked about this sign.',
  signsLegend: 'Signs (b)–(e) of insufficient progress',
  assessmentIntro: (lead: string) =>
    `Record your assessment of this round. ${lead} leads the review: they consolidate the reviewers’ assessments and send the Working Group’s one decision to the country. You may change your assessment until then.`,
  yourComments: 'Your comments for the review lead and the country',
  submitAssessment: 'Record my assessment',
  assessmentRecorded: 'Your assessment was recorded. You may change it until the review lead sends the Working Group’s decision.',
  leadIntro:
    'You lead this review. Read the reviewers’ assessments, then send the Working Group’s one decision: accept the report or ask for a revision, with the consolidated assessment, comments and guidance.',
  assessments: 'The reviewers’ assessments',
  quorum: (count: number, needed: number) => `${count} of the ${needed} assessments the Working Group needs are in.`,
  quorumMet: (count: number) => `Assessments in: ${count}. Enough for the Working Group’s decision.`,
  /** Said when the lead is an assigned reviewer too. */
  ownCounts: 'Your decision counts as your own assessment.',
  noAssessment: 'No reviewer has assessed this round yet.',
  notYetAssessed: (names: string) => `Not yet assessed: ${names}.`,
  assessedBy: (name: string, day: string) => `${name}, ${day}`,
  consolidated: 'The Working Group’s decision',
  countryDeclared: (answer: string) => `the country declared: ${answer}`,
};
export type ReviewWords = typeof review;
