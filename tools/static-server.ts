import { basename, dirname, resolve } from 'node:path';
import { preview } from 'vite';

/**
 * Serves a built deck on 127.0.0.1, on a free port, with `vite preview` — the one static server
 * of the tests and the commands (Playwright's own is `npx vite preview`, playwright.config.ts):
 * text gzipped when the browser accepts it, fonts as they are (woff2 is compressed already).
 * `base` serves the folder at a sub-path (`/meetings/2023/deck/`), as a shared web host would.
 * No config file: the folder is served as it is, with none of the project's build plugins.
 */
export async function serveStatic(dir: string, base = '/'): Promise<{ url: string; close: () => Promise<void> }> {
  const outDir = resolve(dir);
  // Vite sets NODE_ENV=production in the calling process when none is set; left there, it would
  // reach every command the caller runs after (npm install would then skip devDependencies).
  const nodeEnv = process.env.NODE_ENV;
  const server = await preview({
    configFile: false,
    // The folder as build.outDir of its parent: Vite warns when the root is the folder it serves.
    root: dirname(outDir),
    base,
    build: { outDir: basename(outDir) },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  }).finally(() => {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error(`vite preview of ${outDir} is listening nowhere`);
  return { url, close: () => server.close() };
}
