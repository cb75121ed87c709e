import { DateTime } from 'luxon';
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { dirname, join } from 'node:path';
import { historyFromJSON } from '@temporalio/common/lib/proto-utils';
import { temporal } from '@temporalio/proto';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { TASK_QUEUE } from '../../client/config';
import { countryRecord } from '../../app/countries';
import { reportingCycleId } from '../../domain/shared/workflow-ids';
import { getCycleQuery } from '../../workflows/reporting-cycle/messages';
import { exampleFileIn, exampleIn, twoCyclesWithoutReport } from '../helpers/fixtures';
import { runCli, runCliWith } from '../helpers/cli';
import type { MailCatcher } from '../../scripts/mail-catcher';
import { startDevServer, workflowBundle } from '../helpers/temporal';
import { dataConverterFromEnv } from '../../client/data-converter';
import { startStack, type RunningStack } from '../helpers/worker';
import { realClockYear as Y } from '../helpers/clock';
import { kindOf } from '../helpers/mail';

/** The last year whose cycle has closed, on any day: the year before the real one. */
const last = Y - 2;

// The secretariat's, focal points' and reviewers' path through the real CLI, against a dev server.
const root = join(__dirname, '../..');
let env: TestWorkflowEnvironment;
let mail: MailCatcher;
let publishDir: string;
let stack: RunningStack | undefined;

beforeAll(async () => {
  stack = await startStack(startDevServer, TASK_QUEUE);
  ({ env, mail, publishDir } = stack);
});
afterAll(() => stack?.stop());

const pathfinder = (...args: string[]) => runCli(env.address, ...args);

/** An example history file in these years, beside the documents its rows name, imported into the stack's document store. */
function historyFile(year: number, name: string): string {
  const file = exampleFileIn(year, name);
  cpSync(join(root, 'examples/history'), join(dirname(file), 'history'), { recursive: true });
  return file;
}
const importHistory = (file: string, ...as: string[]) =>
  runCliWith({ DOCUMENTS_DIR: stack!.documentsDir }, env.address, 'history', 'import', file, ...as);

