/**
 * `npm run docx` as a staff member runs it, and its file opened by a real client: LibreOffice
 * Writer, headless, standing in for Word and WPS. (What the file holds is read back by
 * src/export/docx/write-docx.test.ts; here the client has to show it.)
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from './shared-context.ts';
import { readDocx, type ReadDocx } from '../src/export/docx/read-docx.ts';
import { isClosingMark, LONG_TERM, SHORT_QUOTATION } from '../src/render/phrases.ts';
import { wordSegmenter } from '../src/render/word-segmenter.ts';
import { unbreakableTerms } from '../slides/unbreakable-terms.ts';
import { renderWithLibreOffice } from '../tools/libreoffice.ts';
import { inOrder, model, shownText, speechAsShown, speechSentences } from './content.ts';
import { lineEnds, squeeze, wordBoxes, type WordBox } from './pdf-read.ts';

const docxPath = 'dist/speech.docx';
const MM = 72 / 25.4;

interface PrintedRow {
  page: number;
  text: string;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** Each page's rows of words (one baseline each, left to right), top to bottom, in points from the top left. */
function rows(pdfPath: string): { width: number; height: number; rows: PrintedRow[] }[] {
  return wordBoxes(pdfPath).map(({ width, height, words }, i) => {
    const byBaseline: WordBox[][] = [];
    for (const word of [...words].sort((a, b) => a.yMax - b.yMax)) {
      const row = byBaseline.find((r) => Math.abs(r[0]!.yMax - word.yMax) < 2);
      if (row) row.push(word);
      else byBaseline.push([word]);
    }
    return {
      width,
      height,
      rows: byBaseline.map((row) => {
        const sorted = row.sort((a, b) => a.xMin - b.xMin);
        return {
          page: i + 1,
          text: sorted.map((w) => w.text).join(''),
          left: sorted[0]!.xMin,
          right: Math.max(...sorted.map((w) => w.xMax)),
          top: Math.min(...sorted.map((w) => w.yMin)),
          bottom: Math.max(...sorted.map((w) => w.yMax)),
        };
      }),
    };
  });
}

const isPageNumber = (row: PrintedRow) => /^—\d+—$/.test(squeeze(row.text));

test.describe.configure({ mode: 'serial' });

