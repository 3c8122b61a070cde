import type { Page } from '@playwright/test';
import { expect, test } from './shared-context.ts';
import { strings } from '../src/strings.ts';
import { expectSlide, openDeck } from './deck-page.ts';

/** In the page: the focused element, named for a report, and whether a keyboard user can see where focus is. */
function focusedRing() {
  const el = document.activeElement as HTMLElement | null;
  if (!el || el === document.body) return null;
  const style = getComputedStyle(el);
  // A ring drawn by the theme: 2 px at least (the browser's own ring is 1 px, thin on a projector). A box-shadow alone is no proof: the element may wear one unfocused.
  const ring = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
  const name = `${el.tagName.toLowerCase()}.${el.className || '(no class)'} “${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 12)}”`;
  return { name, className: el.className, seen: el.matches(':focus-visible') && ring };
}

/** Presses Tab `times` times, and returns what took focus each time and whether its ring was seen. */
async function tabThrough(page: Page, times: number) {
  const stops: { name: string; className: string; seen: boolean }[] = [];
  for (let i = 0; i < times; i++) {
    await page.keyboard.press('Tab');
    const ring = await page.evaluate(focusedRing);
    if (ring) stops.push(ring);
  }
  return stops;
}

const unseen = (stops: { name: string; seen: boolean }[]) => stops.filter((s) => !s.seen).map((s) => s.name);

test('Tab reaches every control of the deck, each with a visible focus ring', async ({ page }) => {
  await openDeck(page, '#/overview');
  const stops = await tabThrough(page, 20);
  const classes = stops.map((s) => s.className).join(' ');
  expect(classes).toContain('overview__link');
  expect(classes).toContain('deck-speaker-button');
  expect(classes).toContain('navigate-right');
  expect(unseen(stops)).toEqual([]);
});

test('without a mouse: overview → pillar, next and previous, speaker view, search and help all work from the keys', async ({ page }) => {
  await openDeck(page, '#/overview');
  // A pillar's card on the overview slide, by Tab and Enter.
  for (let i = 0; i < 20; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.getAttribute('href') === '#/pillar-2')) break;
  }
  await page.keyboard.press('Enter');
  await expectSlide(page, 'pillar-2');
  await page.keyboard.press('ArrowRight');
  await expectSlide(page, 'pillar-2-1');
  await page.keyboard.press('ArrowLeft');
  await expectSlide(page, 'pillar-2');
  // The overview of all slides (Esc), a slide chosen with the arrows and Enter.
  await page.keyboard.press('Escape');
  await expect.poll(() => page.evaluate(() => window.deck.isOverview())).toBe(true);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await expect.poll(() => page.evaluate(() => window.deck.isOverview())).toBe(false);
  await expectSlide(page, 'pillar-3');
  // Search: Ctrl+Shift+F, type, Enter; the box shows where focus is.
  await page.keyboard.press('Control+Shift+F');
  const input = page.locator('.deck-search__input');
  await expect(input).toBeFocused();
  expect((await page.evaluate(focusedRing))?.seen).toBe(true);
  await page.keyboard.type('证照分离');
  await page.keyboard.press('Enter');
  await expect(page.locator('.deck-search__status')).toContainText('共');
  await page.keyboard.press('Escape');
  await expect(page.locator('.deck-search')).toBeHidden();
  // Help: ?, its 关闭 button reached by Tab with a visible ring, Enter closes.
  await page.keyboard.press('?');
  const help = page.locator('.deck-help--keys');
  await expect(help).toBeVisible();
  const close = help.locator('.deck-help__close');
  for (let i = 0; i < 20 && !(await close.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(close).toBeFocused();
  expect((await page.evaluate(focusedRing))?.seen).toBe(true);
  await page.keyboard.press('Enter');
  await expect(help).toBeHidden();
  // The speaker view, from its button by Tab and Enter; its own controls ringed too, and it turns slides.
  const button = page.locator('.deck-speaker-button');
  for (let i = 0; i < 20 && !(await button.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(button).toBeFocused();
  const [speaker] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('Enter')]);
  await expect(speaker.locator('body.speaker')).toBeVisible();
  const speakerStops = await tabThrough(speaker, 8);
  expect(speakerStops.map((s) => s.className).join(' ')).toContain('speaker__cue-toggle');
  expect(unseen(speakerStops)).toEqual([]);
  const before = await page.evaluate(() => window.deck.getSlides().indexOf(window.deck.getCurrentSlide()));
  await speaker.keyboard.press('ArrowRight');
  await expect.poll(() => page.evaluate(() => window.deck.getSlides().indexOf(window.deck.getCurrentSlide()))).toBe(before + 1);
});

test('the reading view’s 显示讲稿 toggle is reached by Tab, shows its focus, and works with Enter', async ({ page }) => {
  await openDeck(page, '?view=scroll');
  const toggle = page.locator('.reading-notes-toggle');
  await expect(toggle).toHaveText(strings.showNotes);
  const stops = await tabThrough(page, 6);
  expect(stops.map((s) => s.className)).toContain('reading-notes-toggle');
  expect(unseen(stops)).toEqual([]);
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.reading-document')).toBeVisible();
  await expect(toggle).toHaveText(strings.hideNotes);
});
