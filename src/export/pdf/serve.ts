import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export interface PaperServer {
  /** http://127.0.0.1:<port>/ */
  url: string;
  /** Serves an HTML document from memory at `path` (e.g. `handout.html`), beside the built deck. */
  put(path: string, html: string): void;
  close(): Promise<void>;
}

/**
 * Serves the built deck (dist/) on 127.0.0.1 for the printing browser, and the documents written
 * for paper beside it, so they share the deck's stylesheet and fonts by relative URL.
 */
export async function servePaper(dist: string): Promise<PaperServer> {
  const root = resolve(dist);
  const documents = new Map<string, string>();
  const server = createServer((req, res) => {
    void (async () => {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname).replace(/^\/+/, '') || 'index.html';
      const inMemory = documents.get(path);
      if (inMemory !== undefined) return void res.writeHead(200, { 'Content-Type': TYPES['.html']! }).end(inMemory);
      const file = resolve(root, path);
      if (!file.startsWith(root + sep)) return void res.writeHead(403).end();
      const body = await readFile(file).catch(() => undefined);
      if (body === undefined) return void res.writeHead(404).end();
      res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    })();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    put: (path, html) => void documents.set(path, html),
    close: () =>
      new Promise((done) => {
        server.close(() => done());
        // The browser keeps its connections open; they must not hold the server up.
        server.closeAllConnections();
      }),
  };
}