test.describe('the Word file', () => {
  let output = '';
  let file: ReadDocx;
  let pages: ReturnType<typeof rows>;

  test.beforeAll(async () => {
    test.setTimeout(240_000);
    ({ stdout: output } = await promisify(execFile)('npm', ['run', '--silent', 'docx'], { env: { ...process.env, DECK_FILL_INS: '' } }));
    file = await readDocx(new Uint8Array(readFileSync(docxPath)));
    pages = rows(await renderWithLibreOffice(docxPath, mkdtempSync(join(tmpdir(), 'deck-docx-'))));
  });

  test('npm run docx writes dist/speech.docx and says how big, how fast, and how many blanks are open', () => {
    expect(output).toMatch(/^dist\/speech\.docx: \d+(\.\d)? KB, written in \d+ ms from the outline; \d+ blanks open, shown as underlined gaps$/m);
  });

  test('LibreOffice shows A4 pages carrying the whole speech in order, title and speaker first, and no asterisk', () => {
    expect(pages.length).toBeGreaterThanOrEqual(4);
    for (const page of pages) {
      expect(page.width / MM).toBeCloseTo(210, 0);
      expect(page.height / MM).toBeCloseTo(297, 0);
    }
    const text = squeeze(pages.flatMap((p) => p.rows.filter((r) => !isPageNumber(r)).map((r) => r.text)).join(''));
    expect(inOrder(text, speechSentences()).filter((f) => f.at < 0)).toEqual([]);
    expect(text).not.toContain('*');
    const cover = model.outline.slides[0]!;
    if (cover.kind !== 'cover') throw new Error('the outline starts with its cover');
    expect(text.startsWith(squeeze(shownText(cover.title) + shownText(cover.speaker)))).toBe(true);
  });

  test('the text stays in the text block, at most 22 lines a page, and each page is numbered — n — on its outer edge, 7 mm below the text', () => {
    const block = { left: 28 * MM, right: (210 - 26) * MM, top: 37 * MM, bottom: (297 - 35) * MM };
    pages.forEach((page, i) => {
      const text = page.rows.filter((r) => !isPageNumber(r));
      expect(text.length, `page ${i + 1}`).toBeLessThanOrEqual(22);
      for (const row of text) {
        expect(row.left, row.text).toBeGreaterThanOrEqual(block.left - 1);
        expect(row.right, row.text).toBeLessThanOrEqual(block.right + 1);
        expect(row.top, row.text).toBeGreaterThanOrEqual(block.top - 1);
        expect(row.bottom, row.text).toBeLessThanOrEqual(block.bottom + 1);
      }
      const numbers = page.rows.filter(isPageNumber);
      expect(numbers.map((r) => squeeze(r.text)), `page ${i + 1}`).toEqual([`—${i + 1}—`]);
      const number = numbers[0]!;
      const below = ((number.top + number.bottom) / 2 - block.bottom) / MM;
      expect(below, `page ${i + 1}: the number's middle, mm below the text block`).toBeGreaterThan(5);
      expect(below).toBeLessThan(9);
      // Odd pages on the right, even pages on the left, about one character in from the text block's edge.
      if ((i + 1) % 2) expect(block.right - number.right, `page ${i + 1}`).toBeGreaterThan(8);
      else expect(number.left - block.left, `page ${i + 1}`).toBeGreaterThan(8);
      if ((i + 1) % 2) expect(number.left).toBeGreaterThan(page.width / 2);
      else expect(number.right).toBeLessThan(page.width / 2);
    });
  });

  test('LibreOffice breaks each line where the file does: no word, term or short quotation split, no line starting with a closing mark', () => {
    const printed = pages.flatMap((p) => p.rows.filter((r) => !isPageNumber(r)).map((r) => squeeze(r.text)));
    const written = file.paragraphs.flatMap((p) => p.lines.map(squeeze)).filter((line) => line !== '');
    expect(printed).toEqual(written);
    expect(printed.filter((line, i) => i > 0 && isClosingMark(line[0]!))).toEqual([]);
    // Independently of the file: the speech's paragraphs, with the words no line may split, found in the printed lines.
    const segment = wordSegmenter();
    const paragraphs = speechAsShown('\n')
      .split('\n')
      .map((paragraph) => {
        const text = squeeze(paragraph);
        const spans: [number, number][] = [];
        let at = 0;
        for (const run of paragraph.split(/\s+/).filter((r) => r !== '')) {
          for (const word of segment(run)) {
            if ([...word].length > 1) spans.push([at, at + word.length]);
            at += word.length;
          }
        }
        for (const term of unbreakableTerms.filter((t) => t.length <= LONG_TERM)) {
          for (let k = text.indexOf(term); k !== -1; k = text.indexOf(term, k + 1)) spans.push([k, k + term.length]);
        }
        for (const quotation of text.matchAll(new RegExp(`“[^“”]{1,${SHORT_QUOTATION}}”`, 'g'))) spans.push([quotation.index, quotation.index + quotation[0].length]);
        return { text, spans };
      });
    const all = printed.join('');
    const ends = lineEnds(printed);
    const found = inOrder(all, paragraphs.map((p) => p.text));
    expect(found.filter((f) => f.at < 0).map((f) => f.needle)).toEqual([]);
    const split = paragraphs.flatMap((paragraph, i) =>
      paragraph.spans
        .filter(([from, to]) => [...Array(to - from - 1).keys()].some((k) => ends.has(found[i]!.at + from + k + 1)))
        .map(([from, to]) => `${paragraph.text.slice(from, to)} in ${paragraph.text.slice(Math.max(0, from - 6), to + 6)}`),
    );
    expect(split).toEqual([]);
  });

  test('the title stands centred in two lines of whole words, the pillars’ headings on lines of their own', () => {
    const first = pages[0]!.rows;
    const [a, b] = [first[0]!, first[1]!];
    const middle = (r: PrintedRow) => (r.left + r.right) / 2;
    expect(squeeze(a.text + b.text)).toBe(squeeze(shownText(model.outline.slides[0]!.kind === 'cover' ? model.outline.slides[0]!.title : '')));
    for (const row of [a, b]) expect(Math.abs(middle(row) - (28 + 156 / 2) * MM)).toBeLessThan(3);
    const printed = pages.flatMap((p) => p.rows.map((r) => squeeze(r.text)));
    for (const heading of file.paragraphs.filter((p) => p.style === 'GongwenHeading1')) expect(printed).toContain(squeeze(heading.text));
  });
});

test('npm run docx refuses a bad fill-in value, naming the file and the blank', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'deck-docx-values-'));
  const values = join(dir, 'values.ts');
  writeFileSync(values, "export const values = { asOfMonth: 13 };\n");
  const run = promisify(execFile)('npm', ['run', '--silent', 'docx'], { env: { ...process.env, DECK_FILL_INS: values, DECK_DOCX_OUT: join(dir, 'speech.docx') } });
  await expect(run).rejects.toMatchObject({ code: 1, stderr: expect.stringMatching(new RegExp(`${values.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[\\s\\S]*asOfMonth[\\s\\S]*1 to 12`)) });
});
