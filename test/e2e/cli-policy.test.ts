import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { countryRecord, importRegistry } from '../../app/countries';
import { TASK_QUEUE } from '../../client/config';
import { pastCyclesImported, exampleRegistry, fullOutcome, twoCyclesWithoutReport } from '../helpers/fixtures';
import { runCli } from '../helpers/cli';
import { startDevServer } from '../helpers/temporal';
import { startStack, type RunningStack } from '../helpers/worker';
import { realClockYear as Y } from '../helpers/clock';

/** The last year whose cycle has closed, on any day: the year before the real one. */
const last = Y - 2;

// `pathfinder policy dry-run` through the real CLI, against a dev server: Nigeria missed everything in
// the last two closed years (flagged under either rule); Peru missed one criterion in the first and another in the second, which
// only the strict rule flags.
const files = mkdtempSync(join(tmpdir(), 'pathfinder-policy-'));
let stack: RunningStack | undefined;

const pathfinder = (...args: string[]) => runCli(stack!.env.address, ...args);

function policyFile(name: string, content: string): string {
  const path = join(files, name);
  writeFileSync(path, content);
  return path;
}

beforeAll(async () => {
  stack = await startStack(startDevServer, TASK_QUEUE);
  const { client } = stack.env;
  await importRegistry(client, exampleRegistry);
  await twoCyclesWithoutReport(client, 'NGA', last);
  await pastCyclesImported(client, 'PER', [
    { year: last - 1, outcome: { ...fullOutcome, evidenceOfProgress: false } },
    { year: last, outcome: { ...fullOutcome, evidenceOfCollaboration: false } },
  ]);
});
afterAll(() => stack?.stop());

const legend =
  "R19 signs: (a) no progress report, (b) no response to the Working Group's comments, (c) indicator framework not submitted or updated, (d) no evidence of progress against the roadmap, (e) no evidence of collaboration towards priorities";

it('shows what the strict rule would have flagged, and that the default rule changes nothing', { timeout: 60_000 }, async () => {
  // The records take the signals in their own time.
  for (const code of ['NGA', 'PER']) await expect.poll(async () => (await countryRecord(stack!.env.client, code)).cycles.length).toBe(2);
  const strict = policyFile('strict.json', '{"escalation": "any-shortfall"}');
  expect(await pathfinder('policy', 'dry-run', '--file', strict, '--years', `${last - 1}-${last}`)).toEqual({
    code: 0,
    err: '',
    out: [
      `${last - 1}-${last} under any shortfall two years running:`,
      'country  year  did        would      change',
      `NGA      ${last - 1}  -          -          unchanged`,
      `NGA      ${last}  a,c,d,e    a,c,d,e    unchanged`,
      `PER      ${last - 1}  -          -          unchanged`,
      `PER      ${last}  -          d,e        newly flagged`,
      '',
      '4 cycles compared: 1 flagged when they closed, 2 under the proposal; 1 newly flagged, 0 no longer flagged.',
      legend,
      '',
    ].join('\n'),
  });

  // The last year alone still rests on the one before; the default rule flags what was flagged.
  const defaults = policyFile('default.json', '{}');
  const unchanged = await pathfinder('policy', 'dry-run', '--file', defaults, '--years', String(last));
  expect(unchanged.code).toBe(0);
  expect(unchanged.out.split('\n').slice(0, 4)).toEqual([
    `${last} under the same criterion missed two years running:`,
    'country  year  did        would      change',
    `NGA      ${last}  a,c,d,e    a,c,d,e    unchanged`,
    `PER      ${last}  -          -          unchanged`,
  ]);
  expect(unchanged.out).toContain(
    '2 cycles compared: 1 flagged when they closed, 1 under the proposal; 0 newly flagged, 0 no longer flagged.',
  );

  const json = await pathfinder('--json', 'policy', 'dry-run', '--file', strict, '--years', String(last));
  expect(JSON.parse(json.out)).toMatchObject({
    rule: 'any-shortfall',
    years: { from: last, to: last },
    rows: [
      { country: 'NGA', year: last, change: 'unchanged' },
      {
        country: 'PER',
        name: 'Peru',
        year: last,
        would: ['no-evidence-of-progress', 'no-evidence-of-collaboration'],
        change: 'newly flagged',
      },
    ],
    summary: { compared: 2, flaggedBefore: 1, flaggedUnderProposal: 2, newly: 1, noLonger: 0 },
  });

  expect(await pathfinder('policy', 'dry-run', '--file', strict, '--years', String(Y + 3))).toMatchObject({
    code: 0,
    out: `no closed cycles in ${Y + 3}\n`,
  });
});

it('exits 2 naming the field and the reason for a bad policy, a file that is not JSON and bad years', { timeout: 60_000 }, async () => {
  const strict = policyFile('strict.json', '{"escalation": "any-shortfall"}');
  const sometimes = policyFile('sometimes.json', '{"escalation": "sometimes"}');
  expect(await pathfinder('policy', 'dry-run', '--file', sometimes, '--years', String(last))).toEqual({
    code: 2,
    out: '',
    err: 'rejected: invalid cycle policy: escalation: Invalid option: expected one of "same-criterion"|"any-shortfall"\n',
  });
  const notJson = policyFile('not.json', 'escalation: any-shortfall');
  const refused = await pathfinder('policy', 'dry-run', '--file', notJson, '--years', String(last));
  expect(refused.code).toBe(2);
  expect(refused.err.startsWith(`rejected: file: ${notJson} is not valid JSON (`)).toBe(true);

  for (const [years, reason] of [
    [`${Y + 1}-${last}`, `years: ${Y + 1}-${last} ends before it starts`],
    ['soon', 'years: soon is not a year or a range of years such as 2026-2028'],
    ['2000-2100', 'years: 2000-2100 spans more than 30 years'],
  ]) {
    expect(await pathfinder('policy', 'dry-run', '--file', strict, '--years', years!)).toEqual({
      code: 2,
      out: '',
      err: `rejected: ${reason}\n`,
    });
  }
});
