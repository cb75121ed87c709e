import { createServer, type AddressInfo } from 'node:net';

/** A loopback port that is free now, for a server a test starts itself. */
export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}
