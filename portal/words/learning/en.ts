// The words of the secretariat's peer-learning page (S3), in English.

export const learning = {
  title: 'Peer learning and exchanges',
  /** The home page's link for the secretariat. */
  link: 'Peer learning: suggested introductions',
  intro:
    'Each suggestion matches a country’s learning interest with a pathfinder country whose latest report shows progress and evidence in that area, or a candidate’s priority with a pathfinder country facing it. Accepting one e-mails both sides’ focal points and deputies, each in their own language.',
  suggestions: 'Suggestions',
  none: 'No suggestion now: none of the learning interests and candidates’ priorities matches another country’s report or roadmap.',
  pair: (learner: string, peer: string) => `${learner} and ${peer}`,
  interest: (country: string) => `Learning interest of ${country}`,
  priority: (country: string) => `Priority of the candidate ${country}`,
  why: 'Why',
  matched: (words: string) => `Words found: ${words}`,
  progress: (country: string, year?: number) => (year ? `Progress reported by ${country} in ${year}` : `Progress reported by ${country}`),
  priorityAreas: (country: string) => `Priority areas of the roadmap of ${country}`,
  evidence: 'Evidence of progress',
  noReport: 'No report yet.',
  accept: 'Accept and introduce',
  dismiss: 'Dismiss',
  answered: 'Introductions and dismissed suggestions',
  noneAnswered: 'None yet.',
  when: 'When',
  countries: 'Countries',
  area: 'Area',
  answer: 'Answer',
  by: 'By',
  dossier: {
    title: 'Peer learning: introductions',
  },
  answers: {
    sending: (n: number) => `Introduced: sending ${n} e-mails`,
    introduced: (n: number) => `Introduced: ${n} e-mails sent`,
    dismissed: 'Dismissed',
  },
  done: {
    accept: (pair: string) => `${pair} are introduced: both sides are being e-mailed.`,
    dismiss: (pair: string) => `The suggestion for ${pair} is dismissed.`,
  },
  already: 'This suggestion was already answered; nothing was changed.',
  gone: 'This suggestion is no longer among today’s suggestions (a report or roadmap changed); nothing was changed.',
  field: { id: 'Suggestion', decision: 'Answer' },
  badId: 'is not one of the suggestions shown',
  badDecision: 'must be to accept or to dismiss',
};
