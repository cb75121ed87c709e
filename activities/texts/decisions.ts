import type { Notice } from '../../domain/shared/notice';
import type { DecisionSubject } from '../../domain/decision/decision';
import type { Say } from './types';

// How the e-mails of a body's decision (DESIGN.md §7) name the body and the question put to it, in each
// language. The question is said from its kind, so that every member reads it in their own language.

const isWg = (n: Notice) => n.decision?.body === 'wg';

/** The body, as the subject of a sentence (fr, es: with its article) and after "of". */
export const bodyNames = {
  en: (n: Notice) => (isWg(n) ? 'Working Group' : 'Global Coordinating Group (GCG)'),
  fr: (n: Notice) => (isWg(n) ? 'Le Groupe de travail' : 'Le Groupe de coordination mondial (GCM)'),
  frOf: (n: Notice) => (isWg(n) ? 'du Groupe de travail' : 'du Groupe de coordination mondial (GCM)'),
  es: (n: Notice) => (isWg(n) ? 'El Grupo de Trabajo' : 'El Grupo de Coordinación Mundial (GCM)'),
  esOf: (n: Notice) => (isWg(n) ? 'del Grupo de Trabajo' : 'del Grupo de Coordinación Mundial (GCM)'),
};

type Question = Record<DecisionSubject['kind'], (n: Notice, say: Say) => string>;
const byKind = (q: Question) => (n: Notice, say: Say) => q[n.decision?.subject ?? 'grant'](n, say);

/** The question put to the body, from its kind: a grant (R11), a dialogue with a flagged country (R20)… */
export const decisionQuestion = {
  en: byKind({
    grant: (_n, say) => `grant pathfinder status ${say.country.to}`,
    dialogue: (n, say) => `open a dialogue with ${say.country.the}, flagged after the ${n.year} cycle`,
    'wg-report': (n) => `take note of the Working Group’s report on the ${n.year} cycle`,
    support: (_n, say) => `form a support sub-group for ${say.country.the}`,
    resume: (_n, say) => `close the dialogue with ${say.country.the}, which resumes its participation`,
    inactive: (_n, say) => `declare ${say.country.the} an inactive pathfinder country`,
    feedback: (_n, say) => `send ${say.country.the} the feedback drafted on its presentation (read it on the GCM’s page of the candidacy)`,
    reactivation: (_n, say) => `take note that ${say.country.the} is active again, as the secretariat verified its request`,
  }),
  fr: byKind({
    grant: (_n, say) => `accorder ${say.country.to} le statut de pays pionnier`,
    dialogue: (n, say) => `ouvrir un dialogue avec ${say.country.the}, signalé à l’issue du cycle ${n.year}`,
    'wg-report': (n) => `prendre note du rapport du Groupe de travail sur le cycle ${n.year}`,
    support: (_n, say) => `former un sous-groupe de soutien pour ${say.country.the}`,
    resume: (_n, say) => `clore le dialogue avec ${say.country.the}, qui reprend sa participation`,
    inactive: (_n, say) => `déclarer ${say.country.the} pays pionnier inactif`,
    feedback: (_n, say) =>
      `adresser ${say.country.to} les commentaires rédigés sur sa présentation (à lire sur la page de la candidature pour le GCM)`,
    reactivation: (_n, say) => `prendre note de la réactivation ${say.country.of}, dont le secrétariat a vérifié la demande`,
  }),
  es: byKind({
    grant: (_n, say) => `conceder ${say.country.to} el estatus de país pionero`,
    dialogue: (n, say) => `abrir un diálogo con ${say.country.the}, señalado al término del ciclo ${n.year}`,
    'wg-report': (n) => `tomar nota del informe del Grupo de Trabajo sobre el ciclo ${n.year}`,
    support: (_n, say) => `formar un subgrupo de apoyo para ${say.country.the}`,
    resume: (_n, say) => `cerrar el diálogo con ${say.country.the}, que reanuda su participación`,
    inactive: (_n, say) => `declarar ${say.country.the} país pionero inactivo`,
    feedback: (_n, say) =>
      `enviar ${say.country.to} los comentarios redactados sobre su presentación (se leen en la página de la candidatura para el GCM)`,
    reactivation: (_n, say) => `tomar nota de la reactivación ${say.country.of}, cuya solicitud verificó la secretaría`,
  }),
};
