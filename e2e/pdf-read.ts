import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect } from './shared-context.ts';
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { rasterPages, type Rgb } from './pdf-raster.ts';

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

/** A page's lines as pdf.js reads them: runs that share a baseline, top to bottom, each left to right. */
export function runLines(page: PdfPage): TextRun[][] {
  const rows = new Map<number, TextRun[]>();
  for (const run of page.runs) rows.set(Math.round(run.y), [...(rows.get(Math.round(run.y)) ?? []), run]);
  return [...rows.entries()].sort(([a], [b]) => b - a).map(([, runs]) => runs.sort((a, b) => a.x - b.x));
}

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
export function linesOfWords(words: readonly WordBox[], gapEm = 1.5): { text: string; words: WordBox[] }[] {
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

/** The colour at (x, y), each a fraction of the page's width and height (the page rendered by pdftoppm at 18 dpi). */
export function pixel(pdfPath: string, pageNumber: number, x: number, y: number): Rgb {
  return rasterPages(pdfPath, pageNumber, pageNumber, 18)[0]!.at(x, y);
}

/** How much of a rendered page its most common colour covers (1: the page is one flat colour). */
export function dominantColourShare(pdfPath: string, pageNumber: number): number {
  const { pixels } = rasterPages(pdfPath, pageNumber, pageNumber, 36)[0]!;
  const counts = new Map<number, number>();
  for (let i = 0; i + 2 < pixels.length; i += 3) {
    const colour = (pixels[i]! << 16) | (pixels[i + 1]! << 8) | pixels[i + 2]!;
    counts.set(colour, (counts.get(colour) ?? 0) + 1);
  }
  return Math.max(...counts.values()) / (pixels.length / 3);
}

/** Red as the deck's grounds and bands print (deep or flag red), not paper, gold or ink. */
export function expectRed([r, g, b]: Rgb, where: string): void {
  expect(r, where).toBeGreaterThan(130);
  expect(g, where).toBeLessThan(40);
  expect(b, where).toBeLessThan(60);
}

/**
 * The number the audience sees on screen for each slide, in deck order: the deck's own
 * `.slide-number`, read on each slide in the slide view (whatever format the deck uses).
 */
export async function screenNumbers(page: Page, ids: readonly string[]): Promise<string[]> {
  // One round trip: each slide shown in turn, its number read once the deck has drawn it.
  const numbers = await page.evaluate(async (slideIds) => {
    const found: string[] = [];
    for (const id of slideIds) {
      const { h, v } = window.deck.getIndices(document.getElementById(id)!);
      window.deck.slide(h, v);
      await new Promise((drawn) => requestAnimationFrame(() => requestAnimationFrame(drawn)));
      if (window.deck.getCurrentSlide().id !== id) throw new Error(`slide ${id} not shown`);
      found.push(document.querySelector<HTMLElement>('.reveal > .slide-number')!.innerText);
    }
    return found;
  }, ids);
  return numbers.map(squeeze);
}

/** A word as poppler's `pdftotext -bbox-layout` boxes it (PDF points, origin top left). */
export interface PrintedWord {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

/**
 * A printed line: the words on one baseline, left to right, whatever flow or block poppler put
 * them in (a line set with extra space between its characters comes out as one-character words,
 * sometimes in separate flows). Words of another size on the same baseline form a line of their own.
 */
export interface PrintedLine {
  /** The page, 1-based. */
  page: number;
  /** The words' common bottom (their boxes' yMax, which a baseline and size fix). */
  bottom: number;
  /** The font size, from the words' box height (EM_PER_BOX_HEIGHT). */
  em: number;
  words: PrintedWord[];
  /** The line's text, its words run together. */
  text: string;
}

/**
 * How high poppler boxes a word, in ems of its font size: from the font's ascent to its descent.
 * Measured on script.pdf (Noto Serif SC): 18 pt body text in boxes 25.86 pt high, 22 pt in 31.60,
 * 10 pt in 14.36.
 */
export const BOX_HEIGHT_PER_EM = 1.4365;

const unescapeXml = (text: string) =>
  text.replace(/&(lt|gt|quot|apos|amp|#\d+|#x[\da-f]+);/gi, (_, name: string) =>
    name.startsWith('#x') || name.startsWith('#X')
      ? String.fromCodePoint(parseInt(name.slice(2), 16))
      : name.startsWith('#')
        ? String.fromCodePoint(Number(name.slice(1)))
        : ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' } as Record<string, string>)[name.toLowerCase()]!,
  );

/** Every page's words, as `pdftotext -bbox-layout` boxes them. */
export function printedWords(pdfPath: string): PrintedWord[][] {
  const xml = execFileSync('pdftotext', ['-bbox-layout', pdfPath, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  return xml
    .split(/<page\b/)
    .slice(1)
    .map((page) =>
      [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
        xMin: Number(m[1]),
        yMin: Number(m[2]),
        xMax: Number(m[3]),
        yMax: Number(m[4]),
        text: unescapeXml(m[5]!),
      })),
    );
}

/**
 * Every page's printed lines, top to bottom: words grouped by baseline and size (the bottom and
 * height of their boxes, within `tolerance` points), not by poppler's <line>s.
 */
export function printedLines(pdfPath: string, tolerance = 0.5): PrintedLine[] {
  return printedWords(pdfPath).flatMap((words, i) => {
    const lines: PrintedWord[][] = [];
    const height = (w: PrintedWord) => w.yMax - w.yMin;
    for (const word of [...words].sort((a, b) => a.yMax - b.yMax || height(a) - height(b))) {
      const line = lines.find((l) => Math.abs(l[0]!.yMax - word.yMax) <= tolerance && Math.abs(height(l[0]!) - height(word)) <= tolerance);
      if (line) line.push(word);
      else lines.push([word]);
    }
    return lines.map((line) => {
      const sorted = line.sort((a, b) => a.xMin - b.xMin);
      return {
        page: i + 1,
        bottom: sorted[0]!.yMax,
        em: height(sorted[0]!) / BOX_HEIGHT_PER_EM,
        words: sorted,
        text: sorted.map((w) => w.text).join(''),
      };
    });
  });
}

/** Space between two characters of a printed line beyond what its text asks for, wider than allowed. */
export interface WideGap {
  page: number;
  /** The words either side; the same word for space between its own characters. */
  before: string;
  after: string;
  /** The space, in ems of the line's font size. */
  em: number;
  line: string;
}

/**
 * The places on a line where characters stand further apart than `maxEm` beyond what the text
 * asks for. Between words: the gap, less `textGap(before, after)` ems the text itself holds there
 * (an open blank's ideographic spaces). Inside a word (poppler keeps some spaced-out runs as one
 * word): the word's width beyond one em per character, shared among its character gaps; no
 * character of a CJK font is wider than an em, so this never overstates the space. A gap of more
 * than `columnEm` parts two blocks set side by side on one baseline (the overview's cards), not
 * two characters of one line.
 */
export function wideGaps(line: PrintedLine, maxEm: number, textGap: (before: string, after: string) => number = () => 0, columnEm = 3): WideGap[] {
  const em = (width: number) => Math.round((width / line.em) * 100) / 100;
  const gaps: WideGap[] = [];
  line.words.forEach((word, i) => {
    const chars = [...word.text];
    if (chars.length > 1) {
      const spacing = (word.xMax - word.xMin - chars.length * line.em) / (chars.length - 1);
      if (spacing > maxEm * line.em) gaps.push({ page: line.page, before: word.text, after: word.text, em: em(spacing), line: line.text });
    }
    const previous = line.words[i - 1];
    if (previous) {
      const gap = word.xMin - previous.xMax - textGap(previous.text, word.text) * line.em;
      if (gap > maxEm * line.em && gap <= columnEm * line.em) gaps.push({ page: line.page, before: previous.text, after: word.text, em: em(gap), line: line.text });
    }
  });
  return gaps;
}

/** Whether a line is set in Chinese: it holds a Han ideograph (not a page number or a cue). */
export const isChinese = (line: PrintedLine) => /\p{Script=Han}/u.test(line.text);

/**
 * Where a text's lines end, as offsets into the lines run together: a word that straddles one
 * of these offsets is split across two lines.
 */
export function lineEnds(lines: readonly string[]): Set<number> {
  const ends = new Set<number>();
  lines.reduce((at, line) => (ends.add(at + line.length), at + line.length), 0);
  return ends;
}
