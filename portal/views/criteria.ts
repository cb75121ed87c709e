import { vocabulary } from '../../activities/texts/vocabulary';
import type { Criterion, EscalationRule } from '../../domain/r19/criteria';

// The R19 signs and rules as the English pages of those who steer name them: the signs in the framework's
// words, which the e-mails use too (the shared vocabulary).

export const criterionLabel: Record<Criterion, string> = vocabulary.en.criterion;

export const criteriaText = (list: Criterion[]) => list.map((c) => criterionLabel[c]).join('; ');

export const ruleText: Record<EscalationRule, string> = {
  'same-criterion': 'the same criterion missed two years running',
  'any-shortfall': 'any shortfall two years running',
};
