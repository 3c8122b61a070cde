import { expect, test } from '@playwright/test';
import { fontWeights } from '../src/theme/font-weights.ts';
import { expectSlide, openDeck } from './deck-page.ts';

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
