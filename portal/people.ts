import { chairOf, membersOf, secretariatPeople } from '../domain/shared/roles';
import { sameAddress, type Person } from '../domain/shared/country';
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
  const same = (p: { email: string }) => sameAddress(p.email, email);
  let member: Member | undefined;
  const meet = (person: Person) =>
    (member ??= {
      person,
      secretariat: false,
      gcm: false,
      focalPointOf: [],
      reviewerOf: [],
      workingGroup: false,
      wgChair: false,
      partnerOf: [],
    });
  for (const { country, governance } of records) {
    for (const p of secretariatPeople(governance).filter(same)) meet(p).secretariat = true;
    for (const p of governance.gcm.filter(same)) meet(p).gcm = true;
    for (const p of membersOf(governance, 'wg').filter(same)) meet(p).workingGroup = true;
    const chair = chairOf(governance, 'wg');
    if (chair && same(chair)) meet(chair).wgChair = true;
    for (const p of [country.focalPoint, country.deputy].filter(same)) meet(p).focalPointOf.push(country.code);
    for (const p of country.reviewers.filter(same)) meet(p).reviewerOf.push(country.code);
    for (const partner of governance.partners ?? []) for (const p of partner.contacts.filter(same)) meet(p).partnerOf.push(partner.name);
  }
  if (member) {
    member.focalPointOf = [...new Set(member.focalPointOf)];
    member.partnerOf = [...new Set(member.partnerOf)];
  }
  return member;
}
