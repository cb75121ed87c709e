// The words of the HLPF compilation (DESIGN.md §9): the published page and its PDF, and the secretariat's draft
// with its publish form, in English.

export const hlpf = {
  title: (year: number) => `Pathfinder progress in ${year}: compilation for the HLPF`,
  intro: (year: number) =>
    `What the pathfinder countries reported on ${year}, as finalised with the Working Group in time for the annual meeting of Alliance 8.7 on the margins of the High-level Political Forum: the year in figures, where the countries are, and each country's highlights.`,
  publishedOn: (day: string) => `Published by the Alliance 8.7 secretariat on ${day}.`,
  pdf: 'Download as PDF',
  pdfUnavailable:
    'The PDF cannot be made just now: the service that prints it is unavailable. Please try again later, or read the compilation on',
  itsPage: 'its page',
  printable: ', which your browser can also print.',
  notYet: (year: number) => `The compilation of ${year} for the HLPF is not published yet.`,
  noCountries: 'No final report of the year had been published by then.',
  inFigures: 'The year in figures',
  map: 'Where the countries are',
  countries: 'Country by country',
  figures: {
    indicators: 'Indicators in the framework',
    indicatorsWithValue: 'Indicators with a latest value',
    frameworkUpdated: 'Indicator framework updated this year',
    evidence: 'Evidence of progress',
    collaboration: 'Collaboration efforts',
    stakeholderGroups: 'Stakeholder groups taking part',
    socialPartners: 'Both social partners took part',
  },
  highlights: 'Highlights',
  noHighlights: 'The report names no progress by objective.',
  reportPublished: (day: string) => `Final report published on ${day}`,
  readReport: (country: string) => `Read the final report of ${country}`,
  /** The secretariat's draft of the year's compilation and its publish form. */
  draft: {
    title: (year: number) => `Compilation for the HLPF ${year}: draft`,
    link: 'The compilation for the HLPF',
    intro:
      'The compilation as it would be published now: the final reports of the year published so far for the countries the site promotes. Publish it for the annual meeting, and again when more reports are finalised before it.',
    opensOn: (day: string) => `The compilation of this year may be published from ${day}, as the cycle policy sets.`,
    neverPublished: 'Not published yet.',
    lastPublished: (day: string, by: string) => `Last published on ${day} by ${by}.`,
    publicPage: 'The published page',
    changes: 'What changed since the last publication',
    noChanges: 'Nothing: the published compilation is up to date.',
    finalisedSince: 'Reports finalised since',
    leftOut: 'No longer promoted, left out when published again',
    included: (n: number) => `Countries it would include: ${n}`,
    publish: 'Publish the compilation',
    republish: 'Publish it again with these changes',
    publishAgain: 'Publish it again',
    published: 'The compilation is published.',
    refused: 'The compilation was not published:',
  },
};

export type HlpfWords = typeof hlpf;