it('imports countries, opens a cycle, takes a report through review and revision to publication', async () => {
  const imported = await pathfinder('countries', 'import', 'examples/countries.json');
  expect(imported).toMatchObject({ code: 0, out: 'imported 2 countries: PER, NGA\n' });
  await expect.poll(async () => (await pathfinder('countries', 'list')).out, { timeout: 10_000 }).toContain('PER  active');

  const started = await pathfinder('cycle', 'start', '--year', String(Y));
  expect(started.out).toBe('NGA  started\nPER  started\n');
  const again = await pathfinder('cycle', 'start', '--year', String(Y), '--country', 'PER');
  expect(again).toMatchObject({ code: 0, out: 'PER  already exists\n' });

  const submit = ['--country', 'PER', '--year', String(Y), '--file', 'examples/report.json'];
  expect(await pathfinder('report', 'submit', ...submit, '--as', 'nobody@example.org')).toMatchObject({
    code: 2,
    err: 'rejected: invalid sender: as: nobody@example.org is not the focal point or deputy of PER\n',
  });
  expect((await pathfinder('report', 'submit', ...submit.slice(0, 1), 'FRA', ...submit.slice(2), '--as', 'a@example.org')).code).toBe(2);
  expect(await pathfinder('report', 'submit', ...submit, '--as', 'lucia.quispe@example.org')).toMatchObject({
    code: 0,
    out: `report received; PER ${Y}: in-review, round 1\n`,
  });
  // The cycle's audit trail: the refusal and the report, each entered by the operator's account on behalf of --as.
  const trail = (await env.client.workflow.getHandle(reportingCycleId('PER', Y)).query(getCycleQuery)).audit!;
  expect(trail.map(({ task, as, channel, operator, outcome }) => [task, as, channel, operator, outcome])).toEqual([
    ['submitReport', 'nobody@example.org', 'cli-operator', userInfo().username, 'refused'],
    ['submitReport', 'lucia.quispe@example.org', 'cli-operator', userInfo().username, 'accepted'],
  ]);

  const comments = join(mkdtempSync(join(tmpdir(), 'pathfinder-cli-')), 'comments.txt');
  writeFileSync(comments, 'Please add the survey results.\n');
  const review = ['review', 'submit', '--country', 'PER', '--year', String(Y), '--as', 'amina.diallo@example.org', '--met', 'b,c,d,e'];
  expect(await pathfinder(...review, '--decision', 'revise', '--comments-file', comments)).toMatchObject({
    code: 0,
    out: `review recorded; PER ${Y}: awaiting-revision, round 1\n`,
  });
  expect(await pathfinder('revision', 'submit', ...submit, '--as', 'jean.moreau@example.org')).toMatchObject({
    code: 0,
    out: `revision received; PER ${Y}: in-review, round 2\n`,
  });
  expect(await pathfinder(...review, '--decision', 'accept')).toMatchObject({
    code: 0,
    out: `review recorded; PER ${Y}: finalised, round 2\n`,
  });

  await expect.poll(() => existsSync(join(publishDir, 'PER', String(Y), 'report.json')), { timeout: 10_000 }).toBe(true);
  let status = '';
  await expect
    .poll(async () => (status = (await pathfinder('cycle', 'status', '--year', String(Y))).out), { timeout: 20_000 })
    .toMatch(new RegExp(String.raw`PER {2}finalised +${Y}-04-30 +round 2`));
  expect(status).toMatch(new RegExp(String.raw`NGA {2}awaiting-submission +${Y}-04-30 +\d+ days left +round 0`));

  // The feedback reached the focal points by e-mail, in their languages.
  const feedback = await mail.waitFor(2, (x) => kindOf(x) === 'feedback');
  expect(feedback.map((x) => x.subject).sort()).toEqual([
    `Perú: comentarios del Grupo de Trabajo sobre el informe ${Y}`,
    `Pérou\u00a0: commentaires du Groupe de travail sur le rapport ${Y}`,
  ]);
  expect(feedback[0]!.text).toContain('Please add the survey results.');

  // Administrators find the run by its search attributes.
  const found = [];
  for await (const run of env.client.workflow.list({ query: `CountryCode = 'PER' AND CycleYear = ${Y} AND CycleStage = 'finalised'` }))
    found.push(run.workflowId);
  expect(found).toEqual([`reporting-cycle-PER-${Y}`]);
});

it('exits 2 with the field and reason for bad input, 1 when the server is unreachable', async () => {
  expect(await pathfinder('cycle', 'start', '--year', 'soon')).toMatchObject({ code: 2, err: 'rejected: year: soon is not a year\n' });
  const badPolicy = join(mkdtempSync(join(tmpdir(), 'pathfinder-cli-')), 'policy.json');
  writeFileSync(badPolicy, JSON.stringify({ secretariatZone: 'Mars/Olympus' }));
  expect(await pathfinder('cycle', 'start', '--year', String(Y + 1), '--policy', badPolicy)).toMatchObject({
    code: 2,
    err: 'rejected: invalid cycle policy: secretariatZone: is not a known IANA time zone\n',
  });
  // A report too large for a workflow's history is refused before it is sent, naming the limit.
  const huge = join(mkdtempSync(join(tmpdir(), 'pathfinder-cli-')), 'report.json');
  writeFileSync(
    huge,
    JSON.stringify({
      ...JSON.parse(readFileSync(join(root, 'examples/report.json'), 'utf8')),
      learningInterests: Array.from({ length: 20 }, () => 'x'.repeat(19_000)),
    }),
  );
  const tooLarge = await pathfinder(
    'report',
    'submit',
    '--country',
    'PER',
    '--year',
    String(Y),
    '--file',
    huge,
    '--as',
    'lucia.quispe@example.org',
  );
  expect(tooLarge.code).toBe(2);
  expect(tooLarge.err).toMatch(/^rejected: report: \d+ KB is larger than 128 KB; put long texts in an attached document\n$/);
  const unreachable = await new Promise<{ code: number; err: string }>((resolve) =>
    execFile('node', [join(root, 'bin/pathfinder.js'), '--address', '127.0.0.1:1', 'countries', 'list'], (error, _out, err) =>
      resolve({ code: Number(error?.code ?? 0), err }),
    ),
  );
  expect(unreachable.code).toBe(1);
  expect(unreachable.err).toContain('hint: is a Temporal server reachable');
});

