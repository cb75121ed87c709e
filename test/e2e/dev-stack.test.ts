import { execFile, execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { freePort } from '../helpers/ports';
import { realClockYear as Y } from '../helpers/clock';
import { version } from '../../package.json';

// `npm run dev` as a new user meets it: a checkout with no node_modules, a crash (SIGKILL to the whole
// process group, as when a terminal dies), a restart, then Ctrl-C (SIGINT to the process group).

const repo = join(__dirname, '../..');
let checkout: string;
let ports: Record<
  'TEMPORAL_DEV_PORT' | 'TEMPORAL_UI_PORT' | 'MAIL_SMTP_PORT' | 'MAIL_WEB_PORT' | 'PORTAL_PORT' | 'IDENTITY_PROVIDER_PORT',
  number
>;
const started: ChildProcess[] = [];

/** The files a clone of the current work would hold (tracked and new, not what .gitignore leaves out). */
function copyCheckout(to: string): void {
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: repo,
    encoding: 'utf8',
  }).split('\0');
  for (const file of files.filter((f) => f && existsSync(join(repo, f)))) {
    mkdirSync(dirname(join(to, file)), { recursive: true });
    cpSync(join(repo, file), join(to, file));
  }
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

const clean = (env: NodeJS.ProcessEnv) =>
  Object.fromEntries(Object.entries(env).filter(([key]) => !key.startsWith('npm_') && !key.startsWith('TEMPORAL_')));

interface Dev {
  child: ChildProcess;
  output: () => string;
  ready: Promise<void>;
  exited: Promise<unknown>;
}

/** `npm run dev`, in a process group of its own as a terminal would run it. */
function npmRunDev(cwd = checkout, env: Record<string, string> = {}): Dev {
  const child = spawn('npm', ['run', 'dev'], {
    cwd,
    env: { ...clean(process.env), ...Object.fromEntries(Object.entries(ports).map(([k, v]) => [k, String(v)])), ...env },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  started.push(child);
  let output = '';
  const exited = new Promise((done) => child.once('exit', done));
  const ready = new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Press Ctrl-C to stop everything.')) resolve();
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    void exited.then(() => reject(new Error(`npm run dev exited before it was ready:\n${output}`)));
  });
  return { child, output: () => output, ready, exited };
}

function pathfinder(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const address = `127.0.0.1:${ports.TEMPORAL_DEV_PORT}`;
  return new Promise((resolve) => {
    execFile('node', [join(checkout, 'bin/pathfinder.js'), '--address', address, ...args], { cwd: checkout }, (error, out, err) =>
      resolve({ code: error ? Number(error.code) : 0, out, err }),
    );
  });
}

/** Processes running from the checkout or on its files: the dev script, its tools, the Temporal server. */
function processesOfCheckout(): string[] {
  const found: string[] = [];
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
      if (cmd.includes(checkout) || readlinkSync(`/proc/${pid}/cwd`).startsWith(checkout)) found.push(`${pid} ${cmd}`);
    } catch {
      // gone meanwhile, or a zombie
    }
  }
  return found;
}

const serverPid = () => (JSON.parse(readFileSync(join(checkout, '.data/dev-server.pid'), 'utf8')) as { serverPid: number }).serverPid;
const alive = (pid: number) => existsSync(`/proc/${pid}/cmdline`) && readFileSync(`/proc/${pid}/cmdline`, 'utf8') !== '';

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  try {
    process.kill(-child.pid!, signal);
  } catch {
    // already gone
  }
}

beforeAll(async () => {
  checkout = mkdtempSync(join(tmpdir(), 'pathfinder-checkout-'));
  copyCheckout(checkout);
  ports = {
    TEMPORAL_DEV_PORT: await freePort(),
    TEMPORAL_UI_PORT: await freePort(),
    MAIL_SMTP_PORT: await freePort(),
    MAIL_WEB_PORT: await freePort(),
    PORTAL_PORT: await freePort(),
    IDENTITY_PROVIDER_PORT: await freePort(),
  };
});
afterAll(() => {
  // Only if the test failed half-way: nothing of it may outlive the file.
  started.forEach((child) => killGroup(child, 'SIGKILL'));
  if (existsSync(join(checkout, '.data/dev-server.pid')) && alive(serverPid())) process.kill(serverPid(), 'SIGKILL');
});

