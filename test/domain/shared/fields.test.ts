import { describe, expect, it } from 'vitest';
import { email, isoDate } from '../../../domain/shared/fields';
import { InvalidInputError } from '../../../domain/cycle/policy';

const problem = (result: { success: boolean; error?: { issues: { message: string }[] } }) => result.error?.issues[0]?.message;

describe('e-mail addresses', () => {
  it('takes an address in any case and keeps it in lower case', () => {
    expect(email().parse('Lucia.Quispe@Example.org')).toBe('lucia.quispe@example.org');
    expect(email().parse('amina.diallo+wg@mail.example.org')).toBe('amina.diallo+wg@mail.example.org');
  });

  it.each(['lucia.quispe', 'lucia@example', 'lucia quispe@example.org', 'lucia@@example.org', '@example.org', 'lucia@example..org', 42])(
    'refuses %j',
    (value) => {
      expect(problem(email().safeParse(value))).toBe('is not an e-mail address');
    },
  );
});

describe('dates', () => {
  it('takes a calendar date', () => expect(isoDate().parse('2028-02-29')).toBe('2028-02-29'));

  it.each(['2027-02-29', '2027-13-01', '30/04/2027', '2027-4-30'])('refuses %j', (value) => {
    expect(problem(isoDate().safeParse(value))).toBe('must be a date (YYYY-MM-DD)');
  });
});

it('refuses without echoing input at length: each problem is clipped, and only the first ten are listed', () => {
  const error = new InvalidInputError(
    'countries',
    Array.from({ length: 50 }, (_, i) => `countries: ${'X'.repeat(10_000)}${i} is not an ISO 3166-1 alpha-3 code`),
  );
  expect(error.message.length).toBeLessThan(4_000);
  expect(error.problems).toHaveLength(11);
  expect(error.problems.at(-1)).toBe('and 40 more');
  expect(email().safeParse(`${'a'.repeat(300)}@example.org`).error?.issues[0]?.message).toBe(
    'is longer than an e-mail address can be (254 characters)',
  );
});