it('takes a flagged country through the GCM, inactivity and reactivation, and shows its history', { timeout: 180_000 }, async () => {
  await pathfinder('countries', 'import', 'examples/countries.json');
  await twoCyclesWithoutReport(env.client, 'NGA', last);
  const escalation = ['--country', 'NGA', '--year', String(last)];
  await expect
    .poll(async () => (await pathfinder('gcm', 'status', ...escalation)).out, { timeout: 10_000 })
    .toBe(`NGA escalation ${last}: awaiting-gcm, 0 dialogue record(s)\n`);
  // R20: the GCM decides, by silence procedure, to open a dialogue; the Chair circulates it, nobody objects by its last day.
  const dialogueDecision = ['--id', `decision-gcm-dialogue-NGA-${last}`];
  const until = DateTime.now().setZone('Europe/Zurich').plus({ days: 1 }).toISODate()!;
  expect(
    await pathfinder('decisions', 'circulate', ...dialogueDecision, '--until', until, '--as', 'tomas.ferreira@example.org'),
  ).toMatchObject({
    code: 2,
    err: 'rejected: invalid sender: as: tomas.ferreira@example.org is not the secretariat or the chair of the GCM\n',
  });
  expect(await pathfinder('decisions', 'circulate', ...dialogueDecision, '--as', 'helena.sorensen@example.org')).toMatchObject({ code: 0 });
  expect(
    await pathfinder(
      'decisions',
      'answer',
      ...dialogueDecision,
      '--object',
      'Nigeria reported late; its report is in',
      '--as',
      'tomas.ferreira@example.org',
    ),
  ).toMatchObject({
    code: 0,
    out: 'objection recorded: the question goes to the next meeting\n',
  });
  const today = DateTime.now().setZone('Europe/Zurich').toISODate()!;
  expect(
    await pathfinder(
      'decisions',
      'record-meeting',
      ...dialogueDecision,
      '--held-on',
      today,
      '--present',
      'helena.sorensen@example.org,tomas.ferreira@example.org',
      '--minutes',
      'GCM minutes 3',
      '--as',
      'ines.bauer@example.org',
    ),
  ).toMatchObject({ code: 0, out: `adopted on ${today}\n` });
  await expect
    .poll(async () => (await pathfinder('gcm', 'status', ...escalation)).out, { timeout: 10_000 })
    .toBe(`NGA escalation ${last}: dialogue, 0 dialogue record(s)\n`);

  expect(
    await pathfinder('gcm', 'decide', ...escalation, '--decision', 'inactive', '--reason', 'x', '--as', 'helena.sorensen@example.org'),
  ).toMatchObject({
    code: 2,
    err: "rejected: invalid GCM decision: decision: a country may be proposed inactive only once support has ended without it being ready: the sub-group's final check-in says so, or its mandate has run out (R21, R22)\n",
  });
  expect(
    await pathfinder('gcm', 'dialogue', ...escalation, '--file', 'examples/dialogue.json', '--as', 'nobody@example.org'),
  ).toMatchObject({ code: 2, err: 'rejected: invalid sender: as: nobody@example.org is not a member of the GCM\n' });
  expect(
    await pathfinder('gcm', 'dialogue', ...escalation, '--file', 'examples/dialogue.json', '--as', 'helena.sorensen@example.org'),
  ).toMatchObject({ code: 0, out: `dialogue recorded; NGA escalation ${last}: dialogue, 1 dialogue record(s)\n` });
  expect(
    await pathfinder(
      'gcm',
      'support',
      ...escalation,
      '--mechanism',
      'II,IV',
      '--member',
      'Sam Okoro:sam.okoro@example.org',
      '--as',
      'tomas.ferreira@example.org',
    ),
  ).toMatchObject({
    code: 0,
    out: `support sub-group proposed to the GCM; NGA escalation ${last}: dialogue, 1 dialogue record(s), proposal before the GCM: support (pathfinder decisions show --id decision-gcm-support-NGA-${last}-1)\n`,
  });
  // The secretariat records the GCM's meeting that decided it, held today.
  const meeting = (id: string) => [
    'decisions',
    'record-meeting',
    '--id',
    id,
    '--held-on',
    today,
    '--present',
    'helena.sorensen@example.org,tomas.ferreira@example.org',
    '--minutes',
    `GCM minutes ${last + 1}/4`,
    '--as',
    'secretariat@example.org',
  ];
  await expect
    .poll(async () => (await pathfinder(...meeting(`decision-gcm-support-NGA-${last}-1`))).out, { timeout: 10_000 })
    .toBe(`adopted on ${today}\n`);
  await expect
    .poll(
      async () =>
        (await pathfinder('support', 'check-in', ...escalation, '--note', 'No meeting held', '--end', '--as', 'sam.okoro@example.org')).out,
      { timeout: 10_000 },
    )
    .toBe('check-in recorded (1 so far)\n');
  const decideInactive = [
    'gcm',
    'decide',
    ...escalation,
    '--decision',
    'inactive',
    '--reason',
    'No coordination mechanism',
    '--as',
    'helena.sorensen@example.org',
  ];
  // The GCM decides by its own procedure: a date typed by hand is refused.
  expect(await pathfinder(...decideInactive, '--meeting', `${Y + 1}-11-02`)).toMatchObject({
    code: 2,
    err: 'rejected: meeting/written-procedure/reference: the GCM decides this as a body; propose it without them\n',
  });
  await expect.poll(async () => (await pathfinder(...decideInactive)).code, { timeout: 10_000 }).toBe(0);
  expect((await pathfinder(...meeting(`decision-gcm-inactive-NGA-${last}-1`))).out).toBe(`adopted on ${today}\n`);
  await expect
    .poll(async () => (await pathfinder('countries', 'list', '--status', 'inactive')).out, { timeout: 10_000 })
    .toMatch(/^NGA {2}inactive/);

  const request = ['reactivation', 'request', '--country', 'NGA', '--as', 'chidi.okafor@example.org', '--file'];
  const incomplete = join(mkdtempSync(join(tmpdir(), 'pathfinder-cli-')), 'request.json');
  writeFileSync(incomplete, JSON.stringify({ progressReport: 'filed', indicatorFramework: 'updated', letter: { summary: 'we recommit' } }));
  expect(await pathfinder(...request, incomplete)).toMatchObject({
    code: 2,
    err: "rejected: invalid reactivation request: request.report: is required: a progress report in the annual report's form (R15)\n",
  });
  expect(await pathfinder(...request, 'examples/reactivation-request.json')).toMatchObject({
    code: 0,
    out: 'reactivation request filed; the secretariat verifies it (reactivation-NGA-1)\n',
  });
  expect(
    await pathfinder(
      'reactivation',
      'verify',
      '--country',
      'NGA',
      '--verified',
      '--note',
      'Evidence checked',
      '--as',
      'secretariat@example.org',
    ),
  ).toMatchObject({
    code: 0,
    out: 'reactivation reactivated; the GCM is asked to take note as a body (decisions show --id decision-gcm-reactivation-NGA-1)\n',
  });
  await expect
    .poll(async () => (await pathfinder('countries', 'list', '--status', 'active')).out, { timeout: 10_000 })
    .toMatch(/NGA {2}active/);

  const shown = (await pathfinder('country', 'show', 'NGA')).out;
  expect(shown).toMatch(/^Nigeria \(NGA\): active since \d{4}-\d\d-\d\d\n/);
  expect(shown).toMatch(/roadmap v1 \(\d{4}-\d\d-\d\d\): Priority area 3 now covers forced labour/);
  expect(shown).toContain(
    `\n${last}  closed-without-report        no      yes       no         no        no             no-report, indicator-framework-not-updated,`,
  );
  expect(shown).toContain(`imported from before this system: ${last - 1}\n`);
  for (const step of [
    `flagged to the GCM after ${last - 1} and ${last}`,
    `GCM escalation ${last}: dialogue on compliance and progress recorded by helena.sorensen@example.org`,
    'support sub-group formed (mechanism II, IV)',
    'support check-in by sam.okoro@example.org: No meeting held',
    'status inactive: declared inactive by the GCM: No coordination mechanism',
    'reactivation requested by chidi.okafor@example.org',
    'status active: reactivated: Evidence checked',
  ]) {
    expect(shown).toContain(step);
  }
});

