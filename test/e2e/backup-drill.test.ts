import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { defaultPayloadConverter } from '@temporalio/common';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { yearDashboard } from '../../app/years';
import { codecSettingsFromEnv, dataConverter } from '../../client/data-converter';
import { EncryptionCodec, newKeyEntry, payloadKeys } from '../../client/payload-codec';
import { reportingCycleId } from '../../domain/shared/workflow-ids';
import { startMailCatcher, type MailCatcher } from '../../scripts/mail-catcher';
import { getCycleQuery } from '../../workflows/reporting-cycle/messages';
import { realClockYear as Y } from '../helpers/clock';
import { runCliWith } from '../helpers/cli';
import { kindOf } from '../helpers/mail';
import { freePort } from '../helpers/ports';

// The backup drill (README, *Backup and restore*): the embedded stack as `npm run dev` runs it (scripts/dev.ts:
// the dev server on its SQLite file, the worker, the portal, the keys it makes in the data folder) has a year
// under way. It is backed up while it runs, stopped, and its folder destroyed; the backup is restored into a
// fresh folder, the stack starts again from it, and the year goes on.
//
// The dev server's clock is the real one and cannot be moved, and a reminder falls on a whole hour of its
// reader's day, up to an hour away whatever policy a test chooses: so the drill checks the pending reminder's
// timer (the same timer, due at the same instant, after the restore), and that mail goes on once: what was
// sent before is in the restored mail ledger and is not sent again, and the next e-mail is sent once.

const root = join(__dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'pathfinder-backup-drill-'));
const [firstFolder, backupFolder, restoredFolder] = ['data', 'backup', 'restored'].map((name) => join(work, name)) as [
  string,
  string,
  string,
];
let ports: Record<string, number>;
let mail: MailCatcher;
let dev: ChildProcess | undefined;
const address = () => `127.0.0.1:${ports.TEMPORAL_DEV_PORT}`;

// Every key comes from the data folder, as in `npm run dev` with nothing set: unset what the test setup gives.
const noKeys = { PATHFINDER_KEYS: '', REGISTRY_KEYS: '', ACTION_LINK_KEYS: '', SIGN_IN_KEYS: '' };
const pathfinder = (dataDir: string, ...args: string[]) => runCliWith({ ...noKeys, PATHFINDER_DATA_DIR: dataDir }, address(), ...args);

/** `npm run dev`'s script on `dataDir`, sending to the test's mail sink; resolves once everything runs. */
function startDev(dataDir: string): Promise<void> {
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !key.startsWith('TEMPORAL_') && !key.startsWith('npm_')),
  );
  const env = { ...inherited, ...noKeys, ...Object.fromEntries(Object.entries(ports).map(([k, v]) => [k, String(v)])) };
  const child = spawn(join(root, 'node_modules/.bin/tsx'), ['scripts/dev.ts'], {
    cwd: root,
    env: { ...env, PATHFINDER_DATA_DIR: dataDir, SMTP_URL: mail.smtpUrl },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  dev = child;
  let output = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Press Ctrl-C to stop everything.')) resolve();
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', () => reject(new Error(`npm run dev exited before it was ready:\n${output}`)));
  });
}

/** Ctrl-C: the dev script stops the portal, the worker and the dev server, then exits. */
async function stopDev(): Promise<void> {
  if (!dev || dev.exitCode !== null || dev.signalCode !== null) return;
  const exited = new Promise((done) => dev!.once('exit', done));
  process.kill(-dev.pid!, 'SIGINT');
  await exited;
}

/** A client of the stack, with the payload keys of its data folder. */
async function clientOf(dataDir: string): Promise<Client> {
  const connection = await Connection.connect({ address: address() });
  return new Client({ connection, dataConverter: dataConverter(codecSettingsFromEnv({ PATHFINDER_DATA_DIR: dataDir }), 'default') });
}

/** The cycle's timer still to fire (its next wake: here, the next reminder), and when it fires. */
async function pendingTimer(client: Client, workflowId: string) {
  const events = (await client.workflow.getHandle(workflowId).fetchHistory()).events ?? [];
  const ended = new Set(events.map((e) => e.timerFiredEventAttributes?.timerId ?? e.timerCanceledEventAttributes?.timerId));
  const started = events.filter((e) => e.timerStartedEventAttributes && !ended.has(e.timerStartedEventAttributes.timerId));
  return started.map((e) => ({
    timerId: e.timerStartedEventAttributes!.timerId,
    firesAt: Number(e.eventTime!.seconds) * 1000 + Number(e.timerStartedEventAttributes!.startToFireTimeout!.seconds) * 1000,
  }));
}

/** The report as the run's history keeps it, sealed, opened with `keys`. */
async function reportInHistory(client: Client, keys: string) {
  const events = (await client.workflow.getHandle(reportingCycleId('PER', Y)).fetchHistory()).events ?? [];
  const sealed = events.find((e) => e.workflowExecutionUpdateAcceptedEventAttributes?.acceptedRequest?.input?.name === 'submitReport')!
    .workflowExecutionUpdateAcceptedEventAttributes!.acceptedRequest!.input!.args!.payloads![0]!;
  const [payload] = await new EncryptionCodec({ keys: payloadKeys(keys, 'the test') }, 'default').decode([sealed]);
  return defaultPayloadConverter.fromPayload<{ report: { challenges: string } }>(payload!).report;
}

beforeAll(async () => {
  ports = {};
  for (const name of ['TEMPORAL_DEV_PORT', 'TEMPORAL_UI_PORT', 'MAIL_SMTP_PORT', 'MAIL_WEB_PORT', 'PORTAL_PORT', 'IDENTITY_PROVIDER_PORT'])
    ports[name] = await freePort();
  mail = await startMailCatcher();
});
afterAll(async () => {
  await stopDev();
  await mail?.close();
});

