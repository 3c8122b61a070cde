import { resolve, sep } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
import { renderPage } from '../render/page.ts';
import { contentFiles, fillInValuesFile } from '../outline/content-files.ts';
import { openFillInsReport, strictFillIns } from './fill-in-report.ts';
import { loadDeck } from '../outline/load-deck.ts';

/**
 * Renders the outline into index.html at build time (and on every dev request), so the built
 * page holds every slide and note as static markup. The dev server reloads on slides/ edits.
 * A build names the blanks still open, and fails on them in strict mode.
 */
export function deckPagePlugin(): Plugin {
  let config: ResolvedConfig | undefined;
  const root = () => config?.root ?? process.cwd();
  return {
    name: 'deck-page',
    configResolved(resolved) {
      config = resolved;
    },
    async buildStart() {
      if (config?.command !== 'build') return;
      const valuesFile = fillInValuesFile();
      const report = openFillInsReport(await loadDeck(root(), valuesFile), valuesFile);
      if (report === '') return;
      if (strictFillIns()) throw new Error(`Strict build: ${report}`);
      // The offline build follows the main one: say it once.
      if (config.mode !== 'offline') config.logger.warn(`\n${report}\n`);
    },
    async transformIndexHtml(html) {
      return renderPage(html, await loadDeck(root()));
    },
    configureServer(server) {
      const slidesDir = resolve(root(), contentFiles.dir) + sep;
      server.watcher.add(slidesDir);
      const reload = (file: string) => {
        if (file.startsWith(slidesDir)) server.ws.send({ type: 'full-reload' });
      };
      server.watcher.on('change', reload);
      server.watcher.on('add', reload);
    },
  };
}
