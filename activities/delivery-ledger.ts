import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

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

/** One small file per accepted message under `dir` (on a volume every worker shares). */
export function folderLedger(dir: string): DeliveryLedger {
  // Message-IDs are `<hex@host>`: the hex part alone names the file, so no input becomes a path.
  const file = (messageId: string) => {
    const name = /^<([0-9a-f]{32})@/.exec(messageId)?.[1];
    if (!name) throw new Error(`not a Message-ID of ours: ${messageId.slice(0, 80)}`);
    return join(dir, name);
  };
  return {
    async acceptedAt(messageId) {
      try {
        return (await readFile(file(messageId), 'utf8')).trim();
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw error;
      }
    },
    async record(messageId, acceptedAt) {
      await mkdir(dir, { recursive: true });
      await writeFile(file(messageId), acceptedAt + '\n');
    },
  };
}
