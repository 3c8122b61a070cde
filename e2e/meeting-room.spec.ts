import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { expect, test } from './shared-context.ts';
import { strings } from '../src/strings.ts';
import { chromiumLaunchOptions } from '../tools/browser.ts';
import { model, slideIdsInOrder } from './content.ts';
import { expectSlide, openDeck, showSlide } from './deck-page.ts';
import { deckIsReady } from './in-page.ts';

/**
 * Issue 19, the meeting room: F5 starts the show (the slides on the projector, the speaker view on
 * the laptop), every fallback explains itself in Chinese, the pre-flight check, every clicker key.
 * Headless Chromium emulates two screens (--screen-info); it does not move a window that goes
 * fullscreen, so the tests read the screen the deck asked to fill and where the popup was put.
 */

declare global {
  interface Window {
    /** The screen the deck asked requestFullscreen to fill (left, width), or null for the one it is on. */
    fullscreenOn?: { left: number; width: number } | null;
    /** Set once after the page loaded: still there, the page was not reloaded. */
    notReloaded?: boolean;
  }
}

const openBlanks = [...model.fillIns.values()].filter((f) => f.value === undefined).map((f) => f.description);

/** Records the options of each requestFullscreen call. */
async function recordFullscreen(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const request = Element.prototype.requestFullscreen;
    Element.prototype.requestFullscreen = function (this: Element, options?: FullscreenOptions & { screen?: { left: number; width: number } }) {
      window.fullscreenOn = options?.screen ? { left: options.screen.left, width: options.screen.width } : null;
      return request.call(this, options);
    };
  });
}

async function openMarked(page: Page, hash = '#/pillar-1'): Promise<void> {
  await openDeck(page, hash);
  await page.evaluate(() => (window.notReloaded = true));
}

const isFullscreen = (page: Page) => page.evaluate(() => document.fullscreenElement !== null);

/** F5 as a clicker's start key sends it; the deck's real build has open blanks, so the check comes first: go on. */
async function startShow(page: Page, key = 'F5'): Promise<void> {
  await page.keyboard.press(key);
  if (openBlanks.length > 0) {
    const goOn = page.locator('.deck-preflight__go-on');
    await expect(goOn).toBeVisible();
    await goOn.click();
  }
}

/** A Chromium with two screens side by side: the laptop (primary) at 0,0 and a projector to its right. */
async function twoScreens(baseURL: string, grant: 'granted' | 'denied' | 'ask'): Promise<{ context: BrowserContext; page: Page }> {
  const options = chromiumLaunchOptions();
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'deck-screens-')), {
    ...options,
    args: [...(options.args ?? []), '--screen-info={0,0 1280x800}{1280,0 1920x1080}'],
    baseURL,
    viewport: { width: 1280, height: 720 },
  });
  await recordFullscreen(context);
  const page = context.pages()[0] ?? (await context.newPage());
  if (grant !== 'ask') {
    const cdp = await context.newCDPSession(page);
    const origin = new URL(baseURL).origin;
    if (grant === 'granted') await cdp.send('Browser.grantPermissions', { permissions: ['windowManagement'], origin });
    else await cdp.send('Browser.setPermission', { permission: { name: 'window-management' }, setting: 'denied', origin });
  }
  return { context, page };
}

