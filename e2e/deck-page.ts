import type { Page } from '@playwright/test';
import { expect } from './shared-context.ts';
import { fontWeights } from '../src/theme/font-weights.ts';
import { currentSlideId as currentSlideIdInPage, deckIsReady, loadedFontWeights, scrollToSlideById } from './in-page.ts';

/** Opens the built deck (optionally at a #/<id> deep link) and waits until reveal.js is ready. */
export async function openDeck(page: Page, hash = ''): Promise<void> {
  await page.goto(`./${hash}`);
  await page.waitForFunction(deckIsReady);
}

/** Opens a #/<id> link as a new visit: a fresh page load, not a jump within the page already open. */
export async function visitDeck(page: Page, hash: string): Promise<void> {
  await page.goto('about:blank');
  await openDeck(page, hash);
}

/** The current slide's id, read from the deck (the URL hash lags by up to a second). */
export function currentSlideId(page: Page): Promise<string> {
  return page.evaluate(currentSlideIdInPage);
}

export async function expectSlide(page: Page, id: string): Promise<void> {
  await expect.poll(() => currentSlideId(page)).toBe(id);
}

/** Moves the deck to the slide with this id and waits until it is current. */
export async function showSlide(page: Page, id: string): Promise<void> {
  await page.evaluate((slideId) => {
    const { h, v } = window.deck.getIndices(document.getElementById(slideId)!);
    window.deck.slide(h, v);
  }, id);
  await expectSlide(page, id);
}

/** Every slide id in deck order, from the rendered markup. */
export function slideIds(page: Page): Promise<string[]> {
  return page.$$eval('.reveal .slides section[data-kind]', (sections) => sections.map((s) => s.id));
}

/** Collects console errors and uncaught exceptions, and every request that leaves the local server. */
export function watchPage(page: Page, allowedOrigin: string) {
  const errors: string[] = [];
  const foreignRequests: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(String(err)));
  page.on('response', (res) => {
    if (res.status() >= 400) errors.push(`${res.status()} ${res.url()}`);
  });
  page.on('request', (req) => {
    const url = req.url();
    if (!url.startsWith(allowedOrigin) && !/^(data|blob|about):/.test(url)) foreignRequests.push(url);
  });
  return { errors, foreignRequests };
}

/** Opens the search box (Ctrl+Shift+F), searches for `text` and waits on the slide that has it. */
export async function searchFor(page: Page, text: string, expectedSlideId: string): Promise<void> {
  await page.keyboard.press('Control+Shift+F');
  const input = page.locator('.deck-search__input');
  await expect(input).toBeFocused();
  await input.fill(text);
  await input.press('Enter');
  await expectSlide(page, expectedSlideId);
}

/**
 * Asserts the web font itself, not the look (a system CJK font would look much the same):
 * a loaded FontFace of Noto Serif SC for every weight the theme uses, and the renderer's word
 * (CDP) that the given elements' glyphs were drawn with that custom font.
 */
export async function expectWebFont(page: Page, selectors: readonly string[]): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  const loadedWeights = await page.evaluate(loadedFontWeights);
  expect(new Set(loadedWeights)).toEqual(new Set(fontWeights.map(String)));
  await expectGlyphsFromWebFont(page, selectors);
}

/**
 * The renderer's word (CDP, so it holds with the page's JavaScript off) that the elements' glyphs
 * were drawn with the deck's Noto Serif SC, not a system font.
 */
export async function expectGlyphsFromWebFont(page: Page, selectors: readonly string[]): Promise<void> {
  for (const selector of selectors) {
    const fonts = await glyphFonts(page, selector);
    expect(fonts.length, selector).toBeGreaterThan(0);
    for (const font of fonts) {
      expect(font.isCustomFont, selector).toBe(true);
      // The name table inside the file: the whole font's, kept by the subsetting.
      expect(font.familyName, selector).toBe('Noto Serif SC');
      expect(font.postScriptName, selector).toMatch(/^NotoSerifSC-(Regular|Bold)$/);
    }
  }
}

/** The fonts the renderer drew an element's glyphs with, and whether each was a web font (CDP). */
export async function glyphFonts(page: Page, selector: string): Promise<{ familyName: string; postScriptName: string; isCustomFont: boolean }[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument');
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  await cdp.detach();
  return fonts;
}

/** A check run inside the page (self-contained, as page.evaluate sends it) on one slide, and its argument for each slide. */
export interface SlideProbe {
  probe: (arg: never) => string[] | Promise<string[]>;
  argFor: (id: string) => unknown;
}

/**
 * Runs in-page checks on every slide of the open deck in one round trip, each slide shown in turn
 * (in the slide view, by the deck; in the scroll view, scrolled to, as a reader does: a page far
 * from the screen is not laid out, src/theme/base.css) and drawn, with its fonts in, before it is
 * checked. Returns the problems found, each prefixed with its slide's id.
 */
export async function probeEverySlide(page: Page, ids: readonly string[], probes: readonly SlideProbe[]): Promise<string[]> {
  const calls = ids.map((id) => ({ id, args: probes.map((p) => p.argFor(id)) }));
  return page.evaluate(`(async () => {
    const probes = [${probes.map((p) => p.probe.toString()).join(',\n')}];
    const scrollToSlide = ${scrollToSlideById.toString()};
    const calls = ${JSON.stringify(calls)};
    const scrollView = document.querySelector('.reveal-viewport').classList.contains('reveal-scroll');
    const problems = [];
    for (const { id, args } of calls) {
      if (scrollView) {
        await scrollToSlide(id);
      } else {
        const { h, v } = window.deck.getIndices(document.getElementById(id));
        window.deck.slide(h, v);
        await new Promise((drawn) => requestAnimationFrame(() => requestAnimationFrame(drawn)));
        if (window.deck.getCurrentSlide().id !== id) {
          problems.push(id + ': not shown by deck.slide()');
          continue;
        }
      }
      await document.fonts.ready;
      for (let i = 0; i < probes.length; i++) for (const problem of await probes[i](args[i])) problems.push(id + ': ' + problem);
    }
    return problems;
  })()`);
}
