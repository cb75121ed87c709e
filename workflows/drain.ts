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
