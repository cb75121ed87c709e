import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { sessionStore } from '../../portal/sessions';
import { folderStore } from '../../store/object-store';

// Sign-in e-mails to one address are counted in the shared store: three within any hour, whichever replica
// is asked, and one more as soon as the oldest of them is an hour old.

it('allows three sign-in e-mails an hour to an address, counted across replicas, and one more once the first is an hour old', async () => {
  let clock = Date.parse('2027-03-01T10:59:30Z'); // the hour turns while they ask
  const shared = folderStore(mkdtempSync(join(tmpdir(), 'pathfinder-sessions-')));
  const [one, two] = [sessionStore(shared, 3_600_000, () => clock), sessionStore(shared, 3_600_000, () => clock)];
  const ask = async (replica: typeof one) => {
    clock += 20_000;
    return replica.takeSignInMail('Amina.Diallo@example.org');
  };
  expect([await ask(one), await ask(two), await ask(one), await ask(two), await ask(one)]).toEqual([true, true, true, false, false]);
  expect(await two.takeSignInMail('ravi.menon@example.org')).toBe(true); // another address counts on its own

  clock = Date.parse('2027-03-01T10:59:50Z') + 3_600_000; // the first is an hour old, the second not yet
  expect(await two.takeSignInMail('amina.diallo@example.org')).toBe(true);
  expect(await one.takeSignInMail('amina.diallo@example.org')).toBe(false);
});

it('gives a slot to one replica only when two race for it', async () => {
  const clock = Date.parse('2027-03-01T09:00:00Z');
  const shared = folderStore(mkdtempSync(join(tmpdir(), 'pathfinder-sessions-')));
  const replicas = Array.from({ length: 6 }, () => sessionStore(shared, 3_600_000, () => clock));
  const taken = await Promise.all(replicas.map((replica) => replica.takeSignInMail('amina.diallo@example.org')));
  expect(taken.filter(Boolean)).toHaveLength(3);
});
