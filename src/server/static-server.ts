import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import sirv from 'sirv';

export interface RunningServer {
  /** Base address, ending in a slash, e.g. http://127.0.0.1:39217/ */
  readonly url: string;
  /** Every path requested so far, for checks that nothing unexpected was fetched. */
  readonly requests: readonly string[];
  close(): Promise<void>;
}

/** The request's path, decoded; null when it is not a well-formed address (`/%zz`). */
export function requestPath(rawUrl: string | undefined): string | null {
  try {
    return decodeURIComponent(new URL(rawUrl ?? '/', 'http://localhost').pathname);
  } catch {
    return null;
  }
}

function answer(response: ServerResponse, status: number, text: string): void {
  if (response.headersSent) {
    response.destroy();
    return;
  }
  response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' }).end(text);
}

/**
 * Serves a built deck folder on loopback, on a free port, with `sirv` (the static
 * server Vite's own preview uses). Used by the PDF export and the benchmark so
 * neither depends on the dev server or on the network. A malformed address gets a
 * 400 and a failing request a 500: no request can bring the server down mid-export.
 */
export async function serveFolder(root: string): Promise<RunningServer> {
  const base = resolve(root);
  if (!existsSync(join(base, 'index.html'))) throw new Error(`No built deck in ${base}: run \`npm run build\` first.`);
  const requests: string[] = [];
  const files = sirv(base, { dev: true, etag: false, dotfiles: false });
  const handle = (request: IncomingMessage, response: ServerResponse): void => {
    const path = requestPath(request.url);
    if (path === null) {
      requests.push(request.url ?? '');
      answer(response, 400, 'bad request: the address is not well formed');
      return;
    }
    requests.push(path);
    files(request, response, () => answer(response, 404, 'not found'));
  };
  const server: Server = createServer((request, response) => {
    try {
      handle(request, response);
    } catch {
      answer(response, 500, 'the server could not read this file');
    }
  });
  // A client that hangs up mid-file must not take the server with it.
  server.on('clientError', (_error, socket) => socket.destroy());
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    requests,
    close: () =>
      new Promise<void>((done, fail) => {
        server.closeAllConnections();
        server.close((error) => (error ? fail(error) : done()));
      }),
  };
}
