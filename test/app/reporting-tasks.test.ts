import type { Client } from '@temporalio/client';
import { defaultPayloadConverter } from '@temporalio/common';
import { codecSettingsFromEnv } from '../../client/data-converter';
import { EncryptionCodec } from '../../client/payload-codec';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Actor } from '../../app/actor';
import { countryRecord, importRegistry, listCountries } from '../../app/countries';
import { assignReviewers, cycleState, cycleStatus, daysLeft, openYear, submitReport, submitReview, submitRevision } from '../../app/cycles';
import { InputRejected, isRefusal, NotFound, NotNow } from '../../app/errors';
import { TASK_QUEUE } from '../../client/config';
import { InvalidInputError } from '../../domain/cycle/policy';
import { exampleReport, exampleRegistry } from '../helpers/fixtures';
import { startDevServer } from '../helpers/temporal';
import { startStack, type RunningStack } from '../helpers/worker';
import { reportingCycleId } from '../../domain/shared/workflow-ids';
import * as cycleMessages from '../../workflows/reporting-cycle/messages';
import { realClockYear as Y } from '../helpers/clock';

// The application layer that the CLI and the portal share: the secretariat opens a year, a focal point and
// a reviewer take a report through review, and every refusal comes back typed, with nothing changed.

let stack: RunningStack;
let client: Client;
const focalPoint: Actor = { email: 'lucia.quispe@example.org', channel: 'portal-link' };
const deputy: Actor = { email: 'jean.moreau@example.org', channel: 'portal-session' };
const reviewer: Actor = { email: 'amina.diallo@example.org', channel: 'portal-link' };

beforeAll(async () => {
  stack = await startStack(startDevServer, TASK_QUEUE);
  client = stack.env.client;
});
afterAll(() => stack?.stop());

/** What each accepted Update of a run was sent with: its name, `as` and `channel` (decrypted with the key). */
async function acceptedUpdates(workflowId: string) {
  const history = await client.workflow.getHandle(workflowId).fetchHistory();
  const codec = new EncryptionCodec(codecSettingsFromEnv(), 'default');
  const updates: { name: string | null | undefined; as: string; channel: string }[] = [];
  for (const e of history.events ?? []) {
    const request = e.workflowExecutionUpdateAcceptedEventAttributes?.acceptedRequest?.input;
    if (!request) continue;
    const [payload] = await codec.decode([request.args!.payloads![0]!]);
    const args = defaultPayloadConverter.fromPayload<{ as: string; channel: string }>(payload!);
    updates.push({ name: request.name, as: args.as, channel: args.channel });
  }
  return updates;
}

