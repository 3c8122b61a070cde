import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { showSlide } from './deck-page.ts';

/** A run of text as pdf.js reads it: where it stands (PDF points, origin bottom left) and in which font. */
export interface TextRun {
  text: string;
  x: number;
  y: number;
  size: number;
  font: string;
}

export interface PdfPage {
  width: number;
  height: number;
  runs: TextRun[];
  /** The page's text, whitespace aside. */
  text: string;
  /** The pages (1-based) its links lead to, within the document. */
  linksTo: number[];
}

export interface OutlineEntry {
  title: string;
  items: OutlineEntry[];
}

export interface ReadPdf {
  pages: PdfPage[];
  /** The embedded fonts' names, e.g. AAAAAA+NotoSerifSC-Regular. */
  fonts: Set<string>;
  info: Record<string, unknown>;
  outline: OutlineEntry[];
  tagged: boolean;
}

/** Whitespace aside: the PDF's word spacing and gaps (ideographic spaces) are layout, not text. */
export const squeeze = (text: string) => text.replace(/\s/g, '');

/** Reads a PDF's text, fonts, metadata and outline with pdf.js. */
export async function readPdf(data: Uint8Array): Promise<ReadPdf> {
  const doc = await getDocument({ data: new Uint8Array(data), useSystemFonts: false }).promise;
  const fonts = new Set<string>();
  const pages: PdfPage[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const ops = await page.getOperatorList();
    const fontNames = new Map<string, string>();
    ops.fnArray.forEach((fn, i) => {
      if (fn !== OPS.setFont) return;
      const id = ops.argsArray[i][0] as string;
      fontNames.set(id, page.commonObjs.get(id).name as string);
    });
    for (const name of fontNames.values()) fonts.add(name);
    const content = await page.getTextContent();
    const runs = content.items.flatMap((item) =>
      'str' in item && item.str.trim() !== ''
        ? [{ text: item.str, x: item.transform[4], y: item.transform[5], size: Math.hypot(item.transform[2], item.transform[3]), font: fontNames.get(item.fontName) ?? item.fontName }]
        : [],
    );
    const linksTo: number[] = [];
    for (const annotation of await page.getAnnotations()) {
      const dest = typeof annotation.dest === 'string' ? await doc.getDestination(annotation.dest) : annotation.dest;
      if (Array.isArray(dest)) linksTo.push((await doc.getPageIndex(dest[0])) + 1);
    }
    const [, , width, height] = page.view as [number, number, number, number];
    pages.push({ width, height, runs, linksTo, text: squeeze(content.items.map((item) => ('str' in item ? item.str : '')).join('')) });
  }
  const { info } = await doc.getMetadata();
  const trim = (entries: { title: string; items: unknown[] }[]): OutlineEntry[] =>
    entries.map((e) => ({ title: e.title, items: trim(e.items as { title: string; items: unknown[] }[]) }));
  const outline = trim((await doc.getOutline()) ?? []);
  const tagged = (await doc.getMarkInfo())?.Marked === true;
  await doc.destroy();
  return { pages, fonts, info: info as Record<string, unknown>, outline, tagged };
}

export const readPdfFile = (path: string) => readPdf(readFileSync(path));

/** Every outline title, depth first. */
export const outlineTitles = (entries: OutlineEntry[]): string[] => entries.flatMap((e) => [e.title, ...outlineTitles(e.items)]);

