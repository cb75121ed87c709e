import type { Language } from '../domain/shared/country';
import { vocabulary, type Vocabulary } from '../activities/texts/vocabulary';
import { en, type PortalWords } from './words/en';
import { es } from './words/es';
import { fr } from './words/fr';

// The portal's words in the three languages of the registry: its own (words/), each language complete,
// and the framework's terms, which the e-mails name too (the shared vocabulary), as `terms`.

export type Words = PortalWords & { terms: Vocabulary };

/** Every string of `words`, and every string a function of it returns, in the language's typography. */
function typeset<T>(words: T, typesetText: (text: string) => string): T {
  if (typeof words === 'string') return typesetText(words) as T;
  if (typeof words === 'function') {
    const say = words as (...args: unknown[]) => unknown;
    return ((...args: unknown[]) => typesetText(String(say(...args)))) as T;
  }
  if (words && typeof words === 'object')
    return Object.fromEntries(Object.entries(words).map(([key, value]) => [key, typeset(value, typesetText)])) as T;
  return words;
}

const inLanguage = (language: Language, own: PortalWords): Words => {
  const terms = vocabulary[language];
  return { ...typeset(own, (text) => terms.typeset(text)), terms };
};

export const words: Record<Language, Words> = { en: inLanguage('en', en), fr: inLanguage('fr', fr), es: inLanguage('es', es) };