it('opens a year, takes a report through review and revision, and records through which channel each person acted', async () => {
  expect(await importRegistry(client, exampleRegistry)).toEqual(['PER', 'NGA']);
  await expect.poll(async () => (await listCountries(client, { status: 'active' })).map((c) => c.code).sort()).toEqual(['NGA', 'PER']);

  const opened = await openYear(client, { year: Y, now: new Date(`${Y}-01-15T09:00:00Z`) });
  expect(opened).toEqual([
    { country: 'NGA', result: 'started' },
    { country: 'PER', result: 'started' },
  ]);
  expect(await openYear(client, { year: String(Y), countries: ['per'] })).toEqual([{ country: 'PER', result: 'already exists' }]);

  let state = await submitReport(client, { country: 'PER', year: Y, report: exampleReport, actor: focalPoint });
  expect([state.stage, state.round]).toEqual(['in-review', 1]);
  state = await submitReview(client, {
    country: 'PER',
    year: Y,
    decision: 'revise',
    comments: 'Please add the survey results.',
    actor: reviewer,
  });
  expect(state.stage).toBe('awaiting-revision');
  state = await submitRevision(client, { country: 'PER', year: Y, report: exampleReport, actor: deputy });
  expect([state.stage, state.round]).toEqual(['in-review', 2]);
  state = await submitReview(client, { country: 'PER', year: Y, decision: 'accept', comments: '', actor: reviewer });
  expect(state.stage).toBe('finalised');
  // An Update answers with a summary: the reports stay in the cycle, not in every answer.
  expect(state.submissions.map((s) => Object.keys(s).sort())).toEqual([
    ['at', 'by', 'kind', 'late', 'round'],
    ['at', 'by', 'kind', 'late', 'round'],
  ]);

  expect(await acceptedUpdates(reportingCycleId('PER', Y))).toEqual([
    { name: 'submitReport', as: focalPoint.email, channel: 'portal-link' },
    { name: 'submitReview', as: reviewer.email, channel: 'portal-link' },
    { name: 'submitRevision', as: deputy.email, channel: 'portal-session' },
    { name: 'submitReview', as: reviewer.email, channel: 'portal-link' },
  ]);
  // The cycle keeps the same in its audit trail, for the dossier.
  expect((await cycleState(client, 'PER', Y)).audit!.map(({ task, as, channel, outcome }) => [task, as, channel, outcome])).toEqual([
    ['submitReport', focalPoint.email, 'portal-link', 'accepted'],
    ['submitReview', reviewer.email, 'portal-link', 'accepted'],
    ['submitRevision', deputy.email, 'portal-session', 'accepted'],
    ['submitReview', reviewer.email, 'portal-link', 'accepted'],
  ]);

  const status = await cycleStatus(client, Y);
  expect(status.map((s) => [s.country.code, s.stage])).toEqual([
    ['NGA', 'awaiting-submission'],
    ['PER', 'finalised'],
  ]);
  expect(daysLeft(status[1]!)).toBeUndefined();
  expect(daysLeft(status[0]!, new Date(`${Y}-04-20T12:00:00Z`))).toBe(10);
  expect(daysLeft(status[0]!, new Date(`${Y}-05-03T12:00:00Z`))).toBe(-3);
});

