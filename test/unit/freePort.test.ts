import net from 'node:net';
import { describe, expect, it } from 'vitest';
import { freePortSync, outgoingPortsStart } from '../helpers/server';

function listen(port: number): Promise<net.Server> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

describe('freePortSync, the port the end-to-end server is given', () => {
  it('is below the range of ports the system gives outgoing connections, and a server can bind it', async () => {
    const outgoingLow = outgoingPortsStart();
    const taken: net.Server[] = [];
    try {
      for (let i = 0; i < 5; i++) {
        const port = freePortSync();
        expect(port).toBeGreaterThanOrEqual(10_000);
        expect(port).toBeLessThan(outgoingLow);
        // held open, so the next pick must find another port
        taken.push(await listen(port));
      }
      const ports = taken.map((server) => (server.address() as net.AddressInfo).port);
      expect(new Set(ports).size).toBe(5);
    } finally {
      await Promise.all(taken.map((server) => new Promise((resolve) => server.close(resolve))));
    }
  });
});
