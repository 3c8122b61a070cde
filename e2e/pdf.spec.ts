import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from './shared-context.ts';
import { unbreakableTerms } from '../slides/unbreakable-terms.ts';
import { LONG_TERM, SHORT_QUOTATION } from '../src/render/phrases.ts';
import { wordSegmenter } from '../src/render/word-segmenter.ts';
import { strings } from '../src/strings.ts';
import { headlineOf, inOrder, model, notesText, pillars, shownText, slideById, slideIdsInOrder, slides, speechAsShown, speechSentences } from './content.ts';
import { openDeck } from './deck-page.ts';
import {
  dominantColourShare,
  expectRed,
  isChinese,
  lineEnds,
  outlineTitles,
  pixel,
  printedLines,
  readPdf,
  readPdfFile,
  runLines,
  screenNumbers,
  squeeze,
  wideGaps,
  type PdfPage,
  type PrintedLine,
  type ReadPdf,
  type TextRun,
} from './pdf-read.ts';

/**
 * `npm run pdf`, run as a user would on the built deck, and the three PDFs it writes, read with
 * pdf.js. The files are checked against the outline and the speech, not against themselves.
 */
const root = resolve(import.meta.dirname, '..');
const files = { slides: 'dist/slides.pdf', handout: 'dist/handout.pdf', script: 'dist/script.pdf' } as const;
type Kind = keyof typeof files;

test.describe.configure({ mode: 'serial' });

let output = '';
const pdfs = {} as Record<Kind, ReadPdf>;
let numbers: string[] = [];

test.beforeAll(async ({ browser }, testInfo) => {
  test.setTimeout(180_000);
  output = execFileSync('npm', ['run', '--silent', 'pdf'], { cwd: root, encoding: 'utf8' });
  for (const kind of Object.keys(files) as Kind[]) pdfs[kind] = await readPdfFile(resolve(root, files[kind]));
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 }, baseURL: testInfo.project.use.baseURL ?? '' });
  await openDeck(page);
  numbers = await screenNumbers(page, slideIdsInOrder);
  await page.close();
});

const sentences = speechSentences();

const A4 = { width: 595, height: 842 };
const expectA4Portrait = (page: PdfPage, where: string) => {
  expect(page.width, where).toBeCloseTo(A4.width, -1);
  expect(page.height, where).toBeCloseTo(A4.height, -1);
};
/** A page's number at its foot, whitespace aside: — 3 —. */
const pageNumber = (n: number) => squeeze(strings.pageNumberAround.join(String(n)));
/** A document's text, page numbers aside (a sentence may run on overleaf). */
const allText = (pdf: ReadPdf) => pdf.pages.map((p, i) => p.text.replace(pageNumber(i + 1), '')).join('');

test('npm run pdf writes the three files, one progress line each, and the time it took', () => {
  for (const file of Object.values(files)) expect(output).toMatch(new RegExp(`^${file}\\s+\\d+ pages\\s+[\\d.]+ s$`, 'm'));
  expect(output).toMatch(/^3 PDFs in [\d.]+ s/m);
});

test('slides.pdf: one 16:9 page per slide with its heading and the number the screen shows, never one flat colour', () => {
  const { pages } = pdfs.slides;
  expect(pages).toHaveLength(slideIdsInOrder.length);
  slideIdsInOrder.forEach((id, i) => {
    expect(pages[i]!.width / pages[i]!.height, id).toBeCloseTo(16 / 9, 2);
    expect(pages[i]!.text, id).toContain(squeeze(headlineOf(id)));
    expect(pages[i]!.text, `${id} shows ${numbers[i]}`).toContain(numbers[i]);
  });
  // The overview's entries lead to their pillars' pages.
  const overview = slideIdsInOrder.findIndex((id) => slideById(id).kind === 'overview');
  expect(pages[overview]!.linksTo).toEqual(pillars.map((p) => slideIdsInOrder.indexOf(p.id) + 1));
  // The cover (red ground) and a measure (paper): each page carries more than its ground.
  const measure = slideIdsInOrder.findIndex((id) => id === pillars[0]!.measures[0]!.id) + 1;
  for (const n of [1, measure]) expect(dominantColourShare(resolve(root, files.slides), n), `page ${n}`).toBeLessThan(0.95);
});

