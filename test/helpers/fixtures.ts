import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Country, Governance, Person } from '../../domain/country';
import { registrySchema } from '../../domain/registry';
import { defaultPolicy } from '../../domain/policy';
import type { CycleInput } from '../../domain/reporting-cycle-state';
import type { Portal } from '../../activities/email-links';
import { signingKeys } from '../../activities/tokens';

const examples = join(__dirname, '../../examples');

/** The registry and report of `examples/`, which the README walkthrough uses too. */
export const exampleRegistry = registrySchema.parse(JSON.parse(readFileSync(join(examples, 'countries.json'), 'utf8')));
export const exampleCountries: Country[] = exampleRegistry.countries;
export const governance: Governance = { secretariat: exampleRegistry.secretariat, gcm: exampleRegistry.gcm };
export const exampleReport: unknown = JSON.parse(readFileSync(join(examples, 'report.json'), 'utf8'));
export const peru = exampleCountries.find((c) => c.code === 'PER')!;

export const secretariat: Person = exampleRegistry.secretariat;

export function cycleInput(year: number, country: Country = peru): CycleInput {
  return { country, year, policy: defaultPolicy(), secretariat };
}

let ids = 0;
/** A workflow ID no other test uses, in the production shape. */
export const uniqueCycleId = (code: string, year: number) => `reporting-cycle-${code}-${year}-t${process.pid}-${++ids}`;

/** The portal e-mails link to in tests, and its test key (an example value, never a real secret). */
export const testPortalSecret = 'test-only-key:an-example-secret-for-tests-0123456789';
export const testPortal: Portal = { url: 'http://portal.example.org', keys: signingKeys(testPortalSecret) };
