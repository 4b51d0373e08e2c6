import { describe, expect, it } from 'vitest';
import { BROWSER_BAD_PORTS, browserSafePorts, portFromSystem } from '../../support/ports.ts';

/** The ports the end-to-end servers were drawn from before: 4200 + (pid % 1500) × 2, per talk. */
const OLD_DRAW = Array.from({ length: 1500 }, (_, pid) => [4200 + pid * 2, 4200 + pid * 2 + 1]).flat();

describe('the end-to-end servers’ ports', () => {
  it('knows the ports Chromium refused in a fresh clone’s run, and that the old draw could land on them', () => {
    for (const port of [5060, 5061, 6000, 6566, 6665, 6666, 6667, 6668, 6669, 6697])
      expect(BROWSER_BAD_PORTS.has(port), String(port)).toBe(true);
    expect(OLD_DRAW.filter((port) => BROWSER_BAD_PORTS.has(port))).toContain(6665);
  });

  it('passes over bad and repeated ports, whatever the system hands out', async () => {
    const handed = [6665, 5060, 41_000, 41_000, 6697, 41_002];
    const ports = await browserSafePorts(2, async () => handed.shift() ?? 0);
    expect(ports).toEqual([41_000, 41_002]);
  });

  it('says so, rather than loop, when no good port comes', async () => {
    await expect(browserSafePorts(2, async () => 6000)).rejects.toThrow(/No 2 free ports a browser would open/);
  });

  it('draws real free ports from the system, none a browser refuses', async () => {
    const ports = await browserSafePorts(2);
    expect(new Set(ports).size).toBe(2);
    for (const port of ports) expect(BROWSER_BAD_PORTS.has(port)).toBe(false);
    expect(await portFromSystem()).toBeGreaterThan(0);
  });
});

describe('playwright.config.ts', () => {
  it('serves each talk on its own port, one a browser opens', async () => {
    const saved = process.env['E2E_PORTS'];
    delete process.env['E2E_PORTS'];
    try {
      const { default: config } = await import('../../../playwright.config.ts');
      const servers = [config.webServer ?? []].flat();
      const ports = servers.map((server) => Number(new URL(server.url ?? '').port));
      expect(ports.length).toBeGreaterThanOrEqual(2);
      expect(new Set(ports).size).toBe(ports.length);
      for (const port of ports) expect(BROWSER_BAD_PORTS.has(port), String(port)).toBe(false);
      for (const [position, server] of servers.entries())
        expect(server.command).toContain(`--port ${ports[position]} --strictPort`);
    } finally {
      if (saved === undefined) delete process.env['E2E_PORTS'];
      else process.env['E2E_PORTS'] = saved;
    }
  });
});