/** The slides on the red ground, by page number (1-based). */
const accentPages = slideIdsInOrder.flatMap((id, i) => (['cover', 'pillar', 'closing'].includes(slideById(id).kind) ? [i + 1] : []));
const measurePage = slideIdsInOrder.findIndex((id) => slideById(id).kind === 'measure') + 1;
/** A font's name without the subset's random tag (ABCDEF+). */
const untagged = (fonts: Set<string>) => new Set([...fonts].map((name) => name.replace(/^[A-Z]{6}\+/, '')));

test('Ctrl+P on the deck gives the pages of slides.pdf, grounds and all, no English; afterwards the deck is as it was', async ({ page }) => {
  await openDeck(page, '#/pillar-2');
  await page.evaluate(() => document.fonts.ready);
  // What Ctrl+P prints: the page at the size its print stylesheet asks for, nothing more (no
  // "background graphics" option).
  const bytes = await page.pdf({ preferCSSPageSize: true });
  const path = join(mkdtempSync(join(tmpdir(), 'deck-print-')), 'deck.pdf');
  writeFileSync(path, bytes);
  const printed = await readPdf(bytes);
  // Page for page what slides.pdf holds (checked above: one 16:9 page per slide, its heading and
  // on-screen number, the overview's links), at its size, in its fonts (checked below: the deck's
  // Noto Serif SC subsets only).
  expect(printed.pages.map((p) => p.text)).toEqual(pdfs.slides.pages.map((p) => p.text));
  expect(printed.pages.map((p) => [p.width, p.height])).toEqual(pdfs.slides.pages.map((p) => [p.width, p.height]));
  expect(printed.pages.map((p) => p.linksTo)).toEqual(pdfs.slides.pages.map((p) => p.linksTo));
  expect(untagged(printed.fonts)).toEqual(untagged(pdfs.slides.fonts));
  // reveal.js's "Speaker notes" box and any other English chrome stay off paper.
  printed.pages.forEach((p, i) => expect(p.text, slideIdsInOrder[i]).not.toMatch(/[A-Za-z]/));
  // The grounds print without the browser's "background graphics" option: red for cover, pillars
  // and closing; warm paper with its red band for a measure.
  for (const n of accentPages) expectRed(pixel(path, n, 0.97, 0.3), `page ${n}`);
  expect(Math.min(...pixel(path, measurePage, 0.5, 0.9))).toBeGreaterThan(230);
  expectRed(pixel(path, measurePage, 0.5, 0.02), `page ${measurePage}'s band`);

  // After printing, the current slide alone is exposed to assistive technology again ...
  const exposed = await page.$$eval('.reveal .slides section.slide:not([aria-hidden="true"])', (slides) =>
    slides.filter((s) => !s.closest('[aria-hidden="true"]')).map((s) => s.id),
  );
  expect(exposed).toEqual(['pillar-2']);
  // ... and the overview's links are deep links again.
  expect(await page.$$eval('.overview__link', (links) => links.map((a) => a.getAttribute('href')))).toEqual(pillars.map((p) => `#/${p.id}`));
});

test('handout.pdf: A4 portrait, each slide and beneath it its notes; together the whole speech in order', () => {
  pdfs.handout.pages.forEach((page, i) => expectA4Portrait(page, `page ${i + 1}`));
  const text = allText(pdfs.handout);
  const slidesThenNotes = slideIdsInOrder.flatMap((id) => [squeeze(headlineOf(id)), squeeze(notesText(id))].filter((t) => t !== ''));
  expect(inOrder(text, slidesThenNotes).filter((f) => f.at < 0)).toEqual([]);
  expect(inOrder(text, sentences).filter((f) => f.at < 0)).toEqual([]);
  expect(text).not.toContain('*');
});

