import type { Page } from '@playwright/test';
import { expect, test } from './shared-context.ts';
import { slideIdsInOrder } from './content.ts';
import { strings } from '../src/strings.ts';
import { openDeck } from './deck-page.ts';
import { laidOutBlocks, readingProblems, SLIDE_TEXT_BLOCKS, type LaidOutBlock } from './read-aloud-lines.ts';

/**
 * The text the speaker and the operator read aloud, as each view lays it out: no word or listed
 * term split across lines, no line starting with a closing mark or ending with an opening one.
 * The notes reach every view from the page model's one line-breaking (a <wbr> between words).
 */

/** Opens the speaker view with S at this size, at the default notes size (none remembered). */
async function openSpeakerView(page: Page, size: { width: number; height: number }): Promise<Page> {
  const [speaker] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')]);
  await speaker.setViewportSize(size);
  await speaker.waitForFunction(() => document.body?.classList.contains('speaker'));
  await speaker.evaluate(() => document.fonts.ready);
  return speaker;
}

async function problemsIn(view: Page, selector: string): Promise<string[]> {
  const blocks = await view.evaluate(laidOutBlocks, selector);
  expect(blocks.length, selector).toBeGreaterThan(0);
  return blocks.flatMap(readingProblems);
}

/**
 * In the speaker view's window, in one round trip: the deck (its opener) shown at each slide in
 * turn, and once the view shows that slide's position, its notes as laid out.
 */
function notesOfEverySlide(speaker: Page): Promise<{ id: string; blocks: LaidOutBlock[] }[]> {
  const slides = slideIdsInOrder.filter((id) => id !== 'overview').map((id) => ({ id, position: strings.position(slideIdsInOrder.indexOf(id) + 1, slideIdsInOrder.length) }));
  return speaker.evaluate(`(async () => {
    const laidOutBlocks = ${laidOutBlocks.toString()};
    const found = [];
    for (const { id, position } of ${JSON.stringify(slides)}) {
      const { h, v } = window.opener.deck.getIndices(window.opener.document.getElementById(id));
      window.opener.deck.slide(h, v);
      const giveUp = Date.now() + 15000;
      while (document.querySelector('.speaker__count')?.textContent !== position) {
        if (Date.now() > giveUp) throw new Error('the speaker view never showed ' + id);
        await new Promise((later) => setTimeout(later, 20));
      }
      await document.fonts.ready;
      found.push({ id, blocks: laidOutBlocks('.speaker__notes p') });
    }
    return found;
  })()`);
}

for (const size of [
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
]) {
  test(`speaker view at ${size.width}×${size.height}: the notes of every slide keep their words whole, at the default size and two steps larger`, async ({ page }) => {
    await openDeck(page);
    const speaker = await openSpeakerView(page, size);
    const problems: string[] = [];
    for (const step of [0, 1, 2]) {
      if (step > 0) await speaker.keyboard.press('+');
      const fontSize = await speaker.evaluate(() => getComputedStyle(document.querySelector('.speaker__notes')!).fontSize);
      // The overview has no notes (本页无讲稿).
      for (const { id, blocks } of await notesOfEverySlide(speaker)) {
        expect(blocks.length, `${id} at ${fontSize}`).toBeGreaterThan(0);
        problems.push(...blocks.flatMap(readingProblems).map((p) => `${id} at ${fontSize}: ${p}`));
      }
    }
    expect(problems).toEqual([]);
  });

  test(`cue script at ${size.width}×${size.height}: the whole speech keeps its words whole`, async ({ page }) => {
    await openDeck(page);
    const speaker = await openSpeakerView(page, size);
    await speaker.keyboard.press('c');
    await speaker.waitForFunction(() => !document.querySelector<HTMLElement>('.cue-script')!.hidden);
    expect(await problemsIn(speaker, '.cue-script p:not(.cue-script__silent)')).toEqual([]);
  });
}

test.describe('on a 390×844 phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the reading view’s notes keep their words whole', async ({ page }) => {
    await openDeck(page);
    await page.locator('.reading-notes-toggle').click();
    await page.locator('.reading-document__notes').first().waitFor();
    await page.evaluate(() => document.fonts.ready);
    expect(await problemsIn(page, '.reading-document__notes p')).toEqual([]);
  });

  test('every slide’s text keeps its words whole: a chain of quoted items wider than a line breaks between the items', async ({ page }) => {
    await openDeck(page);
    await page.evaluate(() => document.fonts.ready);
    expect(await problemsIn(page, SLIDE_TEXT_BLOCKS)).toEqual([]);
    // pillar-1-2's chain “必读篇”“最新篇”“＿＿篇”“市场监管篇” is wider than the phone's line.
    const chain = (await page.evaluate(laidOutBlocks, '#pillar-1-2 li')).find((block) => block.text.includes('最新篇'))!;
    expect(chain.lineStarts.length).toBeGreaterThan(0);
  });
});
