import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

export interface PaperServer {
  /** http://127.0.0.1:<port>/ */
  url: string;
  /** Serves an HTML document from memory at `path` (e.g. `handout.html`), beside the built deck. */
  put(path: string, html: string): void;
  close(): Promise<void>;
}

/**
 * Serves the built deck (dist/) on 127.0.0.1 for the printing browser, and the documents written
 * for paper beside it, so they share the deck's stylesheet and fonts by relative URL. The files
 * come through sirv (the static server Vite's own preview is built on); the documents from memory.
 */
export async function servePaper(dist: string): Promise<PaperServer> {
  const files = sirv(dist, { etag: false, dotfiles: false });
  const documents = new Map<string, string>();
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname).replace(/^\/+/, '');
    const inMemory = documents.get(path);
    if (inMemory !== undefined) return void res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(inMemory);
    files(req, res, () => void res.writeHead(404).end());
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
