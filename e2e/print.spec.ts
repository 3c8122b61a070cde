import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { headlineOf, pillars, slideById, slideIdsInOrder } from './content.ts';
import { openDeck } from './deck-page.ts';
import { expectRed, pixel, readPdf, screenNumbers, squeeze } from './pdf-read.ts';
import { deckIsReady } from '../tools/deck-ready.ts';

/** What Ctrl+P prints: the page at the size its print stylesheet asks for, nothing more (no "background graphics" option). */
async function printAsCtrlP(page: Page): Promise<{ path: string; bytes: Buffer }> {
  await page.evaluate(() => document.fonts.ready);
  const bytes = await page.pdf({ preferCSSPageSize: true });
  const path = join(mkdtempSync(join(tmpdir(), 'deck-print-')), 'deck.pdf');
  writeFileSync(path, bytes);
  return { path, bytes };
}

/** The slides on the red ground, by page number (1-based). */
const accentPages = slideIdsInOrder.flatMap((id, i) => (['cover', 'pillar', 'closing'].includes(slideById(id).kind) ? [i + 1] : []));
const measurePage = slideIdsInOrder.findIndex((id) => slideById(id).kind === 'measure') + 1;

test('Ctrl+P on the deck prints one 16:9 page per slide: its heading, its on-screen number, the grounds, no notes, no English', async ({ page }) => {
  test.setTimeout(90_000);
  await openDeck(page);
  const numbers = await screenNumbers(page, slideIdsInOrder);
  const { path, bytes } = await printAsCtrlP(page);
  const pdf = await readPdf(bytes);

  expect(pdf.pages).toHaveLength(slideIdsInOrder.length);
  slideIdsInOrder.forEach((id, i) => {
    const { width, height, text } = pdf.pages[i]!;
    expect(width / height, id).toBeCloseTo(16 / 9, 2);
    expect(text, id).toContain(squeeze(headlineOf(id)));
    expect(text, `${id} shows ${numbers[i]}`).toContain(numbers[i]);
    // reveal.js's "Speaker notes" box and any other English chrome stay off paper.
    expect(text, id).not.toMatch(/[A-Za-z]/);
  });
  // The overview's entries lead to their pillars' pages.
  const overview = slideIdsInOrder.findIndex((id) => slideById(id).kind === 'overview');
  expect(pdf.pages[overview]!.linksTo).toEqual(pillars.map((p) => slideIdsInOrder.indexOf(p.id) + 1));
  // Only the web font is embedded — not the system's Noto Serif CJK or a fallback.
  expect(pdf.fonts.size).toBeGreaterThan(0);
  for (const name of pdf.fonts) expect(name).toMatch(/NotoSerifSC/);

  // The grounds print without the browser's "background graphics" option: red for cover, pillars
  // and closing; warm paper with its red band for a measure.
  for (const n of accentPages) expectRed(pixel(path, n, 0.97, 0.3), `page ${n}`);
  expect(Math.min(...pixel(path, measurePage, 0.5, 0.9))).toBeGreaterThan(230);
  expectRed(pixel(path, measurePage, 0.5, 0.02), `page ${measurePage}'s band`);
});

/** WCAG's contrast ratio of two sRGB colours. */
function contrast(a: readonly number[], b: readonly number[]): number {
  const luminance = (rgb: readonly number[]) => {
    const [r, g, b] = rgb.map((c) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

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

test('after printing, the deck is as it was: the current slide alone exposed to assistive technology, deep links', async ({ page }) => {
  await openDeck(page, '#/pillar-2');
  await printAsCtrlP(page);
  const exposed = await page.$$eval('.reveal .slides section.slide:not([aria-hidden="true"])', (slides) =>
    slides.filter((s) => !s.closest('[aria-hidden="true"]')).map((s) => s.id),
  );
  expect(exposed).toEqual(['pillar-2']);
  // The overview's links are deep links again.
  expect(await page.$$eval('.overview__link', (links) => links.map((a) => a.getAttribute('href')))).toEqual(pillars.map((p) => `#/${p.id}`));
});

test("reveal.js's print view (?print-pdf) still gives one page per slide, numbered as on screen", async ({ page }) => {
  test.setTimeout(90_000);
  await openDeck(page);
  const numbers = await screenNumbers(page, slideIdsInOrder);
  await page.goto('./?print-pdf');
  await page.waitForFunction(deckIsReady);
  // reveal.js lays its print pages out after it is ready: print once they are all there.
  await expect(page.locator('.pdf-page')).toHaveCount(slideIdsInOrder.length);
  const { path, bytes } = await printAsCtrlP(page);
  const pdf = await readPdf(bytes);
  expect(pdf.pages).toHaveLength(slideIdsInOrder.length);
  slideIdsInOrder.forEach((id, i) => {
    expect(pdf.pages[i]!.text, id).toContain(squeeze(headlineOf(id)));
    expect(pdf.pages[i]!.text, id).toContain(numbers[i]);
  });
  expectRed(pixel(path, 1, 0.97, 0.3), 'the cover');
});
