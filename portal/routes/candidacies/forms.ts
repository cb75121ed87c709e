import { z } from 'zod';
import { text } from '../../form';
import type { GcmCandidacyStep } from '../../../domain/candidacy/candidacy';
import type { GcmField } from './gcm-page';

/** The fields each GCM step takes from its form: the arguments the CLI sends for it. */
export const stepFields = {
  feedback: ['feedback', 'ceacrConclusions', 'durbanCallToAction'],
  position: ['position', 'reason'],
} as const satisfies Record<GcmCandidacyStep, GcmField[]>;

export const stepForms = {
  feedback: z.object({ feedback: text(), ceacrConclusions: text(), durbanCallToAction: text() }),
  position: z.object({ position: text(), reason: text() }),
} satisfies Record<GcmCandidacyStep, z.ZodType<Partial<Record<GcmField, string>>>>;
