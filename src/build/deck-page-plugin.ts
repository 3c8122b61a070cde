import { resolve, sep } from 'node:path';
import type { Plugin } from 'vite';
import { renderPage } from '../render/page.ts';
import { contentFiles } from './content.ts';
import { loadDeck } from './load-deck.ts';

/**
 * Renders the outline into index.html at build time (and on every dev request), so the built
 * page holds every slide and note as static markup. The dev server reloads on slides/ edits.
 */
export function deckPagePlugin(): Plugin {
  let root = process.cwd();
  return {
    name: 'deck-page',
    configResolved(config) {
      root = config.root;
    },
    async transformIndexHtml(html) {
      const { outline } = await loadDeck(root);
      return renderPage(html, outline);
    },
    configureServer(server) {
      const slidesDir = resolve(root, contentFiles.dir) + sep;
      server.watcher.add(slidesDir);
      const reload = (file: string) => {
        if (file.startsWith(slidesDir)) server.ws.send({ type: 'full-reload' });
      };
      server.watcher.on('change', reload);
      server.watcher.on('add', reload);
    },
  };
}