test.describe('starting the show', () => {
  test('F5 with two screens: the slides fill the projector, the speaker view opens on the laptop, no reload', async ({ baseURL }) => {
    const { context, page } = await twoScreens(baseURL!, 'granted');
    try {
      await openMarked(page);
      const popup = context.waitForEvent('page');
      await startShow(page);
      await expect.poll(() => isFullscreen(page)).toBe(true);
      expect(await page.evaluate(() => window.fullscreenOn)).toEqual({ left: 1280, width: 1920 });
      const speaker = await popup;
      await speaker.waitForFunction(() => document.body?.classList.contains('speaker'));
      expect(await speaker.evaluate(() => window.screenX)).toBeLessThan(1280);
      expect(await page.evaluate(() => window.notReloaded)).toBe(true);
      await expectSlide(page, 'pillar-1');
      // F5 again while presenting: nothing happens.
      await page.keyboard.press('F5');
      expect(await isFullscreen(page)).toBe(true);
      expect(await page.evaluate(() => window.notReloaded)).toBe(true);
    } finally {
      await context.close();
    }
  });

  test('F5 with a second screen not yet allowed: a Chinese explanation first; 只在本屏放映 fills this screen', async ({ baseURL }) => {
    const { context, page } = await twoScreens(baseURL!, 'ask');
    try {
      await openMarked(page);
      await startShow(page);
      const ask = page.locator('.deck-present-ask');
      await expect(ask).toBeVisible();
      await expect(ask).toContainText(strings.screensPermissionBody);
      await ask.getByRole('button', { name: strings.screensPermissionOneScreen }).click();
      await expect.poll(() => isFullscreen(page)).toBe(true);
      expect(await page.evaluate(() => window.fullscreenOn)).toBeNull();
      await expect(page.locator('.deck-notice')).toContainText(strings.presentOneScreen);
    } finally {
      await context.close();
    }
  });

  test('F5 with the second screen refused: fullscreen here, and the notice says how to allow it', async ({ baseURL }) => {
    const { context, page } = await twoScreens(baseURL!, 'denied');
    try {
      await openMarked(page);
      await startShow(page);
      await expect.poll(() => isFullscreen(page)).toBe(true);
      await expect(page.locator('.deck-notice')).toContainText(strings.presentRefused);
    } finally {
      await context.close();
    }
  });

  test.describe(() => {
    test.use({ ownContext: true }); // its context records every requestFullscreen
    test('F5 on one screen, and in a browser without the API: fullscreen here, a Chinese notice says what to do, no reload', async ({ page, context }) => {
      await recordFullscreen(context);
      await openMarked(page);
      await startShow(page);
      await expect.poll(() => isFullscreen(page)).toBe(true);
      await expect(page.locator('.deck-notice')).toContainText(strings.presentOneScreen);
      expect(await page.evaluate(() => window.notReloaded)).toBe(true);
      await page.evaluate(() => document.exitFullscreen());
      await expect.poll(() => isFullscreen(page)).toBe(false);

      // As Firefox, Safari and older Chromium cores: no Window Management API.
      await page.addInitScript(() => delete (window as { getScreenDetails?: unknown }).getScreenDetails);
      await page.reload();
      await page.waitForFunction(deckIsReady);
      await page.evaluate(() => (window.notReloaded = true));
      await startShow(page); // a new page load: the open blanks are shown again first
      await expect.poll(() => isFullscreen(page)).toBe(true);
      await expect(page.locator('.deck-notice')).toContainText(strings.presentNoApi);
    });
  });

  test('the 开始放映 button starts the show too; Esc leaves fullscreen on the same slide, without the overview', async ({ page }) => {
    await openMarked(page, '#/pillar-2');
    await page.locator('.deck-present-button').click();
    if (openBlanks.length > 0) await page.locator('.deck-preflight__go-on').click();
    await expect.poll(() => isFullscreen(page)).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => isFullscreen(page)).toBe(false);
    await expectSlide(page, 'pillar-2');
    expect(await page.evaluate(() => window.deck.isOverview())).toBe(false);
  });
});

