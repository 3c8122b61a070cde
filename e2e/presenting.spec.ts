import type { Page } from '@playwright/test';
import { expect, test } from './shared-context.ts';
import { spokenLength } from '../src/outline/pacing.ts';
import { strings } from '../src/strings.ts';
import { headlineOf, notesText, slideIdsInOrder, speechAsShown } from './content.ts';
import { expectSlide, openDeck, showSlide, watchPage } from './deck-page.ts';
import { pixelShares } from './in-page.ts';
import { plannedSeconds } from './plans.ts';
import { deckIsReady } from '../tools/deck-ready.ts';

/** Opens the speaker view with S and waits until it shows the current slide's notes. */
async function openSpeakerView(page: Page, size = { width: 1280, height: 800 }): Promise<Page> {
  const [speaker] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')]);
  await speaker.setViewportSize(size);
  await expect(speaker.locator('body.speaker')).toBeVisible();
  return speaker;
}

const positionOf = (id: string) => strings.position(slideIdsInOrder.indexOf(id) + 1, slideIdsInOrder.length);

test('S opens a Chinese speaker view: labels, 24-hour clock, position, notes in Noto Serif SC', async ({ page }) => {
  await openDeck(page, '#/pillar-2-2');
  const speaker = await openSpeakerView(page);
  expect(await speaker.getAttribute('html', 'lang')).toBe('zh-CN');
  await expect(speaker).toHaveTitle(/^讲稿视图/);
  const labels = await speaker.locator('.speaker__time-label, .speaker__preview-label').allInnerTexts();
  expect(labels).toEqual([strings.clock, strings.elapsed, strings.remaining, strings.pace, strings.current, strings.next]);
  await expect(speaker.locator('.speaker__time--clock .speaker__time-value')).toHaveText(/^([01]\d|2[0-3]):[0-5]\d$/);
  await expect(speaker.locator('.speaker__count')).toHaveText(positionOf('pillar-2-2'));
  await expect(speaker.locator('.speaker__part')).toHaveText(headlineOf('pillar-2'));
  await expect(speaker.locator('.speaker__notes')).toHaveText(notesText('pillar-2-2'));
  // No English left on the presenter's screen.
  expect(await speaker.locator('body').innerText()).not.toMatch(/[A-Za-z]{3,}/);
  await speaker.evaluate(() => document.fonts.ready);
  const loaded = await speaker.evaluate(() =>
    [...document.fonts].filter((f) => f.family.replace(/["']/g, '') === 'Noto Serif SC' && f.status === 'loaded').map((f) => f.weight),
  );
  expect(loaded).toContain('400');
  expect(await speaker.locator('.speaker__notes').evaluate((el) => getComputedStyle(el).fontFamily)).toMatch(/^"?Noto Serif SC/);
  // Its own page: the deck page's styles for reading without JavaScript (src/theme/document.css)
  // must not reach it — the dark ground stays, and the notes start below the bar, whole.
  const grounds = await speaker.evaluate(() => {
    const paper = getComputedStyle(document.documentElement).getPropertyValue('--deck-paper').trim();
    const probe = document.createElement('i');
    probe.style.color = paper;
    document.body.append(probe);
    const paperRgb = getComputedStyle(probe).color;
    probe.remove();
    return { body: getComputedStyle(document.body).backgroundColor, paper: paperRgb };
  });
  expect(grounds.body).not.toBe(grounds.paper);
  const bar = (await speaker.locator('.speaker__bar').boundingBox())!;
  expect((await speaker.locator('.speaker__notes').boundingBox())!.y).toBeGreaterThanOrEqual(bar.y + bar.height);
  const size = await speaker.locator('.speaker__notes').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(size).toBeGreaterThanOrEqual(28);
});

for (const size of [{ width: 1024, height: 768 }, { width: 1100, height: 700 }]) {
  test(`the next-slide preview keeps the 16:9 landscape layout in a ${size.width}×${size.height} speaker window`, async ({ page }) => {
    await openDeck(page, '#/pillar-1-1');
    const deckPointSize = await page.locator('#pillar-1-1 .key-points li').first().evaluate((el) => getComputedStyle(el).fontSize);
    const speaker = await openSpeakerView(page, size);
    const box = speaker.locator('.speaker__preview--next .speaker__preview-box');
    const { width, height } = (await box.boundingBox())!;
    expect(width / height).toBeCloseTo(16 / 9, 1);
    expect(width).toBeLessThan(435); // the frame is narrower than a phone: the layout still must not be the phone's
    const preview = box.locator('section[data-kind="measure"]');
    await expect(preview.locator('.measure__title')).toContainText('融会贯通共同学');
    expect(await preview.locator('.key-points li').first().evaluate((el) => getComputedStyle(el).fontSize)).toBe(deckPointSize);
    const canvas = await box.locator('.slide-preview__canvas').evaluate((el: HTMLElement) => ({ w: el.offsetWidth, h: el.offsetHeight }));
    expect(canvas).toEqual({ w: 1280, h: 720 });
  });
}

test('the deck and the speaker view move together, both ways, vertical moves and overview included', async ({ page }) => {
  await openDeck(page, '#/pillar-1');
  const speaker = await openSpeakerView(page);
  await page.keyboard.press('ArrowDown');
  await expect(speaker.locator('.speaker__count')).toHaveText(positionOf('pillar-1-1'));
  await speaker.keyboard.press('PageDown');
  await expectSlide(page, 'pillar-1-2');
  await expect(speaker.locator('.speaker__notes')).toHaveText(notesText('pillar-1-2'));
  await speaker.locator('.speaker__prev').click();
  await expectSlide(page, 'pillar-1-1');
  await speaker.keyboard.press('ArrowUp');
  await expectSlide(page, 'pillar-1');
  await speaker.keyboard.press('o');
  await expect.poll(() => page.evaluate(() => window.deck.isOverview())).toBe(true);
  await expect(speaker.locator('.speaker__part')).toHaveText(strings.overview);
  await page.keyboard.press('Escape');
  await expect.poll(() => page.evaluate(() => window.deck.isOverview())).toBe(false);
});

test('a message forged by another frame moves nothing', async ({ page }) => {
  await openDeck(page, '#/opening');
  await page.evaluate(() => {
    const frame = document.createElement('iframe');
    // reveal.js's postMessage API and its notes plugin's protocol, as a hostile frame would send them.
    frame.srcdoc = `<script>
      parent.postMessage(JSON.stringify({ method: 'slide', args: [5, 2] }), '*');
      parent.postMessage(JSON.stringify({ namespace: 'reveal-notes', type: 'call', methodName: 'slide', arguments: [5, 2] }), '*');
      parent.postMessage({ method: 'next' }, '*');
    <\/script>`;
    document.body.append(frame);
  });
  await page.waitForTimeout(500);
  expect(await page.evaluate(() => window.deck.getCurrentSlide().id)).toBe('opening');
});

test('with popups blocked, S explains in Chinese how to allow them, and nothing throws', async ({ page, baseURL }) => {
  const watched = watchPage(page, new URL(baseURL!).origin);
  await page.addInitScript(() => {
    window.open = () => null;
  });
  await openDeck(page);
  await page.keyboard.press('s');
  await expect(page.locator('.deck-notice')).toBeVisible();
  await expect(page.locator('.deck-notice')).toContainText('弹出式窗口');
  await page.locator('.deck-speaker-button').click();
  await expect(page.locator('.deck-notice')).toBeVisible();
  expect(watched.errors).toEqual([]);
});

test('every slide has a planned time from its notes, at the rate set in the URL', async ({ page }) => {
  await openDeck(page, '?rate=220');
  const timings = await page.$$eval('.reveal .slides section[data-kind]', (els) => els.map((el) => Number(el.getAttribute('data-timing'))));
  const expected = plannedSeconds[220];
  expect(timings).toEqual(expected);
  // Remembered: the next visit without ?rate keeps 220.
  await page.goto('./');
  await page.waitForFunction(deckIsReady);
  expect(await page.$$eval('.reveal .slides section[data-kind]', (els) => els.map((el) => Number(el.getAttribute('data-timing'))))).toEqual(expected);
  // ?minutes=10 fills ten minutes.
  await openDeck(page, '?minutes=10');
  const total = await page.$$eval('.reveal .slides section[data-kind]', (els) => els.reduce((sum, el) => sum + Number(el.getAttribute('data-timing')), 0));
  expect(Math.abs(total - 600)).toBeLessThanOrEqual(slideIdsInOrder.length);
});

test('the cue script highlights the current slide’s part, and a click on a cue moves the deck', async ({ page }) => {
  await openDeck(page, '#/pillar-3-1');
  const speaker = await openSpeakerView(page);
  await speaker.locator('.speaker__cue-toggle').click();
  const script = speaker.locator('.cue-script');
  await expect(script).toBeVisible();
  await expect(speaker.locator('.cue-script__cue')).toHaveCount(slideIdsInOrder.length);
  // The whole speech, in order, as one text.
  expect((await script.innerText()).replace(/▶ \d+|\s/g, '')).toContain(notesText('pillar-3-1').replace(/\s/g, ''));
  const current = speaker.locator('.cue-script__part.is-current');
  await expect(current).toHaveCount(1);
  await expect(current).toContainText(notesText('pillar-3-1'));
  await expect(current).toBeInViewport();
  const target = slideIdsInOrder.indexOf('pillar-4-2');
  await speaker.locator('.cue-script__cue').nth(target).click();
  await expectSlide(page, 'pillar-4-2');
  await expect(speaker.locator('.cue-script__part.is-current')).toContainText(notesText('pillar-4-2'));
});

test('B blacks out the audience’s screen completely, and B brings the slide back', async ({ page }) => {
  await openDeck(page, '#/pillar-1');
  await page.keyboard.press('b');
  await expect.poll(() => page.evaluate(() => window.deck.isPaused())).toBe(true);
  await page.waitForTimeout(1200); // the overlay fades in
  const shot = (await page.screenshot()).toString('base64');
  expect((await page.evaluate(pixelShares, shot)).nonBlack).toBe(0);
  expect(await page.evaluate(() => document.querySelector('.pause-overlay')?.textContent?.trim())).toBe('');
  await page.keyboard.press('b');
  await expect.poll(() => page.evaluate(() => window.deck.isPaused())).toBe(false);
  await expectSlide(page, 'pillar-1');
});

test('? shows every key in Chinese, and links the presenter’s guide', async ({ page }) => {
  await openDeck(page);
  await page.keyboard.press('?');
  const help = page.locator('.deck-help--keys');
  await expect(help).toBeVisible();
  await expect(help.locator('tbody tr')).toHaveCount(strings.keys.length);
  for (const { label } of strings.keys) await expect(help).toContainText(label);
  // The header row and 关闭 in the theme: the headings' red, not the browser's defaults.
  const look = await page.evaluate(() => {
    const probe = document.createElement('i');
    probe.style.color = 'var(--deck-red-text)';
    document.body.append(probe);
    const red = getComputedStyle(probe).color;
    probe.remove();
    const th = getComputedStyle(document.querySelector('.deck-help--keys th')!);
    const close = getComputedStyle(document.querySelector('.deck-help--keys .deck-help__close')!);
    return { red, th: th.color, thBorder: th.borderBottomWidth, close: close.color, closeFont: close.fontFamily };
  });
  expect(look.th).toBe(look.red);
  expect(look.thBorder).toBe('2px');
  expect(look.close).toBe(look.red);
  expect(look.closeFont).toMatch(/Noto Serif SC/);
  expect(await page.evaluate(() => window.deck.isPaused())).toBe(false);
  // The presenter's guide, a click away: it opens beside the deck, whole, and breaks no policy.
  const [guide] = await Promise.all([page.waitForEvent('popup'), help.getByRole('link', { name: strings.helpGuide }).click()]);
  const guideErrors: string[] = [];
  guide.on('console', (message) => message.type() === 'error' && guideErrors.push(message.text()));
  await guide.waitForLoadState();
  await expect(guide.locator('h1')).toHaveText('演示指南');
  await expect(guide.locator('h2')).toHaveText(['一、会前准备', '二、会上放映', '三、出现问题怎么办']);
  expect(guideErrors).toEqual([]);
  await guide.close();
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
  // reveal.js's own controls speak Chinese too.
  await expect(page.locator('.controls .navigate-right')).toHaveAttribute('aria-label', strings.nextSlide);
});

/**
 * A rehearsal with the page's clock in the test's hands: `secondsOn(i)` is how long slide i stays
 * on screen before → moves on; past the last slide, the report.
 */
async function rehearse(page: Page, secondsOn: (i: number) => number) {
  await page.clock.install();
  await openDeck(page, '?rehearse');
  await expect(page.locator('.deck-rehearsal')).toBeVisible();
  await page.clock.pauseAt(await page.evaluate(() => Date.now() + 1000));
  for (let i = 0; i < slideIdsInOrder.length; i++) {
    await expectSlide(page, slideIdsInOrder[i]!);
    await page.clock.fastForward(secondsOn(i) * 1000);
    await page.keyboard.press('ArrowRight');
  }
  const report = page.locator('.deck-rehearsal-report');
  await expect(report).toBeVisible();
  return report;
}

test.describe(() => {
  test.use({ ownContext: true }); // page.clock is the context's
  test('?rehearse, a slow run: every slide timed, plan against actual, the rate really spoken, proposed for the next plan', async ({ page }) => {
    test.setTimeout(120_000);
    // Each slide for as long as its notes take at 180 characters a minute (at least 3 s).
    const report = await rehearse(page, (i) => Math.max(3, Math.round((spokenLength(notesText(slideIdsInOrder[i]!)) / 180) * 60)));
    const rows = await report.locator('tbody tr').allInnerTexts();
    expect(rows).toHaveLength(slideIdsInOrder.length);
    expect(rows.join('\n')).not.toContain(strings.rehearsalSkipped);
    const rate = Number((await report.locator('.deck-rehearsal-report__summary').innerText()).match(/实际语速每分钟 (\d+) 字/)![1]);
    expect(rate).toBeGreaterThanOrEqual(170);
    expect(rate).toBeLessThanOrEqual(190);
    await expect(report.locator('a')).toHaveAttribute('href', new RegExp(`^\\?rate=${rate}`));
    // The report's layout: the heading stands clear of the text; the table's end and 关闭 are in view.
    const heading = (await report.locator('.deck-help__title').boundingBox())!;
    const summary = (await report.locator('.deck-rehearsal-report__summary').boundingBox())!;
    expect(summary.y - (heading.y + heading.height)).toBeGreaterThanOrEqual(8);
    const box = report.locator('.deck-rehearsal-report__table');
    await box.evaluate((el) => (el.scrollTop = el.scrollHeight));
    await expect(report.locator('tbody tr').last()).toBeInViewport();
    const dialog = (await report.boundingBox())!;
    const lastRow = (await report.locator('tbody tr').last().boundingBox())!;
    expect(lastRow.y + lastRow.height).toBeLessThanOrEqual(dialog.y + dialog.height);
    await expect(report.locator('.deck-help__close')).toBeInViewport();
  });
});

test.describe(() => {
  test.use({ ownContext: true }); // page.clock is the context's
  test('?rehearse, a click-through: every slide skipped, no rate, no plan offered, and why', async ({ page }) => {
    test.setTimeout(120_000);
    const report = await rehearse(page, () => 0.3);
    const rows = await report.locator('tbody tr').allInnerTexts();
    // The cover's time also holds the real moments before the test paused the page's clock: left out.
    expect(rows.slice(1).every((row) => row.endsWith(strings.rehearsalSkipped))).toBe(true);
    await expect(report).not.toContainText('实际语速每分钟');
    await expect(report.locator('a')).toHaveCount(0);
    await expect(report.locator('.deck-rehearsal-report__why')).toContainText('不足一半');
  });
});

test.describe(() => {
  test.use({ ownContext: true }); // page.clock is the context's
  test('?rehearse, a partial run: the skipped slides say so, the rate comes from the timed ones alone', async ({ page }) => {
    test.setTimeout(120_000);
    // Slides 2–6 clicked past, the rest read at 200 characters a minute (the cover, whose time also
    // holds the real moments before the test paused the page's clock, among them).
    const skipped = (i: number) => i >= 1 && i <= 5;
    const report = await rehearse(page, (i) => (skipped(i) ? 0.5 : Math.max(3, Math.round((spokenLength(notesText(slideIdsInOrder[i]!)) / 200) * 60))));
    const rows = await report.locator('tbody tr').allInnerTexts();
    rows.forEach((row, i) => expect(row.endsWith(strings.rehearsalSkipped), row).toBe(skipped(i)));
    const rate = Number((await report.locator('.deck-rehearsal-report__summary').innerText()).match(/实际语速每分钟 (\d+) 字/)![1]);
    expect(rate).toBeGreaterThanOrEqual(190);
    expect(rate).toBeLessThanOrEqual(210);
  });
});

test('?view=scroll reads every slide; the 讲稿 toggle puts each slide’s notes beneath it, and is remembered', async ({ page }) => {
  await openDeck(page, '?view=scroll');
  await expect(page.locator('.reveal-viewport.reveal-scroll, body.reveal-scroll')).toHaveCount(1);
  await expect(page.locator('.scroll-page')).toHaveCount(slideIdsInOrder.length);
  const toggle = page.locator('.reading-notes-toggle');
  await expect(toggle).toHaveText(strings.showNotes);
  await toggle.click();
  const reading = page.locator('.reading-document');
  await expect(reading.locator('.reading-document__slide')).toHaveCount(slideIdsInOrder.length);
  // Each slide, then its notes: together the whole speech, in order.
  expect(await reading.locator('.reading-document__slide').evaluateAll((items) => items.map((i) => (i as HTMLElement).dataset.slide))).toEqual(slideIdsInOrder);
  const notes = (await reading.locator('.reading-document__notes').allTextContents()).join('');
  expect(notes).toBe(speechAsShown());
  await page.reload();
  await page.waitForFunction(deckIsReady);
  await expect(page.locator('.reading-document')).toBeVisible();
  await page.locator('.reading-notes-toggle').click();
  await expect(page.locator('.reading-document')).toHaveCount(0);
});

test('screen readers hear each slide with Chinese full stops, and reduced motion turns transitions off', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL: baseURL!, reducedMotion: 'reduce' });
  const page = await context.newPage();
  await openDeck(page, '#/pillar-1');
  await page.keyboard.press('ArrowRight');
  await expectSlide(page, 'pillar-1-1');
  const status = page.locator('.aria-status');
  await expect(status).toContainText(headlineOf('pillar-1-1'));
  expect(await status.textContent()).not.toMatch(/[\u3400-\u9fff。，、”]\./);
  expect(await page.evaluate(() => window.deck.getConfig().transition)).toBe('none');
  await context.close();
});

test('presenting (F, fullscreen) shows the slide alone: no arrows, progress bar, buttons or page number; leaving fullscreen brings them back', async ({ page }) => {
  await openDeck(page, '#/pillar-1');
  const chrome = ['.reveal .controls', '.reveal .progress', '.deck-toolbar', '.reveal .slide-number'];
  const shown = () => page.evaluate((selectors) => selectors.filter((s) => getComputedStyle(document.querySelector(s)!).display !== 'none'), chrome);
  expect(await shown()).toEqual(chrome);
  await page.keyboard.press('f');
  await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
  await expect.poll(shown).toEqual([]);
  expect(await page.evaluate(() => window.deck.getConfig().hideCursorTime)).toBe(3000);
  await page.evaluate(() => document.exitFullscreen());
  await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(false);
  await expect.poll(shown).toEqual(chrome);
  // ?numbers=shown keeps the page number on the projector.
  await openDeck(page, '?numbers=shown#/pillar-1');
  await page.keyboard.press('f');
  await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
  await expect.poll(shown).toEqual(['.reveal .slide-number']);
});

for (const size of [
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
]) {
  test(`the notes fill the speaker view's panel at ${size.width}×${size.height}: the largest size that fits, per slide; A+ sets one, 0 goes back`, async ({ page }) => {
    await openDeck(page, '#/opening');
    const speaker = await openSpeakerView(page, size);
    await speaker.evaluate(() => document.fonts.ready);
    /** The notes' size, whether they fit the panel, and whether 2 px more would. */
    const fit = () =>
      speaker.evaluate(() => {
        const root = document.documentElement;
        const text = document.querySelector<HTMLElement>('.speaker__text')!;
        const px = parseFloat(getComputedStyle(document.querySelector('.speaker__notes')!).fontSize);
        const fits = () => text.scrollHeight <= text.clientHeight + 1;
        const now = fits();
        const set = root.style.getPropertyValue('--speaker-text-size');
        root.style.setProperty('--speaker-text-size', `${px + 2}px`);
        const larger = fits();
        root.style.setProperty('--speaker-text-size', set);
        return { px, fits: now, larger };
      });
    const sizes: number[] = [];
    for (const id of ['opening', 'pillar-1', 'pillar-2-1', 'pillar-4-1', 'closing']) {
      await showSlide(page, id);
      await expect(speaker.locator('.speaker__notes')).toContainText(notesText(id).slice(0, 8));
      const { px, fits, larger } = await fit();
      expect(px, id).toBeGreaterThanOrEqual(28);
      expect(px, id).toBeLessThanOrEqual(72);
      if (px > 28) expect(fits, `${id} fits at ${px}px`).toBe(true);
      if (px < 72) expect(larger, `${id} would not fit at ${px + 2}px`).toBe(false);
      sizes.push(px);
    }
    // Short notes take larger type than long ones.
    expect(Math.max(...sizes)).toBeGreaterThan(Math.min(...sizes));
    // On long notes, a size set by hand; it holds on a slide whose notes would be set larger.
    await showSlide(page, 'pillar-4-1');
    const automatic = (await fit()).px;
    await speaker.keyboard.press('-');
    await expect.poll(async () => (await fit()).px).toBe(automatic - 4);
    await showSlide(page, 'closing');
    await expect(speaker.locator('.speaker__notes')).toContainText(notesText('closing').slice(0, 4));
    expect((await fit()).px, 'a size set by hand holds across slides').toBe(automatic - 4);
    await speaker.keyboard.press('0');
    await expect.poll(async () => (await fit()).px, 'automatic again').toBe(sizes[sizes.length - 1]);
  });
}
