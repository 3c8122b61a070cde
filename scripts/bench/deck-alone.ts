/**
 * The baseline of `npm run bench:pdf`: the least any PDF of the deck costs as a command. Start
 * Node, start the browser (with the driver and flags `npm run pdf` uses), open the built deck,
 * print it untagged as it stands into the folder given, nothing more.
 */
import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { loadPuppeteer, puppeteerLaunchOptions } from '../../tools/browser.ts';
import { deckIsReady } from '../../tools/deck-ready.ts';
import { servePaper } from '../../src/export/pdf/serve.ts';
import { LANDSCAPE } from '../../src/theme/canvas.ts';

const out = process.argv[2];
if (!out) throw new Error('usage: node --import tsx scripts/bench/deck-alone.ts <folder>');
const [browser, server] = await Promise.all([puppeteerLaunchOptions().then((options) => loadPuppeteer().launch(options)), servePaper(resolve(import.meta.dirname, '../../dist'))]);
try {
  const page = (await browser.pages())[0] ?? (await browser.newPage());
  await page.setViewport(LANDSCAPE);
  await page.goto(server.url);
  await page.waitForFunction(deckIsReady);
  await page.evaluate(() => document.fonts.ready);
  await writeFile(join(out, 'deck.pdf'), await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: false, outline: false }));
} finally {
  await browser.close();
  await server.close();
}