test.describe('the pre-flight check (开场前检查)', () => {
  test('C and its button open one panel: each open blank by name and page, font, popups, screens, fullscreen, source, plan, browser', async ({ page }) => {
    await openDeck(page);
    for (const open of [() => page.keyboard.press('c'), () => page.locator('.deck-preflight-button').click()]) {
      await open();
      const panel = page.locator('.deck-preflight');
      await expect(panel).toBeVisible();
      const rows = panel.locator('.deck-preflight__row');
      await expect(rows).toHaveCount(8);
      const items = await rows.evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)));
      expect(items.map(([item]) => item)).toEqual([
        strings.preflightBlanks,
        strings.preflightFont,
        strings.preflightPopup,
        strings.preflightScreens,
        strings.preflightFullscreen,
        strings.preflightSource,
        strings.preflightPlan,
        strings.preflightBrowser,
      ]);
      const byItem = Object.fromEntries(items.map(([item, mark, detail]) => [item, { mark, detail }]));
      if (openBlanks.length > 0) {
        expect(byItem[strings.preflightBlanks]!.mark).toBe(strings.preflightProblem);
        for (const description of openBlanks) expect(byItem[strings.preflightBlanks]!.detail).toContain(description);
        expect(byItem[strings.preflightBlanks]!.detail).toMatch(/第 \d+ 页/);
      } else {
        expect(byItem[strings.preflightBlanks]!.mark).toBe(strings.preflightOk);
      }
      expect(byItem[strings.preflightFont]).toEqual({ mark: strings.preflightOk, detail: strings.preflightFontLoaded });
      expect(byItem[strings.preflightPopup]).toEqual({ mark: strings.preflightOk, detail: strings.preflightPopupAllowed });
      expect(byItem[strings.preflightScreens]).toEqual({ mark: strings.preflightProblem, detail: strings.preflightScreenSingle });
      expect(byItem[strings.preflightFullscreen]!.mark).toBe(strings.preflightOk);
      expect(byItem[strings.preflightSource]!.detail).toContain('从服务器打开（127.0.0.1:');
      expect(byItem[strings.preflightPlan]!.detail).toMatch(/^共 \d\d:\d\d，每分钟 \d+ 字$/);
      expect(byItem[strings.preflightBrowser]!.detail).toMatch(/Chrome \/ Chromium \d+/);
      await page.keyboard.press('Escape');
      await expect(panel).toBeHidden();
      expect(await page.evaluate(() => window.deck.isOverview())).toBe(false);
    }
  });

  test('presenting with a blank still open opens the check first, naming the blanks; 仍然开始放映 goes on (with none open, F5 starts at once)', async ({ page }) => {
    await openDeck(page);
    await page.keyboard.press('F5');
    if (openBlanks.length === 0) {
      await expect.poll(() => isFullscreen(page)).toBe(true);
      return;
    }
    const panel = page.locator('.deck-preflight');
    await expect(panel).toBeVisible();
    await expect(panel.locator('.deck-preflight__stopped')).toHaveText(strings.preflightStopped);
    for (const description of openBlanks) await expect(panel).toContainText(description);
    expect(await isFullscreen(page)).toBe(false);
    await panel.locator('.deck-preflight__go-on').click();
    await expect.poll(() => isFullscreen(page)).toBe(true);
    await expect(panel).toBeHidden();
  });
});

