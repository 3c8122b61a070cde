/**
 * `npm run test:firefox` (part of `npm test`): the built deck in Firefox ESR, which has no
 * text-spacing-trim — adjacent full-width punctuation must close up there too, by the font's chws
 * (src/theme/base.css asks for it). Firefox ESR is driven by puppeteer-core over WebDriver BiDi.
 * Run with `tsx --test` after `npm run build`; FIREFOX_PATH overrides /usr/bin/firefox-esr.
 */
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { after, before, test } from 'node:test';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { preview, type PreviewServer } from 'vite';
import { fontWeights } from '../src/theme/font-weights.ts';
import { deckPunctuationPairs, measurePairWidths, roundWidths, trimmedWidth } from './punctuation-pairs.ts';
import { deckIsReady } from '../tools/deck-ready.ts';

let server: PreviewServer;
let browser: Browser;
let page: Page;

before(async () => {
  // dist/ as `vite preview` serves it, on a free port: other checkouts may test beside this one.
  server = await preview({ root: resolve(import.meta.dirname, '..'), logLevel: 'silent', preview: { host: '127.0.0.1', port: 0, strictPort: false } });
  browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: true,
  });
  page = await browser.newPage();
  await page.goto(server.resolvedUrls!.local[0]!);
  await page.waitForFunction(deckIsReady, undefined, { timeout: 30_000 });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test('Firefox loads every weight of the web font', async () => {
  const loaded = await page.evaluate(() =>
    [...document.fonts].filter((face) => face.family.replace(/["']/g, '') === 'Noto Serif SC' && face.status === 'loaded').map((face) => face.weight),
  );
  assert.deepEqual(new Set(loaded), new Set(fontWeights.map(String)));
});

test('Firefox closes up adjacent full-width punctuation to 1.5em, as Chromium does', async () => {
  const { pairs } = deckPunctuationPairs();
  const { fontSize, widths } = await page.evaluate(measurePairWidths, { pairs, weights: [...fontWeights] });
  assert.equal(fontSize, 30);
  const expected = Object.fromEntries(pairs.map((pair) => [pair, trimmedWidth(pair)]));
  for (const weight of fontWeights) assert.deepEqual(roundWidths(widths[weight]!), expected, `weight ${weight}`);
});
