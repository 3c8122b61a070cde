import { expect, test } from './shared-context.ts';
import { fontWeights } from '../src/theme/font-weights.ts';
import { slideIdsInOrder } from './content.ts';
import { currentSlideId, expectSlide, expectWebFont, openDeck, watchPage } from './deck-page.ts';
import { boldOutsideBoldFont } from './in-page.ts';
import { deckPunctuationPairs, measurePairWidths, roundWidths, trimmedWidth } from './punctuation-pairs.ts';
import { deckIsReady } from '../tools/deck-ready.ts';

/** What the page knew when reveal.js fired `ready`: recorded by an init script, in page time. */
interface AtReady {
  readyAt: number;
  /** Per weight: whether every file the first slide's text needs has loaded. */
  coverReady: Record<string, boolean>;
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
        const cover = document.querySelector('#cover .frame')?.textContent ?? '';
        window.atReady = {
          readyAt: performance.now(),
          coverReady: Object.fromEntries(weights.map((weight) => [weight, cover !== '' && document.fonts.check(`${weight} 1em "Noto Serif SC"`, cover)])),
        };
      },
      { capture: true, once: true },
    );
  }, fontWeights.map(String));
});

/** Font files the page fetched so far, with when the fetch started (page time), and when it first painted text. */
function fontFetches(page: import('@playwright/test').Page) {
  return page.evaluate(() => ({
    fonts: performance
      .getEntriesByType('resource')
      .filter((entry) => /\.woff2?(\?|$)/.test(entry.name))
      .map((entry) => ({ name: entry.name, startTime: entry.startTime, initiator: (entry as PerformanceResourceTiming).initiatorType })),
    firstContentfulPaint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
  }));
}

test('slide 1 is first shown with the files its text needs loaded, in every weight', async ({ page }) => {
  await openDeck(page);
  const atReady = (await page.evaluate(() => window.atReady))!;
  expect(atReady).toBeDefined();
  // The slides are hidden until reveal.js starts, and it starts only once these have loaded.
  expect(atReady.coverReady).toEqual(Object.fromEntries(fontWeights.map((weight) => [String(weight), true])));
});

test('→ from the cover visits every slide once, in order, with no console error and no request beyond the local server; the first slide’s small font files are preloaded, the rest fetched once it is painted, on a screen and on a phone, each file once', async ({ page, browser, baseURL }) => {
  test.setTimeout(60_000); // it walks every slide, slow on a busy machine
  const watched = watchPage(page, new URL(baseURL!).origin);
  await openDeck(page);
  const preloads = await page.$$eval('link[rel="preload"][as="font"]', (links) =>
    links.map((l) => ({ type: l.getAttribute('type'), crossorigin: l.hasAttribute('crossorigin'), first: /-first-/.test(l.getAttribute('href') ?? '') })),
  );
  expect(preloads).toEqual(fontWeights.map(() => ({ type: 'font/woff2', crossorigin: true, first: true })));

  // → walks the whole deck, measures included, each slide once and in outline order; visiting
  // every slide requests what loads lazily (the fonts' other files) too.
  const visited = [await currentSlideId(page)];
  for (const id of slideIdsInOrder.slice(1)) {
    await page.keyboard.press('ArrowRight');
    await expectSlide(page, id);
    visited.push(await currentSlideId(page));
  }
  expect(visited).toEqual(slideIdsInOrder);
  await page.keyboard.press('Escape'); // the overview draws every slide at once
  await expect.poll(() => page.evaluate(() => window.deck.isOverview())).toBe(true);
  await page.evaluate(() => document.fonts.ready);
  expect(watched.errors).toEqual([]);
  expect(watched.foreignRequests).toEqual([]);

  const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, baseURL: baseURL! });
  await openDeck(phone);
  await phone.evaluate(() => document.fonts.ready);
  for (const [where, { fonts, firstContentfulPaint }] of [['screen', await fontFetches(page)], ['phone', await fontFetches(phone)]] as const) {
    // Two files per weight, each fetched once: the first slide's, by the preload, before anything
    // is painted; the rest after the first slide is painted.
    expect(fonts, where).toHaveLength(fontWeights.length * 2);
    expect(new Set(fonts.map((font) => font.name)).size, where).toBe(fonts.length);
    const [first, rest] = [fonts.filter((font) => /-first-/.test(font.name)), fonts.filter((font) => !/-first-/.test(font.name))];
    expect(first.map((font) => font.initiator), where).toEqual(fontWeights.map(() => 'link'));
    for (const font of first) expect(font.startTime, `${where}: ${font.name}`).toBeLessThan(firstContentfulPaint);
    for (const font of rest) expect(font.startTime, `${where}: ${font.name}`).toBeGreaterThanOrEqual(firstContentfulPaint);
  }
  await phone.close();
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

test('the bold font file carries every character set bold: slides, phone, help, pre-flight check, speaker view, rehearsal report, the page without JavaScript', async ({ page, browser, baseURL }) => {
  test.setTimeout(90_000);
  await openDeck(page, '?rehearse');
  expect(await page.evaluate(boldOutsideBoldFont), 'every slide').toEqual([]);
  // Each panel checked once it is shown, and gone before the next key: the help's code loads on
  // its key, and an Escape pressed before it has loaded would leave it open over the deck.
  const help = page.locator('.deck-help--keys');
  await page.keyboard.press('?');
  await expect(help).toBeVisible();
  expect(await page.evaluate(boldOutsideBoldFont), 'help').toEqual([]);
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
  const preflight = page.locator('.deck-preflight');
  await page.keyboard.press('c');
  await page.locator('.deck-preflight__row').first().waitFor();
  expect(await page.evaluate(boldOutsideBoldFont), 'pre-flight check').toEqual([]);
  await page.keyboard.press('Escape');
  await expect(preflight).toBeHidden();
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
    if (options.javaScriptEnabled !== false) await other.waitForFunction(deckIsReady);
    expect(await other.evaluate(boldOutsideBoldFont), JSON.stringify(options)).toEqual([]);
    await context.close();
  }
});
