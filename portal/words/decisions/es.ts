import { spanishCountry } from '../../../activities/texts/es-grammar';
import type { DecisionWords } from './en';

// Las palabras de una decisión de un órgano (DESIGN.md §7) en español: su página, sus formularios y las
// líneas de la lista de tareas, en los términos de sus correos (activities/texts/es.ts).

export const decisions: DecisionWords = {
  title: { gcm: 'Decisión del GCM', wg: 'Decisión del Grupo de Trabajo' },
  body: { gcm: 'Grupo de Coordinación Mundial (GCM)', wg: 'Grupo de Trabajo' },
  question: {
    grant: (_code, country) => `Conceder ${spanishCountry(country).to} el estatus de país pionero`,
    dialogue: (_code, country, year) => `Abrir un diálogo con ${spanishCountry(country).the}, señalado al término del ciclo ${year}`,
    'wg-report': (_code, _country, year) => `Tomar nota del informe del Grupo de Trabajo sobre el ciclo ${year}`,
    support: (_code, country) => `Formar un subgrupo de apoyo para ${spanishCountry(country).the}`,
    resume: (_code, country) => `Cerrar el diálogo con ${spanishCountry(country).the}, que reanuda su participación`,
    inactive: (_code, country) => `Declarar ${spanishCountry(country).the} país pionero inactivo`,
    feedback: (_code, country) => `Enviar ${spanishCountry(country).to} los comentarios redactados sobre su presentación`,
    reactivation: (_code, country) => `Tomar nota de la reactivación ${spanishCountry(country).of}, cuya solicitud verificó la secretaría`,
  },
  questionLabel: 'La cuestión',
  bodyLabel: 'Órgano',
  stageLabel: 'Etapa',
  askedOn: 'Sometida al órgano el',
  silence: {
    title: 'Procedimiento de acuerdo tácito',
    circulated: (day, by) => `Circulada el ${day} por ${by}.`,
    ends: 'Termina',
    rule: 'La propuesta queda adoptada salvo que un miembro formule una objeción antes de esa fecha; una objeción motivada rompe el silencio y la cuestión pasa a la próxima reunión.',
    asked: 'Miembros consultados y sus respuestas',
    noObjection: (day) => `sin objeción (${day})`,
    objected: (day) => `objeción (${day})`,
    noAnswer: 'aún sin respuesta',
    unanswered: 'sin respuesta',
  },
  objections: {
    title: 'Objeciones',
    where: { 'silence-procedure': 'durante el procedimiento de acuerdo tácito', meeting: 'en la reunión' },
    line: (who, where, day) => `${who}, ${where}, el ${day}`,
  },
  meeting: {
    title: 'Reunión',
    heldOn: 'Celebrada el',
    present: 'Presentes',
    minutes: 'Acta',
    recordedBy: (by, day) => `Registrada por ${by} el ${day}.`,
  },
  outcome: {
    title: 'Resultado',
    meeting: (adopted, day) => `${adopted ? 'Adoptada' : 'No adoptada'} en la reunión del ${day}.`,
    silence: (day) => `Adoptada por acuerdo tácito, procedimiento cerrado el ${day}.`,
  },
  answer: {
    title: 'Su respuesta al procedimiento de acuerdo tácito',
    legend: 'Su respuesta',
    noObjection: 'Sin objeción',
    object: 'Formulo una objeción',
    reason: 'Motivo: obligatorio con una objeción (la presidencia y la secretaría lo leen)',
    reasonRequired: 'es obligatorio con una objeción',
    button: 'Enviar mi respuesta',
  },
  circulate: {
    title: 'Circular por procedimiento de acuerdo tácito',
    hint: 'Cada miembro recibe la propuesta por correo, con un enlace personal para responder; queda adoptada salvo que un miembro formule una objeción antes del último día.',
    until: 'Último día (opcional; si no, el plazo que fijan las reglas)',
    button: 'Circular',
  },
  record: {
    title: 'Registrar la reunión',
    hint: 'Los miembros presentes deben alcanzar el quórum. La propuesta queda adoptada salvo que un miembro presente formule una objeción.',
    heldOn: 'Celebrada el',
    members: 'Miembros',
    present: 'Presente',
    objection: 'Objeción formulada en la reunión, con su motivo (opcional)',
    minutes: 'Acta: una referencia o el texto',
    button: 'Registrar la reunión',
  },
  recorded: {
    circulated: 'La propuesta se circula por procedimiento de acuerdo tácito: cada miembro la recibe por correo.',
    'no-objection': 'Su respuesta quedó registrada: sin objeción.',
    objection: 'Su objeción quedó registrada: el silencio se ha roto y la cuestión pasa a la próxima reunión.',
    meeting: 'La reunión quedó registrada.',
  },
  tasks: {
    'awaiting-procedure': 'Decisión pendiente de su procedimiento',
    'awaiting-meeting': 'Decisión pendiente de una reunión',
    'silence-procedure': 'Su respuesta a un procedimiento de acuerdo tácito',
  },
  candidacy: {
    decidedAsBody: 'El GCM decide la concesión como órgano, en una reunión o por acuerdo tácito:',
    open: 'abrir la decisión',
    feedbackAsBody: (by, day) =>
      `Comentarios redactados por ${by} el ${day}: el GCM decide sobre ellos como órgano, en una reunión o por acuerdo tácito, y el candidato los recibe una vez adoptados:`,
    draftNotAdopted: 'no adoptados: se puede proponer un nuevo proyecto',
  },
};