/** A word as poppler's `pdftotext -bbox` finds it, in PDF points from the top left. */
export interface WordBox {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

/** Each page's size and words (poppler's `pdftotext -bbox`), in PDF points from the top left. */
export function wordBoxes(pdfPath: string): { width: number; height: number; words: WordBox[] }[] {
  const xml = execFileSync('pdftotext', ['-bbox', pdfPath, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
  return [...xml.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)].map(([, width, height, body]) => ({
    width: Number(width),
    height: Number(height),
    words: [...body!.matchAll(/<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">([^<]*)<\/word>/g)].map(([, x0, y0, x1, y1, text]) => ({
      text: decode(text!),
      xMin: Number(x0),
      yMin: Number(y0),
      xMax: Number(x1),
      yMax: Number(y1),
    })),
  }));
}

/**
 * The printed lines of a page: its words grouped by baseline (poppler may put the words of one
 * line in separate flows, and a letter-spaced line comes out as one word per character), then
 * cut where a gap wider than `gapEm` of the line's height parts them (two text boxes side by
 * side). Left to right, top to bottom; the text without spaces.
 */
export function printedLines(words: readonly WordBox[], gapEm = 1.5): { text: string; words: WordBox[] }[] {
  const rows: WordBox[][] = [];
  for (const word of [...words].sort((a, b) => a.yMax - b.yMax)) {
    const row = rows.find((r) => Math.abs(r[0]!.yMax - word.yMax) < 0.25 * (word.yMax - word.yMin));
    if (row) row.push(word);
    else rows.push([word]);
  }
  return rows.flatMap((row) => {
    row.sort((a, b) => a.xMin - b.xMin);
    const lines: WordBox[][] = [];
    for (const word of row) {
      const last = lines[lines.length - 1];
      const previous = last?.[last.length - 1];
      if (previous && word.xMin - previous.xMax <= gapEm * (word.yMax - word.yMin)) last!.push(word);
      else lines.push([word]);
    }
    return lines.map((line) => ({ text: line.map((w) => w.text).join(''), words: line }));
  });
}

/** A page rendered by poppler's pdftoppm at a low resolution: width, height and RGB pixels. */
export function renderPage(pdfPath: string, pageNumber: number, dpi = 18): { width: number; height: number; rgb: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'deck-pdf-'));
  execFileSync('pdftoppm', ['-r', String(dpi), '-f', String(pageNumber), '-l', String(pageNumber), '-singlefile', pdfPath, join(dir, 'page')]);
  const ppm = readFileSync(join(dir, 'page.ppm'));
  // P6 header: magic, width, height, maxval, each followed by whitespace.
  const header = ppm.toString('latin1', 0, 40).match(/^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/)!;
  return { width: Number(header[1]), height: Number(header[2]), rgb: ppm.subarray(header[0].length) };
}

/** The colour at (x, y), each a fraction of the page's width and height. */
export function pixel(pdfPath: string, pageNumber: number, x: number, y: number): [number, number, number] {
  const { width, height, rgb } = renderPage(pdfPath, pageNumber);
  const at = (Math.round(y * (height - 1)) * width + Math.round(x * (width - 1))) * 3;
  return [rgb[at]!, rgb[at + 1]!, rgb[at + 2]!];
}

/** How much of a rendered page its most common colour covers (1: the page is one flat colour). */
export function dominantColourShare(pdfPath: string, pageNumber: number): number {
  const { rgb } = renderPage(pdfPath, pageNumber, 36);
  const counts = new Map<number, number>();
  for (let i = 0; i + 2 < rgb.length; i += 3) {
    const colour = (rgb[i]! << 16) | (rgb[i + 1]! << 8) | rgb[i + 2]!;
    counts.set(colour, (counts.get(colour) ?? 0) + 1);
  }
  return Math.max(...counts.values()) / (rgb.length / 3);
}

/** Red as the deck's grounds and bands print (deep or flag red), not paper, gold or ink. */
export function expectRed([r, g, b]: [number, number, number], where: string): void {
  expect(r, where).toBeGreaterThan(130);
  expect(g, where).toBeLessThan(40);
  expect(b, where).toBeLessThan(60);
}

/**
 * The number the audience sees on screen for each slide, in deck order: the deck's own
 * `.slide-number`, read on each slide in the slide view (whatever format the deck uses).
 */
export async function screenNumbers(page: Page, ids: readonly string[]): Promise<string[]> {
  const numbers: string[] = [];
  for (const id of ids) {
    await showSlide(page, id);
    numbers.push(squeeze(await page.locator('.reveal > .slide-number').innerText()));
  }
  return numbers;
}
