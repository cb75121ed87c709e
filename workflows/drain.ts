import { isCancellation } from '@temporalio/workflow';

/**
 * Handles a workflow's queue oldest first. An item leaves the queue only once handled, so nothing is lost
 * if the worker stops midway, and an item queued meanwhile is handled too.
 */
export async function drain<T>(queue: T[], handle: (item: T) => Promise<unknown>): Promise<void> {
  while (queue.length > 0) {
    await handle(queue[0]!);
    queue.shift();
  }
}

/**
 * Like `drain`, with one lane per key (an addressee): each lane keeps its order, lanes do not wait on each
 * other. A lane whose item fails stops there, the item kept; the others go on. Returns the first failure
 * once every lane has stopped, or undefined when the queue is empty. Cancellation is never swallowed.
 */
export async function drainByKey<T>(
  queue: T[],
  keyOf: (item: T) => string,
  handle: (item: T) => Promise<unknown>,
): Promise<Error | undefined> {
  const lane = async (key: string) => {
    for (let item = queue.find((i) => keyOf(i) === key); item !== undefined; item = queue.find((i) => keyOf(i) === key)) {
      await handle(item);
      queue.splice(queue.indexOf(item), 1);
    }
  };
  while (queue.length > 0) {
    const results = await Promise.allSettled([...new Set(queue.map(keyOf))].map(lane));
    const failure = results.find((r) => r.status === 'rejected')?.reason as Error | undefined;
    if (failure === undefined) continue;
    if (isCancellation(failure)) throw failure;
    return failure;
  }
  return undefined;
}
