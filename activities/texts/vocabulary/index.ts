import type { Language } from '../../../domain/shared/country';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import type { Vocabulary } from './types';

/** The framework's terms in every language, which the e-mails' texts and the portal's words both take. */
export const vocabulary: Record<Language, Vocabulary> = { en, fr, es };
export type { Covered, EvidenceKind, ReactivationEvidence, ReviewDecision, Stakeholder, Vocabulary } from './types';
