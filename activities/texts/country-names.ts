import countries from 'i18n-iso-countries';
import esNames from 'i18n-iso-countries/langs/es.json';
import frNames from 'i18n-iso-countries/langs/fr.json';
import type { Language } from '../../domain/shared/country';

// A country's name in the reader's language, from its ISO 3166-1 alpha-3 code.

countries.registerLocale(frNames);
countries.registerLocale(esNames);

/** Where the package's spelling is not the name the UN uses in that language. */
const unNames: Record<Exclude<Language, 'en'>, Record<string, string>> = {
  fr: {
    CIV: 'Côte d’Ivoire',
    CAF: 'République centrafricaine',
    CZE: 'République tchèque',
    DOM: 'République dominicaine',
    ARE: 'Émirats arabes unis',
    SAU: 'Arabie saoudite',
    VNM: 'Viet Nam',
  },
  es: {
    CIV: 'Côte d’Ivoire',
    COD: 'República Democrática del Congo',
    VNM: 'Viet Nam',
  },
};

/** English keeps the registry's own name (the secretariat chose it); so does a code the package does not know. */
export function countryName(code: string, registryName: string, language: Language): string {
  if (language === 'en') return registryName;
  const name = unNames[language][code] ?? countries.getName(code, language);
  return name ? name.replace(/'/g, '’') : registryName;
}
