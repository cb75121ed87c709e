import type { Criterion, EscalationRule } from '../../domain/r19/criteria';

// The R19 signs and rules as the portal's pages name them.

export const criterionLabel: Record<Criterion, string> = {
  'no-report': '(a) no progress report',
  'not-finalised': "(b) no response to the Working Group's comments",
  'indicator-framework-not-updated': '(c) indicator framework not updated',
  'no-evidence-of-progress': '(d) no evidence of progress',
  'no-evidence-of-collaboration': '(e) no evidence of collaboration',
};

export const criteriaText = (list: Criterion[]) => list.map((c) => criterionLabel[c]).join('; ');

export const ruleText: Record<EscalationRule, string> = {
  'same-criterion': 'the same criterion missed two years running',
  'any-shortfall': 'any shortfall two years running',
};
