import { Client, Connection } from '@temporalio/client';
import { connectionSettings, type TemporalTarget } from './config';

const clients = new Map<string, Promise<Client>>();

/** One client per address and namespace for the life of the process. */
export function getClient(target: TemporalTarget = {}): Promise<Client> {
  const { connectionOptions, namespace } = connectionSettings(target);
  const key = `${connectionOptions.address}/${namespace}`;
  let client = clients.get(key);
  if (!client) {
    client = Connection.connect(connectionOptions).then((connection) => new Client({ connection, namespace }));
    clients.set(key, client);
    client.catch(() => clients.delete(key));
  }
  return client;
}
