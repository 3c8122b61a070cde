/**
 * `npm run pptx` as a staff member runs it, and its file opened by a real client: LibreOffice
 * Impress, headless, standing in for PowerPoint and WPS. (What the file holds is read back by
 * src/export/pptx/write-pptx.test.ts; here the client has to show it.)
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from './shared-context.ts';
import { getDocument, OPS, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { readPptx, type ReadPptx } from '../src/export/pptx/read-pptx.ts';
import { wordSegmenter } from '../src/render/word-segmenter.ts';
import { unbreakableTerms } from '../slides/unbreakable-terms.ts';
import { isClosingMark } from '../src/render/phrases.ts';
import { accentGround, colours } from '../src/theme/tokens.ts';
import { slides, speechAsShown } from './content.ts';
import { renderWithLibreOffice } from '../tools/libreoffice.ts';
import { linesOfWords, wordBoxes } from './pdf-read.ts';
import { hexRgb, rasterPages, type PageBox, type Rgb } from './pdf-raster.ts';

const pptxPath = 'dist/slides.pptx';
const EMU_PER_POINT = 12_700;
const squeeze = (text: string) => text.replace(/\s/g, '');

interface TextLine {
  text: string;
  /** The line's box on the page, points, y down from the top. */
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The text lines of a PDF page as LibreOffice laid them out, and the fonts it drew them with. */
async function pageLines(doc: PDFDocumentProxy, n: number): Promise<{ lines: TextLine[]; fonts: string[]; width: number; height: number }> {
  const page = await doc.getPage(n);
  const [, , width, height] = page.view as [number, number, number, number];
  const lines = (await page.getTextContent()).items.flatMap((item): TextLine[] => {
    if (!('str' in item) || item.str.trim() === '') return [];
    const [, , , size, x, baseline] = item.transform as number[];
    // The em box around the baseline: 0.88 of the size above it, 0.12 below.
    return [{ text: item.str, left: x!, right: x! + item.width, top: height - baseline! - 0.88 * size!, bottom: height - baseline! + 0.12 * size! }];
  });
  const ops = await page.getOperatorList();
  const fonts = ops.fnArray.flatMap((fn, i) => (fn === OPS.setFont ? [page.commonObjs.get(ops.argsArray[i][0]).name as string] : []));
  return { lines, fonts, width, height };
}

test.describe.configure({ mode: 'serial' });

