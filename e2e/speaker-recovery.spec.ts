import type { Page } from '@playwright/test';
import { expect, test } from './shared-context.ts';
import { notesText } from './content.ts';
import { expectSlide, openDeck, showSlide } from './deck-page.ts';
import { deckIsReady } from '../tools/deck-ready.ts';

/** Opens the speaker view with S and waits until it is drawn. */
async function openSpeakerView(page: Page): Promise<Page> {
  const [speaker] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')]);
  await expect(speaker.locator('body.speaker')).toBeVisible();
  return speaker;
}

/** The elapsed time the speaker view shows, in seconds ("01:05" → 65). */
async function elapsedShown(speaker: Page): Promise<number> {
  const text = await speaker.locator('.speaker__time--elapsed .speaker__time-value').innerText();
  return text.split(':').reduce((sum, part) => sum * 60 + Number(part), 0);
}

test('the speaker view closed and opened again shows the current slide, and the talk’s time runs on', async ({ page }) => {
  await openDeck(page, '#/pillar-1');
  const first = await openSpeakerView(page);
  await showSlide(page, 'pillar-2-1');
  await expect(first.locator('.speaker__notes')).toHaveText(notesText('pillar-2-1'));
  await expect.poll(() => elapsedShown(first), { timeout: 10_000 }).toBeGreaterThanOrEqual(4);
  await first.close();
  // A presenter takes a moment before S again; pressed within milliseconds, the browser can still
  // find the closing window by its name, and window.open returns it instead of a new one.
  await page.waitForTimeout(500);
  await page.bringToFront();
  const second = await openSpeakerView(page);
  await expect(second.locator('.speaker__notes')).toHaveText(notesText('pillar-2-1'));
  expect(await elapsedShown(second)).toBeGreaterThanOrEqual(4);
  await second.keyboard.press('ArrowRight');
  await expectSlide(page, 'pillar-2-2');
});

test('the audience window reloaded mid-talk comes back at the slide, and the open speaker view follows it again, timer kept', async ({ page }) => {
  await openDeck(page, '#/pillar-1');
  const speaker = await openSpeakerView(page);
  await expect.poll(() => elapsedShown(speaker), { timeout: 10_000 }).toBeGreaterThanOrEqual(3);
  // Two moves just before F5: reveal.js writes the address at most once a second, so it still says the first.
  await page.evaluate(() => {
    for (const id of ['pillar-2-3', 'pillar-3-1']) {
      const { h, v } = window.deck.getIndices(document.getElementById(id)!);
      window.deck.slide(h, v);
    }
  });
  await expectSlide(page, 'pillar-3-1');
  await page.reload();
  await page.waitForFunction(deckIsReady);
  await expectSlide(page, 'pillar-3-1');
  await expect(speaker.locator('.speaker__notes')).toHaveText(notesText('pillar-3-1'));
  expect(await elapsedShown(speaker)).toBeGreaterThanOrEqual(3);
  // The popup is driven by the new page: keys in either window move both.
  await page.keyboard.press('ArrowRight');
  await expectSlide(page, 'pillar-3-2');
  await expect(speaker.locator('.speaker__notes')).toHaveText(notesText('pillar-3-2'));
  await speaker.keyboard.press('ArrowRight');
  await expectSlide(page, 'pillar-3-3');
  await expect(speaker.locator('.speaker__notes')).toHaveText(notesText('pillar-3-3'));
  // Still ticking from when the talk began.
  const before = await elapsedShown(speaker);
  await expect.poll(() => elapsedShown(speaker), { timeout: 5_000 }).toBeGreaterThan(before);
});

test('a reload with no speaker view open opens no window', async ({ page }) => {
  await openDeck(page, '#/pillar-1');
  await page.reload();
  await page.waitForFunction(deckIsReady);
  await page.waitForTimeout(500);
  expect(page.context().pages()).toHaveLength(1);
});
