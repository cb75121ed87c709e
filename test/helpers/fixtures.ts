import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Country, Governance, Person } from '../../domain/shared/country';
import { registrySchema } from '../../domain/record/registry';
import { defaultPolicy, type CyclePolicy } from '../../domain/cycle/policy';
import type { CycleInput } from '../../domain/cycle/state';
import type { SubmitReportArgs } from '../../domain/cycle/args';
import type { CycleOutcome } from '../../domain/cycle/report';
import type { Client } from '@temporalio/client';
import type { Portal } from '../../activities/email-links';
import { vi } from 'vitest';
import {
  countryWorkflowId,
  decisionWorkflowId,
  escalationWorkflowId,
  reportingCycleId,
  workflowTypes,
} from '../../domain/shared/workflow-ids';
import { getDecisionQuery, recordMeeting } from '../../workflows/decision/messages';
import { getEscalationQuery } from '../../workflows/escalation/messages';
import { DateTime } from 'luxon';
import { getRecordQuery } from '../../workflows/country/messages';
import { importHistory } from '../../app/history';
import { importRegistry } from '../../app/countries';
import { TASK_QUEUE } from '../../client/config';
import { signingKeys } from '../../client/tokens';

const examples = join(__dirname, '../../examples');

/** The registry and report of `examples/`, which the README walkthrough uses too. */
export const exampleRegistry = registrySchema.parse(JSON.parse(readFileSync(join(examples, 'countries.json'), 'utf8')));
export const exampleCountries: Country[] = exampleRegistry.countries;
export const governance: Governance = { secretariat: exampleRegistry.secretariat, gcm: exampleRegistry.gcm };

/** Where the GCM took a decision (R22), as a decision records it. */
export const gcmMeeting = { how: 'meeting' as const, on: '2028-11-02', reference: 'GCM minutes 2028/4' };
/**
 * A file of examples/ as of the tests' year `year`: the examples are written for the 2027 cycle, so each year
 * of the 2020s and early 2030s in it moves by as many years as `year` is from 2027.
 */
export function exampleIn(year: number, name: string): string {
  return readFileSync(join(examples, name), 'utf8').replace(/(?<![0-9A-Za-z])(202[4-9]|203[0-2])(?![0-9])/g, (y) =>
    String(Number(y) + year - 2027),
  );
}

/** `exampleIn`, written to a fresh temporary file whose path is returned, for the CLI's `--file`. */
export function exampleFileIn(year: number, name: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'pathfinder-example-')), basename(name));
  writeFileSync(path, exampleIn(year, name));
  return path;
}

export const exampleReport = JSON.parse(readFileSync(join(examples, 'report.json'), 'utf8')) as SubmitReportArgs['report'];
export const peru = exampleCountries.find((c) => c.code === 'PER')!;

export const secretariat: Person = exampleRegistry.secretariat;

export function cycleInput(year: number, country: Country = peru): CycleInput {
  return { country, year, policy: defaultPolicy(), secretariat };
}

let ids = 0;
/** A workflow ID no other test uses, in the production shape. */
export const uniqueCycleId = (code: string, year: number) => `reporting-cycle-${code}-${year}-t${process.pid}-${++ids}`;

/** The portal e-mails link to in tests, and the test keys of its two kinds of link (example values, never real secrets). */
export const testActionLinkKeys = 'test-act-key:an-example-action-link-secret-for-tests-0123';
export const testSignInKeys = 'test-sign-in-key:an-example-sign-in-secret-for-tests-4567';
export const testPortal: Portal = { url: 'http://portal.example.org', keys: signingKeys(testActionLinkKeys) };

export const fullOutcome: CycleOutcome = {
  reportSubmitted: true,
  finalised: true,
  indicatorFrameworkUpdated: true,
  evidenceOfProgress: true,
  evidenceOfCollaboration: true,
  commentsUnanswered: false,
};

