import type { CountryName } from './types';

// Spanish names most countries without an article (« de Perú »), but a name that starts with a common
// noun takes one: « del Reino Unido », « de la República Dominicana », « de los Países Bajos ».

const articles: [RegExp, 'el' | 'la' | 'los' | 'las'][] = [
  [/^(República|Santa Sede)\b/, 'la'],
  [/^Reino\b/, 'el'],
  [/^(Países|Emiratos)\b/, 'los'],
  [/^Islas\b/, 'las'],
];

export function spanishCountry(name: string): CountryName {
  const article = articles.find(([pattern]) => pattern.test(name))?.[1];
  const the = article ? `${article} ${name}` : name;
  const of = article === 'el' ? `del ${name}` : `de ${the}`;
  const to = article === 'el' ? `al ${name}` : `a ${the}`;
  return { name, the, The: the.charAt(0).toUpperCase() + the.slice(1), of, to };
}