it('starts on a fresh checkout, survives a crash, and leaves nothing behind on Ctrl-C', { timeout: 600_000 }, async () => {
  expect(existsSync(join(checkout, 'node_modules'))).toBe(false);
  const first = npmRunDev();
  await first.ready;
  expect(first.output()).toContain('Installing the dependencies with npm ci');
  // The data folder says whose runs it holds, so that a later major release refuses it instead of failing on replay.
  expect(readFileSync(join(checkout, '.data/release'), 'utf8')).toBe(`${version.split('.')[0]}\n`);

  // The printed URLs answer.
  const urls = [...first.output().matchAll(/^ {2}(?:Portal|Temporal UI|Mail \(web page\)) +(http:\/\/\S+)/gm)].map((m) => m[1]!);
  expect(urls).toEqual([
    `http://127.0.0.1:${ports.PORTAL_PORT}`,
    `http://127.0.0.1:${ports.TEMPORAL_UI_PORT}`,
    `http://127.0.0.1:${ports.MAIL_WEB_PORT}`,
  ]);
  for (const url of urls) expect((await fetch(url)).status).toBe(200);
  expect((await fetch(`http://127.0.0.1:${ports.PORTAL_PORT}/healthz`)).status).toBe(200);
  // The development OpenID provider that staff sign in through, and the portal's way to it.
  expect(first.output()).toMatch(new RegExp(`^ {2}Staff sign-in +http://127\\.0\\.0\\.1:${ports.IDENTITY_PROVIDER_PORT} `, 'm'));
  expect((await fetch(`http://127.0.0.1:${ports.IDENTITY_PROVIDER_PORT}/.well-known/openid-configuration`)).status).toBe(200);
  const toProvider = await fetch(`http://127.0.0.1:${ports.PORTAL_PORT}/auth/oidc`, { redirect: 'manual' });
  expect(toProvider.headers.get('location')).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${ports.IDENTITY_PROVIDER_PORT}/auth\\?`));
  expect(await pathfinder('countries', 'import', 'examples/countries.json')).toMatchObject({ code: 0 });
  await expect.poll(async () => (await pathfinder('countries', 'list')).out, { timeout: 20_000 }).toContain('PER  active');
  expect(await pathfinder('cycle', 'start', '--year', String(Y))).toMatchObject({ code: 0, out: 'NGA  started\nPER  started\n' });

  // A crash: the dev script dies at once; the Temporal server, in a group of its own, is left running.
  const orphan = serverPid();
  killGroup(first.child, 'SIGKILL');
  await first.exited;
  expect(alive(orphan)).toBe(true);

  const second = npmRunDev();
  await second.ready;
  expect(second.output()).toContain(`Stopping the Temporal dev server that an earlier npm run dev left running (pid ${orphan})`);
  expect(second.output()).not.toContain('Installing the dependencies');
  expect(second.output()).not.toContain('address already in use');
  expect(alive(orphan)).toBe(false);
  expect(serverPid()).not.toBe(orphan);
  // A cycle the crash caught before its first workflow task is listed once the new worker has run it.
  await expect
    .poll(async () => (await pathfinder('cycle', 'status', '--year', String(Y))).out, { timeout: 30_000 })
    .toMatch(/NGA {2}awaiting-submission[^]*PER {2}awaiting-submission/);

  // Ctrl-C: every process of the checkout ends and every port is free again.
  killGroup(second.child, 'SIGINT');
  await second.exited;
  await expect.poll(processesOfCheckout, { timeout: 20_000 }).toEqual([]);
  for (const port of Object.values(ports)) expect(await portIsFree(port)).toBe(true);
  expect(existsSync(join(checkout, '.data/dev-server.pid'))).toBe(false);
});

it('refuses a port that another program holds, naming the variable that moves it', async () => {
  const taken = await freePort();
  const other = createServer();
  await new Promise<void>((listening, failed) => other.once('error', failed).listen(taken, '127.0.0.1', listening));
  try {
    const fresh = {
      TEMPORAL_DEV_PORT: await freePort(),
      TEMPORAL_UI_PORT: await freePort(),
      MAIL_WEB_PORT: await freePort(),
      PORTAL_PORT: await freePort(),
      IDENTITY_PROVIDER_PORT: await freePort(),
    };
    const env = { ...Object.fromEntries(Object.entries(fresh).map(([k, v]) => [k, String(v)])), MAIL_SMTP_PORT: String(taken) };
    const dev = npmRunDev(repo, { PATHFINDER_DATA_DIR: mkdtempSync(join(tmpdir(), 'pathfinder-data-')), ...env });
    await expect(dev.ready).rejects.toThrow(
      `Port ${taken} on 127.0.0.1 (mail catcher, SMTP) is in use by another program. Stop it, or choose another port: MAIL_SMTP_PORT=<port> npm run dev`,
    );
    expect(dev.child.exitCode).toBe(1);
    expect(dev.output()).not.toContain('Temporal server'); // nothing was started
  } finally {
    await new Promise((closed) => other.close(closed));
  }
});

it('refuses a data folder with runs from before 1.0, saying how to start afresh, and leaves it as it was', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'pathfinder-data-'));
  writeFileSync(join(dataDir, 'temporal.sqlite'), 'runs of 0.1.0');
  const dev = npmRunDev(repo, { PATHFINDER_DATA_DIR: dataDir });
  await expect(dev.ready).rejects.toThrow(
    `${dataDir} holds runs of release 0.x, which release ${version} does not replay.\n` +
      `Start afresh: move the folder aside (mv ${dataDir} ${dataDir}-0.x) or delete it, then run npm run dev again.`,
  );
  expect(dev.child.exitCode).toBe(1);
  expect(dev.output()).not.toContain('Temporal server'); // nothing was started
  expect(readdirSync(dataDir)).toEqual(['temporal.sqlite']);
});
