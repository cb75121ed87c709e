import type { ObjectStore } from '../store/object-store';

/**
 * What the relay has already accepted, by Message-ID, shared by every worker of a deployment. A send
 * retried after the relay accepted (the worker died, or its answer to the server was lost) finds its
 * entry and is not sent again. The one window left is SMTP's own: the worker dies after the relay has the
 * whole message but before its "250 OK" has come back and been written here.
 */
export interface DeliveryLedger {
  /** When the relay accepted this message, if it did. */
  acceptedAt(messageId: string): Promise<string | undefined>;
  record(messageId: string, acceptedAt: string): Promise<void>;
}

/** One small entry per accepted message, in the store every worker shares. */
export function storeLedger(store: ObjectStore): DeliveryLedger {
  // Message-IDs are `<hex@host>`: the hex part alone names the entry, so no input becomes a key.
  const key = (messageId: string) => {
    const name = /^<([0-9a-f]{32})@/.exec(messageId)?.[1];
    if (!name) throw new Error(`not a Message-ID of ours: ${messageId.slice(0, 80)}`);
    return name;
  };
  return {
    acceptedAt: async (messageId) => (await store.get(key(messageId)))?.toString('utf8').trim(),
    record: (messageId, acceptedAt) => store.put(key(messageId), acceptedAt + '\n', 'text/plain'),
  };
}
