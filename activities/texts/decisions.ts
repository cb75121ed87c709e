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
  }),
  fr: byKind({
    grant: (_n, say) => `accorder ${say.country.to} le statut de pays pionnier`,
    dialogue: (n, say) => `ouvrir un dialogue avec ${say.country.the}, signalé à l’issue du cycle ${n.year}`,
  }),
  es: byKind({
    grant: (_n, say) => `conceder ${say.country.to} el estatus de país pionero`,
    dialogue: (n, say) => `abrir un diálogo con ${say.country.the}, señalado al término del ciclo ${n.year}`,
  }),
};
