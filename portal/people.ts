import { chairOf, membersOf, secretariatPeople } from '../domain/shared/roles';
import type { Person } from '../domain/shared/country';
import type { CountryState } from '../domain/record/country-record';

// Who is who, from the registry the country records hold: never from what a request says.

/**
 * The registry as the portal reads it. Reading it asks every country record, so one read serves every
 * request for `ttlMs` (and every request that arrives while it runs); after that, requests are still served
 * what was read while a new read runs: at the deadline, hundreds of pages a minute must neither each ask
 * hundreds of records nor wait for them. An address it does not know makes it read again at once, so a
 * newcomer is known at once; other changes show within `ttlMs` and a read, or at once when the portal made them.
 */
export function registryReader(readRegistry: () => Promise<CountryState[]>, { ttlMs = 10_000, now = Date.now } = {}) {
  let current: { at: number; records: Promise<CountryState[]> } | undefined;
  let refreshing = false;
  // Bumped by every read the caller waits for and by forget(), so that a slower background read never
  // puts back something older.
  let generation = 0;
  const read = (): Promise<CountryState[]> => {
    generation++;
    const entry = { at: now(), records: readRegistry() };
    current = entry;
    entry.records.catch(() => {
      if (current === entry) current = undefined; // a failed read is not kept
    });
    return entry.records;
  };
  /** A new read in the background; until it is done (or if it fails), what was read before is served. */
  const refresh = () => {
    if (refreshing) return;
    refreshing = true;
    const [at, started] = [now(), generation];
    readRegistry()
      .then(
        (records) => void (generation === started && (current = { at, records: Promise.resolve(records) })),
        () => undefined,
      )
      .finally(() => (refreshing = false));
  };
  const fresh = (ms: number) => current !== undefined && now() - current.at < ms;
  return {
    records: (): Promise<CountryState[]> => {
      if (!current) return read();
      if (!fresh(ttlMs)) refresh();
      return current.records;
    },
    /** The registry's member with this e-mail address, if any. */
    async member(email: string): Promise<Member | undefined> {
      const found = memberIn(await this.records(), email);
      return found || fresh(1_000) ? found : memberIn(await read(), email);
    },
    /** After the portal changed the registry itself. */
    forget: () => {
      generation++;
      current = undefined;
    },
  };
}
export type RegistryReader = ReturnType<typeof registryReader>;

export interface Member {
  person: Person;
  secretariat: boolean;
  gcm: boolean;
  /** Countries whose focal point or deputy this is. */
  focalPointOf: string[];
  /** Countries whose reports this person reviews. */
  reviewerOf: string[];
  /** A member of the Working Group, who edits its report of the year (R18), though they review no country's. */
  workingGroup: boolean;
  /** The Working Group's chair, who signs its report off. */
  wgChair: boolean;
  /** The Alliance partners this person is a contact of, by name: they offer assistance (DESIGN.md §8). */
  partnerOf: string[];
}

/** An address a person could have: one mailbox, nothing that would make a list of them. */
export const emailPattern = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:"]+$/;

/** The member with this e-mail address in these records, if any. */
function memberIn(records: CountryState[], email: string): Member | undefined {
  const member = membersIn(records).get(addressKey(email));
  // A copy: whoever is given a member may change it without changing the index.
  return (
    member && { ...member, focalPointOf: [...member.focalPointOf], reviewerOf: [...member.reviewerOf], partnerOf: [...member.partnerOf] }
  );
}

/** Addresses compare without regard to case or surrounding blanks (`sameAddress`). */
const addressKey = (email: string) => email.trim().toLowerCase();

/**
 * Every member of these records by address, built once per read of the registry: each page asks who its
 * reader is, and going through every country's people for each of them cost more than the rest of the page.
 */
const indexes = new WeakMap<CountryState[], Map<string, Member>>();
function membersIn(records: CountryState[]): Map<string, Member> {
  const known = indexes.get(records);
  if (known) return known;
  const members = new Map<string, Member>();
  // The first entry met for an address gives the member's name, language and zone.
  const meet = (person: Person) => {
    const key = addressKey(person.email);
    let member = members.get(key);
    if (!member) {
      member = {
        person,
        secretariat: false,
        gcm: false,
        focalPointOf: [],
        reviewerOf: [],
        workingGroup: false,
        wgChair: false,
        partnerOf: [],
      };
      members.set(key, member);
    }
    return member;
  };
  for (const { country, governance } of records) {
    for (const p of secretariatPeople(governance)) meet(p).secretariat = true;
    for (const p of governance.gcm) meet(p).gcm = true;
    for (const p of membersOf(governance, 'wg')) meet(p).workingGroup = true;
    const chair = chairOf(governance, 'wg');
    if (chair) meet(chair).wgChair = true;
    for (const p of [country.focalPoint, country.deputy]) meet(p).focalPointOf.push(country.code);
    for (const p of country.reviewers) meet(p).reviewerOf.push(country.code);
    for (const partner of governance.partners ?? []) for (const p of partner.contacts) meet(p).partnerOf.push(partner.name);
  }
  for (const member of members.values()) {
    member.focalPointOf = [...new Set(member.focalPointOf)];
    member.partnerOf = [...new Set(member.partnerOf)];
  }
  indexes.set(records, members);
  return members;
}
