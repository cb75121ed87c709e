import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { Connection } from '@temporalio/client';
import { NativeConnection } from '@temporalio/worker';
import { searchAttributeKeys } from '../workflows/search-attributes';
import { createWorker } from '../worker/create-worker';
import { settingsFromEnv } from '../worker/settings';
import { startMailCatcher } from './mail-catcher';
import { temporalTools } from './tool-paths';

// `npm run dev`: the embedded stack on this machine. A Temporal dev server whose SQLite file lives under
// .data/ (so state survives restarts) with its UI, a mail catcher with a web page, and the worker.

const host = '127.0.0.1';
const port = Number(process.env.TEMPORAL_DEV_PORT ?? 7233);
const uiPort = Number(process.env.TEMPORAL_UI_PORT ?? 8233);
const smtpPort = Number(process.env.MAIL_SMTP_PORT ?? 1025);
const mailWebPort = Number(process.env.MAIL_WEB_PORT ?? 8025);
const dataDir = resolve(process.env.PATHFINDER_DATA_DIR ?? '.data');

async function connectWhenReady(address: string, server: { exitCode: number | null }): Promise<Connection> {
  const giveUpAt = Date.now() + 60_000;
  for (;;) {
    try {
      return await Connection.connect({ address, connectTimeout: 1_000 });
    } catch (error) {
      if (server.exitCode !== null) throw new Error(`the Temporal dev server exited with code ${server.exitCode}`, { cause: error });
      if (Date.now() > giveUpAt) throw error;
    }
  }
}

async function main() {
  mkdirSync(dataDir, { recursive: true });
  const { cli } = temporalTools();
  const mail = await startMailCatcher({ host, smtpPort, webPort: mailWebPort, dir: resolve(dataDir, 'mail') });

  const server = spawn(
    cli,
    [
      'server', 'start-dev',
      '--ip', host, '--port', String(port), '--ui-port', String(uiPort),
      '--db-filename', resolve(dataDir, 'temporal.sqlite'),
      '--log-level', 'error',
      ...searchAttributeKeys.flatMap((k) => ['--search-attribute', `${k.name}=${k.type === 'INT' ? 'Int' : 'Keyword'}`]),
    ],
    // Its own process group: Ctrl-C reaches only this script, which stops the worker before the server.
    { stdio: ['ignore', 'inherit', 'inherit'], detached: true },
  );
  process.once('exit', () => server.kill('SIGTERM'));
  const address = `${host}:${port}`;
  const client = await connectWhenReady(address, server);
  await client.close();

  const connection = await NativeConnection.connect({ address });
  const worker = await createWorker({ connection, namespace: 'default', ...settingsFromEnv({ SMTP_URL: mail.smtpUrl, ...process.env }) });

  console.log(`
Pathfinder is running.
  Temporal server   ${address} (namespace default; data in ${resolve(dataDir, 'temporal.sqlite')})
  Temporal UI       http://${host}:${uiPort}
  Mail (web page)   ${mail.webUrl}   (SMTP ${mail.smtpUrl})
  Published reports ${settingsFromEnv().publishDir}
Try: npx pathfinder countries import examples/countries.json
Press Ctrl-C to stop everything.
`);

  // The worker stops on Ctrl-C (SIGINT/SIGTERM) by itself; then the rest follows it down.
  try {
    await worker.run();
  } finally {
    await connection.close();
    await mail.close();
    server.kill('SIGTERM');
    await new Promise((done) => (server.exitCode !== null ? done(null) : server.once('exit', done)));
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
