import { createServer } from 'node:net';

/**
 * Ports every browser refuses to open over HTTP, whatever listens there ("bad ports",
 * https://fetch.spec.whatwg.org/#port-blocking; Chromium's net/base/port_util.cc and Firefox
 * follow it): a server on one of them works, but the deck served there fails with ERR_UNSAFE_PORT.
 */
export const BROWSER_BAD_PORTS: ReadonlySet<number> = new Set([
  0, 1, 7, 9, 11, 13, 15, 17, 19, 20, 21, 22, 23, 25, 37, 42, 43, 53, 69, 77, 79, 87, 95, 101, 102, 103, 104, 109, 110,
  111, 113, 115, 117, 119, 123, 135, 137, 139, 143, 161, 179, 389, 427, 465, 512, 513, 514, 515, 526, 530, 531, 532,
  540, 548, 554, 556, 563, 587, 601, 636, 989, 990, 993, 995, 1719, 1720, 1723, 2049, 3659, 4045, 4190, 5060, 5061,
  6000, 6566, 6665, 6666, 6667, 6668, 6669, 6679, 6697, 10080,
]);

/** A port the operating system hands out as free on 127.0.0.1 (it listens on port 0, reads its port, lets go). */
export function portFromSystem(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/**
 * `count` different free ports a browser will open: drawn from `draw` (the operating system by
 * default), passing over any on the browsers' list of bad ports. A port is free when drawn; the
 * server that takes it soon after (`--strictPort`) says so plainly if another took it first.
 */
export async function browserSafePorts(count: number, draw: () => Promise<number> = portFromSystem): Promise<number[]> {
  const ports: number[] = [];
  for (let attempt = 0; ports.length < count; attempt += 1) {
    if (attempt >= count + 20)
      throw new Error(`No ${count} free ports a browser would open were found after ${attempt} tries.`);
    const port = await draw();
    if (!BROWSER_BAD_PORTS.has(port) && !ports.includes(port)) ports.push(port);
  }
  return ports;
}
