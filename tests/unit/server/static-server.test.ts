import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, serveFolder } from '../../../src/server/static-server.ts';

/** A raw request, so the path reaches the server exactly as written (fetch would normalise it). */
function get(server: RunningServer, path: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(server.url);
  return new Promise((done, fail) => {
    const sent = request({ hostname, port, path, method: 'GET' }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => {
        body += chunk;
      });
      response.on('end', () => done({ status: response.statusCode ?? 0, body }));
    });
    sent.on('error', fail);
    sent.end();
  });
}

describe('the loopback server the export prints from', () => {
  const root = mkdtempSync(join(tmpdir(), 'deck-serve-'));
  let server: RunningServer;
  beforeAll(async () => {
    mkdirSync(join(root, 'deck', 'assets'), { recursive: true });
    writeFileSync(join(root, 'deck', 'index.html'), '<!doctype html><title>deck</title>');
    writeFileSync(join(root, 'deck', 'assets', 'a b.js'), 'export {};');
    writeFileSync(join(root, 'secret.txt'), 'outside the deck');
    server = await serveFolder(join(root, 'deck'));
  });
  afterAll(async () => {
    await server.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('serves the deck', async () => {
    expect(await get(server, '/')).toMatchObject({ status: 200, body: '<!doctype html><title>deck</title>' });
    expect(await get(server, '/assets/a%20b.js')).toMatchObject({ status: 200, body: 'export {};' });
  });

  it.each(['/%zz', '/%', '/%E0%A4%A', '/assets/%C0%AF'])(
    'answers the malformed address %s with 400, and keeps serving',
    async (path) => {
      expect((await get(server, path)).status).toBe(400);
      expect((await get(server, '/index.html')).status).toBe(200);
    },
  );

  it('serves nothing outside the deck folder', async () => {
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt'])
      expect((await get(server, path)).status, path).toBe(404);
  });
});
