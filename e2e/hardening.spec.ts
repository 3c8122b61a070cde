import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './shared-context.ts';
import { strings } from '../src/strings.ts';
import { headlineOf, inOrder, pillars, slides, speechSentences } from './content.ts';
import { expectGlyphsFromWebFont, expectSlide, openDeck, searchFor } from './deck-page.ts';
import { squeeze } from './pdf-read.ts';
import { deckIsReady } from '../tools/deck-ready.ts';

/**
 * Issue 12: the built pages run their own code and nothing else, need nothing from another
 * host, and read properly however they are opened — from disk, with JavaScript off, or when the
 * deck's script fails.
 */
const distFile = (name: string) => pathToFileURL(fileURLToPath(new URL(`../dist/${name}`, import.meta.url))).href;

/** Every Content-Security-Policy violation any page of the context reports (Chromium logs each as "Refused to …"). */
function watchPolicy(context: BrowserContext): string[] {
  const violations: string[] = [];
  const watch = (page: Page) =>
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
    });
  context.pages().forEach(watch);
  context.on('page', watch);
  return violations;
}

/** Aborts every request that does not go to the local server (or stay on disk); returns what was aborted. */
async function onlyLocal(context: BrowserContext, origin: string): Promise<string[]> {
  const aborted: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || /^(file|data|blob|about):/.test(url)) return route.continue();
    aborted.push(url);
    return route.abort();
  });
  return aborted;
}

const policyOf = (page: Page) =>
  page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');

/** Whether a script the page did not ship runs: it must not, under the policy. */
const foreignInlineScriptRuns = (page: Page) =>
  page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__foreignRan = true';
    document.head.append(script);
    return (window as unknown as { __foreignRan?: boolean }).__foreignRan === true;
  });

test.describe('Content-Security-Policy', () => {
  test.use({ ownContext: true }); // watched and routed as a whole
  for (const [name, url] of [
    ['dist/index.html', './'],
    ['dist/offline.html', distFile('offline.html')],
  ] as const) {
    test(`${name} allows only its own code and no remote host: a script it did not ship is refused`, async ({ page, context }) => {
      const violations = watchPolicy(context);
      await page.goto(url);
      await page.waitForFunction(deckIsReady);
      const policy = (await policyOf(page)) ?? '';
      expect(policy).toContain("default-src 'none'");
      expect(policy).toMatch(/script-src [^;]*'sha256-/);
      expect(policy).not.toMatch(/https?:|\*|'unsafe-eval'/);
      expect(policy.match(/script-src [^;]*/)![0]).not.toContain("'unsafe-inline'");
      expect(await foreignInlineScriptRuns(page)).toBe(false);
      await expect.poll(() => violations.length).toBeGreaterThan(0);
    });
  }

  test('no violation and no request leaves the machine: every slide, overview, search, speaker view, printing, print view', async ({ page, context, baseURL }) => {
    const violations = watchPolicy(context);
    const aborted = await onlyLocal(context, baseURL!);
    await openDeck(page);
    for (let i = 1; i < slides.length; i++) await page.keyboard.press('ArrowRight');
    await expectSlide(page, slides.at(-1)!.id);

    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => window.deck.isOverview())).toBe(true);
    await page.keyboard.press('Escape');

    await page.keyboard.press('Home');
    const measure = slides.find((s) => s.kind === 'measure')!;
    await searchFor(page, headlineOf(measure.id), measure.id);
    await page.keyboard.press('Escape');

    const [speaker] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')]);
    await expect(speaker.locator('.speaker__notes')).not.toBeEmpty();
    await speaker.close();

    // Ctrl+P's pages, as Chromium prints them, then reveal.js's print view.
    expect((await page.pdf({ preferCSSPageSize: true })).byteLength).toBeGreaterThan(10_000);
    await page.goto('./?print-pdf');
    await expect(page.locator('.pdf-page').first()).toBeVisible();
    await expect(page.locator('.pdf-page')).toHaveCount(slides.length);

    expect(violations).toEqual([]);
    expect(aborted).toEqual([]);
  });
});

test.describe('opened from disk', () => {
  test('dist/index.html from file:// says at once, in Chinese, to open offline.html, and never shows the raw speech', async ({ page }) => {
    await page.goto(distFile('index.html'));
    const message = page.getByRole('alert');
    await expect(message).toBeVisible();
    await expect(message).toContainText(strings.fileUrlTitle);
    await expect(message).toContainText('offline.html');
    const shown = squeeze(await page.locator('body').innerText());
    // Not a sentence of the speech, nor its title, is on the page.
    for (const sentence of speechSentences()) expect(shown).not.toContain(sentence);
  });
});

/** The page read as a document: title, a heading per pillar and measure, the whole speech in order, in Noto Serif SC. */
async function expectSpeechAsDocument(page: Page): Promise<void> {
  const cover = slides.find((s) => s.kind === 'cover')!;
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(headlineOf(cover.id));
  for (const pillar of pillars) await expect(page.getByRole('heading', { level: 2, name: headlineOf(pillar.id) })).toBeVisible();
  for (const measure of slides.filter((s) => s.kind === 'measure')) {
    const heading = page.locator(`#${measure.id}`).getByRole('heading', { level: 3 });
    await expect(heading).toBeVisible();
    await expect(heading).toContainText(headlineOf(measure.id));
  }
  const shown = squeeze(await page.locator('body').innerText());
  const missing = inOrder(shown, speechSentences()).filter((found) => found.at < 0);
  expect(missing.map((m) => m.needle)).toEqual([]);
  // Nothing of the page runs off to the side, on a phone too.
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  await expectGlyphsFromWebFont(page, ['#pillar-1 h2', '#pillar-1 aside.notes p']);
}

test.describe('without the deck running', () => {
  for (const [name, url] of [
    ['dist/index.html', './'],
    ['dist/offline.html', distFile('offline.html')],
  ] as const) {
    for (const viewport of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
      test(`with JavaScript off, ${name} at ${viewport.width}px reads as a dignified document of the whole speech`, async ({ browser }) => {
        const context = await browser.newContext({ javaScriptEnabled: false, viewport });
        const page = await context.newPage();
        await page.goto(url);
        await expectSpeechAsDocument(page);
        await context.close();
      });
    }
  }

  test("when the deck's script fails to load (an old browser, a blocked file), the page reads as the same document", async ({ page }) => {
    await page.route('**/assets/*.js', (route) => route.abort());
    await page.goto('./');
    await expectSpeechAsDocument(page);
  });

  test('with JavaScript on, the document never shows while the deck starts', async ({ page }) => {
    // Slow fonts hold the deck's start back (it waits for them up to 3 s): time to look.
    await page.route('**/*.woff2', async (route) => {
      await new Promise((done) => setTimeout(done, 2500));
      await route.continue();
    });
    await page.goto('./', { waitUntil: 'domcontentloaded' });
    expect(await page.evaluate(() => window.deck?.isReady() ?? false)).toBe(false);
    await expect(page.locator('#pillar-1 aside.notes p')).toBeHidden();
    await expect(page.locator('#cover aside.notes')).toBeHidden();
    await page.waitForFunction(deckIsReady);
    await expect(page.locator('#pillar-1 aside.notes p')).toBeHidden();
  });
});
