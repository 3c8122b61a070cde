import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { strings } from '../src/strings.ts';
import { CHROMIUM_86_VERSION, chromium86LaunchOptions } from './chromium-86.ts';
import { notesText, slideIdsInOrder, speechAsShown } from './content.ts';
import { deckIsReady, loadedFontWeights, pixelShares } from './in-page.ts';
import { squeeze, wordBoxes } from './pdf-read.ts';

/**
 * The deck in a real Chromium 86 (e2e/chromium-86.ts), the oldest core of the meeting-room and
 * 信创 browsers the build targets: the syntax checks (legacy-browsers.spec.ts) cannot find a
 * missing API or a layout difference, running the engine can. Served (the intranet) and from
 * disk (offline.html on a USB stick).
 *
 * Playwright's visibility checks call element.checkVisibility (Chromium 105+), so these tests
 * read the page with evaluate and waitForFunction, and press keys rather than click.
 */
const dist = fileURLToPath(new URL('../dist/', import.meta.url));

// One worker, in order, one browser: fetched and unpacked once, it starts first (playwright.config.ts)
// and runs beside the other worker's tests.
test.describe.configure({ mode: 'serial' });

let browser: Browser;
test.beforeAll(async () => {
  test.setTimeout(120_000); // the first run fetches and unpacks the browser
  browser = await chromium.launch(chromium86LaunchOptions());
  expect(browser.version()).toMatch(new RegExp(`^${CHROMIUM_86_VERSION.replace(/\./g, '\\.')}\\.`));
});
test.afterAll(() => browser?.close());

/** Every page error, unhandled rejection and console error of every page in the context, popups included. */
function watchErrors(context: BrowserContext): string[] {
  const errors: string[] = [];
  const watch = (page: Page) => {
    page.on('pageerror', (error) => errors.push(`${page.url()}: ${String(error)}`));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`${page.url()}: ${message.text()}`);
    });
  };
  context.on('page', watch);
  return errors;
}

const sites = [
  { name: 'served', url: (baseURL: string) => baseURL },
  { name: 'from disk (offline.html)', url: () => pathToFileURL(join(dist, 'offline.html')).href },
];

