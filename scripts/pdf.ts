/**
 * `npm run pdf`: dist/slides.pdf, dist/handout.pdf and dist/script.pdf, one line per file.
 * Builds the deck first when dist/ is missing or older than its sources.
 */
import { spawnSync } from 'node:child_process';
import { relative, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../tools/browser.ts';
import { fillInValuesFile } from '../src/outline/content-files.ts';
import { loadDeck } from '../src/outline/load-deck.ts';
import { exportPdfs, type WrittenPdf } from '../src/export/pdf/export.ts';
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
try {
  // The browser starts while the outline is read and checked.
  const [model, browser] = await Promise.all([loadDeck(root), chromium.launch(chromiumLaunchOptions())]);
  try {
    const line = (pdf: WrittenPdf) =>
      console.log(`${relative(root, pdf.path).padEnd(17)} ${String(pdf.pages).padStart(3)} pages  ${seconds(pdf.ms)}`);
    const written = await exportPdfs(browser, { root, dist, out: dist, model, onWritten: line });
    console.log(`${written.length} PDFs in ${seconds(performance.now() - started)}, browser start included`);
  } finally {
    await browser.close();
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
