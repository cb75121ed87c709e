import { proxyActivities } from '@temporalio/workflow';
import type { Activities } from '../activities';

/** The registry's roles now, as the country records hold them; a record that cannot be read is waited for. */
export const { readGovernance } = proxyActivities<Activities>({
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '10 seconds', maximumInterval: '10 minutes' },
});

/** How long a process that checks who may act goes without reading the registry's roles again. */
export const rolesReadEveryMs = 24 * 3600_000;

/**
 * When to read the registry's roles again: after any task or message, and at least daily; not at every
 * wake without one, which would fill the history.
 */
export function rolesReader(): { due: (changes: number) => boolean; nextAt: () => number } {
  let seenChanges: number | undefined;
  let readAt = 0;
  return {
    due(changes) {
      if (changes === seenChanges && Date.now() - readAt < rolesReadEveryMs) return false;
      [seenChanges, readAt] = [changes, Date.now()];
      return true;
    },
    nextAt: () => readAt + rolesReadEveryMs,
  };
}
