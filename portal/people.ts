import type { Client } from '@temporalio/client';
import type { Language, Person } from '../domain/country';
import { readCountries } from '../activities/registry';

// Who is who, from the registry the country records hold: never from what a request says.

export interface Member {
  person: Person;
  secretariat: boolean;
  gcm: boolean;
  /** Countries whose focal point or deputy this is. */
  focalPointOf: string[];
  /** Countries whose reports this person reviews. */
  reviewerOf: string[];
}

/** E-mail addresses compare without regard to case. */
export const sameAddress = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** The registry's member with this e-mail address, if any. */
export async function findMember(client: Client, email: string): Promise<Member | undefined> {
  const same = (p: { email: string }) => sameAddress(p.email, email);
  let member: Member | undefined;
  const meet = (person: Person) => (member ??= { person, secretariat: false, gcm: false, focalPointOf: [], reviewerOf: [] });
  for (const { country, governance } of await readCountries(client)) {
    if (same(governance.secretariat)) meet(governance.secretariat).secretariat = true;
    for (const p of governance.gcm.filter(same)) meet(p).gcm = true;
    for (const p of [country.focalPoint, country.deputy].filter(same)) meet(p).focalPointOf.push(country.code);
    for (const p of country.reviewers.filter(same)) meet(p).reviewerOf.push(country.code);
  }
  if (member) member.focalPointOf = [...new Set(member.focalPointOf)];
  return member;
}

export const languageOf = (member: Member | undefined, acceptLanguage = ''): Language =>
  member?.person.language ?? (['fr', 'es'] as const).find((l) => acceptLanguage.toLowerCase().startsWith(l)) ?? 'en';