it("enters the Alliance's past cycles from a file, all rows or none", async () => {
  // The example's years, 2025 and 2026, moved to two long-closed years no other test uses.
  const file = historyFile(Y - 3, 'history.json');
  const [first, second] = [Y - 5, Y - 4];
  const rows = (JSON.parse(readFileSync(file, 'utf8')) as { cycles: { year: number }[] }).cycles;
  rows[3]!.year = Y;
  const notClosed = join(dirname(file), 'not-closed.json');
  writeFileSync(notClosed, JSON.stringify({ cycles: rows }));
  const yearsOf = async (code: string) => (await countryRecord(env.client, code)).cycles.map((c) => c.year);
  const before = { PER: await yearsOf('PER'), NGA: await yearsOf('NGA') };
  const as = ['--as', 'secretariat@example.org'];

  expect(await importHistory(notClosed, ...as)).toEqual({
    code: 2,
    out: '',
    err: `rejected: invalid history ${notClosed}: cycles.3.year: the ${Y} cycle has not closed yet; it is run here\n`,
  });
  expect({ PER: await yearsOf('PER'), NGA: await yearsOf('NGA') }).toEqual(before); // Peru's rows were sound, and not taken either

  expect(await importHistory(file, ...as)).toEqual({
    code: 0,
    err: '',
    out: `imported past cycles of 2 countries\nPER: ${first}, ${second}\nNGA: ${first}, ${second}\n`,
  });
  const shown = (await pathfinder('country', 'show', 'NGA')).out;
  expect(shown).toContain(`\n${first}  closed-without-finalisation  yes     no        no         yes       yes\n`);
  expect(shown).toContain(`\n${second}  closed-without-report        no      yes       no         no        no\n`);
  expect(shown).toMatch(new RegExp(`imported from before this system: ${first}, ${second}\\b`));
  expect(shown).toContain(`past cycles imported: ${first}, ${second} (by secretariat@example.org)`);
  const again = await importHistory(file, ...as);
  expect(again.code).toBe(2);
  expect(again.err).toContain(`cycles.0.year: ${first} is already on record for PER`);

  // The same rows as CSV, two years earlier.
  const csv = historyFile(Y - 5, 'history.csv');
  expect(await importHistory(csv, ...as)).toEqual({
    code: 0,
    err: '',
    out: `imported past cycles of 2 countries\nPER: ${first - 2}, ${second - 2}\nNGA: ${first - 2}, ${second - 2}\n`,
  });
  expect((await pathfinder('country', 'show', 'NGA')).out).toContain(
    `\n${first - 2}  closed-without-finalisation  yes     no        no         yes       yes\n`,
  );
  // Peru's report of that year came with it, from the CSV's documents column.
  expect((await pathfinder('country', 'show', 'PER')).out).toMatch(
    new RegExp(`\\n  ${first - 2} document peru-progress-report\\.pdf  sha256 [0-9a-f]{64}\\n`),
  );
});

