import { statSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './shared-context.ts';
import { expectSlide, expectWebFont, searchFor } from './deck-page.ts';
import { deckIsReady } from '../tools/deck-ready.ts';

/** dist/offline.html, the one-file deck for USB sticks, opened from disk as a presenter would. */
const offlineFile = fileURLToPath(new URL('../dist/offline.html', import.meta.url));
const offlineUrl = pathToFileURL(offlineFile).href;

/** A context with no network at all: anything but file: is aborted, and every request is noted. */
async function offlineContext(context: BrowserContext) {
  const requests: string[] = [];
  const errors: string[] = [];
  await context.setOffline(true);
  await context.route('**/*', (route) => (route.request().url().startsWith('file:') ? route.continue() : route.abort()));
  context.on('request', (request) => requests.push(request.url()));
  const watch = (page: Page) => {
    page.on('console', (msg) => {
      if (msg.type() === 'error') errors.push(msg.text());
    });
    page.on('pageerror', (err) => errors.push(String(err)));
  };
  context.on('page', watch);
  return { requests, errors, watch };
}

test('dist/offline.html is one file of at most 570 KB', () => {
  expect(statSync(offlineFile).size).toBeLessThanOrEqual(570 * 1024);
});

test.describe(() => {
  test.use({ ownContext: true }); // the whole context is taken offline
  test('offline.html works from disk with the network blocked: slides, overview, search, speaker view, web font', async ({ context, page }) => {
    test.setTimeout(120_000); // walks every slide and opens every view
    const { requests, errors, watch } = await offlineContext(context);
    watch(page);
    await page.goto(offlineUrl);
    await page.waitForFunction(deckIsReady);

    // Walk every slide, as a presenter with a clicker would.
    const total = await page.evaluate(() => window.deck.getTotalSlides());
    expect(total).toBeGreaterThan(1);
    for (let i = 1; i < total; i++) await page.keyboard.press('Space');
    await expectSlide(page, 'closing');

    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => window.deck.isOverview())).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => window.deck.isOverview())).toBe(false);

    // Search for a phrase of a slide, from the first slide.
    await page.keyboard.press('Home');
    await expectSlide(page, 'cover');
    await searchFor(page, '面对面扶持企业', 'pillar-3-2');
    const search = page.locator('.deck-search__input');
    await page.keyboard.press('Control+Shift+F');
    await expect(search).toBeHidden();
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());

    // The speaker view: a popup the deck writes itself, its previews copies of the slides.
    const [speakerView] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')]);
    await expect(speakerView.locator('.speaker__notes')).toContainText('面对面');
    await page.keyboard.press('ArrowRight');
    await expect(speakerView.locator('.speaker__notes')).not.toContainText('面对面');

    // The text is drawn with the inlined Noto Serif SC, not the system's CJK font.
    await expectWebFont(page, ['.reveal .slides section[data-kind].present :is(h1, h2, h3, p)']);

    // Nothing was fetched but the file itself.
    expect(requests.length).toBeGreaterThan(0);
    for (const url of requests) expect(url.split(/[?#]/)[0]).toBe(offlineUrl);
    expect(errors).toEqual([]);
  });
});
