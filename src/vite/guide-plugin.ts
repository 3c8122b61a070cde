import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
import { guideFile, guideSource } from '../shared/guide.ts';
import { guidePage } from './guide-page.ts';

/**
 * Builds the presenter's guide (docs/演示指南.md) into dist/guide.html beside the deck, and serves it
 * on the dev server, so the help overlay's link to it works wherever the deck runs. The one-file
 * build (offline.html) links the same name: the hand-over package puts the guide beside it.
 */
export function guidePlugin(): Plugin {
  let config: ResolvedConfig | undefined;
  const page = async () => guidePage(await readFile(resolve(config?.root ?? process.cwd(), guideSource), 'utf8'));
  return {
    name: 'deck-guide',
    configResolved(resolved) {
      config = resolved;
    },
    async generateBundle() {
      if (config?.mode === 'offline') return;
      this.emitFile({ type: 'asset', fileName: guideFile, source: await page() });
    },
    configureServer(server) {
      server.middlewares.use(`/${guideFile}`, (_req, res, next) => {
        page().then((html) => res.setHeader('Content-Type', 'text/html; charset=utf-8').end(html), next);
      });
    },
  };
}