it('creates, shows and deletes the yearly schedule', async () => {
  expect(await pathfinder('schedule', 'create')).toMatchObject({
    code: 0,
    out: 'schedule annual-cycle-schedule: every year on 15 january at 9:00 Europe/Zurich\n',
  });
  expect((await pathfinder('schedule', 'create')).code).toBe(2);
  const shown = await pathfinder('schedule', 'show');
  expect(shown.out).toMatch(/^schedule annual-cycle-schedule\nnext: \d{4}-01-15T08:00:00\.000Z/);
  expect(await pathfinder('schedule', 'delete')).toMatchObject({ code: 0, out: 'schedule annual-cycle-schedule deleted\n' });
  expect((await pathfinder('schedule', 'show')).code).toBe(2);
});

// Some thirty CLI runs, each a process of its own, and two decisions of the GCM: longer than the default.
it('takes a candidate from its expression of interest to pathfinder status, then a roadmap update', { timeout: 180_000 }, async () => {
  await pathfinder('countries', 'import', 'examples/countries.json');
  const noDeputy = join(mkdtempSync(join(tmpdir(), 'pathfinder-cli-')), 'eoi.json');
  const { deputy: _, ...eoi } = JSON.parse(exampleIn(Y, 'candidacy/eoi.json')) as Record<string, unknown>;
  writeFileSync(noDeputy, JSON.stringify(eoi));
  expect(await pathfinder('candidacy', 'start', '--file', noDeputy)).toMatchObject({
    code: 2,
    err: 'rejected: invalid expression of interest: deputy: is required: an expression of interest names a focal point and a deputy\n',
  });
  expect(await pathfinder('candidacy', 'start', '--file', exampleFileIn(Y, 'candidacy/eoi.json'))).toMatchObject({
    code: 0,
    out: 'candidacy of Chile (CHL) opened; the secretariat acknowledges it next\n',
  });
  expect((await pathfinder('candidacy', 'start', '--file', exampleFileIn(Y, 'candidacy/eoi.json'))).code).toBe(2);

  const chl = ['--country', 'CHL'];
  const valentina = ['--as', 'valentina.rojas@example.org'];
  expect(
    await pathfinder(
      'candidacy',
      'acknowledge',
      ...chl,
      '--reviewer',
      'Amina Diallo:amina.diallo@example.org',
      '--as',
      'secretariat@example.org',
    ),
  ).toMatchObject({ code: 0, out: 'CHL candidacy: planning, attempt 1\n' });
  for (const step of ['timeline', 'stakeholders', 'situation', 'workshop', 'roadmap']) {
    expect(await pathfinder('candidacy', step, ...chl, '--file', exampleFileIn(Y, `candidacy/${step}.json`), ...valentina)).toMatchObject({
      code: 0,
    });
  }
  expect(
    await pathfinder(
      'candidacy',
      'present',
      ...chl,
      '--file',
      exampleFileIn(Y, 'candidacy/presentation.json'),
      '--as',
      'secretariat@example.org',
    ),
  ).toMatchObject({ code: 0, out: 'CHL candidacy: gcm-review, attempt 1\n' });
  expect(
    await pathfinder(
      'candidacy',
      'feedback',
      ...chl,
      '--file',
      exampleFileIn(Y, 'candidacy/feedback.json'),
      '--as',
      'helena.sorensen@example.org',
    ),
  ).toMatchObject({
    code: 0,
    out: 'CHL candidacy: gcm-review, attempt 1; feedback draft before the GCM (decisions show --id decision-gcm-feedback-CHL-1)\n',
  });
  // The feedback is the GCM's once adopted as a body, here at a meeting; only then may the candidate follow it up.
  const adopted = DateTime.now().setZone('Europe/Zurich').toISODate()!;
  await expect.poll(async () => (await pathfinder('decisions', 'list')).out).toContain('decision-gcm-feedback-CHL-1  awaiting-procedure');
  expect(
    await pathfinder(
      'decisions',
      'record-meeting',
      ...['--id', 'decision-gcm-feedback-CHL-1', '--held-on', adopted, '--minutes', 'GCM meeting, item 1'],
      ...['--present', 'helena.sorensen@example.org,tomas.ferreira@example.org', '--as', 'secretariat@example.org'],
    ),
  ).toMatchObject({ code: 0, out: `adopted on ${adopted}\n` });
  await expect
    .poll(async () => (await pathfinder('candidacy', 'status', ...chl)).out)
    .toContain(`GCM feedback adopted on ${adopted} at a meeting`);
  expect(
    await pathfinder('candidacy', 'follow-up', ...chl, '--response', 'Survivors join the coordination body', ...valentina),
  ).toMatchObject({ code: 0 });
  expect(await pathfinder('candidacy', 'position', ...chl, '--position', 'object', '--as', 'tomas.ferreira@example.org')).toMatchObject({
    code: 2,
    err: 'rejected: invalid position: reason: is required with an objection: say what is missing\n',
  });
  expect(await pathfinder('candidacy', 'position', ...chl, '--position', 'support', '--as', 'tomas.ferreira@example.org')).toMatchObject({
    code: 0,
    out: 'CHL candidacy: gcm-review, attempt 1\n',
  });
  // Positions are the members' input: the GCM decides as a body, here at a meeting the secretariat records.
  expect(await pathfinder('candidacy', 'position', ...chl, '--position', 'support', '--as', 'helena.sorensen@example.org')).toMatchObject({
    code: 0,
    out: 'CHL candidacy: gcm-review, attempt 1\n',
  });
  const grant = 'decision-gcm-grant-CHL-1';
  await expect
    .poll(async () => (await pathfinder('decisions', 'list')).out)
    .toContain(`${grant}  awaiting-procedure  grant pathfinder status to Chile`);
  const today = DateTime.now().setZone('Europe/Zurich').toISODate()!;
  const meeting = ['--id', grant, '--held-on', today, '--minutes', 'GCM meeting, item 2', '--as', 'secretariat@example.org'];
  expect(await pathfinder('decisions', 'record-meeting', ...meeting, '--present', 'nobody@example.org')).toMatchObject({
    code: 2,
    err: 'rejected: invalid meeting: present: nobody@example.org is not a member\n',
  });
  expect(
    await pathfinder('decisions', 'record-meeting', ...meeting, '--present', 'helena.sorensen@example.org,tomas.ferreira@example.org'),
  ).toMatchObject({
    code: 0,
    out: `adopted on ${today}\n`,
  });

  await expect.poll(async () => (await pathfinder('countries', 'list', '--status', 'active')).out).toMatch(/CHL {2}active/);
  expect(await pathfinder('country', 'roadmap', 'CHL', '--summary', 'Adds forced labour in fisheries', ...valentina)).toMatchObject({
    code: 0,
    out: 'roadmap v2: Adds forced labour in fisheries\n',
  });
  const shown = (await pathfinder('country', 'show', 'CHL')).out;
  expect(shown).toMatch(/^Chile \(CHL\): active since \d{4}-\d\d-\d\d\n/);
  expect(shown).toMatch(/roadmap v1 .*: roadmap: Child labour in agriculture.*\nroadmap v2 .*: Adds forced labour in fisheries/);
  for (const step of [
    `candidacy: expression of interest sent to the Alliance 8.7 Chair on ${Y}-01-11`,
    `candidacy: presented to the GCM on ${Y}-09-14`,
    `candidacy: granted pathfinder status by consensus on ${today}`,
    'status active: granted by the GCM',
  ]) {
    expect(shown).toContain(step);
  }
  expect((await pathfinder('candidacy', 'status', ...chl)).out).toMatch(
    new RegExp(String.raw`^CHL candidacy: granted, attempt 1\ntimeline:\n {2}stakeholder-mapping +due ${Y}-03-15 +done`),
  );
});

