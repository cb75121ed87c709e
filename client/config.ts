import { loadClientConnectConfig } from '@temporalio/envconfig';

/** The one task queue every worker polls and every start uses. */
export const TASK_QUEUE = 'pathfinder';

export interface TemporalTarget {
  address?: string;
  namespace?: string;
}

/**
 * Connection settings from the Temporal environment configuration (TEMPORAL_ADDRESS, TEMPORAL_NAMESPACE,
 * TEMPORAL_API_KEY, TEMPORAL_TLS_*, TEMPORAL_PROFILE and the config file), with explicit values on top.
 * Defaults to the local dev server.
 */
export function connectionSettings(override: TemporalTarget = {}) {
  const { connectionOptions, namespace } = loadClientConnectConfig();
  return {
    connectionOptions: { ...connectionOptions, address: override.address ?? connectionOptions.address ?? '127.0.0.1:7233' },
    namespace: override.namespace ?? namespace ?? 'default',
  };
}
