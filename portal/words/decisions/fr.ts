import { frenchCountry } from '../../../activities/texts/fr-grammar';
import type { DecisionWords } from './en';

// Les mots d’une décision d’un organe (DESIGN.md §7) en français : sa page, ses formulaires et les lignes de
// la liste des tâches, dans les termes de ses courriels (activities/texts/fr.ts). Écrits avec une espace
// simple devant : ; ? ! ; la typographie du vocabulaire la rend insécable.

export const decisions: DecisionWords = {
  title: { gcm: 'Décision du GCM', wg: 'Décision du Groupe de travail' },
  body: { gcm: 'Groupe de coordination mondial (GCM)', wg: 'Groupe de travail' },
  question: {
    grant: (code, country) => `Accorder ${frenchCountry(code, country).to} le statut de pays pionnier`,
    dialogue: (code, country, year) => `Ouvrir un dialogue avec ${frenchCountry(code, country).the}, signalé à l’issue du cycle ${year}`,
    'wg-report': (_code, _country, year) => `Prendre note du rapport du Groupe de travail sur le cycle ${year}`,
    support: (code, country) => `Former un sous-groupe de soutien pour ${frenchCountry(code, country).the}`,
    resume: (code, country) => `Clore le dialogue avec ${frenchCountry(code, country).the}, qui reprend sa participation`,
    inactive: (code, country) => `Déclarer ${frenchCountry(code, country).the} pays pionnier inactif`,
    feedback: (code, country) => `Adresser ${frenchCountry(code, country).to} les commentaires rédigés sur sa présentation`,
    reactivation: (code, country) =>
      `Prendre note de la réactivation ${frenchCountry(code, country).of}, dont le secrétariat a vérifié la demande`,
  },
  questionLabel: 'La question',
  bodyLabel: 'Organe',
  stageLabel: 'Étape',
  askedOn: 'Soumise à l’organe le',
  silence: {
    title: 'Procédure d’approbation tacite',
    circulated: (day, by) => `Diffusée le ${day} par ${by}.`,
    ends: 'Fin',
    rule: 'La proposition est adoptée sauf objection d’un membre d’ici là ; une objection motivée rompt le silence et la question est renvoyée à la prochaine réunion.',
    asked: 'Membres consultés et leurs réponses',
    noObjection: (day) => `pas d’objection (${day})`,
    objected: (day) => `objection (${day})`,
    noAnswer: 'pas encore de réponse',
    unanswered: 'pas de réponse',
  },
  objections: {
    title: 'Objections',
    where: { 'silence-procedure': 'pendant la procédure d’approbation tacite', meeting: 'en réunion' },
    line: (who, where, day) => `${who}, ${where}, le ${day}`,
  },
  meeting: {
    title: 'Réunion',
    heldOn: 'Tenue le',
    present: 'Membres présents',
    minutes: 'Procès-verbal',
    recordedBy: (by, day) => `Consignée par ${by} le ${day}.`,
  },
  outcome: {
    title: 'Issue',
    meeting: (adopted, day) => `${adopted ? 'Adoptée' : 'Non adoptée'} lors de la réunion du ${day}.`,
    silence: (day) => `Adoptée par approbation tacite, procédure close le ${day}.`,
  },
  answer: {
    title: 'Votre réponse à la procédure d’approbation tacite',
    legend: 'Votre réponse',
    noObjection: 'Pas d’objection',
    object: 'Je formule une objection',
    reason: 'Motif : obligatoire en cas d’objection (la présidence et le secrétariat le lisent)',
    reasonRequired: 'est obligatoire en cas d’objection',
    button: 'Envoyer ma réponse',
  },
  circulate: {
    title: 'Diffuser selon la procédure d’approbation tacite',
    hint: 'Chaque membre reçoit la proposition par courriel, avec un lien personnel pour répondre ; elle est adoptée sauf objection d’un membre d’ici le dernier jour.',
    until: 'Dernier jour (facultatif ; à défaut, le délai que fixent les règles)',
    button: 'Diffuser',
  },
  record: {
    title: 'Consigner la réunion',
    hint: 'Les membres présents doivent atteindre le quorum. La proposition est adoptée sauf objection d’un membre présent.',
    heldOn: 'Tenue le',
    members: 'Membres',
    present: 'Présence à la réunion',
    objection: 'Objection soulevée en réunion, avec son motif (facultatif)',
    minutes: 'Procès-verbal : une référence ou le texte',
    button: 'Consigner la réunion',
  },
  recorded: {
    circulated: 'La proposition est diffusée selon la procédure d’approbation tacite : chaque membre la reçoit par courriel.',
    'no-objection': 'Votre réponse est enregistrée : pas d’objection.',
    objection: 'Votre objection est enregistrée : le silence est rompu et la question est renvoyée à la prochaine réunion.',
    meeting: 'La réunion est consignée.',
  },
  tasks: {
    'awaiting-procedure': 'Décision en attente de sa procédure',
    'awaiting-meeting': 'Décision renvoyée à une réunion',
    'silence-procedure': 'Votre réponse à une procédure d’approbation tacite',
  },
  candidacy: {
    decidedAsBody: 'Le GCM décide de l’octroi en tant qu’organe, en réunion ou par approbation tacite :',
    open: 'ouvrir la décision',
    feedbackAsBody: (by, day) =>
      `Commentaires rédigés par ${by} le ${day} : le GCM en décide en tant qu’organe, en réunion ou par approbation tacite, et le candidat les reçoit une fois adoptés :`,
    draftNotAdopted: 'non adoptés : un nouveau projet peut être proposé',
  },
};
