import type { DecisionState } from '../domain/decision/decision';
import { sameAddress, type Governance, type Person } from '../domain/shared/country';
import { chairOf, membersOf, secretariatPeople } from '../domain/shared/roles';
import type { CountryState } from '../domain/record/country-record';

// Who is who in a body's decision (DESIGN.md §7), from the registry as the portal reads it now, as the
// decision's workflow reads it at each step: its members answer a silence procedure, its chair and the
// secretariat choose the procedure and record the meeting.

/** The roles the registry gives the country a decision is about (every record holds the same roles). */
export function governanceOf(registry: CountryState[], code: string): Governance | undefined {
  return (registry.find((r) => r.country.code === code) ?? registry[0])?.governance;
}

export interface DecisionRoles {
  /** The body's members now. */
  members: Person[];
  /** The reader is one of them. */
  member: boolean;
  /** The reader is the body's chair or the secretariat: they steer the procedure. */
  steers: boolean;
}

/** What `email` may do on a decision; none of it when the registry does not know the country's roles. */
export function decisionRoles(governance: Governance | undefined, d: Pick<DecisionState, 'body'>, email: string): DecisionRoles {
  if (!governance) return { members: [], member: false, steers: false };
  const members = membersOf(governance, d.body);
  const chair = chairOf(governance, d.body);
  const secretariat = secretariatPeople(governance).some((p) => sameAddress(p.email, email));
  return {
    members,
    member: members.some((m) => sameAddress(m.email, email)),
    steers: secretariat || (!!chair && sameAddress(chair.email, email)),
  };
}

/** Whether a silence procedure still waits for this member's answer. */
export const awaitsAnswerOf = (d: DecisionState, roles: DecisionRoles, email: string) =>
  d.stage === 'silence-procedure' && roles.member && !d.answers.some((a) => sameAddress(a.as, email));

/** Whether the decision waits for its chair or the secretariat: to choose its procedure, or to record a meeting. */
export const awaitsSteering = (d: DecisionState) => d.stage === 'awaiting-procedure' || d.stage === 'awaiting-meeting';