test.describe('script.pdf, the reading copy', () => {
  const bodySize = 16;
  /** Body and headings: everything set at reading size (the cues and page numbers are smaller). */
  const readingLines = (page: PdfPage) => runLines(page).filter((line) => line.some((run) => run.size >= bodySize));

  test('A4 portrait, the whole speech in order in type of at least 16 pt, blanks as gaps', () => {
    pdfs.script.pages.forEach((page, i) => expectA4Portrait(page, `page ${i + 1}`));
    // The text at reading size alone (cues and page numbers are smaller) carries the speech.
    const readingText = squeeze(pdfs.script.pages.flatMap((p) => p.runs.filter((run) => run.size >= bodySize).map((run) => run.text)).join(''));
    expect(inOrder(readingText, sentences).filter((f) => f.at < 0)).toEqual([]);
    expect(allText(pdfs.script)).not.toContain('*');
  });

  test('title, speaker and a heading per pillar; the outline has an entry per pillar', () => {
    const first = pdfs.script.pages[0]!.text;
    const cover = model.outline.slides[0]!;
    expect(cover.kind).toBe('cover');
    if (cover.kind !== 'cover') return;
    expect(first.indexOf(squeeze(shownText(cover.speaker)))).toBeGreaterThan(first.indexOf(squeeze(shownText(cover.title))));
    const titles = outlineTitles(pdfs.script.outline);
    for (const pillar of pillars) expect(titles.some((t) => t.startsWith(pillar.heading)), pillar.id).toBe(true);
  });

  test('a cue in the margin where each slide begins: the number the screen shows, in deck order', () => {
    const bodyLeft = Math.min(...pdfs.script.pages.flatMap((p) => readingLines(p).map((line) => line[0]!.x)));
    const cues = pdfs.script.pages.flatMap((page) =>
      runLines(page)
        .map((line) => line.filter((run) => run.x < bodyLeft - 10))
        .filter((margin) => margin.length > 0)
        .map((margin) => squeeze(margin.map((run) => run.text).join(''))),
    );
    expect(cues).toEqual(numbers);
  });

  test('numbered pages; no heading or first line of a paragraph alone at a page foot', () => {
    pdfs.script.pages.forEach((page, i) => expect(page.text, `page ${i + 1}`).toContain(pageNumber(i + 1)));
    const bodyLeft = Math.min(...pdfs.script.pages.flatMap((p) => readingLines(p).map((line) => line[0]!.x)));
    const indented = (line: TextRun[]) => line[0]!.x > bodyLeft + bodySize;
    const bold = (line: TextRun[]) => line.every((run) => /Bold/.test(run.font));
    pdfs.script.pages.slice(0, -1).forEach((page, i) => {
      const foot = readingLines(page).at(-1)!;
      const nextHead = readingLines(pdfs.script.pages[i + 1]!)[0]!;
      const footText = foot.map((run) => run.text).join('');
      expect(bold(foot), `page ${i + 1} ends with a heading: ${footText}`).toBe(false);
      // A paragraph's indented first line, continued overleaf by an unindented one.
      expect(indented(foot) && !indented(nextHead), `page ${i + 1} ends with a first line: ${footText}`).toBe(false);
    });
  });
});

test.describe('every PDF', () => {
  const cover = model.outline.slides.find((s) => s.kind === 'cover')!;
  for (const kind of Object.keys(files) as Kind[]) {
    test(`${kind}: title, author, language, subject; tagged; bookmarks with each pillar`, () => {
      const { info, outline, tagged } = pdfs[kind];
      expect(cover.kind).toBe('cover');
      expect(info.Title).toBe(shownText(cover.kind === 'cover' ? cover.title : ''));
      expect(info.Author).toBe(shownText(cover.kind === 'cover' ? cover.speaker : ''));
      expect(info.Language).toBe(model.outline.lang);
      expect(info.Subject).toBe(strings.pdfSubject[kind]);
      expect(tagged).toBe(true);
      const titles = outlineTitles(outline);
      for (const pillar of pillars) expect(titles.some((t) => t.startsWith(pillar.heading)), pillar.id).toBe(true);
    });

    test(`${kind}: real text in Noto Serif SC subsets only, named Regular or Bold, never a system font`, () => {
      const { fonts, pages } = pdfs[kind];
      expect(pages.every((p) => p.text.length > 0)).toBe(true);
      expect(fonts.size).toBeGreaterThan(0);
      for (const name of fonts) expect(name).toMatch(/^[A-Z]{6}\+NotoSerifSC-(Regular|Bold)$/);
    });
  }
});