test.describe('the PowerPoint file', () => {
  let output = '';
  let file: ReadPptx;
  let pdfPath: string;
  let doc: PDFDocumentProxy;

  test.beforeAll(async () => {
    test.setTimeout(240_000);
    ({ stdout: output } = await promisify(execFile)('npm', ['run', '--silent', 'pptx'], { env: { ...process.env, DECK_FILL_INS: '' } }));
    file = await readPptx(new Uint8Array(readFileSync(pptxPath)));
    pdfPath = await renderWithLibreOffice(pptxPath, mkdtempSync(join(tmpdir(), 'deck-pptx-')), { notesPages: true });
    doc = await getDocument({ data: new Uint8Array(readFileSync(pdfPath)), useSystemFonts: false }).promise;
  });

  test('npm run pptx writes dist/slides.pptx, one slide per deck slide, and says how big and how fast', () => {
    expect(output).toMatch(/^dist\/slides\.pptx: \d+(\.\d)? KB \(target < 200 KB\), written in \d+ ms from the outline \(target < 1 s; \d+ ms of CPU\)/m);
    expect(file.slides).toHaveLength(slides.length);
  });

  test('LibreOffice shows one 16:9 page per slide, each with the slide’s text, in a Song face, never a sans', async () => {
    expect(doc.numPages).toBe(2 * slides.length); // the slides, then a notes page for each
    for (const [i, slide] of file.slides.entries()) {
      const page = await pageLines(doc, i + 1);
      expect(page.width / page.height).toBeCloseTo(16 / 9, 2);
      expect(squeeze(page.lines.map((l) => l.text).join('')), slides[i]!.id).toBe(squeeze(slide.paragraphs.join('')));
      // The file names 宋体 (SimSun), which this machine lacks, as office PCs on Linux do: fontconfig
      // knows it for a serif and LibreOffice draws fonts-noto-cjk's Noto Serif CJK (its Song face).
      expect(page.fonts.length).toBeGreaterThan(0);
      for (const font of page.fonts) expect(font, slides[i]!.id).toMatch(/NotoSerifCJK/);
    }
  });

  test('every line stays inside its text box and its slide, and no line starts with a closing mark', async () => {
    const problems: string[] = [];
    const tolerance = 2;
    for (const [i, slide] of file.slides.entries()) {
      const page = await pageLines(doc, i + 1);
      const where = (shape: string) => `${slides[i]!.id} › ${shape}`;
      // The page's lines, in drawing order, are the text boxes' paragraphs in document order.
      const lines = [...page.lines];
      for (const shape of slide.textShapes) {
        const box = { left: shape.x / EMU_PER_POINT, top: shape.y / EMU_PER_POINT, right: (shape.x + shape.w) / EMU_PER_POINT, bottom: (shape.y + shape.h) / EMU_PER_POINT };
        const expected = squeeze(shape.paragraphs.join(''));
        const shown: TextLine[] = [];
        while (lines.length > 0 && squeeze(shown.map((l) => l.text).join('')).length < expected.length) shown.push(lines.shift()!);
        if (squeeze(shown.map((l) => l.text).join('')) !== expected) problems.push(`${where(shape.name)}: LibreOffice shows “${shown.map((l) => l.text).join('')}”`);
        shown.forEach((l, k) => {
          if (l.left < box.left - tolerance || l.right > box.right + tolerance || l.top < box.top - tolerance || l.bottom > box.bottom + tolerance) {
            problems.push(`${where(shape.name)}: “${l.text}” leaves its box`);
          }
          if (l.left < 0 || l.top < 0 || l.right > page.width || l.bottom > page.height) problems.push(`${where(shape.name)}: “${l.text}” leaves the slide`);
          const startsLine = k > 0 && Math.abs(l.top - shown[k - 1]!.top) > 1;
          if (startsLine && isClosingMark(l.text.trim()[0]!)) problems.push(`${where(shape.name)}: a line starts with a closing mark: “${l.text}”`);
        });
      }
    }
    expect(problems).toEqual([]);
  });

  test('LibreOffice breaks lines only between words: no line ends inside a jieba word or a term of slides/unbreakable-terms.ts', () => {
    const segment = wordSegmenter();
    const ends = (words: readonly string[]) => new Set(words.reduce<number[]>((all, word) => [...all, (all[all.length - 1] ?? 0) + word.length], [0]));
    const problems: string[] = [];
    let multiLine = 0;
    wordBoxes(pdfPath)
      .slice(0, slides.length)
      .forEach((page, i) => {
        const words = [...page.words];
        for (const shape of file.slides[i]!.textShapes) {
          const where = `${slides[i]!.id} › ${shape.name}`;
          if (shape.paragraphs.some((p) => p.includes('\n'))) multiLine++;
          // The words LibreOffice drew in this text box (their middles inside its frame).
          const box = { left: shape.x / EMU_PER_POINT, top: shape.y / EMU_PER_POINT, right: (shape.x + shape.w) / EMU_PER_POINT, bottom: (shape.y + shape.h) / EMU_PER_POINT };
          const inBox = words.filter((w) => {
            const [x, y] = [(w.xMin + w.xMax) / 2, (w.yMin + w.yMax) / 2];
            return x >= box.left && x <= box.right && y >= box.top && y <= box.bottom;
          });
          words.splice(0, words.length, ...words.filter((w) => !inBox.includes(w)));
          // The box's text as shown, its line breaks left out, and where a line may end in it.
          const text = shape.paragraphs.map((p) => p.replace(/\n/g, '')).join('');
          const allowed = ends(segment(text));
          for (const term of unbreakableTerms) {
            for (let at = text.indexOf(term); at !== -1; at = text.indexOf(term, at + 1)) for (let k = at + 1; k < at + term.length; k++) allowed.delete(k);
          }
          const kept = text.split('').flatMap((ch, k) => (/\s/.test(ch) ? [] : [k]));
          const plain = kept.map((k) => text[k]).join('');
          let from = 0;
          for (const line of linesOfWords(inBox)) {
            // Each printed line, in order, is the next stretch of the text (gaps aside): it starts and ends where a line may.
            const printed = squeeze(line.text);
            const at = plain.indexOf(printed, from);
            if (at === -1) {
              problems.push(`${where}: “${line.text}” is not the box’s text (${text})`);
              continue;
            }
            const [start, end] = [kept[at]!, kept[at + printed.length - 1]! + 1];
            if (!allowed.has(start) || !allowed.has(end)) problems.push(`${where}: a line break inside a word: ${text.slice(0, start)}｜${text.slice(start, end)}｜${text.slice(end)}`);
            from = at + printed.length;
          }
          if (from !== plain.length) problems.push(`${where}: LibreOffice shows “${plain.slice(0, from)}” of “${plain}”`);
        }
        if (words.length > 0) problems.push(`${slides[i]!.id}: words outside every text box: ${words.map((w) => w.text).join(' ')}`);
      });
    expect(problems).toEqual([]);
    expect(multiLine).toBeGreaterThanOrEqual(5);
  });

  test('LibreOffice draws the red grounds and the paper, and no page is blank', () => {
    const pages = rasterPages(pdfPath, 1, slides.length);
    const close = (actual: Rgb, expected: string) => actual.every((c, i) => Math.abs(c - hexRgb(expected)[i]!) <= 12);
    slides.forEach((slide, i) => {
      const page = pages[i]!;
      const accent = ['cover', 'pillar', 'closing'].includes(slide.kind);
      const ground = accent ? accentGround.colour : colours.paper;
      // The left edge, half-way down, shows the ground on every kind of slide.
      expect(close(page.at(0.01, 0.5), ground), `${slide.id} ground ${page.at(0.01, 0.5)}`).toBe(true);
      if (slide.kind === 'measure') expect(close(page.at(0.5, 0.02), colours.redDeep), `${slide.id} band`).toBe(true);
      expect(page.shareUnlike(hexRgb(ground), 40), `${slide.id} is blank`).toBeGreaterThan(0.01);
    });
  });

  test('LibreOffice sets each ordinal (一 二 三 四) in the middle of its circle or square, whole', () => {
    // The ordinals' shapes, on the slides that have them, as page fractions.
    const ordinals = file.slides.flatMap((slide, i) =>
      slide.textShapes
        .filter((shape) => /(^|\.)ordinal$/.test(shape.name))
        .map((shape) => ({
          page: i + 1,
          where: `${slides[i]!.id} › ${shape.name}`,
          text: shape.paragraphs.join(''),
          size: Number(slide.xml.match(new RegExp(`name="${shape.name}"[\\s\\S]*?<a:rPr [^>]*sz="(\\d+)"`))![1]) / 100,
          frame: { left: shape.x / file.size.cx, top: shape.y / file.size.cy, right: (shape.x + shape.w) / file.size.cx, bottom: (shape.y + shape.h) / file.size.cy },
        })),
    );
    // The overview's four and each pillar's own.
    expect(ordinals.map((o) => o.text).join('')).toBe('一二三四一二三四');
    const pages = new Map([...new Set(ordinals.map((o) => o.page))].map((n) => [n, rasterPages(pdfPath, n, n, 144)[0]!]));
    const inset = (box: PageBox, share: number) => {
      const [dx, dy] = [share * (box.right - box.left), share * (box.bottom - box.top)];
      return { left: box.left + dx, top: box.top + dy, right: box.right - dx, bottom: box.bottom - dy };
    };
    const offsets: number[] = [];
    const problems: string[] = [];
    for (const ordinal of ordinals) {
      // The glyph: the gold inside the frame, less the pillar square's own gold lines along its edge.
      const glyph = pages.get(ordinal.page)!.boxOf(hexRgb(colours.gold), 60, inset(ordinal.frame, 0.05));
      if (!glyph) {
        problems.push(`${ordinal.where}: no glyph drawn`);
        continue;
      }
      // Whole: inside the inner square of the circle (the text rectangle PowerPoint and LibreOffice give an ellipse).
      const inner = inset(ordinal.frame, 0.146);
      if (glyph.left < inner.left || glyph.top < inner.top || glyph.right > inner.right || glyph.bottom > inner.bottom) problems.push(`${ordinal.where}: the glyph reaches out of its circle or square`);
      // Its middle against the frame's, in ems of its size (negative: high, left).
      const em = { wide: (ordinal.size * EMU_PER_POINT) / file.size.cx, high: (ordinal.size * EMU_PER_POINT) / file.size.cy };
      const dy = ((glyph.top + glyph.bottom) / 2 - (ordinal.frame.top + ordinal.frame.bottom) / 2) / em.high;
      const dx = ((glyph.left + glyph.right) / 2 - (ordinal.frame.left + ordinal.frame.right) / 2) / em.wide;
      offsets.push(dy);
      // Each glyph's strokes sit where its design puts them (一's above the em box's middle), so each may
      // miss the middle a little; together they may not.
      if (Math.abs(dy) > 0.1 || Math.abs(dx) > 0.1) problems.push(`${ordinal.where}: ${ordinal.text} is off the middle by ${dx.toFixed(2)} em across, ${dy.toFixed(2)} em down`);
    }
    expect(problems).toEqual([]);
    const mean = offsets.reduce((a, b) => a + b, 0) / offsets.length;
    expect(Math.abs(mean), `the ordinals sit ${mean.toFixed(3)} em off the middle on average`).toBeLessThan(0.05);
  });

  test('the notes pages carry the speech, slide by slide, in order', async () => {
    let notes = '';
    for (let n = slides.length + 1; n <= doc.numPages; n++) {
      const page = await pageLines(doc, n);
      // Below the slide's picture (the upper third of a notes page), less the page number.
      notes += page.lines.filter((l) => l.top > page.height / 3 && !/^\d+$/.test(l.text.trim())).map((l) => l.text).join('');
    }
    expect(squeeze(notes)).toBe(squeeze(speechAsShown()));
  });
});
