import type { roadmap as en } from './en';

// Las palabras de la página de la hoja de ruta de un país (R12): el documento, sus versiones y el formulario que escribe una nueva.

/** «1 acción añadida, 2 acciones retiradas»: cada número con su nombre, en singular o en plural. */
const counted = (added: number, removed: number, plus: [string, string], minus: [string, string]) =>
  [added && `${added} ${plus[added === 1 ? 0 : 1]}`, removed && `${removed} ${minus[removed === 1 ? 0 : 1]}`].filter(Boolean).join(', ');

export const roadmap: typeof en = {
  title: 'Hoja de ruta',
  yours: 'La hoja de ruta de su país',
  open: 'Abrir la hoja de ruta',
  saved: (version) => `La versión ${version} de la hoja de ruta está guardada. Se ha informado a la secretaría.`,
  noDocument: 'La hoja de ruta aún no tiene documento; sus versiones, más abajo, dicen lo que cambió cada una.',
  nothingYet: 'Aún no hay ninguna versión de la hoja de ruta registrada.',
  inactive: 'La hoja de ruta podrá actualizarse de nuevo cuando el país esté activo.',
  priorityAreas: 'Áreas prioritarias',
  actions: 'Acciones',
  immediate: 'medida inmediata',
  due: (date) => `para el ${date}`,
  indicators: 'Indicadores',
  assistanceNeeds: 'Necesidades de asistencia técnica',
  budget: 'Presupuesto',
  secured: 'Recursos asegurados',
  gaps: 'Brechas',
  coordinationBody: 'Órgano de coordinación',
  carriedOver: 'De la candidatura, aún por ubicar en un área prioritaria',
  notes: 'Notas',
  none: 'Ninguno.',
  versions: 'Versiones',
  version: 'Versión',
  on: 'Día',
  by: 'Por',
  changed: 'Qué cambió',
  noChange: 'ningún cambio',
  change: {
    areaAdded: (area) => `nueva área prioritaria: ${area}`,
    areaRemoved: (area) => `área prioritaria retirada: ${area}`,
    actionsChanged: (area, added, removed) =>
      `${area}: ${counted(added, removed, ['acción añadida', 'acciones añadidas'], ['acción retirada', 'acciones retiradas'])}`,
    indicatorsChanged: (area, added, removed) =>
      `${area}: ${counted(added, removed, ['indicador añadido', 'indicadores añadidos'], ['indicador retirado', 'indicadores retirados'])}`,
    assistanceChanged: (area, added, removed) =>
      `${area}: ${counted(added, removed, ['necesidad de asistencia técnica añadida', 'necesidades de asistencia técnica añadidas'], ['necesidad de asistencia técnica retirada', 'necesidades de asistencia técnica retiradas'])}`,
    budgetChanged: 'el presupuesto',
    coordinationChanged: 'el órgano de coordinación',
    documentsChanged: (added, removed) =>
      counted(added, removed, ['documento añadido', 'documentos añadidos'], ['documento retirado', 'documentos retirados']),
    carriedOverChanged: 'elementos de la candidatura ubicados en las áreas prioritarias',
  },
  documents: {
    title: 'Documentos',
    none: 'No hay ningún documento adjunto a la hoja de ruta.',
    keep: 'Conservar',
    add: 'Añadir documentos (PDF, DOCX, XLSX u ODT)',
    hint: (max, mb) =>
      `Como máximo ${max} documentos de ${mb} MB cada uno. Desmarque un documento para retirarlo; al guardar se crea una nueva versión.`,
    save: 'Guardar los documentos',
    tooMany: (max) => `Una hoja de ruta conserva como máximo ${max} documentos: desmarque alguno primero`,
  },
  form: {
    title: 'Escribir una nueva versión',
    intro:
      'Cada lista lleva un elemento por línea. Una acción puede empezar por el día en que vence, escrito como AAAA‑MM‑DD, y un espacio.',
    area: (n) => `Área prioritaria ${n}`,
    newArea: 'Una nueva área prioritaria',
    areaTitle: 'Título',
    removeHint: 'Deje el título en blanco para retirar esta área.',
    newHint: 'Deje el título en blanco para no añadir ningún área.',
    immediate: 'Medidas inmediatas, que se tomarán este año',
    actions: 'Otras acciones',
    indicators: 'Indicadores (códigos del marco de indicadores, como CL-1.2)',
    assistanceNeeds: 'Necesidades de asistencia técnica',
    carriedOver: 'De la candidatura: traslade cada línea a un área prioritaria de arriba y luego bórrela aquí.',
    save: 'Guardar la nueva versión',
    twice: 'nombra dos veces la misma área prioritaria',
    notIndicator: 'no es un código de indicador (letras, cifras, puntos y guiones)',
  },
};
