import type { publicSite as en } from './en';

// Les mots du site public (DESIGN.md §9) : l’index des pays pionniers avec sa carte et ses graphiques, et
// le profil, les rapports et les documents de chaque pays, en français.

export const publicSite: typeof en = {
  title: 'Pays pionniers',
  intro:
    'Les pays qui se sont engagés à accélérer l’action en faveur de la cible 8.7 des ODD, avec leurs feuilles de route et les rapports d’avancement qu’ils ont publiés.',
  nothingYet: 'Aucun profil de pays n’est encore publié.',
  map: {
    label: 'Carte du monde des pays pionniers, colorés selon leur statut',
    legend: 'Statut',
    notShown: 'Trop petits pour cette carte',
  },
  list: 'Tous les pays',
  country: 'Pays',
  status: 'Statut',
  since: 'Depuis',
  latestReport: 'Dernier rapport',
  noReport: 'Aucun pour l’instant',
  highlights: (year) => `Derniers rapports : ${year}`,
  publishedOn: (day) => `Publié le ${day}`,
  readReport: 'Lire le rapport',
  figures: (year) => `Les chiffres de ${year} dans l’ensemble des pays`,
  figuresIntro: 'Comptés dans chaque rapport final publié pour l’année.',
  yearFigures: {
    chart: (year) =>
      `Rapports finaux de ${year}\u00a0: combien de pays en ont publié un, ont mis à jour leur cadre d’indicateurs, ont rapporté des preuves de progrès et des efforts de collaboration, et y ont associé les deux partenaires sociaux`,
    published: 'Rapport publié',
    updated: 'Cadre mis à jour',
    evidence: 'Preuves de progrès',
    collaboration: 'Collaboration',
    socialPartners: 'Deux partenaires sociaux',
    countries: 'Pays',
    perYearChart: 'Rapports finaux publiés pour chaque année, tous pays pionniers confondus',
    year: 'Année',
    reports: 'Rapports finaux',
  },
  inactive:
    'Ce pays est inactif : ses avantages de pays pionnier, dont la mise en avant sur ce site, sont suspendus. Ses rapports publiés restent consultables ci-dessous.',
  kept: 'Conservé, sans mise en avant tant que le pays est inactif',
  roadmap: 'Feuille de route en vigueur',
  reports: 'Rapports publiés',
  noReports: 'Aucun rapport final n’est encore publié.',
  documents: 'Documents',
  noDocuments: 'Aucun document n’a été publié avec ce rapport.',
  size: 'Taille',
  download: (name) => `Télécharger ${name}`,
  frameworkTitle: 'Le cadre d’indicateurs au fil des ans',
  frameworkChart: 'Dernière valeur de chaque indicateur par année de rapport, sa cible marquée d’un trait pointillé',
  value: 'Dernière valeur',
  target: 'Cible',
  reportYear: 'Année du rapport',
  indicator: 'Indicateur',
  noValues: 'Aucun indicateur n’a encore de valeur rapportée.',
  allCountries: 'Tous les pays pionniers',
};
