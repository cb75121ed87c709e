import { sameAddress } from '../shared/country';
import type { CycleState, Stage } from './state';
import { reviewLead } from './review-lead';

// What a reporting cycle asks of whom, and in which stages (R13, R16): the cycle's own checks and the
// portal's list of what waits for a person both read it here.

/** The stages in which each task of a cycle is taken. */
export const cycleTaskStages = {
  report: ['awaiting-submission', 'overdue'],
  revision: ['awaiting-revision'],
  review: ['in-review'],
} as const satisfies Record<string, readonly Stage[]>;
export type CycleTask = keyof typeof cycleTaskStages;

/** Whether this is the address of the country's focal point or deputy, who send the report and its revisions. */
export const isFocalPoint = (country: { focalPoint: { email: string }; deputy: { email: string } }, email: string) =>
  [country.focalPoint.email, country.deputy.email].some((e) => sameAddress(e, email));

/** Whether this is the address of a reviewer the Working Group assigned to the cycle. */
export const isReviewer = (s: Pick<CycleState, 'reviewers'>, email: string) => s.reviewers.some((r) => sameAddress(r.email, email));

/** Who sends the Working Group's decision, in a cycle where it reviews as a body (since 1.1); undefined before. */
export const reviewLeadOf = (s: Pick<CycleState, 'reviewers' | 'reviewRoles' | 'assessments'>) =>
  s.assessments ? reviewLead(s.reviewRoles, s.reviewers) : undefined;

/** Whether this is the address of the lead of the Working Group's review of the cycle. */
export const isReviewLead = (s: Pick<CycleState, 'reviewers' | 'reviewRoles' | 'assessments'>, email: string) => {
  const lead = reviewLeadOf(s);
  return !!lead && sameAddress(lead.email, email);
};

/** The task the cycle's stage asks of this person now, if any. */
export function cycleTaskOf(s: CycleState, email: string): CycleTask | undefined {
  const task = (Object.keys(cycleTaskStages) as CycleTask[]).find((t) => (cycleTaskStages[t] as readonly Stage[]).includes(s.stage));
  if (!task) return undefined;
  const reviews = isReviewer(s, email) || isReviewLead(s, email);
  return (task === 'review' ? reviews : isFocalPoint(s.country, email)) ? task : undefined;
}
