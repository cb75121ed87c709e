import type { Language } from '../../domain/shared/country';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import type { Texts } from './types';

/** Every language's texts, complete: the reader's language is used for every kind, with no fallback. */
export const texts: Record<Language, Texts> = { en, fr, es };
export { sayFor } from './say';
export type { Signer, Texts } from './types';
