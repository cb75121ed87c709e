import type { HlpfWords } from './en';

// Las palabras de la compilación para el HLPF (página publicada y PDF, borrador de la secretaría y su publicación), en español.

export const hlpf: HlpfWords = {
  title: (year) => `El progreso de los países pioneros en ${year}: compilación para el HLPF`,
  intro: (year) =>
    `Lo que los países pioneros informaron sobre ${year}, tal como se finalizó con el Grupo de Trabajo a tiempo para la reunión anual de la Alianza 8.7 al margen del Foro Político de Alto Nivel: el año en cifras, dónde están los países y lo más destacado de cada país.`,
  publishedOn: (day) => `Publicada por la secretaría de la Alianza 8.7 el ${day}.`,
  pdf: 'Descargar en PDF',
  pdfUnavailable:
    'El PDF no puede generarse en este momento: el servicio que lo imprime no está disponible. Vuelva a intentarlo más tarde, o lea la compilación en',
  itsPage: 'su página',
  printable: ', que su navegador también puede imprimir.',
  notYet: (year) => `La compilación de ${year} para el HLPF aún no se ha publicado.`,
  noCountries: 'Hasta entonces no se había publicado ningún informe final del año.',
  inFigures: 'El año en cifras',
  map: 'Dónde están los países',
  countries: 'País por país',
  figures: {
    indicators: 'Indicadores del marco',
    indicatorsWithValue: 'Indicadores con un último valor',
    frameworkUpdated: 'Marco de indicadores actualizado este año',
    evidence: 'Pruebas de progreso',
    collaboration: 'Esfuerzos de colaboración',
    stakeholderGroups: 'Grupos de partes interesadas que participaron',
    socialPartners: 'Participaron ambos interlocutores sociales',
  },
  highlights: 'Lo más destacado',
  noHighlights: 'El informe no describe progresos por objetivo.',
  reportPublished: (day) => `Informe final publicado el ${day}`,
  readReport: (country) => `Leer el informe final: ${country}`,
  draft: {
    title: (year) => `Compilación para el HLPF ${year}: borrador`,
    link: 'La compilación para el HLPF',
    intro:
      'La compilación tal como se publicaría ahora: los informes finales del año publicados hasta ahora de los países que el sitio destaca. Publíquela para la reunión anual, y de nuevo cuando se finalicen más informes antes de ella.',
    opensOn: (day) => `La compilación de este año puede publicarse a partir del ${day}, como fija la política del ciclo.`,
    neverPublished: 'Aún no publicada.',
    lastPublished: (day, by) => `Publicada por última vez el ${day} por ${by}.`,
    publicPage: 'La página publicada',
    changes: 'Lo que cambió desde la última publicación',
    noChanges: 'Nada: la compilación publicada está al día.',
    finalisedSince: 'Informes finalizados desde entonces',
    leftOut: 'Ya no destacados, se omitirán al publicar de nuevo',
    included: (n) => `Países que incluiría: ${n}`,
    publish: 'Publicar la compilación',
    republish: 'Publicarla de nuevo con estos cambios',
    publishAgain: 'Publicarla de nuevo',
    published: 'La compilación está publicada.',
    refused: 'La compilación no se publicó:',
  },
};
