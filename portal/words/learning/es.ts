import type { learning as en } from './en';

// The words of the secretariat's peer-learning page (S3), in Spanish.

export const learning: typeof en = {
  title: 'Aprendizaje entre pares e intercambios',
  link: 'Aprendizaje entre pares: puestas en contacto sugeridas',
  intro:
    'Cada sugerencia relaciona un interés de aprendizaje de un país con un país pionero cuyo último informe muestra avances y pruebas en ese ámbito, o una prioridad de un candidato con un país pionero que la afronta. Aceptar una envía un correo a los puntos focales y adjuntos de ambas partes, cada uno en su idioma.',
  suggestions: 'Sugerencias',
  none: 'Ninguna sugerencia por ahora: ningún interés de aprendizaje ni prioridad de candidato coincide con el informe o la hoja de ruta de otro país.',
  pair: (learner, peer) => `${learner} y ${peer}`,
  interest: (country) => `Interés de aprendizaje de ${country}`,
  priority: (country) => `Prioridad del candidato ${country}`,
  why: 'Por qué',
  matched: (words) => `Palabras encontradas: ${words}`,
  progress: (country, year) => (year ? `Avances informados por ${country} en ${year}` : `Avances informados por ${country}`),
  priorityAreas: (country) => `Ámbitos prioritarios de la hoja de ruta de ${country}`,
  evidence: 'Pruebas de avances',
  noReport: 'Todavía sin informe.',
  accept: 'Aceptar y poner en contacto',
  dismiss: 'Descartar',
  answered: 'Puestas en contacto y sugerencias descartadas',
  noneAnswered: 'Ninguna todavía.',
  when: 'Fecha',
  countries: 'Países',
  area: 'Ámbito',
  answer: 'Respuesta',
  by: 'Por',
  dossier: {
    title: 'Aprendizaje entre pares: presentaciones',
  },
  answers: {
    sending: (n) => `Puesta en contacto: enviando ${n} correos`,
    introduced: (n) => `Puesta en contacto: ${n} correos enviados`,
    dismissed: 'Descartada',
  },
  done: {
    accept: (pair) => `Puesta en contacto hecha (${pair}): ambas partes reciben un correo.`,
    dismiss: (pair) => `La sugerencia (${pair}) está descartada.`,
  },
  already: 'Esta sugerencia ya recibió respuesta; no se cambió nada.',
  gone: 'Esta sugerencia ya no figura entre las de hoy (cambió un informe o una hoja de ruta); no se cambió nada.',
  field: { id: 'Sugerencia', decision: 'Respuesta' },
  badId: 'no es una de las sugerencias mostradas',
  badDecision: 'debe ser aceptar o descartar',
};
