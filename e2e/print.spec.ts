import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './shared-context.ts';
import { headlineOf, slideIdsInOrder } from './content.ts';
import { contrast } from './contrast.ts';
import { openDeck } from './deck-page.ts';
import { expectRed, pixel, readPdf, screenNumbers, squeeze } from './pdf-read.ts';
import { deckIsReady } from '../tools/deck-ready.ts';

test("each slide's printed number reads on its ground (WCAG AA)", async ({ page }) => {
  await openDeck(page);
  await page.emulateMedia({ media: 'print' });
  const printed = await page.$$eval('.reveal .slides section.slide', (slides) =>
    slides.map((slide) => {
      const rgb = (css: string) => [...css.matchAll(/rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2]), Number(m[3])]);
      const frame = slide.querySelector(':scope > .frame')!;
      return {
        id: slide.id,
        number: getComputedStyle(slide, '::after').content,
        colour: rgb(getComputedStyle(slide, '::after').color)[0]!,
        // The slide's ground: its colour and every stop of a gradient drawn on it or its frame.
        grounds: [getComputedStyle(slide).backgroundColor, getComputedStyle(slide).backgroundImage, getComputedStyle(frame).backgroundImage].flatMap(rgb),
      };
    }),
  );
  expect(printed).toHaveLength(slideIdsInOrder.length);
  for (const { id, number, colour, grounds } of printed) {
    expect(number, id).not.toBe('none');
    expect(grounds.length, id).toBeGreaterThan(0);
    for (const ground of grounds) expect(contrast(colour, ground), `${id}: ${number} on rgb(${ground.join(', ')})`).toBeGreaterThanOrEqual(4.5);
  }
});

test("reveal.js's print view (?print-pdf) still gives one page per slide, numbered as on screen", async ({ page }) => {
  test.setTimeout(90_000);
  await openDeck(page);
  const numbers = await screenNumbers(page, slideIdsInOrder);
  await page.goto('./?print-pdf');
  await page.waitForFunction(deckIsReady);
  // reveal.js lays its print pages out after it is ready: print once they are all there.
  await expect(page.locator('.pdf-page')).toHaveCount(slideIdsInOrder.length);
  await page.evaluate(() => document.fonts.ready);
  const bytes = await page.pdf({ preferCSSPageSize: true });
  const path = join(mkdtempSync(join(tmpdir(), 'deck-print-view-')), 'deck.pdf');
  writeFileSync(path, bytes);
  const pdf = await readPdf(bytes);
  expect(pdf.pages).toHaveLength(slideIdsInOrder.length);
  slideIdsInOrder.forEach((id, i) => {
    expect(pdf.pages[i]!.text, id).toContain(squeeze(headlineOf(id)));
    expect(pdf.pages[i]!.text, id).toContain(numbers[i]);
  });
  expectRed(pixel(path, 1, 0.97, 0.3), 'the cover');
});