for (const site of sites) {
  test.describe(`Chromium 86, ${site.name}`, () => {
    let context: BrowserContext;
    let errors: string[];
    let url: string;
    test.beforeEach(async ({ baseURL }) => {
      context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
      errors = watchErrors(context);
      url = site.url(baseURL!);
    });
    test.afterEach(async () => {
      await context.close();
      expect(errors, 'page errors, unhandled rejections and console errors').toEqual([]);
    });

    async function open(page: Page, suffix = ''): Promise<void> {
      await page.goto(url + suffix);
      await page.waitForFunction(deckIsReady, undefined, { timeout: 30_000 });
    }
    const current = (page: Page) => page.evaluate(() => window.deck.getCurrentSlide().id);

    test('starts with both weights of the web font, and the keys reach every slide in order', async () => {
      const page = await context.newPage();
      await open(page);
      await page.evaluate(() => document.fonts.ready);
      expect((await page.evaluate(loadedFontWeights)).sort()).toEqual(['400', '700']);
      const seen = [await current(page)];
      for (let i = 1; i < slideIdsInOrder.length; i++) {
        await page.keyboard.press(i % 2 ? 'ArrowRight' : 'PageDown');
        await page.waitForFunction((before) => window.deck.getCurrentSlide().id !== before, seen[seen.length - 1]);
        seen.push(await current(page));
      }
      expect(seen).toEqual(slideIdsInOrder);
      await page.keyboard.press('Home');
      await page.waitForFunction((first) => window.deck.getCurrentSlide().id === first, slideIdsInOrder[0]);
    });

    test('the overview opens and leads to a slide, and search finds a slide by its words', async () => {
      const page = await context.newPage();
      await open(page);
      await page.keyboard.press('Escape');
      await page.waitForFunction(() => window.deck.isOverview());
      await page.keyboard.press('Escape');
      await page.waitForFunction(() => !window.deck.isOverview());
      await page.keyboard.press('Control+Shift+F');
      await page.waitForFunction(() => document.activeElement?.classList.contains('deck-search__input'));
      await page.keyboard.type('看家本领');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => window.deck.getCurrentSlide().id === 'pillar-1');
    });

    test('the speaker view is styled: previews drawn, notes laid out in Noto Serif SC, the cue script whole', async () => {
      const page = await context.newPage();
      await open(page, '#/pillar-2-2');
      const [speaker] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
      await speaker.setViewportSize({ width: 1280, height: 800 });
      await speaker.waitForFunction(() => document.body?.classList.contains('speaker') && document.querySelector('.speaker__notes'));
      await speaker.evaluate(() => document.fonts.ready);
      const look = await speaker.evaluate(() => {
        const notes = document.querySelector<HTMLElement>('.speaker__notes')!;
        const canvas = document.querySelector<HTMLElement>('.speaker__preview--current .slide-preview__canvas')!;
        const title = canvas.querySelector<HTMLElement>('.measure__title');
        return {
          stylesheets: document.styleSheets.length,
          paperToken: getComputedStyle(document.documentElement).getPropertyValue('--deck-paper').trim(),
          fonts: [...document.fonts].filter((f) => f.family.replace(/["']/g, '') === 'Noto Serif SC' && f.status === 'loaded').map((f) => f.weight),
          notesFont: getComputedStyle(notes).fontFamily,
          notesSize: parseFloat(getComputedStyle(notes).fontSize),
          notesText: notes.textContent,
          notesHeight: notes.getBoundingClientRect().height,
          previewGround: getComputedStyle(canvas).backgroundImage + getComputedStyle(canvas).backgroundColor,
          previewTitleFont: title ? getComputedStyle(title).fontFamily : '',
          bar: getComputedStyle(document.querySelector('.speaker__bar')!).backgroundColor,
        };
      });
      expect(look.paperToken, 'the theme tokens reached the window').not.toBe('');
      expect(look.fonts).toContain('400');
      expect(look.notesFont).toMatch(/^"?Noto Serif SC/);
      expect(look.notesSize).toBeGreaterThanOrEqual(28);
      expect(look.notesText).toBe(notesText('pillar-2-2'));
      expect(look.notesHeight).toBeGreaterThan(look.notesSize * 2);
      expect(look.previewGround, 'the preview has its ground, not a black box').not.toBe('nonergba(0, 0, 0, 0)');
      expect(look.previewTitleFont).toMatch(/^"?Noto Serif SC/);
      // Not a black box: the preview of a measure is mostly the light paper.
      const clip = await speaker.evaluate(() => {
        const { x, y, width, height } = document.querySelector('.speaker__preview--current .speaker__preview-box')!.getBoundingClientRect();
        return { x, y, width, height };
      });
      const shot = await speaker.screenshot({ clip });
      expect((await speaker.evaluate(pixelShares, shot.toString('base64'))).light).toBeGreaterThan(0.5);

      // The cue script (翻页稿): every slide's cue, the whole speech, the current part marked.
      await speaker.evaluate(() => document.querySelector<HTMLElement>('.speaker__cue-toggle')!.click());
      await speaker.waitForFunction(() => !document.querySelector<HTMLElement>('.cue-script')!.hidden);
      const script = await speaker.evaluate(() => ({
        cues: document.querySelectorAll('.cue-script__cue').length,
        current: document.querySelector('.cue-script__part.is-current')?.textContent ?? '',
        text: document.querySelector('.cue-script')!.textContent ?? '',
      }));
      expect(script.cues).toBe(slideIdsInOrder.length);
      expect(script.current).toContain(notesText('pillar-2-2'));
      expect(squeeze(script.text.replace(/▶\s*\d+/g, '').split(strings.noNotes).join(''))).toBe(squeeze(speechAsShown()));
      await page.keyboard.press('ArrowRight');
      await speaker.waitForFunction((next) => document.querySelector('.cue-script__part.is-current')?.textContent?.includes(next), notesText('pillar-2-3'));
    });

    test('a rehearsal times the talk and reports every slide', async () => {
      const page = await context.newPage();
      await open(page, '?rehearse');
      await page.waitForFunction(() => !!document.querySelector('.deck-rehearsal'));
      for (let i = 1; i < slideIdsInOrder.length; i++) await page.keyboard.press('ArrowRight');
      await page.waitForFunction((last) => window.deck.getCurrentSlide().id === last, slideIdsInOrder[slideIdsInOrder.length - 1]);
      await page.keyboard.press('ArrowRight');
      await page.waitForFunction(() => !!document.querySelector('.deck-rehearsal-report[open], .deck-rehearsal-report'));
      const rows = await page.evaluate(() => document.querySelectorAll('.deck-rehearsal-report tbody tr').length);
      expect(rows).toBe(slideIdsInOrder.length);
    });

    test('on a phone, the reading view shows every slide, and its 讲稿 toggle the whole speech', async () => {
      // A phone's width is what turns the deck into its reading view. No mobile or touch emulation:
      // with them, opening a page in Chromium 86 now and then never returned.
      const phone = await browser.newContext({ viewport: { width: 390, height: 844 } });
      errors = watchErrors(phone);
      try {
        const page = await phone.newPage();
        await open(page, '#/pillar-1-2');
        await page.waitForFunction(() => document.querySelector('.reveal-viewport')?.classList.contains('reveal-scroll'));
        expect(await page.evaluate(() => document.querySelectorAll('.scroll-page').length)).toBe(slideIdsInOrder.length);
        await page.waitForFunction(() => window.deck.getCurrentSlide().id === 'pillar-1-2');
        const toggle = await page.evaluate(() => document.querySelector('.reading-notes-toggle')?.textContent);
        expect(toggle).toBe(strings.showNotes);
        await page.evaluate(() => document.querySelector<HTMLElement>('.reading-notes-toggle')!.click());
        await page.waitForFunction(() => document.querySelectorAll('.reading-document__notes').length > 0);
        const notes = await page.evaluate(() => [...document.querySelectorAll('.reading-document__notes')].map((n) => n.textContent).join(''));
        expect(notes).toBe(speechAsShown());
        // Laid out for the phone: nothing wider than the screen.
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      } finally {
        await phone.close();
      }
    });

    test('prints one page per slide, with every word of each slide on its page', async () => {
      test.setTimeout(120_000);
      const page = await context.newPage();
      await open(page);
      await page.evaluate(() => document.fonts.ready);
      const shown = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('.reveal .slides section[data-kind]')].map((section) => {
          const copy = section.cloneNode(true) as HTMLElement;
          copy.querySelectorAll('aside.notes, .sr-only').forEach((n) => n.remove());
          return copy.textContent ?? '';
        }),
      );
      await page.emulateMedia({ media: 'print' });
      const path = join(mkdtempSync(join(tmpdir(), 'deck-chromium-86-')), 'print.pdf');
      writeFileSync(path, await page.pdf({ preferCSSPageSize: true }));
      const pages = wordBoxes(path);
      expect(pages).toHaveLength(slideIdsInOrder.length);
      pages.forEach((printed, i) => {
        const id = slideIdsInOrder[i]!;
        const outside = printed.words.filter((w) => w.xMin < 0 || w.yMin < 0 || w.xMax > printed.width || w.yMax > printed.height);
        expect(outside.map((w) => w.text), `${id}: words outside the page`).toEqual([]);
        // pdftotext drops the characters that fell off the page: each of the slide's characters must
        // be there (counted, not read in order: a blank's gap makes poppler read the word after it last).
        expect(missingCharacters(squeeze(shown[i]!), squeeze(printed.words.map((w) => w.text).join(''))), `${id}: characters lost`).toBe('');
      });
    });
  });
}

/** The characters of `expected` that `found` lacks, counted with repeats. */
function missingCharacters(expected: string, found: string): string {
  const left = new Map<string, number>();
  for (const ch of found) left.set(ch, (left.get(ch) ?? 0) + 1);
  let missing = '';
  for (const ch of expected) {
    const n = left.get(ch) ?? 0;
    if (n === 0) missing += ch;
    else left.set(ch, n - 1);
  }
  return missing;
}
