import type { publicSite as en } from './en';

// Las palabras del sitio público (DESIGN.md §9): el índice de los países pioneros con su mapa y sus
// gráficos, y el perfil, los informes y los documentos de cada país, en español.

export const publicSite: typeof en = {
  title: 'Países pioneros',
  intro:
    'Los países que se comprometieron a acelerar la acción hacia la meta 8.7 de los ODS, con sus hojas de ruta y los informes de progreso que publicaron.',
  nothingYet: 'Aún no se ha publicado ningún perfil de país.',
  map: {
    label: 'Mapa del mundo de los países pioneros, coloreados según su estatus',
    legend: 'Estatus',
    notShown: 'Demasiado pequeños para este mapa',
  },
  list: 'Todos los países',
  country: 'País',
  status: 'Estatus',
  since: 'Desde',
  latestReport: 'Último informe',
  noReport: 'Ninguno por ahora',
  highlights: (year) => `Últimos informes: ${year}`,
  publishedOn: (day) => `Publicado el ${day}`,
  readReport: 'Leer el informe',
  figures: (year) => `Las cifras de ${year} en todos los países`,
  figuresIntro: 'Contadas en cada informe final publicado para el año.',
  yearFigures: {
    chart: (year) =>
      `Informes finales de ${year}: cuántos países publicaron uno, actualizaron su marco de indicadores, informaron de pruebas de progreso y de colaboración, y contaron con los dos interlocutores sociales`,
    published: 'Informe publicado',
    updated: 'Marco actualizado',
    evidence: 'Pruebas de progreso',
    collaboration: 'Colaboración',
    socialPartners: 'Interlocutores sociales',
    countries: 'Países',
    perYearChart: 'Informes finales publicados para cada año, por todos los países pioneros',
    year: 'Año',
    reports: 'Informes finales',
  },
  inactive:
    'Este país está inactivo: sus beneficios como país pionero, entre ellos su promoción en este sitio, están suspendidos. Sus informes publicados se conservan a continuación.',
  kept: 'Conservado, sin promoción mientras el país esté inactivo',
  roadmap: 'Hoja de ruta vigente',
  reports: 'Informes publicados',
  noReports: 'Aún no se ha publicado ningún informe final.',
  documents: 'Documentos',
  noDocuments: 'No se publicó ningún documento con este informe.',
  size: 'Tamaño',
  download: (name) => `Descargar ${name}`,
  frameworkTitle: 'El marco de indicadores a lo largo de los años',
  frameworkChart: 'Último valor de cada indicador por año del informe, con su meta marcada por una línea discontinua',
  value: 'Último valor',
  target: 'Meta',
  reportYear: 'Año del informe',
  indicator: 'Indicador',
  noValues: 'Ningún indicador tiene todavía un valor informado.',
  allCountries: 'Todos los países pioneros',
};
