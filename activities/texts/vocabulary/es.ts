import { DateTime } from 'luxon';
import { countryName } from '../country-names';
import type { Vocabulary } from './types';

// The framework's terms in Spanish. The Working Group's "examen" is never a "revisión", which is only the
// country's revised report.

export const es: Vocabulary = {
  typeset: (text) => text,
  colon: ':',
  separator: '; ',
  date: (d) => d.toLocaleString(DateTime.DATE_FULL),
  dateTime: (d) => d.toLocaleString(DateTime.DATETIME_FULL),
  countryName: (code, name) => countryName(code, name, 'es'),
  due: 'Fecha límite',
  yourTime: 'su hora',
  secretariatTime: 'hora de la secretaría',
  comments: 'Comentarios del Grupo de Trabajo',
  guidanceEvidence: 'Orientación sobre las pruebas de progreso',
  guidanceParticipation: 'Orientación sobre la participación de las partes interesadas',
  decision: { accept: 'informe aceptado', revise: 'informe revisado solicitado' },
  fact: {
    reportSubmitted: 'informe presentado',
    commentsAnswered: 'respuesta a los comentarios del Grupo de Trabajo',
    indicatorFrameworkUpdated: 'marco de indicadores actualizado',
    evidenceOfProgress: 'pruebas de progreso',
    evidenceOfCollaboration: 'pruebas de colaboración',
  },
  answer: { yes: 'sí', no: 'no', notApplicable: 'no procede' },
  criterion: {
    'no-report': '(a) ningún informe de progreso',
    'not-finalised': '(b) ninguna respuesta a los comentarios del Grupo de Trabajo',
    'indicator-framework-not-updated': '(c) marco de indicadores no presentado ni actualizado',
    'no-evidence-of-progress': '(d) ninguna prueba de progreso respecto de la hoja de ruta',
    'no-evidence-of-collaboration': '(e) ninguna prueba de colaboración en favor de las prioridades',
  },
  stage: {
    'awaiting-submission': 'a la espera del informe',
    overdue: 'informe atrasado',
    'in-review': 'informe en examen por el Grupo de Trabajo',
    'awaiting-revision': 'a la espera del informe revisado',
    finalised: 'informe finalizado',
    'closed-without-report': 'ciclo cerrado sin informe',
    'closed-without-finalisation': 'ciclo cerrado sin informe finalizado',
    suspended: 'ciclo suspendido, por haber sido declarado inactivo el país',
  },
  noOutcome: 'ningún resultado registrado',
  candidacyStage: {
    'expression-of-interest': 'manifestación de interés recibida',
    planning: 'planificación',
    'gcm-review': 'ante el Grupo de Coordinación Mundial',
    granted: 'estatus de país pionero concedido',
    withdrawn: 'candidatura retirada',
  },
  status: {
    candidate: 'país candidato',
    active: 'país pionero activo',
    inactive: 'país pionero inactivo',
    withdrawn: 'candidatura retirada',
  },
  mechanism: {
    I: 'intercambio de conocimientos y aprendizaje entre pares',
    II: 'asistencia técnica directa',
    III: 'proyectos de cooperación para el desarrollo',
    IV: 'coordinación',
  },
  step: {
    'stakeholder-mapping': 'el mapeo de las partes interesadas y los mecanismos de coordinación',
    'situation-mapping': 'el análisis de la situación respecto de la meta 8.7 de los ODS',
    workshop: 'el taller de planificación estratégica',
    roadmap: 'la hoja de ruta',
  },
  covered: {
    'child-labour': 'trabajo infantil',
    'forced-labour': 'trabajo forzoso',
    'human-trafficking': 'trata de personas',
    'modern-slavery': 'esclavitud moderna',
  },
  evidenceKind: {
    evaluation: 'evaluación',
    survey: 'encuesta',
    'case-study': 'estudio de caso',
    'focus-group': 'grupo focal',
    interview: 'entrevista',
    'empirical-data': 'datos empíricos',
    'third-party': 'fuente de terceros',
  },
  stakeholder: {
    ministries: 'ministerios',
    employers: 'organizaciones de empleadores',
    workers: 'organizaciones de trabajadores',
    ngos: 'organizaciones no gubernamentales',
    survivors: 'personas sobrevivientes',
    'international-organisations': 'organizaciones internacionales',
    'regional-initiatives': 'iniciativas regionales',
    'other-countries': 'otros países',
  },
  reactivationEvidence: {
    progressReport: '(I) Informe de progreso',
    indicatorFramework: '(II) Marco de indicadores presentado o actualizado',
    evidenceOfProgress: '(III) Pruebas de progreso respecto de la hoja de ruta',
    evidenceOfCollaboration: '(IV) Pruebas de colaboración',
  },
};
