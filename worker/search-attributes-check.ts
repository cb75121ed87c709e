import type { NativeConnection } from '@temporalio/worker';
import { temporal } from '@temporalio/proto';
import { searchAttributeKeys } from '../workflows/search-attributes';

// A namespace without the project's search attributes fails every workflow's first task; the worker says
// so at start instead, naming the attributes and the command that creates them.

const { IndexedValueType } = temporal.api.enums.v1;
const typeOf = { KEYWORD: IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD, INT: IndexedValueType.INDEXED_VALUE_TYPE_INT } as Record<
  string,
  number
>;
const cliType = { KEYWORD: 'Keyword', INT: 'Int' } as Record<string, string>;
const unimplemented = 12; // gRPC status: a server (the time-skipping test server) that cannot list them

export async function requireSearchAttributes(connection: NativeConnection, namespace: string): Promise<void> {
  let custom: Record<string, number>;
  try {
    custom = (await connection.operatorService.listSearchAttributes({ namespace })).customAttributes ?? {};
  } catch (error) {
    if ((error as { code?: number }).code === unimplemented) return;
    throw error;
  }
  const missing = searchAttributeKeys.filter((k) => custom[k.name] !== typeOf[k.type]);
  if (!missing.length) return;
  const commands = missing.map(
    (k) => `temporal operator search-attribute create --namespace ${namespace} --name ${k.name} --type ${cliType[k.type]}`,
  );
  throw new Error(
    `namespace ${namespace} lacks the search attributes ${missing.map((k) => `${k.name} (${cliType[k.type]})`).join(', ')}; create them, then start the worker again:\n${commands.join('\n')}`,
  );
}
