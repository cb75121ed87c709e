// The words of the Atom feed of publications (/feed), in English: its title and each entry's.

export const feed = {
  title: 'Alliance 8.7 pathfinder countries: publications',
  subtitle: 'The final reports, roadmaps and status changes of the pathfinder countries, newest first.',
  author: 'Alliance 8.7 secretariat',
  report: (country: string, year: number) => `${country}: ${year} progress report published`,
  roadmap: (country: string, version: number) => `${country}: roadmap, version ${version}`,
  /** `status` is the vocabulary's: "active pathfinder country". */
  status: (country: string, status: string) => `${country}: ${status}`,
};

export type FeedWords = typeof feed;
