import { Client, Connection } from '@temporalio/client';
import { connectionSettings, type TemporalTarget } from './config';
import { dataConverterFromEnv } from './data-converter';
import { startTracing, tracingClientInterceptors } from './tracing';

const clients = new Map<string, Client>();

/**
 * One client per address and namespace for the life of the process. It connects on its first call, so
 * that input is checked before a server is needed.
 */
export function getClient(target: TemporalTarget = {}): Client {
  const { connectionOptions, namespace } = connectionSettings(target);
  const key = `${connectionOptions.address}/${namespace}`;
  let client = clients.get(key);
  if (!client) {
    client = new Client({
      connection: Connection.lazy(connectionOptions),
      namespace,
      dataConverter: dataConverterFromEnv(namespace),
      interceptors: tracingClientInterceptors(startTracing('pathfinder-cli')),
    });
    clients.set(key, client);
  }
  return client;
}
