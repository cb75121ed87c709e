import type { ReviewWords } from './en';

// El examen del Grupo de Trabajo como órgano, en español: la evaluación de un revisor de los indicios (b) a
// (e) de la regla 19, y la página del responsable del examen, que las consolida en la decisión única del Grupo.

export const review: ReviewWords = {
  planned: 'Lo que preveían la hoja de ruta y el informe del año pasado',
  roadmapAreas: 'Áreas prioritarias de la hoja de ruta actual',
  actionsDue: (year) => `acciones previstas para finales de ${year}`,
  lastNextSteps: 'Próximos pasos definidos en el informe del año pasado',
  sign: {
    commentsAnswered:
      '(b) El informe da respuesta a los comentarios del Grupo de Trabajo (en la primera ronda: ningún comentario quedó sin respuesta)',
    indicatorFrameworkUpdated: '(c) El marco de indicadores está actualizado',
    evidenceOfProgress: '(d) El informe aporta pruebas de los progresos respecto de la hoja de ruta',
    evidenceOfCollaboration: '(e) El informe aporta pruebas de los esfuerzos de colaboración',
  },
  met: 'Cumplido',
  notMet: 'No cumplido',
  chooseSign: 'Indique si este indicio está cumplido o no.',
  declared: (yes) => `El país declara: ${yes ? 'sí' : 'no'}.`,
  declaredNothing: 'Nada que declarar: no se pregunta al país por este indicio.',
  signsLegend: 'Indicios (b) a (e) de progresos insuficientes',
  assessmentIntro: (lead) =>
    `Registre su evaluación de esta ronda. El examen lo dirige ${lead}, que consolida las evaluaciones de los revisores y envía al país la decisión única del Grupo de Trabajo. Puede modificar su evaluación hasta entonces.`,
  yourComments: 'Sus comentarios para el responsable del examen y el país',
  submitAssessment: 'Registrar mi evaluación',
  assessmentRecorded:
    'Su evaluación quedó registrada. Puede modificarla hasta que el responsable del examen envíe la decisión del Grupo de Trabajo.',
  leadIntro:
    'Usted dirige este examen. Lea las evaluaciones de los revisores y envíe la decisión única del Grupo de Trabajo: aceptar el informe o pedir un informe revisado, con la evaluación, los comentarios y las orientaciones consolidados.',
  assessments: 'Las evaluaciones de los revisores',
  quorum: (count, needed) => `Han llegado ${count} de las ${needed} evaluaciones que el Grupo de Trabajo necesita.`,
  quorumMet: (count) => `Evaluaciones recibidas: ${count}. Son suficientes para la decisión del Grupo de Trabajo.`,
  ownCounts: 'Su decisión cuenta como su propia evaluación.',
  noAssessment: 'Ningún revisor ha evaluado aún esta ronda.',
  notYetAssessed: (names) => `Aún sin evaluación: ${names}.`,
  assessedBy: (name, day) => `${name}, ${day}`,
  consolidated: 'La decisión del Grupo de Trabajo',
  countryDeclared: (answer) => `el país declaró: ${answer}`,
};