it("keeps a closed cycle's record, which the CLI reads after the run has left Temporal", async () => {
  const record = (...args: string[]) =>
    runCliWith({ RECORDS_DIR: stack!.recordsDir }, env.address, ...args, 'cycle', 'record', '--country', 'PER', '--year', String(Y));
  const workflowId = reportingCycleId('PER', Y);
  const handle = env.client.workflow.getHandle(workflowId);
  // Finalised and published in the first test; the keeper writes the record once the run has closed.
  await expect.poll(async () => (await record()).code, { timeout: 30_000 }).toBe(0);
  const state = await handle.query(getCycleQuery);

  // The run leaves Temporal, as it does when the namespace's retention ends.
  await env.client.workflowService.deleteWorkflowExecution({ namespace: env.namespace ?? 'default', workflowExecution: { workflowId } });
  await expect
    .poll(
      () =>
        handle.describe().then(
          () => 'still there',
          (error: Error) => error.name,
        ),
      { timeout: 20_000 },
    )
    .toBe('WorkflowNotFoundError');

  const { code, out } = await record();
  expect(code).toBe(0);
  const when = '\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC';
  expect(
    out
      .split('\n')
      .slice(0, -1)
      .map((line) => line.replace(new RegExp(when, 'g'), '<when>')),
  ).toEqual([
    `PER ${Y}: finalised, round 2 (run completed <when>)`,
    '  <when>  report submitted by lucia.quispe@example.org',
    '  <when>  review round 1 by amina.diallo@example.org: revise',
    '  <when>  revision submitted by jean.moreau@example.org',
    '  <when>  review round 2 by amina.diallo@example.org: accept',
    `  <when>  published at ${join(publishDir, 'PER', String(Y))}`,
    'outcome: reportSubmitted yes, finalised yes, indicatorFrameworkUpdated yes, evidenceOfProgress yes, evidenceOfCollaboration yes, commentsUnanswered no',
    'declared by the country: indicatorFrameworkUpdated yes, evidenceOfProgress yes, evidenceOfCollaboration yes',
  ]);
  // Everything the run knew is there, the reviewers' comments and the reports included.
  const kept = JSON.parse((await record('--json')).out) as { state: typeof state };
  expect(kept.state).toEqual(state);

  // And the full history, every event with its time, which today's code replays as the run went.
  const history = historyFromJSON(JSON.parse(readFileSync(join(stack!.recordsDir, 'PER', String(Y), 'history.json'), 'utf8')));
  expect(history.events!.at(-1)!.eventType).toBe(temporal.api.enums.v1.EventType.EVENT_TYPE_WORKFLOW_EXECUTION_COMPLETED);
  await Worker.runReplayHistory(
    { workflowBundle: await workflowBundle(), dataConverter: dataConverterFromEnv('default') },
    history,
    workflowId,
  );

  const never = await runCliWith(
    { RECORDS_DIR: stack!.recordsDir },
    env.address,
    'cycle',
    'record',
    '--country',
    'PER',
    '--year',
    String(Y + 4),
  );
  expect(never).toMatchObject({
    code: 2,
    err: `rejected: country/year: no record of PER ${Y + 4} is kept (a cycle's record is kept once it has closed)\n`,
  });
});