it('refuses bad input, unknown addresses and tasks out of time with typed errors, and changes nothing', async () => {
  const refusal = async (call: Promise<unknown>) => {
    const error = await call.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(isRefusal(error)).toBe(true);
    return error as Error;
  };

  expect(await refusal(openYear(client, { year: 'soon' }))).toEqual(new InputRejected('year: soon is not a year'));
  expect(await refusal(openYear(client, { year: Y, countries: ['FRANCE'] }))).toEqual(
    new InputRejected('country: FRANCE is not an ISO 3166-1 alpha-3 code'),
  );
  expect(await refusal(openYear(client, { year: Y, countries: ['FRA'] }))).toEqual(
    new NotFound('country: FRA is not registered (pathfinder countries import <file>)'),
  );
  const closed = await refusal(openYear(client, { year: Y - 1, now: new Date(`${Y - 1}-10-01T00:00:00Z`) }));
  expect(closed).toEqual(new NotNow(`year: the ${Y - 1} cycle closed on ${Y - 1}-09-30`));
  // The application layer's own refusals carry their reasons too, for a page to say in its reader's language.
  expect((closed as NotNow).reasons).toEqual([{ code: 'yearClosed', year: Y - 1, closesAt: `${Y - 1}-09-30T23:59:59.000+02:00` }]);
  expect(await refusal(openYear(client, { year: Y + 3, policy: { secretariatZone: 'Mars/Olympus' } }))).toBeInstanceOf(InvalidInputError);
  expect(await refusal(importRegistry(client, { countries: [] }))).toBeInstanceOf(InvalidInputError);
  expect(await refusal(countryRecord(client, 'FRA'))).toBeInstanceOf(NotFound);

  const ngaNow = async () => (await cycleStatus(client, Y)).find((s) => s.country.code === 'NGA')!;
  await expect.poll(async () => (await ngaNow()).outbox).toEqual([]); // the call for reports is out
  const before = await ngaNow();
  const intruder: Actor = { email: 'nobody@example.org', channel: 'portal-session' };
  const intruded = await refusal(submitReport(client, { country: 'NGA', year: Y, report: exampleReport, actor: intruder }));
  expect(intruded).toEqual(new InputRejected('invalid sender: as: nobody@example.org is not the focal point or deputy of NGA'));
  // The workflow's reason comes as data too, for a page to say in its reader's language; a schema's problems carry none.
  expect((intruded as InputRejected).reasons).toEqual([
    { code: 'notSender', as: 'nobody@example.org', who: { role: 'focalPoint', country: { code: 'NGA', name: 'Nigeria' } } },
  ]);
  const chidi: Actor = { email: 'chidi.okafor@example.org', channel: 'portal-link' };
  const malformed = await refusal(submitReport(client, { country: 'NGA', year: Y, report: { progress: 'a few words' }, actor: chidi }));
  expect(malformed.message).toMatch(/^invalid report submission: report.progress: /);
  expect((malformed as InputRejected).reasons).toBeUndefined();
  expect(
    await refusal(submitReview(client, { country: 'NGA', year: Y, decision: 'accept', comments: '', actor: reviewer })),
  ).toBeInstanceOf(InputRejected);
  // Nothing changed but the audit trail, which keeps each refusal with its reason; a raw signal is marked as such.
  await client.workflow
    .getHandle(reportingCycleId('NGA', Y))
    .signal(cycleMessages.submitReport.signal, { as: 'someone@example.org', report: exampleReport });
  await expect.poll(async () => (await ngaNow()).audit?.length).toBe(4);
  const { audit, ...after } = await ngaNow();
  const { audit: _none, ...unchanged } = before;
  expect(after).toEqual({ ...unchanged, rejectedSignals: [expect.objectContaining({ name: 'submitReport' })] });
  expect(audit!.map(({ task, as, channel, outcome }) => [task, as, channel, outcome])).toEqual([
    ['submitReport', 'nobody@example.org', 'portal-session', 'refused'],
    ['submitReport', chidi.email, 'portal-link', 'refused'],
    ['submitReview', reviewer.email, 'portal-link', 'refused'],
    ['submitReport', 'someone@example.org', 'raw signal', 'refused'],
  ]);
  expect(audit![0]!.reason).toBe('invalid sender: as: nobody@example.org is not the focal point or deputy of NGA');
  // The trail keeps the workflow's reasons beside its words, as the refusal gave them; a schema's problems have none.
  expect(audit![0]!.reasons).toEqual((intruded as InputRejected).reasons);
  expect(audit![1]).not.toHaveProperty('reasons');
  expect(audit![3]!.reasons).toEqual([expect.objectContaining({ code: 'notSender', as: 'someone@example.org' })]);

  // Nobody reviews their own country's report: not from the registry, nor by reassignment.
  const [peru] = exampleRegistry.countries;
  const selfReview = { ...exampleRegistry, countries: [{ ...peru!, reviewers: [peru!.deputy] }] };
  expect((await refusal(importRegistry(client, selfReview))).message).toContain(
    "countries.0.reviewers: may not include the country's own focal point or deputy",
  );
  const secretariat: Actor = { email: exampleRegistry.secretariat.email, channel: 'portal-session' };
  expect(
    (
      await refusal(
        assignReviewers(client, {
          country: 'NGA',
          year: Y,
          reviewers: [{ name: 'Chidi Okafor', email: 'chidi.okafor@example.org' }],
          actor: secretariat,
        }),
      )
    ).message,
  ).toBe('invalid reviewer assignment: reviewers: chidi.okafor@example.org is a focal point of NGA: nobody reviews their own report');

  const missing = await refusal(submitReport(client, { country: 'NGA', year: Y + 4, report: exampleReport, actor: chidi }));
  expect(missing).toEqual(new NotFound(`country/year: NGA has no ${Y + 4} reporting cycle (pathfinder cycle start --year ${Y + 4})`));
  expect((missing as NotFound).reasons).toEqual([{ code: 'notFound', what: 'cycle', country: 'NGA', year: Y + 4, withCommand: true }]);
});