/** The secretariat imports these countries' registry entries, signed as `countries import` signs them. */
export const registryImported = (client: Client, countries: Country[]): Promise<string[]> =>
  importRegistry(client, { ...governance, countries });

/** The secretariat enters these past cycles into a country's record, as `pathfinder history import` does. */
export async function pastCyclesImported(client: Client, code: string, cycles: { year: number; outcome: CycleOutcome }[]): Promise<void> {
  const rows = cycles.map(({ year, outcome }) => ({ country: code, year, ...outcome }));
  await importHistory(client, { cycles: rows }, { email: governance.secretariat.email, channel: 'cli-operator' });
}

/** The outcome of a cycle that closed without a report. */
export const noOutcome: CycleOutcome = {
  reportSubmitted: false,
  finalised: false,
  indicatorFrameworkUpdated: false,
  evidenceOfProgress: false,
  evidenceOfCollaboration: false,
  commentsUnanswered: false,
};

/**
 * A real reporting cycle of a year whose close has passed: it closes as soon as it starts, without a report,
 * and tells the record, which confirms it with the cycle (and raises a flag if R19 says so). Started directly:
 * the application opens no year that has closed.
 */
export async function cycleClosedWithoutReport(
  client: Client,
  code: string,
  year: number,
  { taskQueue = TASK_QUEUE, policy = defaultPolicy() }: { taskQueue?: string; policy?: CyclePolicy } = {},
): Promise<void> {
  const record = client.workflow.getHandle(countryWorkflowId(code));
  const { country, governance } = await record.query(getRecordQuery);
  await client.workflow.start(workflowTypes.reportingCycle, {
    workflowId: reportingCycleId(code, year),
    taskQueue,
    args: [{ country, year, policy, secretariat: governance.secretariat } satisfies CycleInput],
  });
  await vi.waitUntil(async () => (await record.query(getRecordQuery)).cycles.some((c) => c.year === year), {
    timeout: 30_000,
    interval: 200,
  });
}

/** Two cycles in a row without a report, the last in `lastYear`: the first imported, the last a real cycle (flagged, R19). */
export async function twoCyclesWithoutReport(client: Client, code: string, lastYear: number, taskQueue = TASK_QUEUE): Promise<void> {
  await pastCyclesImported(client, code, [{ year: lastYear - 1, outcome: noOutcome }]);
  await cycleClosedWithoutReport(client, code, lastYear, { taskQueue });
}

/**
 * The GCM decides, at a meeting of all its members with no objection, to open a dialogue with a flagged
 * country (R20): the secretariat records it once the escalation has put the question. Dated the day it was asked.
 */
export async function gcmOpensDialogue(client: Client, code: string, year: number): Promise<void> {
  const decision = client.workflow.getHandle(decisionWorkflowId('gcm', 'dialogue', code, year));
  const asked = await vi.waitUntil(() => decision.query(getDecisionQuery).catch(() => undefined), { timeout: 30_000, interval: 200 });
  const { governance } = await client.workflow.getHandle(countryWorkflowId(code)).query(getRecordQuery);
  await decision.executeUpdate(recordMeeting.update, {
    args: [
      {
        as: governance.secretariat.email,
        heldOn: DateTime.fromISO(asked.askedAt, { zone: defaultPolicy().secretariatZone }).toISODate()!,
        present: governance.gcm.map((m) => m.email),
        minutes: 'GCM meeting: a dialogue is opened',
      },
    ],
  });
  const escalation = client.workflow.getHandle(escalationWorkflowId(code, year));
  await vi.waitUntil(async () => (await escalation.query(getEscalationQuery)).stage === 'dialogue', { timeout: 30_000, interval: 200 });
}

/** The minutes `gcmMeetingDecides` records, as a member typed them. */
export const gcmMeetingMinutes = 'Minutes of the GCM meeting on the proposal';

