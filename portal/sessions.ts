import { createHash, randomBytes } from 'node:crypto';
import type { TaskRef } from '../client/tokens';
import { getJson, type ObjectStore } from '../store/object-store';

// Sessions the portal can end. The cookie holds an unguessable secret; the record it names lives in the
// shared store (so that every replica sees a session end at once), under a digest of the secret, never the
// secret itself, and under its person, so that all of one person's sessions can be ended together. Links
// already used are marked in the same store, and so are the sign-in e-mails each address was sent.

export interface Session {
  email: string;
  /** Set when the session came from an action link: it is good for this task only. */
  task?: TaskRef;
}

interface SessionRecord extends Session {
  expiresAt: string;
}

/** Sign-in e-mails one address may be sent within any hour, by all the portal's replicas together. */
const signInMailsPerAddress = 3;
const signInMailWindowMs = 3_600_000;
const digest = (text: string) => createHash('sha256').update(text).digest('hex');
/** A person's folder: addresses compare without regard to case. */
const personKey = (email: string) => digest(email.trim().toLowerCase());
/** The cookie is `<person key>.<secret>`; anything else names no session. */
const cookiePattern = /^([0-9a-f]{64})\.([A-Za-z0-9_-]{43})$/;

export function sessionStore(store: ObjectStore, lifetimeMs: number, now = Date.now) {
  const keyOf = (person: string, secret: string) => `people/${person}/${digest(secret)}.json`;
  const live = (record: SessionRecord | undefined) => !!record && Date.parse(record.expiresAt) > now();

  /** The keys of a person's records, with what each holds. */
  const recordsOf = async (person: string) => {
    const keys = (await store.list(`people/${person}/`)).map((name) => `people/${person}/${name}`);
    return Promise.all(keys.map(async (key) => ({ key, record: await getJson<SessionRecord>(store, key) })));
  };
  /** The record a cookie names, if it is well formed. */
  const named = (cookie: string | undefined) => {
    const [, person, secret] = cookiePattern.exec(cookie ?? '') ?? [];
    return person && secret ? { person, key: keyOf(person, secret) } : undefined;
  };

  return {
    /** Opens a session; returns the cookie's value. */
    async open(session: Session): Promise<string> {
      const person = personKey(session.email);
      const secret = randomBytes(32).toString('base64url');
      // The person's expired records go: nobody will present them again.
      for (const { key, record } of await recordsOf(person)) if (!live(record)) await store.delete(key);
      const record: SessionRecord = { ...session, expiresAt: new Date(now() + lifetimeMs).toISOString() };
      await store.put(keyOf(person, secret), JSON.stringify(record), 'application/json');
      return `${person}.${secret}`;
    },

    /** The live session a cookie names, if any. */
    async find(cookie: string | undefined): Promise<Session | undefined> {
      const name = named(cookie);
      const record = name && (await getJson<SessionRecord>(store, name.key));
      if (!name || !live(record) || personKey(record!.email) !== name.person) return undefined;
      return { email: record!.email, task: record!.task };
    },

    /** Ends the session a cookie names. */
    async end(cookie: string | undefined): Promise<void> {
      const name = named(cookie);
      if (name) await store.delete(name.key);
    },

    /** Ends every session of a person, on every replica; returns how many were live. */
    async endAllOf(email: string): Promise<number> {
      const records = await recordsOf(personKey(email));
      await Promise.all(records.map(({ key }) => store.delete(key)));
      return records.filter(({ record }) => live(record)).length;
    },

    /** Marks a link used; true the first time only, on whichever replica it is presented. */
    useOnce: (link: string): Promise<boolean> => store.create(`used/${digest(link)}`, new Date(now()).toISOString()),
    wasUsed: async (link: string): Promise<boolean> => (await store.get(`used/${digest(link)}`)) !== undefined,

    /**
     * Whether one more sign-in e-mail may go to this address, three an hour at most, on whichever replica.
     * Each of the person's three slots is taken by writing its next generation if absent, once the
     * latest is an hour old: of replicas that race for it, one wins.
     */
    takeSignInMail: async (email: string): Promise<boolean> => {
      for (let slot = 1; slot <= signInMailsPerAddress; slot++) {
        const folder = `sign-in-mails/${personKey(email)}/${slot}/`;
        const latest = Math.max(0, ...(await store.list(folder)).map(Number).filter(Number.isInteger));
        const takenAt = latest ? Date.parse(String(await store.get(`${folder}${latest}`))) : NaN;
        if (now() - takenAt < signInMailWindowMs) continue;
        if (await store.create(`${folder}${latest + 1}`, new Date(now()).toISOString())) {
          if (latest) await store.delete(`${folder}${latest}`);
          return true;
        }
      }
      return false;
    },
  };
}
