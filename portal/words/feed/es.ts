import type { FeedWords } from './en';

// Las palabras del canal Atom de publicaciones (/feed), en español: su título y el de cada entrada.

export const feed: FeedWords = {
  title: 'Países pioneros de la Alianza 8.7: publicaciones',
  subtitle: 'Los informes finales, las hojas de ruta y los cambios de estatus de los países pioneros, del más reciente al más antiguo.',
  author: 'Secretaría de la Alianza 8.7',
  report: (country, year) => `${country}: informe de progreso ${year} publicado`,
  roadmap: (country, version) => `${country}: hoja de ruta, versión ${version}`,
  status: (country, status) => `${country}: ${status}`,
};
