import { describe, expect, it } from 'vitest';
import { SignJWT } from 'jose';
import { registryEntrySigned, signRegistryEntry } from '../../client/registry-signature';
import { signingKeys } from '../../client/tokens';
import { exampleCountries, governance } from '../helpers/fixtures';

// A registry entry is taken by a country's record only when an import signed exactly it, recently, with
// the registry's keys (client/registry-signature.ts).

const keys = signingKeys('reg-1:an-example-registry-secret-0123456789abc');
const peru = { country: exampleCountries[0]!, governance };

describe('registry entry signatures', () => {
  it('hold for the entry signed, whatever the order of its fields, and under a rotated key', async () => {
    const signature = await signRegistryEntry(keys, peru);
    expect(await registryEntrySigned(keys, { governance, country: { ...peru.country } }, signature)).toBe(true);
    const rotated = signingKeys('reg-2:a-newer-example-registry-secret-0123456789,reg-1:an-example-registry-secret-0123456789abc');
    expect(await registryEntrySigned(rotated, peru, signature)).toBe(true);
  });

  it('do not hold for a changed entry, another key, another kind of token, or one signed long ago', async () => {
    const signature = await signRegistryEntry(keys, peru);
    const redirected = { ...peru, country: { ...peru.country, focalPoint: { ...peru.country.focalPoint, email: 'someone@example.net' } } };
    expect(await registryEntrySigned(keys, redirected, signature)).toBe(false);
    expect(await registryEntrySigned(signingKeys('reg-1:a-different-example-secret-0123456789abcdef'), peru, signature)).toBe(false);
    const secret = keys.keys.get('reg-1')!;
    const actionLink = await new SignJWT({ purpose: 'act' })
      .setProtectedHeader({ alg: 'HS256', kid: 'reg-1' })
      .setIssuer('pathfinder-worker')
      .setAudience('pathfinder-portal/act')
      .setSubject(peru.country.code)
      .setExpirationTime('1 hour')
      .sign(secret);
    expect(await registryEntrySigned(keys, peru, actionLink)).toBe(false);
    const old = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256', kid: 'reg-1' })
      .setIssuer('pathfinder-registry-import')
      .setAudience('pathfinder-country')
      .setSubject(peru.country.code)
      .setExpirationTime(Math.floor(Date.now() / 1000) - 60)
      .sign(secret);
    expect(await registryEntrySigned(keys, peru, old)).toBe(false);
    expect(await registryEntrySigned(keys, peru, 'not-a-token')).toBe(false);
  });
});