/**
 * The GCM decides a question an escalation put to it (R21, R22) at a meeting of all its members, recorded by
 * the secretariat and dated the day it was asked; `objections` (member, reason) make it not adopted.
 * Returns the meeting's day.
 */
export async function gcmMeetingDecides(
  client: Client,
  code: string,
  decisionId: string,
  objections: { member: string; reason: string }[] = [],
): Promise<string> {
  const decision = client.workflow.getHandle(decisionId);
  const asked = await vi.waitUntil(() => decision.query(getDecisionQuery).catch(() => undefined), { timeout: 30_000, interval: 200 });
  const { governance } = await client.workflow.getHandle(countryWorkflowId(code)).query(getRecordQuery);
  const heldOn = DateTime.fromISO(asked.askedAt, { zone: defaultPolicy().secretariatZone }).toISODate()!;
  await decision.executeUpdate(recordMeeting.update, {
    args: [
      { as: governance.secretariat.email, heldOn, present: governance.gcm.map((m) => m.email), minutes: gcmMeetingMinutes, objections },
    ],
  });
  return heldOn;
}

/** A small file that passes for a PDF (its magic number and end marker), `size` bytes of filler between. */
export const examplePdf = (size = 2000) => Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(size, 'x'), Buffer.from('\n%%EOF\n')]);

// The people and papers of the rule tests (test/domain/): invented for them, two focal points in different
// zones so that "09:00 in the recipient's zone" is visible in what the tests assert.

const person = (name: string, email: string, zone: string, language: Person['language'] = 'en'): Person => ({
  name,
  email,
  zone,
  language,
});

/** A GCM of three in three zones, so that consensus and one objection show (R11, R20–R22). */
export const gcmOfThree = [
  person('Amara Okafor', 'amara.okafor@gcm.example.org', 'Africa/Lagos'),
  person('Jonas Lind', 'jonas.lind@gcm.example.org', 'Europe/Stockholm'),
  person('Mei Tanaka', 'mei.tanaka@gcm.example.org', 'Asia/Tokyo'),
];
export const governanceOfThree: Governance = { secretariat, gcm: gcmOfThree };

/** Nepal's focal point works in Kathmandu (UTC+05:45); the deputy at the mission in New York. */
export const focalPoint = person('Sita Gurung', 'sita.gurung@labour.example.np', 'Asia/Kathmandu');
export const deputy = person('Ram Thapa', 'ram.thapa@mission.example.np', 'America/New_York');
export const reviewer = person('Claire Dubois', 'claire.dubois@wg.example.org', 'Europe/Zurich', 'fr');
export const secondReviewer = person('Tomás Rivera', 'tomas.rivera@wg.example.org', 'America/Mexico_City', 'es');

export const nepal: Country = { code: 'NPL', name: 'Nepal', status: 'active', focalPoint, deputy, reviewers: [reviewer] };

/** A progress report with the updated indicator framework (R13, R15) that passes every check. */
export function report(overrides: Record<string, unknown> = {}) {
  return {
    progress: [{ objective: 'Child labour free brick kilns', summary: 'Inspections in 40 kilns; 120 children referred to school.' }],
    challenges: 'Seasonal migration makes follow-up of families hard.',
    learningInterests: ['Tracing seasonal migrant families'],
    evidence: [{ kind: 'survey', description: 'Kiln workforce survey, second wave.' }],
    stakeholderParticipation: {
      national: [{ group: 'workers', description: 'Brick workers union on the steering committee.' }],
      international: [{ group: 'international-organisations', description: 'ILO support for the survey.' }],
    },
    collaboration: [{ description: 'Cross-border referral protocol.', partners: ['India'] }],
    preparedThrough: 'National Steering Committee on Child Labour',
    indicatorFramework: {
      updated: true,
      indicators: [{ code: '8.7.1', name: 'Children in child labour (%)', baseline: 15.3, latestValue: 13.9 }],
    },
    ...overrides,
  };
}
