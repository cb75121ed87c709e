import type { Governance, Person } from './country';

// Who holds which role, from the governance a record keeps (DESIGN.md §7). The roles added in 1.1 (staff,
// chairs, the Working Group) are absent from records imported before: then the shared mailbox is the
// secretariat and the GCM has no Chair.

/** The secretariat: its shared mailbox and its staff, each under their own name. */
export const secretariatPeople = (g: Governance): Person[] => [g.secretariat, ...(g.staff ?? [])];

/** Whether an address is the secretariat's, or one of its staff's. */
export const isSecretariat = (g: Governance, email: string) => secretariatPeople(g).some((p) => p.email === email);

export type Body = 'gcm' | 'wg';

/** A body's members as the registry lists them now. */
export const membersOf = (g: Governance, body: Body): Person[] => (body === 'gcm' ? g.gcm : (g.workingGroup?.members ?? []));

/** A body's chair, if the registry names one. */
export function chairOf(g: Governance, body: Body): Person | undefined {
  const chair = body === 'gcm' ? g.gcmChair : g.workingGroup?.chair;
  return membersOf(g, body).find((m) => m.email === chair);
}
