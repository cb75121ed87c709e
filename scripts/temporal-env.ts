import { Connection } from '@temporalio/client';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { temporal } from '@temporalio/proto';
import { searchAttributeKeys } from '../workflows/search-attributes';
import { dataConverterFromEnv } from '../client/data-converter';

// Temporal servers for tests and benchmarks, from the executables the tools script provides. Their clients
// encrypt and decrypt with the payload keys of the environment, as the worker and the CLI do.

/** The Java time-skipping test server, with the project's search attributes registered. */
export async function startTimeSkippingServer(testServerPath: string): Promise<TestWorkflowEnvironment> {
  const env = await TestWorkflowEnvironment.createTimeSkipping({
    server: { executable: { type: 'existing-path', path: testServerPath } },
    client: { dataConverter: dataConverterFromEnv('default') },
  });
  // The test server knows no custom search attributes until told, as a production namespace would be.
  await env.connection.operatorService.addSearchAttributes({
    namespace: env.namespace ?? 'default',
    searchAttributes: Object.fromEntries(searchAttributeKeys.map((k) => [k.name, indexedValueType[k.type]!])),
  });
  return env;
}

const indexedValueType = {
  KEYWORD: temporal.api.enums.v1.IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD,
  INT: temporal.api.enums.v1.IndexedValueType.INDEXED_VALUE_TYPE_INT,
} as Record<string, temporal.api.enums.v1.IndexedValueType>;

/** A Temporal dev server (the CLI), in memory, with the project's search attributes; its UI if asked, decoding through a codec server. */
export function startDevServerEnv(cliPath: string, ui?: { port: number; codecEndpoint: string }): Promise<TestWorkflowEnvironment> {
  return TestWorkflowEnvironment.createLocal({
    server: {
      executable: { type: 'existing-path', path: cliPath },
      searchAttributes: searchAttributeKeys,
      log: { format: 'pretty', level: 'error' },
      ...(ui && { ui: true, uiPort: ui.port, extraArgs: ['--ui-codec-endpoint', ui.codecEndpoint] }),
    },
    client: { dataConverter: dataConverterFromEnv('default') },
  });
}

/** The arguments of `temporal server start-dev` for a server kept in `dbFile`, with the project's search attributes; headless unless a UI is asked for. */
export function devServerArgs(o: { host: string; port: number; dbFile: string; ui?: { port: number; codecEndpoint: string } }): string[] {
  return [
    'server',
    'start-dev',
    '--ip',
    o.host,
    '--port',
    String(o.port),
    ...(o.ui ? ['--ui-port', String(o.ui.port), '--ui-codec-endpoint', o.ui.codecEndpoint] : ['--headless']),
    '--db-filename',
    o.dbFile,
    '--log-level',
    'error',
    ...searchAttributeKeys.flatMap((k) => ['--search-attribute', `${k.name}=${k.type === 'INT' ? 'Int' : 'Keyword'}`]),
  ];
}

/** A client connection once the server at `address` answers; fails if the server process exits first. */
export async function connectWhenReady(address: string, server: { exitCode: number | null }): Promise<Connection> {
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