/** The texts the deck prints, as shown (an open blank as its ideographic spaces): the speech and every slide's fields. */
const fieldsOf = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(fieldsOf) : [];
const printedTexts = [speechAsShown('\n'), ...slides.flatMap((slide) => fieldsOf(slide).map(shownText))];
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** How many ems of space the text itself holds between two printed words: an open blank's ideographic spaces. */
function textGap(before: string, after: string): number {
  const around = new RegExp(`${escapeRegExp([...before].slice(-3).join(''))}(\u3000+)${escapeRegExp([...after].slice(0, 3).join(''))}`);
  for (const text of printedTexts) {
    const match = around.exec(text);
    if (match) return match[1]!.length;
  }
  return 0;
}

/** No more than this between two characters of a line beyond what its text asks for. */
const MAX_SPACING_EM = 0.15;
/**
 * Display lines letter-spaced by design, evenly and on purpose, not stretched to a measure: the
 * speaking body under the title (cover.css 0.3em, script.css 0.2em) and 目录 (overview.css 0.5em).
 */
const letterSpaced = new Set(
  model.outline.slides.flatMap((slide) => (slide.kind === 'cover' ? [slide.speaker] : slide.kind === 'overview' ? [slide.heading] : [])).map((text) => squeeze(shownText(text))),
);

for (const kind of ['script', 'handout', 'slides'] as const) {
  test(`${kind}: no line is stretched — no two characters more than ${MAX_SPACING_EM} em apart beyond what the text holds`, () => {
    const stretched = printedLines(resolve(root, files[kind]))
      .filter((line) => isChinese(line) && !letterSpaced.has(line.text))
      .flatMap((line) => wideGaps(line, MAX_SPACING_EM, textGap))
      .map((gap) => `page ${gap.page}: ${gap.before === gap.after ? `inside ${gap.before}` : `${gap.before} | ${gap.after}`} ${gap.em} em, in ${gap.line}`);
    expect(stretched).toEqual([]);
  });
}

/** The lines read aloud: the reading copy at reading size, the handout's notes at theirs (not slides, cues or page numbers). */
const readAloud = {
  script: (line: PrintedLine) => line.em >= 16 - 0.5,
  handout: (line: PrintedLine) => Math.abs(line.em - 11.5) < 0.3,
};

test('the reading copy and the handout break lines between words: none inside a listed term, a word of jieba’s or a short quotation', () => {
  const segment = wordSegmenter();
  // Each paragraph of the speech, whitespace aside, with the words no line may split: jieba's (each
  // run between blanks segmented alone), the listed terms (but one longer than a phone's line, which
  // may break between its own words: src/render/phrases.ts) and short quotations (“必读篇”).
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
  for (const kind of ['script', 'handout'] as const) {
    const lines = printedLines(resolve(root, files[kind]))
      .filter(readAloud[kind])
      .map((line) => squeeze(line.text));
    const text = lines.join('');
    const ends = lineEnds(lines);
    const found = inOrder(
      text,
      paragraphs.map((p) => p.text),
    );
    expect(found.filter((f) => f.at < 0).map((f) => f.needle), `${kind}: paragraphs not found`).toEqual([]);
    const split = paragraphs.flatMap((paragraph, i) =>
      paragraph.spans
        .filter(([from, to]) => [...Array(to - from - 1).keys()].some((k) => ends.has(found[i]!.at + from + k + 1)))
        .map(([from, to]) => `${paragraph.text.slice(from, to)} in ${paragraph.text.slice(Math.max(0, from - 6), to + 6)}`),
    );
    expect(split, kind).toEqual([]);
  }
});

test('no PDF carries a hidden break character in its text, so a search across two phrases finds them', () => {
  for (const kind of Object.keys(files) as Kind[]) {
    expect(pdfs[kind].pages.filter((p) => p.text.includes('\u200b')).length, kind).toBe(0);
  }
  const cover = slideById('cover');
  expect(pdfs.slides.pages[0]!.text).toContain(squeeze(shownText(cover.kind === 'cover' ? cover.title : '')));
});
