import type { Governance, Person } from '../shared/country';
import type { ReviewRoles } from './state';

// Who sends the Working Group's one decision on a country's report (DESIGN.md §7, R16): the lead of the
// year's review sub-group the country is assigned to; else the WG's chair, if assigned to review it; else
// the first assigned reviewer. Read from the registry as it is when the cycle looks, never frozen.

/** What the cycle keeps of the registry's roles to know its review lead. */
export function reviewRolesOf(g: Governance, country: string, year: number): ReviewRoles {
  const group = g.reviewGroups?.find((r) => r.year === year && r.countries.includes(country));
  const groupLead = group && g.workingGroup?.members.find((m) => m.email === group.lead);
  return { ...(groupLead && { groupLead }), ...(g.workingGroup && { chair: g.workingGroup.chair }) };
}

/** The review lead among these roles and the reviewers assigned now. */
export function reviewLead(roles: ReviewRoles | undefined, reviewers: Person[]): Person | undefined {
  if (roles?.groupLead) return roles.groupLead;
  return reviewers.find((r) => r.email === roles?.chair) ?? reviewers[0];
}
