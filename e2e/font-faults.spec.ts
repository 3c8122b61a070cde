import type { Page } from '@playwright/test';
import { expect, test } from './shared-context.ts';
import { fontWeights } from '../src/theme/font-weights.ts';
import { font } from '../src/theme/tokens.ts';
import { slideIdsInOrder } from './content.ts';
import { expectGlyphsFromWebFont, glyphFonts, openDeck, probeEverySlide } from './deck-page.ts';
import { deckIsReady, loadedFontWeights } from './in-page.ts';
import { layoutProbe, probeSlideLayout } from './layout-probe.ts';

/**
 * Issue 12, faults: the deck's fonts fail or come late. The deck must start, stay readable in
 * the system's CJK serif, and take the real font up once it arrives.
 */

/** Every slide, shown in turn: what the layout probe finds wrong (overflow, overlap, line-start punctuation). */
function layoutProblems(page: Page): Promise<string[]> {
  return probeEverySlide(page, slideIdsInOrder, [{ probe: probeSlideLayout, argFor: layoutProbe }]);
}

test('fonts that cannot load: the deck starts, every slide fits in the system CJK serif of the fallback chain', async ({ page }) => {
  await page.route('**/*.woff2', (route) => route.abort());
  await openDeck(page, '?transition=none');
  expect(await page.evaluate(loadedFontWeights)).toEqual([]);
  const drawnWith = await glyphFonts(page, '#cover h1');
  expect(drawnWith.length).toBeGreaterThan(0);
  for (const { familyName, isCustomFont } of drawnWith) {
    expect(isCustomFont).toBe(false);
    // One of the serifs the theme names after Noto Serif SC (this machine: fonts-noto-cjk), not a sans or a Latin face.
    expect(font.fallbacks.some((name) => familyName.startsWith(name.replace(/ SC$/, '')))).toBe(true);
  }
  expect(await layoutProblems(page)).toEqual([]);
});

test('fonts that come late: the deck starts without them, then takes them up, and every slide still fits', async ({ page }) => {
  // Held back until the deck has started without them: past its 3 s wait for them.
  let pending = 0;
  let release!: () => void;
  const released = new Promise<void>((done) => (release = done));
  await page.route('**/*.woff2', async (route) => {
    pending++;
    await released;
    pending--;
    await route.continue();
  });
  // Not until the page's load event: that waits for the preloaded fonts.
  await page.goto('./?transition=none', { waitUntil: 'domcontentloaded' });
  await page.waitForFunction(deckIsReady);
  expect(pending, 'the deck started while its fonts were still on their way').toBeGreaterThan(0);
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => page.evaluate(() => window.deck.getIndices().h)).toBe(1);
  // Now they come, late.
  release();

  await expect.poll(() => page.evaluate(loadedFontWeights), { timeout: 30_000 }).toHaveLength(fontWeights.length);
  await expectGlyphsFromWebFont(page, ['#cover h1', '#opening .key-points li']);
  expect(await layoutProblems(page)).toEqual([]);
});
