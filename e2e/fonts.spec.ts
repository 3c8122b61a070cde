import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parseAst } from 'vite';
import { fontWeights } from '../src/theme/font-weights.ts';
import { expectSlide, expectWebFont, openDeck } from './deck-page.ts';

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

/**
 * A full-width punctuation mark: punctuation (or the ideographic space) from the CJK Symbols and
 * Punctuation or full-width-forms blocks, or a curly quotation mark, which Chinese fonts set an em wide.
 */
const fullWidthMark = (ch: string) => /[\p{P}\u3000]/u.test(ch) && /[‘’“”\u3000-\u303f\uff00-\uffef]/u.test(ch);

/** Every distinct pair of adjacent full-width marks in the speech, e.g. ，“ and ”。 */
function punctuationPairs(): string[] {
  const chars = [...readFileSync(new URL('../slides/speech.txt', import.meta.url), 'utf8')];
  const pairs = new Set<string>();
  for (let i = 1; i < chars.length; i++) {
    if (fullWidthMark(chars[i - 1]!) && fullWidthMark(chars[i]!)) pairs.add(chars[i - 1]! + chars[i]!);
  }
  return [...pairs];
}

/**
 * The width in em CSS Text 4 gives a pair under text-spacing-trim (space-first or normal) inside
 * a line, by its "fullwidth punctuation collapsing": an opening mark after an opening, closing or
 * middle-dot mark or an ideographic space, and a closing mark before a closing or middle-dot mark
 * or an ideographic space, set in half an em — one blank half goes, 1.5em. Other pairs keep both
 * blank halves, 2em: an opening mark then a closing one (“”), whose blanks face outwards, and any
 * pair with a mark in none of the classes, such as ！ and ？, which the spec never trims.
 * 、。，． and ：； count as closing: Simplified Chinese fonts set them in the left half of the em.
 */
function trimmedWidth(pair: string): number {
  const [a, b] = [...pair] as [string, string];
  const opening = (ch: string) => /[\p{Ps}\p{Pi}]/u.test(ch);
  const closing = (ch: string) => /[\p{Pe}\p{Pf}、。，．：；]/u.test(ch);
  const middleOrSpace = (ch: string) => /[·・‧\u3000]/u.test(ch);
  const trims = (opening(b) && (opening(a) || closing(a) || middleOrSpace(a))) || (closing(a) && (closing(b) || middleOrSpace(b)));
  return trims ? 1.5 : 2;
}

test('adjacent punctuation marks of the speech close up, as text-spacing-trim asks, in the web font', async ({ page }) => {
  const pairs = punctuationPairs();
  expect(pairs.length).toBeGreaterThan(3);
  await openDeck(page);
  const widths = await page.evaluate((pairs) => {
    const host = document.createElement('div');
    host.id = 'punctuation-pairs';
    host.style.cssText =
      "position: absolute; inset: 0 auto auto 0; font: 400 100px 'Noto Serif SC'; text-spacing-trim: space-first; white-space: nowrap";
    for (const pair of pairs) {
      // A character before the pair: at the start of a line an opening mark keeps its blank half.
      const line = document.createElement('div');
      const probe = document.createElement('span');
      probe.dataset.pair = pair;
      probe.textContent = pair;
      line.append('中', probe, '中');
      host.append(line);
    }
    document.querySelector('.reveal')!.append(host);
    const em = parseFloat(getComputedStyle(host).fontSize);
    return Object.fromEntries(pairs.map((pair) => [pair, host.querySelector(`[data-pair="${pair}"]`)!.getBoundingClientRect().width / em]));
  }, pairs);
  // Measured in the deck's own font, not a system CJK font that may space punctuation itself.
  await expectWebFont(page, pairs.map((pair) => `#punctuation-pairs [data-pair="${pair}"]`));
  const rounded = Object.fromEntries(Object.entries(widths).map(([pair, em]) => [pair, Math.round(em * 10) / 10]));
  expect(rounded).toEqual(Object.fromEntries(pairs.map((pair) => [pair, trimmedWidth(pair)])));
});

/** Whether a module awaits outside every function: top-level await, which Chromium before 89 cannot run. */
function hasTopLevelAwait(node: unknown): boolean {
  if (!node || typeof node !== 'object') return false;
  if (Array.isArray(node)) return node.some(hasTopLevelAwait);
  const { type, await: awaits } = node as { type?: string; await?: boolean };
  if (type === 'AwaitExpression' || (type === 'ForOfStatement' && awaits)) return true;
  if (type === 'FunctionDeclaration' || type === 'FunctionExpression' || type === 'ArrowFunctionExpression') return false;
  return Object.values(node).some(hasTopLevelAwait);
}

test('the built scripts have no top-level await, so older Chromium cores (meeting-room PCs) run them', () => {
  const assets = new URL('../dist/assets/', import.meta.url);
  const bundled = readdirSync(assets)
    .filter((file) => file.endsWith('.js'))
    .map((file) => readFileSync(new URL(file, assets), 'utf8'));
  const offline = readFileSync(new URL('../dist/offline.html', import.meta.url), 'utf8');
  const inlined = [...offline.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map(([, code]) => code!).filter((code) => code.trim());
  expect(bundled.length).toBeGreaterThan(0);
  expect(inlined.length).toBeGreaterThan(0);
  for (const code of [...bundled, ...inlined]) expect(hasTopLevelAwait(parseAst(code))).toBe(false);
});
