import type { ReviewWords } from './en';

// L'examen du Groupe de travail en tant qu'organe, en français : l'évaluation d'un examinateur des indices
// (b) à (e) de la règle 19, et la page du responsable de l'examen, qui en fait la décision unique du Groupe.

export const review: ReviewWords = {
  planned: 'Ce que prévoyaient la feuille de route et le rapport de l’an dernier',
  roadmapAreas: 'Domaines prioritaires de la feuille de route actuelle',
  actionsDue: (year) => `actions prévues d’ici la fin de ${year}`,
  lastNextSteps: 'Étapes ultérieures définies dans le rapport de l’an dernier',
  sign: {
    commentsAnswered:
      '(b) Le rapport donne suite aux commentaires du Groupe de travail (au premier tour : aucun commentaire n’est resté sans suite)',
    indicatorFrameworkUpdated: '(c) Le cadre d’indicateurs est actualisé',
    evidenceOfProgress: '(d) Le rapport fournit des éléments démontrant les progrès réalisés au regard de la feuille de route',
    evidenceOfCollaboration: '(e) Le rapport fournit des éléments démontrant les efforts de collaboration',
  },
  met: 'Satisfait',
  notMet: 'Non satisfait',
  chooseSign: 'Indiquez si cet élément est satisfait ou non.',
  declared: (yes) => `Le pays déclare : ${yes ? 'oui' : 'non'}.`,
  declaredNothing: 'Rien à déclarer : cet élément n’est pas demandé au pays.',
  signsLegend: 'Indices (b) à (e) de progrès insuffisants',
  assessmentIntro: (lead) =>
    `Enregistrez votre évaluation de ce tour. L’examen est dirigé par ${lead}, qui consolide les évaluations des examinateurs et envoie au pays la décision unique du Groupe de travail. Vous pouvez modifier votre évaluation jusque-là.`,
  yourComments: 'Vos commentaires pour le responsable de l’examen et le pays',
  submitAssessment: 'Enregistrer mon évaluation',
  assessmentRecorded:
    'Votre évaluation est enregistrée. Vous pouvez la modifier jusqu’à ce que le responsable de l’examen envoie la décision du Groupe de travail.',
  leadIntro:
    'Vous dirigez cet examen. Lisez les évaluations des examinateurs, puis envoyez la décision unique du Groupe de travail : accepter le rapport ou demander une révision, avec l’évaluation, les commentaires et les orientations consolidés.',
  assessments: 'Les évaluations des examinateurs',
  quorum: (count, needed) => `${count} des ${needed} évaluations dont le Groupe de travail a besoin sont arrivées.`,
  quorumMet: (count) => `Évaluations reçues : ${count}. C’est assez pour la décision du Groupe de travail.`,
  ownCounts: 'Votre décision compte comme votre propre évaluation.',
  noAssessment: 'Aucun examinateur n’a encore évalué ce tour.',
  notYetAssessed: (names) => `Pas encore d’évaluation de : ${names}.`,
  assessedBy: (name, day) => `${name}, ${day}`,
  consolidated: 'La décision du Groupe de travail',
  countryDeclared: (answer) => `le pays a déclaré : ${answer}`,
};
