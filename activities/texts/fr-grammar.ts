import type { CountryName } from './types';

// French puts an article before most country names and contracts it with « de » and « à »: « du Pérou »,
// « de la Bolivie », « de l’Équateur », « des Philippines », but « de Madagascar », « d’Haïti ».

/** Names used without an article (islands, city-states and a few others). */
const bare = new Set([
  'ABW',
  'AIA',
  'ATG',
  'BES',
  'BHR',
  'BLM',
  'CUB',
  'CUW',
  'CYP',
  'DJI',
  'GGY',
  'GIB',
  'GUM',
  'HKG',
  'HTI',
  'ISR',
  'JEY',
  'KIR',
  'KNA',
  'LCA',
  'LKA',
  'MAC',
  'MAF',
  'MCO',
  'MDG',
  'MLT',
  'MSR',
  'MUS',
  'MYT',
  'NIU',
  'NRU',
  'OMN',
  'PRI',
  'SGP',
  'SHN',
  'SLV',
  'SMR',
  'SPM',
  'STP',
  'SXM',
  'TKL',
  'TON',
  'TTO',
  'TUV',
  'TWN',
  'VCT',
  'VUT',
  'WLF',
]);
const plural = new Set(['ARE', 'ASM', 'BHS', 'BMU', 'COM', 'FJI', 'MDV', 'NLD', 'PHL', 'PLW', 'SYC', 'USA']);
/** Masculine although the first word ends in -e (« le Mexique »), or feminine although it does not. */
const masculine = new Set(['BLZ', 'GBR', 'KHM', 'MEX', 'MOZ', 'SUR', 'SWZ', 'VAT', 'ZWE']);
const feminine = new Set(['SLE']);

const elides = (name: string, code: string) => /^[AEIOUÂÉÈÊÎÏÔÅ]/.test(name) || code === 'HTI';

type Article = 'le' | 'la' | 'l’' | 'les' | '';

function article(code: string, name: string): Article {
  if (bare.has(code)) return '';
  if (plural.has(code) || /^(Îles|États|Émirats|Terres) /.test(name)) return 'les';
  if (elides(name, code)) return 'l’';
  if (masculine.has(code)) return 'le';
  const first = name.split(/[ -]/)[0]!;
  return feminine.has(code) || first.endsWith('e') ? 'la' : 'le';
}

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export function frenchCountry(code: string, name: string): CountryName {
  const forms: Record<Article, Omit<CountryName, 'name' | 'The'>> = {
    le: { the: `le ${name}`, of: `du ${name}`, to: `au ${name}` },
    la: { the: `la ${name}`, of: `de la ${name}`, to: `à la ${name}` },
    'l’': { the: `l’${name}`, of: `de l’${name}`, to: `à l’${name}` },
    les: { the: `les ${name}`, of: `des ${name}`, to: `aux ${name}` },
    '': { the: name, of: elides(name, code) ? `d’${name}` : `de ${name}`, to: `à ${name}` },
  };
  const form = forms[article(code, name)];
  return { name, ...form, The: capital(form.the) };
}

/** French spacing: the plain space written before : ; ? ! and inside « » becomes a non-breaking one. */
export const frenchSpacing = (text: string): string => text.replace(/ ([:;?!»])/g, '\u00a0$1').replace(/« /g, '«\u00a0');
