import type { FeedWords } from './en';

// Les mots du flux Atom des publications (/feed), en français : son titre et celui de chaque entrée.

export const feed: FeedWords = {
  title: 'Pays pionniers de l’Alliance 8.7 : publications',
  subtitle: 'Les rapports finaux, les feuilles de route et les changements de statut des pays pionniers, du plus récent au plus ancien.',
  author: 'Secrétariat de l’Alliance 8.7',
  report: (country, year) => `${country} : rapport d’avancement ${year} publié`,
  roadmap: (country, version) => `${country} : feuille de route, version ${version}`,
  status: (country, status) => `${country} : ${status}`,
};
