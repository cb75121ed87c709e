import type { learning as en } from './en';

// The words of the secretariat's peer-learning page (S3), in French.

export const learning: typeof en = {
  title: 'Apprentissage entre pairs et échanges',
  link: 'Apprentissage entre pairs : mises en relation suggérées',
  intro:
    'Chaque suggestion rapproche un intérêt d’apprentissage d’un pays et un pays pionnier dont le dernier rapport montre des progrès et des preuves dans ce domaine, ou une priorité d’un candidat et un pays pionnier qui y fait face. En accepter une envoie un courriel aux points focaux et adjoints des deux côtés, chacun dans sa langue.',
  suggestions: 'Suggestions',
  none: 'Aucune suggestion pour l’instant : aucun intérêt d’apprentissage ni aucune priorité de candidat ne correspond au rapport ou à la feuille de route d’un autre pays.',
  pair: (learner, peer) => `${learner} et ${peer}`,
  interest: (country) => `Intérêt d’apprentissage : ${country}`,
  priority: (country) => `Priorité du candidat : ${country}`,
  why: 'Pourquoi',
  matched: (words) => `Mots trouvés : ${words}`,
  progress: (country, year) => (year ? `Progrès rapportés en ${year} : ${country}` : `Progrès rapportés : ${country}`),
  priorityAreas: (country) => `Domaines prioritaires de la feuille de route : ${country}`,
  evidence: 'Preuves de progrès',
  noReport: 'Pas encore de rapport.',
  accept: 'Accepter et mettre en relation',
  dismiss: 'Écarter',
  answered: 'Mises en relation et suggestions écartées',
  noneAnswered: 'Aucune pour l’instant.',
  when: 'Date',
  countries: 'Pays',
  area: 'Domaine',
  answer: 'Réponse',
  by: 'Par',
  dossier: {
    title: 'Apprentissage entre pairs\u00a0: mises en relation',
  },
  answers: {
    sending: (n) => `Mise en relation : ${n} courriels en cours d’envoi`,
    introduced: (n) => `Mise en relation : ${n} courriels envoyés`,
    dismissed: 'Écartée',
  },
  done: {
    accept: (pair) => `Mise en relation faite (${pair}) : les deux côtés reçoivent un courriel.`,
    dismiss: (pair) => `La suggestion (${pair}) est écartée.`,
  },
  already: 'Cette suggestion a déjà reçu une réponse ; rien n’a été modifié.',
  gone: 'Cette suggestion ne figure plus parmi celles du jour (un rapport ou une feuille de route a changé) ; rien n’a été modifié.',
  field: { id: 'Suggestion', decision: 'Réponse' },
  badId: 'n’est pas l’une des suggestions affichées',
  badDecision: 'doit être d’accepter ou d’écarter',
};
