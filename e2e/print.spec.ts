import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { headlineOf, slideIdsInOrder } from './content.ts';

/** The colour of one pixel of a PDF page, rendered by poppler's pdftoppm. */
function pixel(pdfPath: string, pageNumber: number, x: number, y: number): [number, number, number] {
  const dir = mkdtempSync(join(tmpdir(), 'deck-pdf-'));
  execFileSync('pdftoppm', ['-r', '18', '-f', String(pageNumber), '-l', String(pageNumber), '-singlefile', pdfPath, join(dir, 'page')]);
  const ppm = readFileSync(join(dir, 'page.ppm'));
  // P6 header: magic, width, height, maxval, each followed by whitespace.
  const header = ppm.toString('latin1', 0, 40).match(/^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/)!;
  const width = Number(header[1]);
  const at = header[0].length + (Math.round(y * (Number(header[2]) - 1)) * width + Math.round(x * (width - 1))) * 3;
  return [ppm[at]!, ppm[at + 1]!, ppm[at + 2]!];
}

test('printing gives one 16:9 page per slide, in the web font, backgrounds included', async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto('./?print-pdf');
  await page.waitForFunction(() => window.deck?.isReady());
  await page.evaluate(() => document.fonts.ready);
  const slideCount = await page.evaluate(() => window.deck.getTotalSlides());
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  const pdfPath = join(mkdtempSync(join(tmpdir(), 'deck-')), 'deck.pdf');
  writeFileSync(pdfPath, pdf);

  const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false }).promise;
  expect(slideCount).toBe(slideIdsInOrder.length);
  expect(doc.numPages).toBe(slideCount);

  const fontNames = new Set<string>();
  const pageTexts: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const pdfPage = await doc.getPage(n);
    const [, , width, height] = pdfPage.view;
    expect(width! / height!).toBeCloseTo(16 / 9, 2);
    const content = await pdfPage.getTextContent();
    pageTexts.push(content.items.map((item) => ('str' in item ? item.str : '')).join('').replace(/\s/g, ''));
    const ops = await pdfPage.getOperatorList();
    ops.fnArray.forEach((fn, i) => {
      if (fn === OPS.setFont) fontNames.add(pdfPage.commonObjs.get(ops.argsArray[i][0]).name as string);
    });
  }
  // Each page carries its own slide, in deck order.
  slideIdsInOrder.forEach((id, i) => expect(pageTexts[i], id).toContain(headlineOf(id).replace(/\s/g, '')));
  // Only the web font Noto Serif SC is embedded — not the system's Noto Serif CJK or a fallback.
  expect(fontNames.size).toBeGreaterThan(0);
  for (const name of fontNames) expect(name).toMatch(/NotoSerifSC/);

  // Backgrounds print: the cover is on red, a measure slide on warm paper with its red band.
  const [r, g] = pixel(pdfPath, 1, 0.1, 0.5);
  expect(r).toBeGreaterThan(140);
  expect(g).toBeLessThan(40);
  const paper = pixel(pdfPath, 5, 0.5, 0.9);
  expect(Math.min(...paper)).toBeGreaterThan(230);
  const band = pixel(pdfPath, 5, 0.5, 0.02);
  expect(band[0]).toBeGreaterThan(140);
  expect(band[1]).toBeLessThan(40);
});
