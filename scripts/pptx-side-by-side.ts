/**
 * `npm run screenshots:pptx`: docs/screenshots/pptx-side-by-side.png, slides of the built deck
 * (run `npm run build` first) in Chromium beside the same slides of the PowerPoint file as
 * LibreOffice Impress renders it. Writes dist/slides.pptx as `npm run pptx` does.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { preview } from 'vite';
import { chromiumLaunchOptions } from '../tools/browser.ts';
import { renderWithLibreOffice } from '../tools/libreoffice.ts';
import { loadDeck } from '../src/outline/load-deck.ts';
import { writePptx } from '../src/export/pptx/write-pptx.ts';
import { deckOrder } from '../src/outline/walk.ts';
import { deckIsReady } from '../tools/deck-ready.ts';

const root = resolve(import.meta.dirname, '..');
const outFile = join(root, 'docs/screenshots/pptx-side-by-side.png');
const shown = ['cover', 'overview', 'pillar-1', 'pillar-3-1'];
const size = { width: 640, height: 360 };

const model = await loadDeck(root);
const pptxPath = join(root, 'dist/slides.pptx');
writeFileSync(pptxPath, await writePptx(model));
const workDir = mkdtempSync(join(tmpdir(), 'deck-side-by-side-'));
const pdf = await renderWithLibreOffice(pptxPath, workDir);
const order = deckOrder(model.outline).map((s) => s.id);

const server = await preview({ root, preview: { port: 0, host: '127.0.0.1' }, logLevel: 'silent' });
const url = server.resolvedUrls!.local[0]!;
const browser = await chromium.launch(chromiumLaunchOptions());
try {
  const page = await browser.newPage({ viewport: size });
  const rows: { id: string; deck: string; pptx: string }[] = [];
  for (const id of shown) {
    // No reveal.js chrome (arrows, progress, slide number): the PowerPoint slide has none.
    await page.goto(`${url}?controls=false&progress=false&slideNumber=false&transition=none#/${id}`);
    await page.waitForFunction(deckIsReady);
    await page.evaluate(() => document.fonts.ready);
    await page.waitForTimeout(400);
    const deck = (await page.screenshot()).toString('base64');
    const n = order.indexOf(id) + 1;
    const png = join(workDir, `slide-${n}`);
    execFileSync('pdftoppm', ['-png', '-singlefile', '-scale-to-x', String(size.width), '-scale-to-y', String(size.height), '-f', String(n), '-l', String(n), pdf, png]);
    rows.push({ id, deck, pptx: readFileSync(`${png}.png`).toString('base64') });
  }
  const cell = (b64: string) => `<img src="data:image/png;base64,${b64}" width="${size.width}" height="${size.height}">`;
  await page.setViewportSize({ width: 2 * size.width + 60, height: 400 });
  await page.setContent(
    `<style>body{margin:0;padding:16px 20px;background:#eee;font:15px/1.4 sans-serif;color:#333}` +
      `.grid{display:grid;grid-template-columns:repeat(2,${size.width}px);gap:12px 20px}img{display:block;box-shadow:0 1px 4px #0003}</style>` +
      `<div class="grid"><b>the deck (Chromium)</b><b>dist/slides.pptx (LibreOffice Impress)</b>` +
      rows.map((row) => cell(row.deck) + cell(row.pptx)).join('') +
      `</div>`,
  );
  await page.locator('body').screenshot({ path: outFile });
  console.log(`wrote ${outFile} (${shown.join(', ')})`);
} finally {
  await browser.close();
  await new Promise<void>((done) => server.httpServer.close(() => done()));
}
