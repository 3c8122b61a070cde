import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { fontWeights } from '../src/theme/font-weights.ts';
import { expectSlide, expectWebFont, openDeck } from './deck-page.ts';
import { boldOutsideBoldFont } from './in-page.ts';
import { deckPunctuationPairs, measurePairWidths, roundWidths, trimmedWidth } from './punctuation-pairs.ts';

/** What the page knew when reveal.js fired `ready`: recorded by an init script, in page time. */
interface AtReady {
  readyAt: number;
  loadedWeights: string[];
  fontsReady: boolean;
}

declare global {
  interface Window {
    atReady?: AtReady;
  }
}

test.beforeEach(async ({ page }) => {
  await page.addInitScript((weights) => {
    // reveal.js dispatches `ready` on its root element; capture it on the way down.
    document.addEventListener(
      'ready',
      () => {
        window.atReady = {
          readyAt: performance.now(),
          loadedWeights: [...document.fonts]
            .filter((face) => face.family.replace(/["']/g, '') === 'Noto Serif SC' && face.status === 'loaded')
            .map((face) => face.weight),
          // True only when every face the text would use has loaded.
          fontsReady: weights.every((weight) => document.fonts.check(`${weight} 1em "Noto Serif SC"`, '中文')),
        };
      },
      { capture: true, once: true },
    );
  }, fontWeights.map(String));
});

/** Font files the page fetched so far, with when the fetch started (page time). */
function fontResources(page: import('@playwright/test').Page) {
  return page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((entry) => /\.woff2?(\?|$)/.test(entry.name))
      .map((entry) => ({ name: entry.name, startTime: entry.startTime, initiator: (entry as PerformanceResourceTiming).initiatorType })),
  );
}

test('slide 1 is first shown with every weight of Noto Serif SC already loaded', async ({ page }) => {
  await openDeck(page);
  const atReady = (await page.evaluate(() => window.atReady))!;
  expect(atReady).toBeDefined();
  // The slides are hidden until reveal.js starts, and it starts only once the fonts have loaded.
  expect(new Set(atReady.loadedWeights)).toEqual(new Set(fontWeights.map(String)));
  expect(atReady.fontsReady).toBe(true);
});

test('one preloaded font file per weight, and no font request after the deck is ready', async ({ page }) => {
  test.setTimeout(60_000); // it walks every slide, slow on a busy machine
  await openDeck(page);
  const preloads = await page.$$eval('link[rel="preload"][as="font"]', (links) =>
    links.map((l) => ({ type: l.getAttribute('type'), crossorigin: l.hasAttribute('crossorigin') })),
  );
  expect(preloads).toEqual(fontWeights.map(() => ({ type: 'font/woff2', crossorigin: true })));

  const total = await page.evaluate(() => window.deck.getTotalSlides());
  for (let i = 1; i < total; i++) await page.keyboard.press('Space');
  await expectSlide(page, 'closing');
  await page.keyboard.press('Escape'); // the overview draws every slide at once
  await expect.poll(() => page.evaluate(() => window.deck.isOverview())).toBe(true);
  await page.evaluate(() => document.fonts.ready);

  const { readyAt } = (await page.evaluate(() => window.atReady))!;
  const fonts = await fontResources(page);
  expect(fonts).toHaveLength(fontWeights.length);
  for (const font of fonts) {
    expect(font.initiator).toBe('link'); // fetched by the preload, not discovered late by the CSS
    expect(font.startTime).toBeLessThan(readyAt);
  }
});

test('adjacent full-width punctuation closes up to 1.5em, in both weights of the web font', async ({ page }) => {
  const { speechPairs, pairs } = deckPunctuationPairs();
  expect(speechPairs.length).toBeGreaterThan(3);
  await openDeck(page);
  const { fontSize, widths } = await page.evaluate(measurePairWidths, { pairs, weights: [...fontWeights] });
  expect(fontSize).toBe(30); // the slides' body size, unscaled
  // Measured in the deck's own font, not a system CJK font that may space punctuation itself.
  await expectWebFont(
    page,
    fontWeights.flatMap((weight) => speechPairs.map((pair) => `#punctuation-pairs [data-weight="${weight}"][data-pair="${pair}"]`)),
  );
  const expected = Object.fromEntries(pairs.map((pair) => [pair, trimmedWidth(pair)]));
  for (const weight of fontWeights) expect(roundWidths(widths[weight]!), `weight ${weight}`).toEqual(expected);
});

test('the printed deck embeds only Noto Serif SC Regular and Bold, named so', async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto('./?print-pdf');
  await page.waitForFunction(() => window.deck?.isReady());
  await page.evaluate(() => document.fonts.ready);
  const pdfPath = join(mkdtempSync(join(tmpdir(), 'deck-fonts-')), 'deck.pdf');
  writeFileSync(pdfPath, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  // pdffonts: two header lines, then one line per embedded font, its name first (ABCDEF+ marks a subset).
  const names = execFileSync('pdffonts', [pdfPath], { encoding: 'utf8' })
    .split('\n')
    .slice(2)
    .filter((line) => line.trim())
    .map((line) => line.split(/\s+/)[0]!.replace(/^[A-Z]{6}\+/, ''));
  expect(new Set(names)).toEqual(new Set(['NotoSerifSC-Regular', 'NotoSerifSC-Bold']));
});


test('the bold font file carries every character set bold: slides, phone, help, speaker view, rehearsal report, the page without JavaScript', async ({ page, browser, baseURL }) => {
  test.setTimeout(90_000);
  await openDeck(page, '?rehearse');
  expect(await page.evaluate(boldOutsideBoldFont), 'every slide').toEqual([]);
  await page.keyboard.press('?');
  expect(await page.evaluate(boldOutsideBoldFont), 'help').toEqual([]);
  await page.keyboard.press('Escape');
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowRight');
  await page.locator('.deck-rehearsal-report').waitFor();
  expect(await page.evaluate(boldOutsideBoldFont), 'rehearsal report').toEqual([]);
  const [speaker] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')]);
  await speaker.waitForFunction(() => document.body?.classList.contains('speaker'));
  await speaker.evaluate(() => document.fonts.ready);
  expect(await speaker.evaluate(boldOutsideBoldFont), 'speaker view').toEqual([]);
  for (const options of [{ viewport: { width: 390, height: 844 } }, { javaScriptEnabled: false }]) {
    const context = await browser.newContext({ ...options, baseURL: baseURL! });
    const other = await context.newPage();
    await other.goto('./');
    await other.evaluate(() => document.fonts.ready);
    if (options.javaScriptEnabled !== false) await other.waitForFunction(() => window.deck?.isReady());
    expect(await other.evaluate(boldOutsideBoldFont), JSON.stringify(options)).toEqual([]);
    await context.close();
  }
});