test.describe('every clicker key', () => {
  const middle = 'pillar-2-1';
  const at = (id: string) => slideIdsInOrder.indexOf(id);
  // The keys that move or black out, in one open deck, each from the middle of the deck (B, which
  // presenting.spec.ts checks for a screen black to the last pixel, is left to it).
  const moves: { key: string; expect: string | 'paused' }[] = [
    { key: 'PageDown', expect: slideIdsInOrder[at(middle) + 1]! },
    { key: 'PageUp', expect: slideIdsInOrder[at(middle) - 1]! },
    { key: 'ArrowRight', expect: slideIdsInOrder[at(middle) + 1]! },
    { key: 'ArrowLeft', expect: slideIdsInOrder[at(middle) - 1]! },
    { key: 'ArrowDown', expect: slideIdsInOrder[at(middle) + 1]! },
    { key: 'ArrowUp', expect: slideIdsInOrder[at(middle) - 1]! },
    { key: 'Space', expect: slideIdsInOrder[at(middle) + 1]! },
    { key: 'Home', expect: slideIdsInOrder[0]! },
    { key: 'End', expect: slideIdsInOrder.at(-1)! },
    { key: '.', expect: 'paused' },
  ];
  test(`${moves.map(({ key }) => key).join(', ')}: each moves to its slide from the middle of the deck, or blacks the screen out and back on a second press`, async ({ page }) => {
    await openMarked(page, `#/${middle}`);
    for (const { key, expect: outcome } of moves) {
      await showSlide(page, middle);
      if (outcome === 'paused') {
        await page.keyboard.press(key);
        await expect.poll(() => page.evaluate(() => window.deck.isPaused()), key).toBe(true);
        await page.keyboard.press(key);
        await expect.poll(() => page.evaluate(() => window.deck.isPaused()), key).toBe(false);
        await expectSlide(page, middle);
      } else {
        await page.keyboard.press(key);
        await expectSlide(page, outcome);
      }
    }
    expect(await page.evaluate(() => window.notReloaded)).toBe(true);
  });

  for (const key of ['F5', 'Shift+F5']) {
    test(`${key}: the show starts, the page is not reloaded`, async ({ page }) => {
      await openMarked(page, `#/${middle}`);
      await startShow(page, key);
      await expect.poll(() => isFullscreen(page)).toBe(true);
      expect(await page.evaluate(() => window.notReloaded)).toBe(true);
      await expectSlide(page, middle);
    });
  }

  test('Esc: while presenting it leaves fullscreen on the same slide; otherwise it opens the overview', async ({ page }) => {
    await openMarked(page, `#/${middle}`);
    await startShow(page);
    await expect.poll(() => isFullscreen(page)).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => isFullscreen(page)).toBe(false);
    await expectSlide(page, middle);
    expect(await page.evaluate(() => window.deck.isOverview())).toBe(false);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => window.deck.isOverview())).toBe(true);
  });
});

test('the speaker view: J and K scroll long notes, F5 reloads nothing', async ({ page }) => {
  await openDeck(page, '#/pillar-1-1');
  const [speaker] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')]);
  await speaker.waitForFunction(() => document.body?.classList.contains('speaker'));
  await speaker.setViewportSize({ width: 900, height: 600 });
  // The largest fixed size, so the notes run past the panel.
  for (let i = 0; i < 30; i++) await speaker.keyboard.press('+');
  const scrollTop = () => speaker.evaluate(() => document.querySelector('.speaker__text')!.scrollTop);
  expect(await speaker.evaluate(() => document.querySelector('.speaker__text')!.scrollHeight > document.querySelector('.speaker__text')!.clientHeight)).toBe(true);
  await speaker.keyboard.press('j');
  await expect.poll(scrollTop).toBeGreaterThan(100);
  const down = await scrollTop();
  await speaker.keyboard.press('k');
  await expect.poll(scrollTop).toBeLessThan(down);
  await expectSlide(page, 'pillar-1-1');
  await speaker.evaluate(() => ((window as Window & { marked?: boolean }).marked = true));
  await speaker.keyboard.press('F5');
  expect(await speaker.evaluate(() => (window as Window & { marked?: boolean }).marked)).toBe(true);
});

test('search and help have buttons of their own', async ({ page }) => {
  await openDeck(page);
  await page.locator('.deck-search-button').click();
  await expect(page.locator('.deck-search__input')).toBeVisible();
  await page.keyboard.press('Escape');
  await page.locator('.deck-help-button').click();
  await expect(page.locator('.deck-help--keys')).toBeVisible();
  await expect(page.locator('.deck-help--keys')).toContainText(strings.keys.find((row) => 'F5' in row.keys)!.label);
});

test('the toolbar leads with 开始放映 and goes while presenting', async ({ page }) => {
  await openDeck(page);
  expect(await page.locator('.deck-toolbar .deck-tool').allTextContents()).toEqual([strings.present, strings.openSpeakerView, strings.preflight, strings.searchButton, strings.helpButton]);
  await page.keyboard.press('f');
  await expect.poll(() => isFullscreen(page)).toBe(true);
  await expect(page.locator('.deck-toolbar')).toBeHidden();
});