it('backs up a running year, restores it into a fresh folder, and the year goes on', { timeout: 600_000 }, async () => {
  // A year under way: two countries' cycles open, Peru's report in review, Nigeria's first reminder pending.
  await startDev(firstFolder);
  expect(await pathfinder(firstFolder, 'countries', 'import', 'examples/countries.json')).toMatchObject({ code: 0 });
  await expect.poll(async () => (await pathfinder(firstFolder, 'countries', 'list')).out, { timeout: 30_000 }).toContain('NGA  active');
  expect(await pathfinder(firstFolder, 'cycle', 'start', '--year', String(Y))).toMatchObject({
    code: 0,
    out: 'NGA  started\nPER  started\n',
  });
  for (const focalPoint of ['lucia.quispe@example.org', 'chidi.okafor@example.org'])
    await mail.waitFor(1, (m) => kindOf(m) === 'call-for-reports' && m.to.includes(focalPoint));
  const submit = ['report', 'submit', '--country', 'PER', '--year', String(Y), '--file', 'examples/report.json'];
  expect(await pathfinder(firstFolder, ...submit, '--as', 'lucia.quispe@example.org')).toMatchObject({ code: 0 });
  await mail.waitFor(1, (m) => kindOf(m) === 'review-request');
  let client = await clientOf(firstFolder);
  await expect
    .poll(async () => (await yearDashboard(client, Y)).rows.map((r) => r.cycle?.stage).sort())
    .toEqual(['awaiting-submission', 'in-review']);
  const dashboard = await yearDashboard(client, Y);
  const reminder = await pendingTimer(client, reportingCycleId('NGA', Y));
  expect(reminder).toHaveLength(1);
  expect(reminder[0]!.firesAt).toBeGreaterThan(Date.now());
  const sentBefore = mail.messages.map((m) => m.messageId);

  // Backed up while everything runs; then everything stops and the folder is gone, keys and all.
  const backup = await pathfinder(firstFolder, 'backup', backupFolder);
  expect(backup).toMatchObject({ code: 0, err: '' });
  expect(backup.out).toMatch(
    new RegExp(`^backed up ${firstFolder} into ${backupFolder}: \\d+ files, \\d+ bytes; it holds the keys: keep it safe\\n$`),
  );
  await client.connection.close();
  await stopDev();
  const keyFiles = ['payload-keys', 'action-link-keys', 'sign-in-keys', 'registry-keys'];
  const firstKeys = keyFiles.map((file) => readFileSync(join(firstFolder, file), 'utf8').trim());
  rmSync(firstFolder, { recursive: true });

  // Restored into a fresh folder, and started from it.
  const restored = await pathfinder(restoredFolder, 'restore', backupFolder);
  expect(restored).toMatchObject({ code: 0, err: '' });
  expect(await pathfinder(restoredFolder, 'restore', backupFolder)).toMatchObject({
    code: 2,
    err: `rejected: data folder: ${restoredFolder} is not empty; restore into a new or empty folder\n`,
  });
  await startDev(restoredFolder);
  client = await clientOf(restoredFolder);
  expect(keyFiles.map((file) => readFileSync(join(restoredFolder, file), 'utf8').trim())).toEqual(firstKeys);

  // The dashboard is the same, and the reminder waits on the same timer for the same instant.
  expect(await yearDashboard(client, Y)).toEqual(dashboard);
  expect(await pendingTimer(client, reportingCycleId('NGA', Y))).toEqual(reminder);
  // The encrypted history still decodes with the keys that came back, and with no other.
  const { challenges } = JSON.parse(readFileSync(join(root, 'examples/report.json'), 'utf8')) as { challenges: string };
  expect(await reportInHistory(client, firstKeys[0]!)).toMatchObject({ challenges });
  await expect(reportInHistory(client, newKeyEntry('stranger'))).rejects.toThrow();
  const peru = await client.workflow.getHandle(reportingCycleId('PER', Y)).query(getCycleQuery);
  expect(peru.submissions.map((s) => s.by)).toEqual(['lucia.quispe@example.org']);

  // Every e-mail sent before the backup is in the restored mail ledger, by its Message-ID.
  const ledger = new Set(readdirSync(join(restoredFolder, 'mail-ledger')));
  expect(sentBefore.filter((id) => !ledger.has(/^<([0-9a-f]{32})@/.exec(id)![1]!))).toEqual([]);
  // The year goes on: the secretariat moves Nigeria's deadline, and its focal points are told once each.
  // The cycle sends its e-mails in order, so anything sent again would have come before these.
  const extend = ['cycle', 'extend', '--country', 'NGA', '--year', String(Y), '--until', `${Y}-05-31T23:59:59+02:00`];
  expect(await pathfinder(restoredFolder, ...extend, '--reason', 'After the restore', '--as', 'secretariat@example.org')).toMatchObject({
    code: 0,
  });
  const told = await mail.waitFor(2, (m) => kindOf(m) === 'deadline-extended' && !m.headers['x-pathfinder-copy-of']);
  expect(told.flatMap((m) => m.to).sort()).toEqual(['chidi.okafor@example.org', 'ngozi.bello@example.org']);
  const ids = mail.messages.map((m) => m.messageId);
  expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  // The pending reminder moved with the deadline: the next one waits on a new timer.
  const nextTimer = async () => (await pendingTimer(client, reportingCycleId('NGA', Y))).map((t) => t.timerId);
  await expect.poll(async () => (await nextTimer()).filter((id) => id !== reminder[0]!.timerId)).toHaveLength(1);
  expect(await nextTimer()).toHaveLength(1);
  await client.connection.close();
  expect(existsSync(firstFolder)).toBe(false);
});