it('checks before an upgrade that every open run replays with this release, and names those that do not', async () => {
  const check = () =>
    new Promise<{ code: number; out: string }>((resolve) =>
      execFile(
        'npm',
        ['run', '--silent', 'check-histories'],
        { cwd: root, env: { ...process.env, TEMPORAL_ADDRESS: env.address } },
        (error, out) => resolve({ code: error ? Number(error.code) : 0, out }),
      ),
    );
  expect((await pathfinder('countries', 'import', 'examples/countries.json')).code).toBe(0); // their records stay open
  const before = await check();
  expect(before.code).toBe(0);
  const [, replayed, of] = /^(\d+) of (\d+) open runs in namespace default replay with this release\n$/.exec(before.out) ?? [];
  expect(Number(replayed)).toBeGreaterThan(0);
  expect(replayed).toBe(of);

  // A cycle that workers of an earlier release are running: this release's code would take other steps.
  const earlier = await Worker.create({
    connection: env.nativeConnection,
    taskQueue: 'earlier-release',
    workflowsPath: join(__dirname, '../fixtures/earlier-release/workflows.ts'),
    dataConverter: dataConverterFromEnv('default'),
  });
  const run = await earlier.runUntil(async () => {
    const started = await env.client.workflow.start('reportingCycle', {
      taskQueue: 'earlier-release',
      workflowId: 'earlier-release-cycle',
      args: [],
    });
    await expect.poll(async () => (await started.fetchHistory()).events!.some((e) => e.timerStartedEventAttributes)).toBe(true);
    return started;
  });
  try {
    const after = await check();
    expect(after.code).toBe(1);
    expect(after.out).toContain(
      `${Number(replayed)} of ${Number(of) + 1} open runs in namespace default replay with this release\nThese do not:\n  earlier-release-cycle: `,
    );
  } finally {
    await run.terminate('test done');
  }
});
