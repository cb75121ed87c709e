import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { Worker } from '@temporalio/worker';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { TASK_QUEUE } from '../../client/config';
import { startMailCatcher, type MailCatcher } from '../../scripts/mail-catcher';
import { startDevServer } from '../helpers/temporal';
import { testWorker } from '../helpers/worker';

// The secretariat's, focal points' and reviewers' path through the real CLI, against a dev server.
const root = join(__dirname, '../..');
let env: TestWorkflowEnvironment;
let mail: MailCatcher;
let worker: Worker;
let publishDir: string;
let running: Promise<void>;

beforeAll(async () => {
  [env, mail] = await Promise.all([startDevServer(), startMailCatcher()]);
  ({ worker, publishDir } = await testWorker(env, mail.smtpUrl, TASK_QUEUE));
  running = worker.run();
});
afterAll(async () => {
  worker?.shutdown();
  await running;
  await env?.teardown();
  await mail?.close();
});

function pathfinder(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  return new Promise((resolve) => {
    execFile('node', [join(root, 'bin/pathfinder.js'), '--address', env.address, ...args], { cwd: root }, (error, out, err) =>
      resolve({ code: error ? Number(error.code) : 0, out, err }),
    );
  });
}

it('imports countries, opens a cycle, takes a report through review and revision to publication', async () => {
  const imported = await pathfinder('countries', 'import', 'examples/countries.json');
  expect(imported).toMatchObject({ code: 0, out: 'imported 2 countries: PER, NGA\n' });
  await expect.poll(async () => (await pathfinder('countries', 'list')).out, { timeout: 10_000 }).toContain('PER  active');

  const started = await pathfinder('cycle', 'start', '--year', '2027');
  expect(started.out).toBe('NGA  started\nPER  started\n');
  const again = await pathfinder('cycle', 'start', '--year', '2027', '--country', 'PER');
  expect(again).toMatchObject({ code: 0, out: 'PER  already exists\n' });

  const submit = ['--country', 'PER', '--year', '2027', '--file', 'examples/report.json'];
  expect(await pathfinder('report', 'submit', ...submit, '--as', 'nobody@example.org')).toMatchObject({
    code: 2,
    err: 'rejected: invalid sender: as: nobody@example.org is not the focal point or deputy of PER\n',
  });
  expect((await pathfinder('report', 'submit', ...submit.slice(0, 1), 'FRA', ...submit.slice(2), '--as', 'a@example.org')).code).toBe(2);
  expect(await pathfinder('report', 'submit', ...submit, '--as', 'lucia.quispe@example.org')).toMatchObject({ code: 0, out: 'report received; PER 2027: in-review, round 1\n' });

  const comments = join(mkdtempSync(join(tmpdir(), 'pathfinder-cli-')), 'comments.txt');
  writeFileSync(comments, 'Please add the survey results.\n');
  const review = ['review', 'submit', '--country', 'PER', '--year', '2027', '--as', 'amina.diallo@example.org'];
  expect(await pathfinder(...review, '--decision', 'revise', '--comments-file', comments)).toMatchObject({ code: 0, out: 'review recorded; PER 2027: awaiting-revision, round 1\n' });
  expect(await pathfinder('revision', 'submit', ...submit, '--as', 'jean.moreau@example.org')).toMatchObject({ code: 0, out: 'revision received; PER 2027: in-review, round 2\n' });
  expect(await pathfinder(...review, '--decision', 'accept')).toMatchObject({ code: 0, out: 'review recorded; PER 2027: finalised, round 2\n' });

  await expect.poll(() => existsSync(join(publishDir, 'PER', '2027', 'report.json')), { timeout: 10_000 }).toBe(true);
  let status = '';
  await expect.poll(async () => (status = (await pathfinder('cycle', 'status', '--year', '2027')).out), { timeout: 20_000 }).toMatch(/PER {2}finalised +2027-04-30 +round 2/);
  expect(status).toMatch(/NGA {2}awaiting-submission +2027-04-30 +\d+ days left +round 0/);

  // The feedback reached the focal points by e-mail, in their languages.
  const feedback = await mail.waitFor(2, (x) => x.headers['x-pathfinder-kind'] === 'feedback');
  expect(feedback.map((x) => x.subject).sort()).toEqual(['Peru : commentaires du Groupe de travail sur le rapport 2027', 'Peru: comentarios del Grupo de Trabajo sobre el informe 2027']);
  expect(feedback[0]!.text).toContain('Please add the survey results.');

  // Administrators find the run by its search attributes.
  const found = [];
  for await (const run of env.client.workflow.list({ query: `CountryCode = 'PER' AND CycleYear = 2027 AND CycleStage = 'finalised'` })) found.push(run.workflowId);
  expect(found).toEqual(['reporting-cycle-PER-2027']);
});

it('exits 2 with the field and reason for bad input, 1 when the server is unreachable', async () => {
  expect(await pathfinder('cycle', 'start', '--year', 'soon')).toMatchObject({ code: 2, err: 'rejected: year: soon is not a year\n' });
  const badPolicy = join(mkdtempSync(join(tmpdir(), 'pathfinder-cli-')), 'policy.json');
  writeFileSync(badPolicy, JSON.stringify({ secretariatZone: 'Mars/Olympus' }));
  expect(await pathfinder('cycle', 'start', '--year', '2028', '--policy', badPolicy)).toMatchObject({
    code: 2,
    err: 'rejected: invalid cycle policy: secretariatZone: is not a known IANA time zone\n',
  });
  const unreachable = await new Promise<{ code: number; err: string }>((resolve) =>
    execFile('node', [join(root, 'bin/pathfinder.js'), '--address', '127.0.0.1:1', 'countries', 'list'], (error, _out, err) => resolve({ code: Number(error?.code ?? 0), err })),
  );
  expect(unreachable.code).toBe(1);
  expect(unreachable.err).toContain('hint: is a Temporal server reachable');
});
