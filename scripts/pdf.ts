/**
 * `npm run pdf`: dist/slides.pdf, dist/handout.pdf and dist/script.pdf, one line per file.
 * Builds the deck first when dist/ is missing or older than its sources.
 *
 * The browser starts, and opens the deck, as soon as it can: the outline, its checks and the
 * renderers load meanwhile (imported below, not at the top, where they would load first).
 */
import { spawnSync } from 'node:child_process';
import { relative, resolve } from 'node:path';
import type { Browser } from 'puppeteer-core';
import { loadPuppeteer, puppeteerLaunchOptions } from '../tools/browser.ts';
import { fillInValuesFile } from '../src/outline/content-files.ts';
import type { WrittenPdf } from '../src/export/pdf/export.ts';
import { startPrinting } from '../src/export/pdf/print-session.ts';
import { staleBuild } from '../src/export/pdf/stale.ts';

const root = resolve(import.meta.dirname, '..');
const dist = resolve(root, 'dist');
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

if (process.argv.length > 2) {
  console.error(`npm run pdf takes no options (got ${process.argv.slice(2).join(' ')})`);
  process.exit(2);
}

const stale = await staleBuild(root, dist, [fillInValuesFile()]);
if (stale) {
  console.log(stale === 'no build' ? 'dist/ has no build: building the deck first' : `${stale} changed since the last build: building the deck first`);
  const build = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const started = performance.now();
let browser: Browser | undefined;
const printing = puppeteerLaunchOptions()
  .then((options) => loadPuppeteer().launch(options))
  .then((launched) => startPrinting((browser = launched), dist));
printing.catch(() => undefined); // reported where it is awaited, below
try {
  const [{ loadDeck, importOnce }, { printPdfs }] = await Promise.all([import('../src/outline/load-deck.ts'), import('../src/export/pdf/export.ts')]);
  const model = await loadDeck(root, fillInValuesFile(), importOnce);
  const line = (pdf: WrittenPdf) => console.log(`${relative(root, pdf.path).padEnd(17)} ${String(pdf.pages).padStart(3)} pages  ${seconds(pdf.ms)}`);
  const written = await printPdfs(printing, { root, dist, out: dist, model, onWritten: line });
  console.log(`${written.length} PDFs in ${seconds(performance.now() - started)}, browser start included`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  // A browser still starting when the outline failed is closed too, once it has started.
  await (await printing.catch(() => undefined))?.close();
  await browser?.close();
}
