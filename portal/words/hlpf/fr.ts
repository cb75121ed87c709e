import type { HlpfWords } from './en';

// Les mots de la compilation pour le HLPF (page publiée et PDF, projet du secrétariat et sa publication), en français.

export const hlpf: HlpfWords = {
  title: (year) => `Les progrès des pays pionniers en ${year} : compilation pour le HLPF`,
  intro: (year) =>
    `Ce que les pays pionniers ont rapporté sur ${year}, tel que finalisé avec le Groupe de travail à temps pour la réunion annuelle de l’Alliance 8.7 en marge du Forum politique de haut niveau : l’année en chiffres, où se trouvent les pays, et les points saillants de chaque pays.`,
  publishedOn: (day) => `Publiée par le secrétariat de l’Alliance 8.7 le ${day}.`,
  pdf: 'Télécharger en PDF',
  pdfUnavailable:
    'Le PDF ne peut pas être produit pour l’instant : le service qui l’imprime est indisponible. Veuillez réessayer plus tard, ou lire la compilation sur',
  itsPage: 'sa page',
  printable: ', que votre navigateur peut aussi imprimer.',
  notYet: (year) => `La compilation de ${year} pour le HLPF n’est pas encore publiée.`,
  noCountries: 'Aucun rapport final de l’année n’avait encore été publié.',
  inFigures: 'L’année en chiffres',
  map: 'Où se trouvent les pays',
  countries: 'Pays par pays',
  figures: {
    indicators: 'Indicateurs du cadre',
    indicatorsWithValue: 'Indicateurs avec une dernière valeur',
    frameworkUpdated: 'Cadre d’indicateurs mis à jour cette année',
    evidence: 'Preuves de progrès',
    collaboration: 'Efforts de collaboration',
    stakeholderGroups: 'Groupes de parties prenantes associés',
    socialPartners: 'Les deux partenaires sociaux y ont pris part',
  },
  highlights: 'Points saillants',
  noHighlights: 'Le rapport ne décrit aucun progrès par objectif.',
  reportPublished: (day) => `Rapport final publié le ${day}`,
  readReport: (country) => `Lire le rapport final : ${country}`,
  draft: {
    title: (year) => `Compilation pour le HLPF ${year} : projet`,
    link: 'La compilation pour le HLPF',
    intro:
      'La compilation telle qu’elle serait publiée maintenant : les rapports finaux de l’année publiés jusqu’ici pour les pays que le site met en avant. Publiez-la pour la réunion annuelle, puis de nouveau lorsque d’autres rapports sont finalisés avant celle-ci.',
    opensOn: (day) => `La compilation de cette année peut être publiée à partir du ${day}, comme le fixe la politique du cycle.`,
    neverPublished: 'Pas encore publiée.',
    lastPublished: (day, by) => `Publiée pour la dernière fois le ${day} par ${by}.`,
    publicPage: 'La page publiée',
    changes: 'Ce qui a changé depuis la dernière publication',
    noChanges: 'Rien : la compilation publiée est à jour.',
    finalisedSince: 'Rapports finalisés depuis',
    leftOut: 'Plus mis en avant, retirés à la prochaine publication',
    included: (n) => `Pays qu’elle comprendrait : ${n}`,
    publish: 'Publier la compilation',
    republish: 'La publier de nouveau avec ces changements',
    publishAgain: 'La publier de nouveau',
    published: 'La compilation est publiée.',
    refused: 'La compilation n’a pas été publiée :',
  },
};
