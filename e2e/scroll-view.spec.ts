import { expect, test } from './shared-context.ts';
import { slideIdsInOrder } from './content.ts';
import { expectSlide, openDeck, visitDeck } from './deck-page.ts';
import { scrollOnePage, scrollViewPlace, textUnder } from './in-page.ts';
import { deckIsReady } from '../tools/deck-ready.ts';
import { LANDSCAPE, PORTRAIT } from '../src/theme/canvas.ts';

// A phone: reveal.js's scroll view, one portrait page per slide.
test.use({ viewport: { width: 390, height: 844 } });

test('#/<id> links open the scroll view at that slide, and the address keeps naming it', async ({ page }) => {
  // A fresh load per link (a hash changed in the open scroll view is not the same path: the
  // address follows the page being read there), for the first slide, a pillar, a late measure
  // (from the 11th slide on, reveal.js alone would land a page short) and the last. Every id
  // afresh: the engines suite, in Firefox and WebKit, whose scroll view runs the same code.
  for (const id of ['cover', 'pillar-3', 'pillar-4-3', slideIdsInOrder.at(-1)!]) {
    await visitDeck(page, `#/${id}`);
    await expect.poll(() => page.evaluate(scrollViewPlace, id), { message: id }).toMatchObject({ current: id, hash: `#/${id}` });
    // The slide's own page fills the screen: not the page before it, not halfway.
    expect(Math.abs((await page.evaluate(scrollViewPlace, id)).pageTop), id).toBeLessThan(2);
  }
});

test('the address still names the linked slide two seconds after opening', async ({ page }) => {
  await openDeck(page, '#/pillar-2-1');
  await expectSlide(page, 'pillar-2-1');
  // reveal.js writes the URL at most once a second: sample past that.
  for (let sample = 0; sample < 8; sample++) {
    expect(new URL(page.url()).hash).toBe('#/pillar-2-1');
    await page.waitForTimeout(250);
  }
});

test('the address follows the slide being read, so a reload or a shared link returns to it', async ({ page }) => {
  test.setTimeout(60_000);
  await openDeck(page);
  const target = 9;
  for (let i = 1; i <= target; i++) {
    await page.evaluate(scrollOnePage);
    await expectSlide(page, slideIdsInOrder[i]!);
  }
  const id = slideIdsInOrder[target]!;
  // At most a second behind the reader.
  await expect.poll(() => new URL(page.url()).hash, { timeout: 3000 }).toBe(`#/${id}`);

  await page.reload();
  await page.waitForFunction(deckIsReady);
  await expect.poll(() => page.evaluate(scrollViewPlace, id)).toMatchObject({ current: id, hash: `#/${id}` });

  const shared = await page.context().newPage();
  await shared.setViewportSize(page.viewportSize()!); // the phone's, not the context's
  await shared.goto(page.url());
  await shared.waitForFunction(deckIsReady);
  await expect.poll(() => shared.evaluate(scrollViewPlace, id)).toMatchObject({ current: id });
  expect(Math.abs((await shared.evaluate(scrollViewPlace, id)).pageTop)).toBeLessThan(2);
});

test('the floating 显示讲稿 / 只看幻灯片 toggle never covers text at the end of the page, with the notes or without', async ({ page }) => {
  await openDeck(page, '#/closing');
  await page.evaluate(() => document.fonts.ready);
  const toEnd = () =>
    page.evaluate(() => {
      for (const el of [document.scrollingElement, document.querySelector('.reveal-viewport'), document.querySelector('.reading-document')]) {
        if (el) el.scrollTop = el.scrollHeight;
      }
    });
  await toEnd();
  await page.waitForTimeout(300);
  expect(await page.evaluate(textUnder, '.reading-notes-toggle'), 'the slides').toEqual([]);
  await page.locator('.reading-notes-toggle').click();
  await page.locator('.reading-document__notes').first().waitFor();
  await toEnd();
  await page.waitForTimeout(300);
  expect(await page.evaluate(textUnder, '.reading-notes-toggle'), 'the slides with their notes').toEqual([]);
});

test('a phone turned to landscape shows the slides, and turned back the scroll view, at the slide the reader got to', async ({ page }) => {
  await openDeck(page, '#/pillar-2');
  await expectSlide(page, 'pillar-2');
  const view = () =>
    page.evaluate(() => ({
      scrollView: document.querySelector('.reveal-viewport')!.classList.contains('reveal-scroll'),
      slideWidth: window.deck.getConfig().width,
      current: window.deck.getCurrentSlide()?.id,
    }));
  const toggle = page.locator('.reading-notes-toggle');
  await expect(toggle).toBeVisible();
  await page.setViewportSize({ width: 844, height: 390 });
  await expect.poll(view).toEqual({ scrollView: false, slideWidth: LANDSCAPE.width, current: 'pillar-2' });
  // The reading view's 讲稿 toggle goes with it: it would cover the slides' arrows.
  await expect(toggle).toBeHidden();
  // Read on in landscape, then turned back: the scroll view opens where the reader got to.
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expectSlide(page, 'pillar-2-2');
  await page.setViewportSize({ width: 390, height: 844 });
  await expect.poll(view).toEqual({ scrollView: true, slideWidth: PORTRAIT.width, current: 'pillar-2-2' });
  await expect(toggle).toBeVisible();
  // And stays there, its page at the top of the screen.
  await page.waitForTimeout(1500);
  expect(await page.evaluate(scrollViewPlace, 'pillar-2-2')).toMatchObject({ current: 'pillar-2-2' });
  expect(Math.abs((await page.evaluate(scrollViewPlace, 'pillar-2-2')).pageTop)).toBeLessThan(2);
});

test('the first frame on a phone lays out the page on screen; the pages beside it follow once it is painted', async ({ page }) => {
  // What each page's content-visibility is in the first frame that lays out the scroll view's
  // pages: a resize observer reports after that frame's layout, before its paint.
  await page.addInitScript(() => {
    const pagesAdded = new MutationObserver(() => {
      const first = document.querySelector('.scroll-page');
      if (!first) return;
      pagesAdded.disconnect();
      const laidOut = new ResizeObserver(() => {
        laidOut.disconnect();
        const pages = [...document.querySelectorAll('.scroll-page')];
        (window as unknown as { firstFrame: string[] }).firstFrame = pages.map((p) => `${p.querySelector('section')!.id}:${getComputedStyle(p).contentVisibility}`);
      });
      laidOut.observe(first);
    });
    pagesAdded.observe(document, { childList: true, subtree: true });
  });
  await openDeck(page, '#/pillar-3');
  const firstFrame = await page.evaluate(() => (window as unknown as { firstFrame: string[] }).firstFrame);
  const linked = firstFrame.indexOf('pillar-3:auto');
  expect(linked, firstFrame.join(' ')).toBeGreaterThan(0);
  // The pages beside it wait. (reveal.js may still count the cover, where it started, as shown.)
  expect([firstFrame[linked - 1], firstFrame[linked + 1]]).toEqual([expect.stringMatching(/:hidden$/), expect.stringMatching(/:hidden$/)]);
  expect(firstFrame.filter((p) => p.endsWith(':hidden')).length).toBeGreaterThanOrEqual(firstFrame.length - 2);
  // Started: every page is laid out when near the screen, as a reader scrolls to it.
  const now = await page.evaluate(() => [...document.querySelectorAll('.scroll-page')].map((p) => getComputedStyle(p).contentVisibility));
  expect(new Set(now)).toEqual(new Set(['auto']));
});
